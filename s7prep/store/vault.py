"""The keys of the case store above the cases. No SQL here.

Keys, from the top:
- the passphrase -> Argon2id (parameters and salt in the vault *header*) -> a key
  that wraps the *master key* with AES-256-GCM; the header is the associated data,
  so a changed header fails to unwrap instead of silently weakening the vault;
- the master key wraps one random *case key* per case (associated data: the case id);
- each case key encrypts and seals its case (s7prep.store.case_cipher).

The header's version says whether every case carries a seal (2) or the vault was
made before seals existed (1, upgraded on the first unlock). It is authenticated
with the rest of the header, so a vault cannot be made to look older than it is.
"""

from __future__ import annotations

import functools
import os
import struct
import time
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from s7prep.store import aead
from s7prep.store.errors import CorruptStore, InvalidInput, WrongPassphrase

if TYPE_CHECKING:
    import json

KEY_LEN = aead.KEY_LEN
NONCE_LEN = aead.NONCE_LEN
SALT_LEN = 16
ID_LEN = 16
SLOT_LEN = 16
PAD_TO = 64  # plaintexts are padded to a multiple of this: "true" and "false" look alike

_MAGIC = b"S7PV"
HEADER_UNSEALED = 1  # made before case seals: upgraded on the first unlock
HEADER_SEALED = 2  # every case carries a seal
_ALG_ARGON2ID = 1
_HEADER = struct.Struct(">4sBBIIIB")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def at_least(self, other: KdfParams) -> KdfParams:
        """Each cost the larger of the two."""
        return KdfParams(
            max(self.memory_kib, other.memory_kib),
            max(self.time_cost, other.time_cost),
            max(self.parallelism, other.parallelism),
        )


# The floor for real vaults (also the default): 64 MiB, 3 passes, 4 lanes.
PRODUCTION_KDF = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=4)
# New vaults add passes on a fast machine until a derivation takes about this long.
TARGET_SECONDS = 0.3
# Only with Store.open(..., insecure_fast_kdf_for_tests=True): lets tests run fast.
FAST_TEST_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)
# The ceiling a header may ask for: a hostile file must not make us allocate gigabytes.
MAX_MEMORY_KIB = 256 * 1024  # 4x the floor; more could stall a small laptop
MAX_TIME_COST = 10
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class Header:
    """The vault header: KDF parameters and salt, stored in clear and authenticated."""

    kdf: KdfParams
    salt: bytes
    version: int = HEADER_SEALED

    def encode(self) -> bytes:
        k = self.kdf
        head = _HEADER.pack(
            _MAGIC, self.version, _ALG_ARGON2ID, k.memory_kib, k.time_cost, k.parallelism, len(self.salt)
        )
        return head + self.salt

    @classmethod
    def new(cls, kdf: KdfParams) -> Header:
        return cls(kdf, os.urandom(SALT_LEN))

    @classmethod
    def parse(cls, raw: bytes, where: str, allow_weak: bool = False) -> Header:
        """Read and range-check a header before any key derivation runs."""
        if len(raw) != _HEADER.size + SALT_LEN:
            raise CorruptStore(where, "the vault header is damaged")
        magic, version, alg, m, t, p, salt_len = _HEADER.unpack_from(raw)
        if magic != _MAGIC or salt_len != SALT_LEN:
            raise CorruptStore(where, "the vault header is damaged")
        if version not in (HEADER_UNSEALED, HEADER_SEALED) or alg != _ALG_ARGON2ID:
            raise CorruptStore(where, "the vault was made by a newer version of s7prep")
        kdf = KdfParams(m, t, p)
        check_kdf(kdf, where, allow_weak)
        return cls(kdf, raw[_HEADER.size :], version)


def check_kdf(kdf: KdfParams, where: str, allow_weak: bool = False) -> None:
    """Refuse parameters above the ceiling always, and below the floor unless testing."""
    m, t, p = kdf.memory_kib, kdf.time_cost, kdf.parallelism
    if not (1 <= p <= MAX_PARALLELISM and 1 <= t <= MAX_TIME_COST and 8 * p <= m <= MAX_MEMORY_KIB):
        raise CorruptStore(where, "the vault header asks for key settings out of range")
    floor = FAST_TEST_KDF if allow_weak else PRODUCTION_KDF
    if m < floor.memory_kib or t < floor.time_cost or p < floor.parallelism:
        raise CorruptStore(where, "the vault header asks for key settings below the safe minimum")


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC first, so the same passphrase typed on another keyboard still opens the vault."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        raise InvalidInput("the passphrase is empty")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("the passphrase has characters that cannot be used") from None


def derive_key(passphrase: str, header: Header) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    k = header.kdf
    return hash_secret_raw(
        passphrase_bytes(passphrase), header.salt, k.time_cost, k.memory_kib, k.parallelism, KEY_LEN, Type.ID
    )


def calibrated_kdf(target: float = TARGET_SECONDS) -> KdfParams:
    """The floor, with more passes (up to the ceiling) where one derivation at the
    floor takes less than `target` seconds: a copied store then costs an attacker
    more per guess, while unlocking stays around a third of a second."""
    start = time.perf_counter()
    derive_key("calibration", Header.new(PRODUCTION_KDF))
    took = max(time.perf_counter() - start, 1e-3)
    floor = PRODUCTION_KDF
    passes = min(MAX_TIME_COST, max(floor.time_cost, round(floor.time_cost * target / took)))
    return KdfParams(floor.memory_kib, passes, floor.parallelism)


def ad(*parts: bytes) -> bytes:
    """Length-prefixed so that no two different part lists encode alike."""
    return b"".join([len(p).to_bytes(4, "big") + p for p in parts])


def seal(key: aead.AESGCM, plaintext: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    return nonce + key.encrypt(nonce, plaintext, ad)


def unseal(key: aead.AESGCM, blob: bytes, ad: bytes) -> bytes:
    """Raises InvalidTag for anything changed, moved or truncated."""
    if len(blob) < NONCE_LEN + aead.TAG_LEN:
        raise aead.InvalidTag
    return key.decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], ad)


def new_key() -> bytearray:
    return bytearray(os.urandom(KEY_LEN))


def wipe(key: bytearray | None) -> None:
    """Overwrite a key we hold; Python keeps no other copy of a bytearray's contents."""
    if key is not None:
        key[:] = bytes(len(key))


def wrap_master(passphrase: str, master: bytearray, kdf: KdfParams) -> tuple[bytes, bytes]:
    """A fresh header (new salt) and the master key wrapped under the passphrase."""
    header = Header.new(kdf)
    return rewrap_master(aead.AESGCM(derive_key(passphrase, header)), master, header)


def rewrap_master(kek: aead.AESGCM, master: bytearray, header: Header) -> tuple[bytes, bytes]:
    """The master key wrapped under a key already derived for `header`'s salt and cost."""
    raw = header.encode()
    return raw, seal(kek, bytes(master), ad(b"s7prep.master/1", raw))


def unwrap_master(
    passphrase: str, raw_header: bytes, wrapped: bytes, where: str, allow_weak: bool
) -> bytearray:
    return open_vault(passphrase, raw_header, wrapped, where, allow_weak)[0]


def open_vault(
    passphrase: str, raw_header: bytes, wrapped: bytes, where: str, allow_weak: bool
) -> tuple[bytearray, aead.AESGCM, Header]:
    """The master key, the key that wrapped it (to wrap it again under a newer header
    without a second derivation) and the parsed header."""
    header = Header.parse(raw_header, where, allow_weak)
    kek = aead.AESGCM(derive_key(passphrase, header))
    try:
        master = unseal(kek, wrapped, ad(b"s7prep.master/1", raw_header))
    except aead.InvalidTag:
        # A wrong passphrase and a changed header look the same: both fail here.
        raise WrongPassphrase from None
    if len(master) != KEY_LEN:
        raise CorruptStore(where, "the vault key is damaged")
    return bytearray(master), kek, header


def wrap_case_key(master: aead.AESGCM, case_id: bytes, case_key: bytearray) -> bytes:
    return seal(master, bytes(case_key), ad(b"s7prep.casekey/1", case_id))


def unwrap_case_key(master: aead.AESGCM, case_id: bytes, wrapped: bytes) -> bytearray:
    """Raises InvalidTag if the wrapped key was changed or belongs to another case."""
    return bytearray(unseal(master, wrapped, ad(b"s7prep.casekey/1", case_id)))


@functools.cache
def _json() -> json.JSONEncoder:
    """One encoder for every value (json.dumps() with options builds a new one each
    call), made on first use: json need not be imported before the unlock."""
    import json

    return json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def encode_json(value: Any) -> bytes:
    """Compact JSON, padded with spaces (which JSON ignores) to hide exact lengths."""
    try:
        raw = _json().encode(value).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError):
        raise InvalidInput("this value cannot be stored (check it with engine.validate first)") from None
    return raw + b" " * (-len(raw) % PAD_TO)
