"""Reading one case, and the packs to read it with, for a command that works on it
(`export`, `check`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from s7prep.cli.common import CliError, fitted, home_dir

if TYPE_CHECKING:
    from s7prep.packs.model import Case, PackSet


def load_case(args: argparse.Namespace) -> Case:
    """The case `args.label`, after asking for the passphrase. Never creates a data
    folder or a store. Raises CliError."""
    from s7prep.cli import passphrase
    from s7prep.store.schema import DB_NAME
    from s7prep.store.store import Store, StoreError

    home = home_dir(args)
    if not (home / DB_NAME).exists():
        raise CliError(f"there are no cases in {home} yet")
    try:
        with Store.open(home) as store:
            if not store.is_initialised:
                raise CliError(f"there are no cases in {home} yet")
            store.unlock(passphrase.get_passphrase())
            return store.load_case(args.label)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def shipped_packs(missing: str) -> PackSet:
    """The shipped packs, with a warning on stderr if some did not load. `missing`
    says what happens to answers to their questions ("left out", "not checked")."""
    from s7prep.packs import loader

    loaded = loader.shipped()
    if loaded.errors:
        warning = (
            f"warning: {len(loaded.errors)} problem(s) in the question packs; answers to questions "
            f"that did not load are {missing} (see: s7prep packs validate)"
        )
        print(fitted(warning, sys.stderr), file=sys.stderr)
    return loaded.packset
