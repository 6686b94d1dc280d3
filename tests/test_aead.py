"""AES-256-GCM on its two libraries: libsodium where the processor has AES
instructions, cryptography's OpenSSL where not. A store written under one must open
under the other, byte for byte, and every change must fail the same way."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM as ReferenceAESGCM
from hypothesis import given
from hypothesis import strategies as st

from s7prep.store import aead
from tests.store_helpers import PASS, fill_case, new_store, open_store

BACKENDS: tuple[aead.Backend, ...] = ("libsodium", "openssl")


def sodium_has_aes() -> bool:
    aead.use(None)
    try:
        return aead.backend() == "libsodium"
    finally:
        aead.use(None)


needs_aes = pytest.mark.skipif(not sodium_has_aes(), reason="this processor has no AES instructions")


@pytest.fixture(autouse=True)
def choose_again() -> Iterator[None]:
    yield
    aead.use(None)


@needs_aes
@given(
    key=st.binary(min_size=32, max_size=32),
    nonce=st.binary(min_size=12, max_size=12),
    data=st.binary(max_size=2000),
    ad=st.binary(max_size=200),
)
def test_both_libraries_write_the_reference_bytes(key: bytes, nonce: bytes, data: bytes, ad: bytes) -> None:
    expected = ReferenceAESGCM(key).encrypt(nonce, data, ad)
    for name in BACKENDS:
        aead.use(name)
        cipher = aead.AESGCM(key)
        assert cipher.encrypt(nonce, data, ad) == expected
        assert cipher.decrypt(nonce, expected, ad) == data


@pytest.mark.parametrize("name", BACKENDS)
def test_any_change_is_invalid_tag_on_both(name: aead.Backend) -> None:
    if name == "libsodium" and not sodium_has_aes():
        pytest.skip("this processor has no AES instructions")
    aead.use(name)
    key, nonce = os.urandom(32), os.urandom(12)
    cipher = aead.AESGCM(key)
    sealed = cipher.encrypt(nonce, b"Wants to stay at school", b"where")
    flipped = bytes([sealed[0] ^ 1]) + sealed[1:]
    for args in (
        (nonce, flipped, b"where"),  # the ciphertext
        (nonce, sealed[:-1] + bytes([sealed[-1] ^ 1]), b"where"),  # the tag
        (nonce, sealed, b"elsewhere"),  # moved to another place
        (bytes(12), sealed, b"where"),  # another nonce
        (nonce, sealed[:15], b"where"),  # shorter than a tag
    ):
        with pytest.raises(aead.InvalidTag):
            cipher.decrypt(*args)
    with pytest.raises(aead.InvalidTag):
        aead.AESGCM(os.urandom(32)).decrypt(nonce, sealed, b"where")
    with pytest.raises(ValueError, match="32-byte key"):
        aead.AESGCM(key[:16])
    with pytest.raises(ValueError, match="12-byte nonce"):
        cipher.decrypt(nonce[:8], sealed, b"where")


@needs_aes
@pytest.mark.parametrize(("writer", "reader"), [("openssl", "libsodium"), ("libsodium", "openssl")])
def test_a_store_written_on_one_opens_on_the_other(
    tmp_path: Path, writer: aead.Backend, reader: aead.Backend
) -> None:
    """Round one's stores were written by cryptography; they open under libsodium, and a
    store moved to a machine without AES instructions opens there."""
    aead.use(writer)
    store = new_store(tmp_path / "home")
    answers = fill_case(store, "case-1", "Mx Quill")
    store.close()
    aead.use(reader)
    again = open_store(tmp_path / "home")
    again.unlock(PASS)
    assert again.load_case("case-1").answers == answers
    again.save_answer("case-1", ("child_said", "c1"), "Likes the park")  # and writes there too
    again.close()
    aead.use(writer)
    last = open_store(tmp_path / "home")
    last.unlock(PASS)
    assert last.load_case("case-1").answers[("child_said", "c1")] == "Likes the park"
    last.close()


# The GCM specification's test case 16 (AES-256, 60 bytes, 20 bytes of associated data):
# compatibility does not rest only on agreeing with the cryptography installed here.
NIST_KEY = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
NIST_IV = bytes.fromhex("cafebabefacedbaddecaf888")
NIST_AD = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
NIST_PLAIN = bytes.fromhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
)
NIST_SEALED = bytes.fromhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
    "76fc6ece0f4e1768cddf8853bb2d551b"  # the tag
)


@pytest.mark.parametrize("name", BACKENDS)
def test_the_specifications_test_vector(name: aead.Backend) -> None:
    if name == "libsodium" and not sodium_has_aes():
        pytest.skip("this processor has no AES instructions")
    aead.use(name)
    cipher = aead.AESGCM(NIST_KEY)
    assert cipher.encrypt(NIST_IV, NIST_PLAIN, NIST_AD) == NIST_SEALED
    assert cipher.decrypt(NIST_IV, NIST_SEALED, NIST_AD) == NIST_PLAIN
    for i in range(len(NIST_SEALED) - 16, len(NIST_SEALED)):  # every byte of the tag
        changed = NIST_SEALED[:i] + bytes([NIST_SEALED[i] ^ 0x80]) + NIST_SEALED[i + 1 :]
        with pytest.raises(aead.InvalidTag):
            cipher.decrypt(NIST_IV, changed, NIST_AD)
    with pytest.raises(aead.InvalidTag):
        cipher.decrypt(NIST_IV, NIST_SEALED[:-1], NIST_AD)  # long enough to reach the library


@needs_aes
def test_no_associated_data_and_empty_ones_are_the_same_and_buffers_are_bytes() -> None:
    key, nonce = os.urandom(32), os.urandom(12)
    sealed: dict[aead.Backend, bytes] = {}
    for name in BACKENDS:
        aead.use(name)
        cipher = aead.AESGCM(bytearray(key))
        sealed[name] = cipher.encrypt(bytearray(nonce), memoryview(b"text"), None)
        assert cipher.decrypt(nonce, sealed[name], b"") == b"text"
        assert cipher.decrypt(memoryview(nonce), bytearray(sealed[name]), bytearray()) == b"text"
        assert cipher.encrypt(nonce, b"text", bytearray(b"ad")) == cipher.encrypt(nonce, b"text", b"ad")
        with pytest.raises(aead.InvalidTag):
            cipher.decrypt(nonce, sealed[name], b"x")
    assert sealed["libsodium"] == sealed["openssl"]


def test_without_aes_instructions_or_pynacl_it_is_openssl(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoAES:
        class lib:  # stands in for the cffi module's lib
            @staticmethod
            def crypto_aead_aes256gcm_is_available() -> int:
                return 0

    monkeypatch.setattr(aead, "_sodium", lambda: NoAES)
    aead.use(None)
    assert aead.backend() == "openssl"
    assert aead.AESGCM(NIST_KEY).encrypt(NIST_IV, NIST_PLAIN, NIST_AD) == NIST_SEALED
    monkeypatch.undo()

    import nacl

    monkeypatch.setitem(sys.modules, "nacl._sodium", None)  # importing it raises ImportError
    monkeypatch.delattr(nacl, "_sodium")
    aead.use(None)
    assert aead.backend() == "openssl"
    assert aead.AESGCM(NIST_KEY).decrypt(NIST_IV, NIST_SEALED, NIST_AD) == NIST_PLAIN


def test_pynacl_still_gives_the_libsodium_functions_used() -> None:
    """nacl._sodium is PyNaCl's own cffi module (pinned below 2 for it)."""
    _sodium: Any = importlib.import_module("nacl._sodium")
    for name in ("sodium_init", "crypto_aead_aes256gcm_is_available", "sodium_memzero"):
        assert hasattr(_sodium.lib, name), name
    for name in ("encrypt", "decrypt", "keybytes", "npubbytes", "abytes"):
        assert hasattr(_sodium.lib, f"crypto_aead_aes256gcm_{name}"), name
    lib = _sodium.lib
    assert (lib.crypto_aead_aes256gcm_keybytes(), lib.crypto_aead_aes256gcm_npubbytes()) == (32, 12)
    assert lib.crypto_aead_aes256gcm_abytes() == aead.TAG_LEN
