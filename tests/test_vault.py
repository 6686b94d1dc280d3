"""The key hierarchy and its checks, without SQLite."""

from __future__ import annotations

import pytest

from s7prep.store import vault
from s7prep.store.aead import AESGCM, InvalidTag
from s7prep.store.case_cipher import CaseCipher
from s7prep.store.errors import CorruptStore, InvalidInput, WrongPassphrase

PASS = "correct horse battery staple"


def header_with(m: int, t: int, p: int) -> bytes:
    return vault.Header(vault.KdfParams(m, t, p), b"s" * vault.SALT_LEN).encode()


def test_production_parameters_are_the_floor() -> None:
    assert vault.KdfParams(memory_kib=65536, time_cost=3, parallelism=4) == vault.PRODUCTION_KDF
    raw = header_with(65536, 3, 4)
    assert vault.Header.parse(raw, "f").kdf == vault.PRODUCTION_KDF


@pytest.mark.parametrize(
    ("m", "t", "p"),
    [
        (2 * 1024 * 1024, 3, 4),  # 2 GiB: a hostile file asking for all the memory
        (65536, 11, 4),
        (65536, 3, 17),
        (65536, 0, 4),
        (65536, 3, 0),
        (8, 3, 4),  # under Argon2's own 8 KiB per lane
    ],
)
def test_hostile_headers_are_refused_even_in_test_mode(
    m: int, t: int, p: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault, "derive_key", lambda *a: pytest.fail("the KDF ran on a refused header"))
    for weak in (False, True):
        with pytest.raises(CorruptStore, match="out of range"):
            vault.unwrap_master(PASS, header_with(m, t, p), b"x" * 60, "store.db", allow_weak=weak)


@pytest.mark.parametrize(("m", "t", "p"), [(65535, 3, 4), (65536, 2, 4), (65536, 3, 3), (64, 1, 1)])
def test_below_the_floor_is_refused_unless_testing(m: int, t: int, p: int) -> None:
    raw = header_with(m, t, p)
    with pytest.raises(CorruptStore, match="below the safe minimum"):
        vault.Header.parse(raw, "store.db")
    assert vault.Header.parse(raw, "store.db", allow_weak=True).kdf == vault.KdfParams(m, t, p)


@pytest.mark.parametrize("where", [0, 4, 5, 18])  # magic, version, algorithm, salt length
def test_a_damaged_header_is_refused(where: int) -> None:
    raw = header_with(65536, 3, 4)
    with pytest.raises(CorruptStore, match=r"store\.db"):
        vault.Header.parse(raw[:where] + b"\x7f" + raw[where + 1 :], "store.db")
    with pytest.raises(CorruptStore, match="damaged"):
        vault.Header.parse(raw[:-1], "store.db")


@pytest.mark.parametrize(("took", "passes"), [(0.001, 10), (0.1, 9), (0.3, 3), (2.0, 3)])
def test_new_vaults_add_passes_on_fast_machines(
    took: float, passes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter([100.0, 100.0 + took])
    monkeypatch.setattr(vault, "derive_key", lambda *a: b"k" * 32)
    monkeypatch.setattr(vault.time, "perf_counter", lambda: next(clock))
    assert vault.calibrated_kdf(target=0.3) == vault.KdfParams(65536, passes, 4)


def test_wrap_and_unwrap_the_master_key() -> None:
    master = vault.new_key()
    raw, wrapped = vault.wrap_master(PASS, master, vault.FAST_TEST_KDF)
    assert vault.unwrap_master(PASS, raw, wrapped, "f", allow_weak=True) == master
    with pytest.raises(WrongPassphrase):
        vault.unwrap_master(PASS + " ", raw, wrapped, "f", allow_weak=True)


def test_the_passphrase_is_compared_after_nfc() -> None:
    master = vault.new_key()
    raw, wrapped = vault.wrap_master("caf\u00e9 au lait", master, vault.FAST_TEST_KDF)
    assert vault.unwrap_master("cafe\u0301 au lait", raw, wrapped, "f", allow_weak=True) == master
    with pytest.raises(InvalidInput):
        vault.wrap_master("", master, vault.FAST_TEST_KDF)


def test_a_changed_header_fails_to_unwrap_so_a_vault_cannot_be_downgraded() -> None:
    """The header is associated data: lowering the cost (or changing the salt) of a
    real vault makes its master key fail to open rather than open with a weak key."""
    master = vault.new_key()
    raw, wrapped = vault.wrap_master(PASS, master, vault.KdfParams(128, 2, 1))
    for forged in (header_with(64, 1, 1)[:-16] + raw[-16:], raw[:-1] + bytes([raw[-1] ^ 1])):
        with pytest.raises(WrongPassphrase):
            vault.unwrap_master(PASS, forged, wrapped, "f", allow_weak=True)


def test_case_keys_are_bound_to_their_case() -> None:
    master = AESGCM(bytes(vault.new_key()))
    key = vault.new_key()
    wrapped = vault.wrap_case_key(master, b"A" * 16, key)
    assert vault.unwrap_case_key(master, b"A" * 16, wrapped) == key
    with pytest.raises(InvalidTag):
        vault.unwrap_case_key(master, b"B" * 16, wrapped)


def test_answers_open_only_in_their_own_place() -> None:
    key = vault.new_key()
    cipher = CaseCipher(b"A" * 16, key)
    other_case = CaseCipher(b"B" * 16, vault.new_key())
    slot, blob = cipher.seal_answer("child_said", "c1", "Wants to stay")
    assert cipher.open_answer(slot, blob) == ("child_said", "c1", "Wants to stay")
    for other_slot in (
        cipher.slot("child_said", "c2"),
        cipher.slot("child_said", None),
        cipher.slot("x", "c1"),
    ):
        with pytest.raises(InvalidTag):
            cipher.open_answer(other_slot, blob)
    with pytest.raises(InvalidTag):
        other_case.open_answer(slot, blob)
    # Even under the same key, another case id fails: the id is in the associated data.
    with pytest.raises(InvalidTag):
        CaseCipher(b"C" * 16, key).open_answer(slot, blob)
    flipped = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(InvalidTag):
        cipher.open_answer(slot, flipped)


def test_row_names_hide_question_ids_and_differ_per_case() -> None:
    a = CaseCipher(b"A" * 16, vault.new_key())
    b = CaseCipher(b"B" * 16, vault.new_key())
    assert a.slot("abuse_details", None) != b.slot("abuse_details", None)
    assert b"abuse" not in a.slot("abuse_details", None)
    assert a.slot("q", None) != a.slot("q", "")


def test_padding_hides_short_differences() -> None:
    """A yes/no answer must not be readable from the length of its ciphertext."""
    cipher = CaseCipher(b"A" * 16, vault.new_key())
    sizes = {len(cipher.seal_answer("q", None, v)[1]) for v in (True, False, 3, "no", ["a", "b"])}
    assert len(sizes) == 1


def test_values_that_cannot_be_stored_are_refused() -> None:
    cipher = CaseCipher(b"A" * 16, vault.new_key())
    for bad in (float("nan"), {1, 2}, "lone \ud800 surrogate", object()):
        with pytest.raises(InvalidInput):
            cipher.seal_answer("q", None, bad)


def test_wipe_overwrites_the_key() -> None:
    key = vault.new_key()
    vault.wipe(key)
    assert key == bytearray(vault.KEY_LEN)
