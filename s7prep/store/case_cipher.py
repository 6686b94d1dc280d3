"""One case's cryptography: its fields and answers, the names of its answer rows,
and the seal that authenticates the case as a whole. No SQL here.

Each case key yields three subkeys: one encrypts every answer, field and the seal
(AES-256-GCM, random 96-bit nonce), one names answer rows by a keyed hash of
(question id, child key) so which questions were answered is not on disk, and one
tags rows for the seal.

An answer's associated data is (case id, row name) and the row name is recomputed
from the decrypted question id and child key, so a ciphertext moved to another
question, child or case fails to open. That alone cannot tell when a row is
removed, or put back from an older copy of the file; the seal can:

    seal = AES-GCM(label, last changed, digest;
                   associated data: case id, hash of each other field)
    digest = XOR over the case's answer rows of BLAKE2b(rows key; row name + nonce)

The seal is rewritten in the same transaction as every change to the case. A row
removed, added or rolled back changes the digest; a label moved to another case, or
an older copy of its children, fails the seal. The digest is only ever stored inside
the encrypted seal: in clear, XOR sums of old digests could be combined into new ones.
Updating it costs two hashes per save, never a pass over the whole case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from s7prep.store import aead
from s7prep.store.vault import NONCE_LEN, ad, encode_json, seal, unseal

# hashlib, hmac and json (4 ms to import) are imported where used: the store opens
# before the passphrase screen is drawn, and no case is read before the unlock.

SLOT_LEN = 16
DIGEST_LEN = 32


@dataclass(frozen=True)
class CaseState:
    """What the seal holds."""

    label: str
    updated: str
    digest: int = 0


def _subkey(case_key: bytearray, purpose: bytes) -> bytes:
    # HMAC-SHA256 as a PRF over a uniformly random key: one block of HKDF-Expand.
    import hmac

    return hmac.digest(bytes(case_key), b"s7prep.subkey/1|" + purpose, "sha256")


def _parts(data: bytes) -> list[bytes]:
    """Split what ad() joined; ValueError if it does not parse."""
    out, pos = [], 0
    while pos < len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        if pos + 4 + size > len(data):
            raise ValueError("truncated")
        out.append(data[pos + 4 : pos + 4 + size])
        pos += 4 + size
    return out


class CaseCipher:
    """Encrypts and decrypts one case's fields, answers and seal."""

    def __init__(self, case_id: bytes, case_key: bytearray) -> None:
        self.case_id = case_id
        self._aead = aead.AESGCM(_subkey(case_key, b"values"))
        self._slot_key = _subkey(case_key, b"slots")
        self._row_key = _subkey(case_key, b"rows")
        self._slots: dict[tuple[str, str | None], bytes] = {}  # row names already worked out
        self._answer_ad = ad(b"s7prep.answer/1", case_id)  # + ad(slot): the same bytes as ad(all three)
        # The last seal this cipher wrote or opened, with the fields it binds and what
        # it says: a save usually finds that very seal, and need not open it again.
        self._last: tuple[bytes, tuple[tuple[str, bytes], ...], CaseState] | None = None
        self._last_ad: tuple[tuple[tuple[str, bytes], ...], bytes] | None = None
        # The case's answer rows (row name -> nonce) as that seal counts them, once
        # checked against its digest: a save then need not read the row it replaces.
        self._rows: dict[bytes, bytes] | None = None

    def slot(self, qid: str, child: str | None) -> bytes:
        """The row name of an answer: a keyed hash, so question ids stay private."""
        name = self._slots.get((qid, child))
        if name is None:
            import hmac

            tag = b"\x00" if child is None else b"\x01" + child.encode("utf-8")
            name = hmac.digest(self._slot_key, ad(qid.encode("utf-8"), tag), "sha256")[:SLOT_LEN]
            self._slots[(qid, child)] = name
        return name

    def seal_answer(self, qid: str, child: str | None, value: Any) -> tuple[bytes, bytes]:
        slot = self.slot(qid, child)
        return slot, self.seal_answer_at(slot, qid, child, value)

    def seal_answer_at(self, slot: bytes, qid: str, child: str | None, value: Any) -> bytes:
        """seal_answer for a row name already computed by slot(qid, child)."""
        plain = encode_json({"q": qid, "c": child, "v": value})
        return seal(self._aead, plain, self._answer_ad + ad(slot))

    def open_answer(self, slot: bytes, blob: bytes) -> tuple[str, str | None, Any]:
        """Raises InvalidTag if the row was changed or moved from elsewhere."""
        import hmac
        import json

        plain = unseal(self._aead, blob, self._answer_ad + ad(slot))
        data = json.loads(plain)
        qid, child = data["q"], data["c"]
        if not hmac.compare_digest(self.slot(qid, child), slot):
            raise aead.InvalidTag
        return qid, child, data["v"]

    def seal_field(self, name: str, value: Any) -> bytes:
        return seal(self._aead, encode_json(value), ad(b"s7prep.field/1", self.case_id, name.encode()))

    def open_field(self, name: str, blob: bytes) -> Any:
        import json

        return json.loads(unseal(self._aead, blob, ad(b"s7prep.field/1", self.case_id, name.encode())))

    # ------------------------------------------------------------ the seal

    def row_tag(self, slot: bytes, blob: bytes) -> int:
        """One answer row's share of the digest: its name and the nonce of its
        ciphertext, which is new each time the answer is written. Keyed BLAKE2b is a
        PRF, and half the cost of HMAC-SHA256 on every save."""
        import hashlib

        tag = hashlib.blake2b(slot + blob[:NONCE_LEN], key=self._row_key, digest_size=DIGEST_LEN).digest()
        return int.from_bytes(tag, "big")

    def _seal_ad(self, fields: tuple[tuple[str, bytes], ...]) -> bytes:
        if self._last_ad is None or self._last_ad[0] != fields:
            import hashlib

            bound = [ad(name.encode(), hashlib.sha256(blob).digest()) for name, blob in fields]
            self._last_ad = (fields, ad(b"s7prep.case/1", self.case_id, *bound))
        return self._last_ad[1]

    def seal_case(self, state: CaseState, fields: Sequence[tuple[str, bytes]]) -> bytes:
        """The seal over `state` and the case's other fields (name, stored blob)."""
        bound = tuple(fields)
        digest = state.digest.to_bytes(DIGEST_LEN, "big")
        plain = ad(state.label.encode("utf-8"), state.updated.encode(), digest)
        blob = seal(self._aead, plain, self._seal_ad(bound))
        self._last = (blob, bound, state)
        self._rows = None
        return blob

    def open_case(self, blob: bytes | None, fields: Sequence[tuple[str, bytes]]) -> CaseState:
        """Raises InvalidTag (or ValueError) if the seal, or any field it binds, was
        changed, moved or put back from an older copy; a missing seal too."""
        if blob is None:
            raise aead.InvalidTag
        bound = tuple(fields)
        if self._last is not None and self._last[0] == blob and self._last[1] == bound:
            return self._last[2]  # the very bytes this cipher sealed or opened, over the same fields
        label, updated, digest = _parts(unseal(self._aead, blob, self._seal_ad(bound)))
        state = CaseState(label.decode("utf-8"), updated.decode(), int.from_bytes(digest, "big"))
        self._last = (blob, bound, state)
        self._rows = None
        return state

    def keep_rows(self, rows: dict[bytes, bytes]) -> None:
        """Remember the answer rows that the seal last written or opened counts."""
        self._rows = rows

    def take_rows(self, blob: bytes | None, fields: Sequence[tuple[str, bytes]]) -> dict[bytes, bytes] | None:
        """The rows kept for this seal, if it is still the last one written or opened
        (the case then is as this cipher left it, but for changes the next load will
        report). Handed over: kept again only once the new seal is written."""
        rows, self._rows = self._rows, None
        last = self._last
        if rows is None or last is None or last[0] != blob or last[1] != tuple(fields):
            return None
        return rows
