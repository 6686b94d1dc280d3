"""Writing the statement to a file: neutral names, 0600, no overwrite unless asked,
nothing outside the chosen folder, one-line errors."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from s7prep.packs.model import PackSet
from s7prep.statement import export as sx
from tests.fixtures.cases import load, packset

DAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_name_is_neutral() -> None:
    assert sx.default_name("md", DAY) == "statement-2026-11-22.md"
    assert sx.default_name("html", DAY) == "statement-2026-11-22.html"


def test_target_folder_or_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert sx.target(None, "html", DAY) == tmp_path / "statement-2026-11-22.html"
    (tmp_path / "out").mkdir()
    assert sx.target(tmp_path / "out", "md", DAY) == tmp_path / "out" / "statement-2026-11-22.md"
    assert sx.target(Path("mine.html"), "html", DAY) == Path("mine.html")
    assert sx.target(tmp_path / "out" / "Notes.MD", "md", DAY) == tmp_path / "out" / "Notes.MD"
    assert sx.target(tmp_path / "page.htm", "html", DAY).name == "page.htm"
    # A folder is a folder, wherever it is and even through a link: the name is the neutral one.
    assert sx.target(tmp_path / "out" / "..", "md", DAY).name == "statement-2026-11-22.md"
    (tmp_path / "linked").symlink_to(tmp_path / "out")
    assert sx.target(tmp_path / "linked", "md", DAY) == tmp_path / "linked" / "statement-2026-11-22.md"


@pytest.mark.parametrize(
    ("name", "fmt", "why"),
    [
        ("notes.txt", "md", "must end in .md for --format md"),
        ("page.md", "html", "must end in .html"),
        (".html", "html", "must end in .html"),
        ("con.html", "html", "not a usable file name"),
        ("a|b.md", "md", "not a usable file name"),
        ("what?.md", "md", "not a usable file name"),
        ("tab\there.md", "md", "not a usable file name"),
        (" lead.md", "md", "not a usable file name"),
        ("dots.md.", "md", "not a usable file name"),
        ("x" * 260 + ".md", "md", "not a usable file name"),
    ],
)
def test_unusable_names_are_refused(tmp_path: Path, name: str, fmt: str, why: str) -> None:
    with pytest.raises(sx.ExportError, match=why) as info:
        sx.target(tmp_path / name, fmt, DAY)
    assert "\n" not in str(info.value)


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(sx.ExportError, match="there is no folder"):
        sx.target(tmp_path / "nope" / "s.md", "md", DAY)


@pytest.mark.parametrize(
    ("typed", "document"),
    [("new/", "statement"), ("deeper/new/", "statement"), ("new/", "all"), ("new", "all")],
)
def test_a_folder_that_is_not_there_is_named_as_missing(tmp_path: Path, typed: str, document: str) -> None:
    # Not made for the person: a typo would leave unencrypted files where nobody looks.
    # A slash at the end names a folder; for all three, so does a name that is not a file's.
    output = f"{tmp_path}/{typed}"
    with pytest.raises(sx.ExportError) as info:
        sx.targets(output, "md", document, DAY)
    assert str(info.value) == f"there is no folder {Path(output)}"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_typed_with_a_slash_takes_the_default_name(tmp_path: Path) -> None:
    assert sx.target(f"{tmp_path}/", "md", DAY) == tmp_path / "statement-2026-11-22.md"
    (tmp_path / "s.md").write_text("x")
    with pytest.raises(sx.ExportError, match="give -o a folder"):  # a file that is there
        sx.targets(str(tmp_path / "s.md"), "md", "all", DAY)
    with pytest.raises(sx.ExportError, match="there is no folder"):  # it is a file, not a folder
        sx.target(f"{tmp_path / 's.md'}/", "md", DAY)


def test_written_0600_and_never_replaced_unless_asked(tmp_path: Path) -> None:
    old = os.umask(0)  # even with a permissive umask
    try:
        path = sx.write(tmp_path / "s.md", "first\n")
    finally:
        os.umask(old)
    assert mode(path) == 0o600 and path.read_text() == "first\n"
    with pytest.raises(FileExistsError):
        sx.write(path, "second\n")
    assert path.read_text() == "first\n"
    os.chmod(path, 0o644)
    sx.write(path, "second\n", replace=True)
    assert path.read_text() == "second\n" and mode(path) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.md"]  # no temporary file left


def test_a_link_is_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    secret = elsewhere / "keep.txt"
    secret.write_text("keep")
    folder = tmp_path / "chosen"
    folder.mkdir()
    link = folder / "statement.md"
    link.symlink_to(secret)
    for replace in (False, True):
        with pytest.raises(sx.ExportError, match="is a link to somewhere else"):
            sx.write(sx.target(link, "md", DAY), "x", replace=replace)
    assert secret.read_text() == "keep"
    dangling = folder / "gone.md"
    dangling.symlink_to(elsewhere / "new.md")
    with pytest.raises(sx.ExportError, match="is a link"):
        sx.write(dangling, "x")
    assert not (elsewhere / "new.md").exists()


def test_a_folder_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "x.md").mkdir()
    with pytest.raises(sx.ExportError, match="is not a file"):
        sx.write(tmp_path / "x.md", "x", replace=True)


def test_a_failed_write_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sx.os, "write", full)
    for replace in (False, True):
        with pytest.raises(sx.ExportError, match=r"cannot write .*: No space left on device") as info:
            sx.write(tmp_path / "s.md", "x", replace=replace)
        assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_default_names_for_each_document() -> None:
    assert [sx.default_name("html", DAY, kind) for kind in ("statement", "officer", "notes")] == [
        "statement-2026-11-22.html",
        "officer-notes-2026-11-22.html",
        "my-notes-2026-11-22.html",
    ]


def test_export_and_the_exporter_for_front_ends(tmp_path: Path, ps: PackSet) -> None:
    case = load("three_children", ps)
    case.answers[("handover_place", None)] = "At 12 Acacia Avenue"
    done = sx.export(case, ps, "html", tmp_path / "s.html", today=DAY)
    assert done.path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    exporter = sx.FileExporter(folder=tmp_path)
    assert exporter.suggested("md").parent == tmp_path
    assert exporter.suggested("md").name.startswith("statement-")
    assert exporter.suggested("md", "officer").name.startswith("officer-notes-")
    assert exporter.suggested("md", "all") == tmp_path
    path, warnings = exporter.write(case, ps, "md", tmp_path, replace=False)
    assert path.parent == tmp_path and path.suffix == ".md" and mode(path) == 0o600
    assert (
        warnings[0]
        == "'Handover place' may contain an address or postcode: check it before you share the statement"
    )
    assert "did not fit on the statement's 2 pages and are in your notes instead" in warnings[1]
    with pytest.raises(FileExistsError):
        exporter.write(case, ps, "md", path, replace=False)
    case.answers[("what_matters_most", None)] = "word " * 1500  # the summary never moves
    _path, warnings = exporter.write(case, ps, "md", path, replace=True)
    assert any(w.startswith("the statement is about 3 pages") for w in warnings)
    assert warnings[-1].startswith("the summary is 15")


def test_all_three_go_into_one_folder(tmp_path: Path, ps: PackSet) -> None:
    case = load("responding", ps)
    paths = sx.targets(tmp_path, "md", "all", DAY)
    done = sx.export(case, ps, "md", paths, today=DAY, document="all")
    assert [p.name for p in done.paths] == [
        "statement-2026-11-22.md",
        "officer-notes-2026-11-22.md",
        "my-notes-2026-11-22.md",
    ]
    assert done.kinds == ("statement", "officer", "notes")
    with pytest.raises(FileExistsError):  # none is replaced, and none is written
        sx.export(case, ps, "md", sx.targets(tmp_path, "md", "all", DAY), today=DAY, document="all")
    with pytest.raises(sx.ExportError, match="give -o a folder"):
        sx.targets(tmp_path / "x.md", "md", "all", DAY)
    with pytest.raises(sx.ExportError, match="unknown document"):
        sx.kinds_of("everything")
