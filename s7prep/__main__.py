from s7prep.cli.main import main

raise SystemExit(main())
