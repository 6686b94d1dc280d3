"""AES-256-GCM for every stored value, and its one failure, `InvalidTag`.

libsodium (shipped inside PyNaCl) does the work where the processor has AES
instructions, as nearly every one sold this century does; cryptography (OpenSSL)
does it where it has not. The two write the same bytes (a 12-byte nonce, the
ciphertext, a 16-byte tag), so a store written by one opens with the other.
libsodium comes first for memory: loading it costs under 1 MiB, where
cryptography's OpenSSL costs 7 to 8 MiB, a sixth of what the app holds after unlock.

libsodium is called through PyNaCl's cffi module (`nacl._sodium`, libsodium's own C
functions): PyNaCl's Python wrappers took 4 us a call against OpenSSL's 1, and a
save makes several. PyNaCl is pinned below 2 for it (pyproject.toml).

Neither is imported until the first key is made: the passphrase screen needs none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16

Backend = Literal["libsodium", "openssl"]
Bytes = bytes | bytearray | memoryview
_Cipher = Callable[[bytes, bytes, bytes | None], bytes]

_chosen: Backend | None = None


class InvalidTag(Exception):
    """The ciphertext, its nonce or its associated data was changed, or the key is wrong."""


def _sodium() -> Any:
    """PyNaCl's cffi module (ffi, lib), libsodium initialised; ImportError without it."""
    import importlib

    _sodium = importlib.import_module("nacl._sodium")  # compiled: no types for mypy to read
    if _sodium.lib.sodium_init() < 0:  # 0 the first time, 1 after
        raise ImportError("libsodium could not start")
    return _sodium


def backend() -> Backend:
    """The library in use in this process, chosen on first use."""
    global _chosen
    if _chosen is None:
        try:
            has_aes = _sodium().lib.crypto_aead_aes256gcm_is_available() == 1
        except ImportError:  # a platform PyNaCl has no build for: OpenSSL alone will do
            has_aes = False
        _chosen = "libsodium" if has_aes else "openssl"  # libsodium has no slow path
    return _chosen


def use(name: Backend | None) -> None:
    """Choose the library (None: choose again on next use). For tests that prove a
    store written by one opens with the other."""
    global _chosen
    _chosen = name


class AESGCM:
    """The subset of cryptography's AESGCM that the store uses, on either library."""

    __slots__ = ("_decrypt", "_encrypt")

    def __init__(self, key: Bytes) -> None:
        if len(key) != KEY_LEN:
            raise ValueError("AES-256-GCM needs a 32-byte key")
        self._encrypt, self._decrypt = _ciphers(bytes(key), backend())

    def encrypt(self, nonce: Bytes, data: Bytes, ad: Bytes | None) -> bytes:
        return self._encrypt(_nonce(nonce), bytes(data), _ad(ad))

    def decrypt(self, nonce: Bytes, data: Bytes, ad: Bytes | None) -> bytes:
        """Raises InvalidTag for anything changed, moved, truncated or under another key."""
        nonce = _nonce(nonce)
        if len(data) < TAG_LEN:
            raise InvalidTag
        return self._decrypt(nonce, bytes(data), _ad(ad))


# libsodium takes only bytes, OpenSSL any buffer: both get bytes, so both behave alike.
def _nonce(nonce: Bytes) -> bytes:
    if len(nonce) != NONCE_LEN:
        raise ValueError("AES-256-GCM needs a 12-byte nonce")
    return bytes(nonce)


def _ad(ad: Bytes | None) -> bytes | None:
    return bytes(ad) if ad else None  # no associated data and empty ones are the same to GCM


def _ciphers(key: bytes, name: Backend) -> tuple[_Cipher, _Cipher]:
    return _libsodium(key) if name == "libsodium" else _openssl(key)


def _libsodium(key: bytes) -> tuple[_Cipher, _Cipher]:
    sodium = _sodium()
    ffi, lib = sodium.ffi, sodium.lib
    null = ffi.NULL

    def encrypt(nonce: bytes, data: bytes, ad: bytes | None) -> bytes:
        out = ffi.new("unsigned char[]", len(data) + TAG_LEN)
        done = lib.crypto_aead_aes256gcm_encrypt(
            out, null, data, len(data), ad or null, len(ad or b""), null, nonce, key
        )
        if done != 0:
            raise RuntimeError("libsodium could not encrypt")
        return ffi.buffer(out)[:]

    def decrypt(nonce: bytes, data: bytes, ad: bytes | None) -> bytes:
        out = ffi.new("unsigned char[]", len(data) - TAG_LEN)
        try:
            done = lib.crypto_aead_aes256gcm_decrypt(
                out, null, null, data, len(data), ad or null, len(ad or b""), nonce, key
            )
            if done != 0:
                raise InvalidTag
            return ffi.buffer(out)[:]
        finally:
            lib.sodium_memzero(out, len(out))  # the plaintext (a key, an answer) is now ours alone

    return encrypt, decrypt


def _openssl(key: bytes) -> tuple[_Cipher, _Cipher]:
    from cryptography.exceptions import InvalidTag as OpenSSLInvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM as OpenSSLAESGCM

    cipher = OpenSSLAESGCM(key)

    def decrypt(nonce: bytes, data: bytes, ad: bytes | None) -> bytes:
        try:
            return cipher.decrypt(nonce, data, ad)
        except OpenSSLInvalidTag:
            raise InvalidTag from None

    return cipher.encrypt, decrypt
