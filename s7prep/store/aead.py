"""AES-256-GCM and its failure, from the cryptography package, imported on first
use. Importing cryptography loads OpenSSL and takes about 10 ms; the passphrase
screen, shown before any key exists, does not need it. Use them as attributes
(`aead.AESGCM(key)`, `except aead.InvalidTag`): the first use imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.exceptions import InvalidTag as InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM as AESGCM


def __getattr__(name: str) -> Any:
    value: Any
    if name == "AESGCM":
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM as value
    elif name == "InvalidTag":
        from cryptography.exceptions import InvalidTag as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later uses find it without coming here
    return value
