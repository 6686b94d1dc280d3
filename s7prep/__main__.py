from s7prep.cli import main

raise SystemExit(main())
