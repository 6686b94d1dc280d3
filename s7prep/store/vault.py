"""The cryptography of the case store. No SQL here.

Keys, from the top:
- the passphrase -> Argon2id (parameters and salt in the vault *header*) -> a key
  that wraps the *master key* with AES-256-GCM; the header is the associated data,
  so a changed header fails to unwrap instead of silently weakening the vault;
- the master key wraps one random *case key* per case (associated data: the case id);
- each case key yields two subkeys: one encrypts every answer and personal field
  (AES-256-GCM, random 96-bit nonce), the other names answer rows by a keyed hash
  of (question id, child key), so which questions were answered is not on disk.

An answer's associated data is (case id, row name) and the row name is recomputed
from the decrypted question id and child key, so a ciphertext moved to another
question, child or case fails to open.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from s7prep.store.errors import CorruptStore, InvalidInput, WrongPassphrase

KEY_LEN = 32
NONCE_LEN = 12
SALT_LEN = 16
ID_LEN = 16
SLOT_LEN = 16
PAD_TO = 64  # plaintexts are padded to a multiple of this: "true" and "false" look alike

_MAGIC = b"S7PV"
_HEADER_VERSION = 1
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

    def encode(self) -> bytes:
        k = self.kdf
        head = _HEADER.pack(
            _MAGIC, _HEADER_VERSION, _ALG_ARGON2ID, k.memory_kib, k.time_cost, k.parallelism, len(self.salt)
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
        if version != _HEADER_VERSION or alg != _ALG_ARGON2ID:
            raise CorruptStore(where, "the vault was made by a newer version of s7prep")
        kdf = KdfParams(m, t, p)
        check_kdf(kdf, where, allow_weak)
        return cls(kdf, raw[_HEADER.size :])


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


def _ad(*parts: bytes) -> bytes:
    """Length-prefixed so that no two different part lists encode alike."""
    return b"".join(len(p).to_bytes(4, "big") + p for p in parts)


def seal(key: AESGCM, plaintext: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    return nonce + key.encrypt(nonce, plaintext, ad)


def unseal(key: AESGCM, blob: bytes, ad: bytes) -> bytes:
    """Raises InvalidTag for anything changed, moved or truncated."""
    if len(blob) < NONCE_LEN + 16:
        raise InvalidTag
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
    raw = header.encode()
    kek = AESGCM(derive_key(passphrase, header))
    return raw, seal(kek, bytes(master), _ad(b"s7prep.master/1", raw))


def unwrap_master(
    passphrase: str, raw_header: bytes, wrapped: bytes, where: str, allow_weak: bool
) -> bytearray:
    header = Header.parse(raw_header, where, allow_weak)
    kek = AESGCM(derive_key(passphrase, header))
    try:
        master = unseal(kek, wrapped, _ad(b"s7prep.master/1", raw_header))
    except InvalidTag:
        # A wrong passphrase and a changed header look the same: both fail here.
        raise WrongPassphrase from None
    if len(master) != KEY_LEN:
        raise CorruptStore(where, "the vault key is damaged")
    return bytearray(master)


def wrap_case_key(master: AESGCM, case_id: bytes, case_key: bytearray) -> bytes:
    return seal(master, bytes(case_key), _ad(b"s7prep.casekey/1", case_id))


def unwrap_case_key(master: AESGCM, case_id: bytes, wrapped: bytes) -> bytearray:
    """Raises InvalidTag if the wrapped key was changed or belongs to another case."""
    return bytearray(unseal(master, wrapped, _ad(b"s7prep.casekey/1", case_id)))


def _subkey(case_key: bytearray, purpose: bytes) -> bytes:
    # HMAC-SHA256 as a PRF over a uniformly random key: one block of HKDF-Expand.
    return hmac.new(bytes(case_key), b"s7prep.subkey/1|" + purpose, hashlib.sha256).digest()


def encode_json(value: Any) -> bytes:
    """Compact JSON, padded with spaces (which JSON ignores) to hide exact lengths."""
    try:
        raw = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError):
        raise InvalidInput("this value cannot be stored (check it with engine.validate first)") from None
    return raw + b" " * (-len(raw) % PAD_TO)


class CaseCipher:
    """Encrypts and decrypts one case's fields and answers."""

    def __init__(self, case_id: bytes, case_key: bytearray) -> None:
        self.case_id = case_id
        self._aead = AESGCM(_subkey(case_key, b"values"))
        self._slot_key = _subkey(case_key, b"slots")

    def slot(self, qid: str, child: str | None) -> bytes:
        """The row name of an answer: a keyed hash, so question ids stay private."""
        tag = b"\x00" if child is None else b"\x01" + child.encode("utf-8")
        msg = _ad(qid.encode("utf-8"), tag)
        return hmac.new(self._slot_key, msg, hashlib.sha256).digest()[:SLOT_LEN]

    def seal_answer(self, qid: str, child: str | None, value: Any) -> tuple[bytes, bytes]:
        slot = self.slot(qid, child)
        plain = encode_json({"q": qid, "c": child, "v": value})
        return slot, seal(self._aead, plain, _ad(b"s7prep.answer/1", self.case_id, slot))

    def open_answer(self, slot: bytes, blob: bytes) -> tuple[str, str | None, Any]:
        """Raises InvalidTag if the row was changed or moved from elsewhere."""
        plain = unseal(self._aead, blob, _ad(b"s7prep.answer/1", self.case_id, slot))
        data = json.loads(plain)
        qid, child = data["q"], data["c"]
        if not hmac.compare_digest(self.slot(qid, child), slot):
            raise InvalidTag
        return qid, child, data["v"]

    def seal_field(self, name: str, value: Any) -> bytes:
        return seal(self._aead, encode_json(value), _ad(b"s7prep.field/1", self.case_id, name.encode()))

    def open_field(self, name: str, blob: bytes) -> Any:
        return json.loads(unseal(self._aead, blob, _ad(b"s7prep.field/1", self.case_id, name.encode())))
