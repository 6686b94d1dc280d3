"""The three documents as Markdown and HTML: golden files, and safety whatever was typed.

Golden files live in tests/golden/ (one per case, document and format). After an
intended change to the templates or the documents' data, regenerate them and read
the diff before committing:

    S7PREP_UPDATE_GOLDEN=1 python -m pytest tests/test_statement_render.py -k golden
"""

from __future__ import annotations

import base64
import functools
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from s7prep import engine
from s7prep.packs.model import Case, PackSet
from s7prep.statement import documents
from s7prep.statement.documents import Documents
from s7prep.statement.escape import lines
from s7prep.statement.export import ExportError, export
from s7prep.statement.interview_day import NOBODY
from s7prep.statement.model import DOCUMENTS
from s7prep.statement.render import environment, render
from s7prep.statement.values import full_stop
from tests.fixtures.cases import NAMES, load, packset

DAY = date(2026, 11, 22)
NONCHAR = re.compile(
    "[\ufdd0-\ufdef" + "".join(chr(p) + chr(p + 1) for p in range(0xFFFE, 0x110000, 0x10000)) + "]"
)
GOLDEN = Path(__file__).parent / "golden"
HOSTILE = (
    "# | <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> &amp; `a` *b* _c_"
)


@functools.cache
def shared_packset() -> PackSet:
    """Loaded once: hypothesis tests cannot take function-scoped fixtures."""
    return packset()


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return shared_packset()


def docs_of(case: Case, ps: PackSet) -> Documents:
    # Not fitted: text of another length would move other answers, and these tests
    # compare pages of the same shape.
    return documents.build(case, ps, DAY, fit=False)


def rendered(docs: Documents, fmt: str) -> str:
    return "\n".join(render(docs.data(kind), fmt, kind) for kind in DOCUMENTS)


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("kind", DOCUMENTS)
@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str, kind: str, fmt: str, ps: PackSet) -> None:
    docs = documents.build(load(name, ps), ps, DAY)
    text = render(docs.data(kind), fmt, kind)
    path = GOLDEN / f"{name}-{kind}.{fmt}"
    if os.environ.get("S7PREP_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with S7PREP_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- a case with text everywhere


def fill(ps: PackSet, text: str) -> Case:
    """The fully answered case with `text` in every place the person types: child
    names and homes, every free-text answer, every free-text part of a list and the
    note of every fortnight (a list's too)."""
    case = load("two_children_full", ps)
    case.children = [replace(c, name=f"{text}", lives_with=text) for c in case.children]
    for (qid, child), value in list(case.answers.items()):
        q = ps.question(qid)
        if q.type in ("text", "long_text"):
            case.answers[(qid, child)] = text
        elif q.type == "fortnight":
            case.answers[(qid, child)] = {**value, "note": text}
        elif q.type == "list":
            texts = {f.id for f in q.fields if f.type in ("text", "long_text")}
            nights = {f.id for f in q.fields if f.type == "fortnight"}
            case.answers[(qid, child)] = [
                {k: (text if k in texts else {**v, "note": text} if k in nights else v) for k, v in r.items()}
                for r in value
            ]
    case.answers[("your_role", None)] = "other"
    case.answers[("your_role_other", None)] = text
    return case


class Tags(HTMLParser):
    """Every start tag with its attributes, and anything that is not plain markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.other: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))

    def handle_comment(self, data: str) -> None:
        self.other.append("comment")

    def handle_pi(self, data: str) -> None:
        self.other.append("pi")

    def unknown_decl(self, data: str) -> None:
        self.other.append("decl")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    p.close()
    return p


def benign_like(text: str) -> str:
    """Plain words with the same lines as `text`, so the page has the same shape."""
    return "\n".join(f"Line{i}" for i in range(len(lines(text)))) or " "


# Text a person might type or paste: anything, with Markdown and HTML punctuation,
# newlines and right-to-left script made likely.
PIECES = [
    *"#|<>[]()!*_`~&\\-+=.:;/'\" \n\tx1",
    "javascript:",
    "<script>",
    "&#x3C;",
    "1. ",
    "\u05d0",
    "\u202e",
]
typed = st.one_of(
    st.text(min_size=1, max_size=60),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join),
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=typed)
@example(text="\x1f")  # Python strips it as a space; documents show it as U+FFFD
def test_html_holds_only_the_elements_the_template_wrote(text: str) -> None:
    assume(_someone(text))
    ps = shared_packset()
    page = rendered(docs_of(fill(ps, text), ps), "html")
    plain = rendered(docs_of(fill(ps, benign_like(text)), ps), "html")
    got, want = parse(page), parse(plain)
    assert got.tags == want.tags
    assert got.other == [] and want.other == []
    for _tag, attrs in got.tags:
        for _name, value in attrs:
            assert "javascript:" not in (value or "").lower()


def _someone(text: str) -> bool:
    """Not a way of typing "no one": as a supporter, the interview-day list in the
    notes leaves that out, where it shows a placeholder."""
    return " ".join(lines(text)).lower().strip(" .!") not in NOBODY


def _norm(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=typed)
def test_markdown_shows_the_text_unchanged(text: str) -> None:
    """Rendered as a reader would see it (markdown-it, js-default), the statement holds
    the person's text character for character where the same statement made with
    placeholder lines holds the placeholders.

    Compared after collapsing whitespace: Markdown, like HTML, shows a run of spaces,
    tabs or line breaks as one space and trims each paragraph and table cell, and the
    statement keeps the characters of each line but not the spaces around it.
    """
    try:
        text = engine.clean_text(text, 10_000)  # what the app would have stored
    except engine.AnswerError:
        return
    assume(_someone(text))
    # Unicode noncharacters have no place in a document and are shown as U+FFFD.
    kept = [NONCHAR.sub("\ufffd", line.strip()) for line in text.split("\n") if line.strip()]
    if not kept:
        return
    ps = shared_packset()
    tokens = [f"Qz{i}Qz" for i in range(len(kept))]
    # A list entry's last part gets a full stop unless it ends a sentence already:
    # the placeholder must end as the text does.
    if full_stop(kept[-1]) == kept[-1]:
        tokens[-1] += "."
    mdit = MarkdownIt("js-default")
    real = rendered(docs_of(fill(ps, text), ps), "md")
    placeholder = rendered(docs_of(fill(ps, "\n".join(tokens)), ps), "md")
    got = "".join(parse(mdit.render(real)).text)
    want = "".join(parse(mdit.render(placeholder)).text)
    for token, line in sorted(zip(tokens, kept, strict=True), key=lambda t: -len(t[0])):
        want = want.replace(token, line)
    assert _norm(got) == _norm(want)
    html = mdit.render(real)
    assert "<a " not in html and "<script" not in html and "<img" not in html


def test_hostile_text_stays_literal(ps: PackSet) -> None:
    case = fill(ps, HOSTILE)
    s = docs_of(case, ps)
    md_text = rendered(s, "md")
    html = MarkdownIt("js-default").render(md_text)
    plain = MarkdownIt("js-default").render(rendered(docs_of(fill(ps, "plain words"), ps), "md"))
    assert [t for t, _a in parse(html).tags] == [t for t, _a in parse(plain).tags]  # tables stay tables
    assert HOSTILE in "".join(parse(html).text)
    page = rendered(s, "html")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert [t for t, _a in parse(page).tags].count("script") == 0


def test_every_typed_value_sits_in_a_bdi(ps: PackSet) -> None:
    marker = "Mk7Mk"
    page = rendered(docs_of(fill(ps, marker), ps), "html")

    class Where(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[tuple[str, dict[str, str | None]]] = []
            self.outside = 0
            self.inside = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in ("meta", "br"):
                self.stack.append((tag, dict(attrs)))

        def handle_endtag(self, tag: str) -> None:
            while self.stack and self.stack.pop()[0] != tag:
                pass

        def handle_data(self, data: str) -> None:
            if marker in data:
                if any(t == "bdi" and a.get("dir") == "auto" for t, a in self.stack):
                    self.inside += data.count(marker)
                else:
                    self.outside += data.count(marker)

    w = Where()
    w.feed(page)
    assert w.inside > 40 and w.outside == 0


# ---------------------------------------------------------------- the HTML page itself


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_html_page_is_locked_down(ps: PackSet, kind: str) -> None:
    page = render(documents.build(load("three_children", ps), ps, DAY).data(kind), "html", kind)
    assert environment("html").autoescape is True
    assert page.startswith('<!DOCTYPE html>\n<html lang="en-GB">')
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp is not None
    policy = dict(part.strip().split(" ", 1) for part in csp.group(1).split(";"))
    assert policy["default-src"] == "'none'" and policy["base-uri"] == "'none'"
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert style is not None
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert policy["style-src"] == f"'sha256-{digest}'"
    assert "size: A4;" in style.group(1) and "break-inside: avoid" in style.group(1)
    assert 'counter(page) " of " counter(pages)' in style.group(1)
    tags = parse(page).tags
    assert not [t for t, _a in tags if t in ("script", "img", "iframe", "link", "a", "form", "object")]
    assert not [
        a for _t, attrs in tags for a, _v in attrs if a in ("src", "href", "style") or a.startswith("on")
    ]


def test_user_templates_come_first(ps: PackSet, tmp_path: Path) -> None:
    (tmp_path / "_words.j2").write_text(
        '{% set words = {"statement_title": "Prepared for the officer"} %}', encoding="utf-8"
    )
    (tmp_path / "statement.md.j2").write_text(
        '{% from "_words.j2" import words %}\n# {{ words.statement_title }}\n\n'
        "{{ s.head.role }} {{ s.head.prepared }}\n"
    )
    docs = documents.build(load("grandparent", ps), ps, DAY)
    assert render(docs.statement, "md", "statement", tmp_path) == (
        "# Prepared for the officer\n\ngrandmother 22 November 2026\n"
    )
    # A partial replaced on its own: the shipped pages use the user's words.
    (tmp_path / "_words.j2").write_text(_shipped_words().replace("My statement for", "Notes for"))
    environment.cache_clear()
    page = render(docs.statement, "html", "statement", tmp_path)
    assert "<h1>Notes for the Cafcass Section 7 interview</h1>" in page


def _shipped_words() -> str:
    from s7prep import resources

    return (resources.templates_dir() / "_words.j2").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{% if %}", "template statement.md.j2, line 1: "),
        ("line one\n{{ s.no_such_thing }}", "template statement.md.j2, line 2: uses a name that is not in"),
        (
            "{{ s.__class__.__mro__ }}",
            "template statement.md.j2, line 1: tries to do something templates may not",
        ),
        ("{{ ''.__class__.__subclasses__() }}", "template statement.md.j2, line 1: tries to do something"),
        ("\n\n{{ 1 / 0 }}", "template statement.md.j2, line 3: failed (ZeroDivisionError)"),
        ("{{ 'x' * 10**9 }}", "template statement.md.j2, line 1: tries to do something"),
        (
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
            "template statement",
        ),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "template statement.md.j2, line 1: calls itself"),
    ],
)
def test_a_broken_or_nosy_template_is_one_line(
    ps: PackSet, tmp_path: Path, template: str, message: str
) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "statement.md.j2").write_text(template)
    environment.cache_clear()
    with pytest.raises(ExportError) as info:
        export(load("one_child_essentials", ps), ps, "md", tmp_path / "out.md", templates=folder, today=DAY)
    assert str(info.value).startswith(message) and "\n" not in str(info.value)
    assert not (tmp_path / "out.md").exists()


def test_template_errors_never_quote_a_value(ps: PackSet, tmp_path: Path) -> None:
    """An include by a value names the file and line that asked for it, never the value."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "_part.j2").write_text("one\ntwo\n{% include s.head.children[0].name %}\n")
    (folder / "officer.html.j2").write_text('first line\n{% include "_part.j2" %}\n')
    environment.cache_clear()
    case = load("one_child_essentials", ps)
    with pytest.raises(ExportError) as info:
        export(case, ps, "html", tmp_path / "o.html", templates=folder, today=DAY, document="officer")
    assert str(info.value) == "template _part.j2, line 3: includes or imports a template that is not there"
    assert "Maya" not in str(info.value)


# Pieces of templates, good and bad, that a person might put in a --templates folder.
TEMPLATE_PIECES = [
    "text ",
    "\n",
    "{{ s.head.prepared }}",
    "{{ s.head.children[0].name }}",
    "{{ s.nope }}",
    "{% include s.head.children[0].name %}",
    '{% include "_missing.j2" %}',
    '{% include "_part.j2" %}',
    "{% if %}",
    "{% for i in range(3) %}{{ i }}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{{ 1 / 0 }}",
    "{{ 'x' * 100000000 }}",
    "{{ 2 ** 99999999 }}",
    "{{ 'x' | center(1000000000) }}",
    "{{ s.__class__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% extends s.head.prepared %}",
    "{% import '_part.j2' as p %}{{ p.x() }}",
    "{{ s.head.children | join(',') }}",
    "{{ '%s' % s.head }}",
    "{% raw %}",
    "{#",
    "}}",
    "\x00",
    "\udcff",
]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    main=st.lists(st.sampled_from(TEMPLATE_PIECES), max_size=8).map("".join),
    part=st.lists(st.sampled_from(TEMPLATE_PIECES), max_size=4).map("".join),
    kind=st.sampled_from(DOCUMENTS),
    fmt=st.sampled_from(["md", "html"]),
)
def test_any_templates_folder_gives_a_page_or_one_line(
    tmp_path_factory: pytest.TempPathFactory, main: str, part: str, kind: str, fmt: str
) -> None:
    """Whatever a --templates folder holds: the document, or one line naming the
    template file (and never the case's words); never a traceback. Never a hang either:
    the sandbox bounds repeats, sizes and powers (render.py), so each example ends
    (not timed here: tests never depend on the machine's speed)."""
    ps = shared_packset()
    folder = tmp_path_factory.mktemp("t")
    (folder / f"{kind}.{fmt}.j2").write_bytes(main.encode("utf-8", "surrogateescape"))
    (folder / "_part.j2").write_bytes(part.encode("utf-8", "surrogateescape"))
    out = folder / f"out.{fmt}"
    environment.cache_clear()
    try:
        export(load("one_child_essentials", ps), ps, fmt, out, templates=folder, today=DAY, document=kind)
    except ExportError as exc:
        message = str(exc)
        assert message.startswith("template ") and "\n" not in message
        assert re.match(r"template [\w./-]+\.j2(, line \d+)?: ", message), message
        assert "Maya" not in message and "22 November" not in message
        assert not out.exists()
    else:
        assert out.exists()


def test_markdown_environment_escapes_every_value(ps: PackSet) -> None:
    env = environment("md")
    assert env.autoescape is False and env.finalize is not None
    one: Callable[..., Any] = env.from_string("{{ x }}|{{ y }}").render
    assert one(x="*a*", y="<b>") == r"\*a\*|\<b\>"
