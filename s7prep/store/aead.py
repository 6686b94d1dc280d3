"""AES-256-GCM for every stored value, and its one failure, `InvalidTag`.

libsodium (through PyNaCl) does the work where the processor has AES instructions,
as nearly every one sold this century does; cryptography (OpenSSL) does it where it
has not. The two write the same bytes (a 12-byte nonce, the ciphertext, a 16-byte
tag), so a store written by one opens with the other. libsodium comes first for
memory: loading it costs about 1 MiB, where cryptography's OpenSSL costs 7 to 8 MiB,
a sixth of what the app holds after unlock (issue 14).

Neither is imported until the first key is made: the passphrase screen needs none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16

Backend = Literal["libsodium", "openssl"]
Bytes = bytes | bytearray | memoryview
_Cipher = Callable[[bytes, bytes, bytes | None], bytes]

_chosen: Backend | None = None


class InvalidTag(Exception):
    """The ciphertext, its nonce or its associated data was changed, or the key is wrong."""


def backend() -> Backend:
    """The library in use in this process, chosen on first use."""
    global _chosen
    if _chosen is None:
        try:
            from nacl import bindings, exceptions
        except ImportError:  # a platform PyNaCl has no build for: OpenSSL alone will do
            _chosen = "openssl"
            return _chosen
        try:
            bindings.crypto_aead_aes256gcm_encrypt(b"", None, bytes(NONCE_LEN), bytes(KEY_LEN))
            _chosen = "libsodium"
        except exceptions.UnavailableError:  # no AES instructions: libsodium has no slow path
            _chosen = "openssl"
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


# PyNaCl takes only bytes, OpenSSL any buffer: both get bytes, so both behave alike.
def _nonce(nonce: Bytes) -> bytes:
    if len(nonce) != NONCE_LEN:
        raise ValueError("AES-256-GCM needs a 12-byte nonce")
    return bytes(nonce)


def _ad(ad: Bytes | None) -> bytes | None:
    return bytes(ad) if ad else None  # no associated data and empty ones are the same to GCM


def _ciphers(key: bytes, name: Backend) -> tuple[_Cipher, _Cipher]:
    if name == "libsodium":
        from nacl import bindings, exceptions

        def encrypt(nonce: bytes, data: bytes, ad: bytes | None) -> bytes:
            return bindings.crypto_aead_aes256gcm_encrypt(data, ad, nonce, key)

        def decrypt(nonce: bytes, data: bytes, ad: bytes | None) -> bytes:
            try:
                return bindings.crypto_aead_aes256gcm_decrypt(data, ad, nonce, key)
            except (exceptions.TypeError, exceptions.ValueError, exceptions.RuntimeError):
                raise  # a mistake in the call, not in the data (all are CryptoErrors too)
            except exceptions.CryptoError:  # the tag did not match
                raise InvalidTag from None

        return encrypt, decrypt

    from cryptography.exceptions import InvalidTag as OpenSSLInvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM as OpenSSLAESGCM

    cipher = OpenSSLAESGCM(key)

    def decrypt_openssl(nonce: bytes, data: bytes, ad: bytes | None) -> bytes:
        try:
            return cipher.decrypt(nonce, data, ad)
        except OpenSSLInvalidTag:
            raise InvalidTag from None

    return cipher.encrypt, decrypt_openssl
