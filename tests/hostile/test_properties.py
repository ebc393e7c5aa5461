"""Property-based tests: generated inputs, each property held for every example.

* parse_article/assemble are lossless on any text (\\r, \\u2028, NUL, astral characters …;
  lone surrogates excluded: they cannot be stored in a UTF-8 file);
* read_source, read_any and decode_any raise nothing but InputError on any bytes, and what
  they return is clean text;
* Converter("s2tw").convert_markdown never alters URLs, link targets, inline code or fenced
  code in generated Markdown, and converts the prose around them;
* split_markdown's chunks join back to the input.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhpress.errors import InputError
from zhpress.io.text import MAX_LINE_CHARS, decode_any, read_any, read_source
from zhpress.parser.article import assemble
from zhpress.parser.document import parse_article
from zhpress.variants.convert import Converter, split_markdown

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a file can hold: any code point but surrogates.
any_char = st.characters(blacklist_categories=("Cs",))
# Pieces that steer the parser: titles, dashes, bylines, numbered headings, sentence ends, odd breaks.
article_piece = st.sampled_from(
    [
        "标题",
        "——副标题",
        "通讯员 张三",
        "一、",
        "（二）",
        "第三，",
        "。",
        "！",
        "？",
        "，",
        "：",
        "”",
        "新的一年",
        "展望未来",
        " ",
        "\u3000",
        "\t",
        "\r",
        "\u2028",
        "\u2029",
        "\x85",
        "\x0b",
        "\x0c",
        "\x00",
        "2017年",
        "<script>",
        "```",
        "# x",
        "| a |",
        "- ",
        "😀",
        "𠀀",
        "a" * 41,
        "字" * 45,
    ]
)
article_line = st.lists(st.one_of(article_piece, st.text(any_char, max_size=8)), max_size=6).map("".join)
article_text = st.one_of(
    st.text(any_char, max_size=300),
    st.lists(article_line, max_size=25).map("\n".join),
    st.lists(article_line, max_size=25).map(lambda lines: "\n".join(lines) + "\n"),
)


@FAST
@given(article_text)
@example("")
@example("\n")
@example("\n\n\n")
@example("标题\r\n正文。\r\n")
@example("标题\u2028副标题\n一、小标题\n段落。\n")
def test_parse_article_is_lossless(text):
    article = parse_article(text)
    assert assemble(article) == text
    for block in article.blocks:
        assert text[block.start : block.end] == block.text
        assert "\n" not in block.text
    assert all("\n" not in warning for warning in article.warnings)
    for section in article.sections:
        assert section.heading.role == "heading"


# -- decoding any bytes ------------------------------------------------------------------------

sample_text = st.text(st.sampled_from("标题正文发展干部，。“”！？abc 123\n\r\t\u3000台灣萬億"), max_size=80)
encoded = st.tuples(
    sample_text,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5"]),
)


def encode_lossy(pair) -> bytes:
    text, encoding = pair
    return text.encode(encoding, errors="replace")


def damaged(data: bytes, cut: int, flip: int) -> bytes:
    """The bytes truncated and with one byte flipped: what a broken transfer produces."""
    if not data:
        return data
    data = data[: max(1, len(data) - cut)]
    position = flip % len(data)
    return data[:position] + bytes([data[position] ^ 0x80]) + data[position + 1 :]


any_bytes = st.one_of(
    st.binary(max_size=400),
    encoded.map(encode_lossy),
    st.tuples(encoded.map(encode_lossy), st.integers(0, 5), st.integers(0, 400)).map(lambda t: damaged(*t)),
)
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def assert_clean(text: str) -> None:
    assert "\r" not in text and not CONTROL.search(text)
    assert text.strip()
    assert max(len(line) for line in text.split("\n")) <= MAX_LINE_CHARS


@FAST
@given(any_bytes)
@example(b"\xff\xfe\x00")
@example(b"\xef\xbb\xbf\xed\xa0\x80")  # an encoded surrogate after a UTF-8 BOM
@example(b"\x00\x00\xfe\xff\x00\x11\x00\x00")  # UTF-32 BOM, code point out of range
@example("标题\n".encode("utf-16-be"))
def test_decode_any_raises_only_input_errors(data):
    try:
        text, encoding = decode_any(data, "import.txt")
    except InputError as exc:
        assert len(exc.problems) == 1 and "\n" not in str(exc)
        return
    assert_clean(text)
    assert isinstance(encoding, str)


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "source.txt"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=any_bytes)
def test_read_source_and_read_any_raise_only_input_errors(scratch, data):
    scratch.write_bytes(data)
    try:
        text = read_source(scratch)
    except InputError as exc:
        assert len(exc.problems) == 1 and "\n" not in str(exc)
    else:
        assert text.encode("utf-8") == data  # verbatim: what is returned is what is stored
        assert "\r" not in text and not text.startswith("\ufeff")
    try:
        text, _ = read_any(scratch)
    except InputError:
        return
    assert_clean(text)


# -- conversion of Markdown keeps its code and URLs ----------------------------------------------

prose = st.text(st.sampled_from("发展干部后台里面这个系统注意简体中文汉字优化质量，。、 "), min_size=1, max_size=20)
code_body = st.text(st.sampled_from("发展干部后台里面系统abc=()+ "), min_size=1, max_size=15)
url_path = st.text(st.sampled_from("发展干部后台abc-_/0123."), min_size=1, max_size=20)
protected = st.one_of(
    code_body.map(lambda c: f"`{c.strip() or 'x'}`"),
    code_body.map(lambda c: f"``{c.strip() or 'x'}``"),
    url_path.map(lambda p: f"https://example.com/{p}"),
    st.tuples(prose, url_path).map(lambda t: f"[{t[0].strip() or 'x'}](https://example.org/{t[1]})"),
    st.tuples(
        st.sampled_from(["```", "~~~", "````"]),
        st.sampled_from(["", "python", "text"]),
        st.lists(code_body, min_size=1, max_size=3),
    ).map(lambda t: f"\n{t[0]}{t[1]}\n" + "\n".join(t[2]) + f"\n{t[0]}\n"),
)


def kept(piece: str) -> str:
    """The part of a protected piece that must come out unchanged (a link's text is prose)."""
    if piece.startswith("[") and "](" in piece:
        return piece[piece.index("](") :]
    return piece


@pytest.fixture(scope="module")
def s2tw():
    return Converter("s2tw")


@FAST
@given(st.lists(st.tuples(prose, protected), min_size=1, max_size=6), prose)
@example([("发展系统 ", "`发展`")], " 后台")
@example([("里面 ", "https://example.com/发展后台")], " 干部")
@example([("系统", "\n```\n发展\n```\n")], "优化")
def test_convert_markdown_keeps_urls_and_code(s2tw, parts, tail):
    markdown = "".join(p + " " + c + " " for p, c in parts) + tail
    converted = s2tw.convert_markdown(markdown)
    cursor = 0
    for _, piece in parts:
        found = converted.find(kept(piece), cursor)
        assert found != -1, (kept(piece), converted)
        cursor = found + len(kept(piece))
    # The prose itself is converted: nothing of it is left in Simplified where s2tw changes it.
    if "发展" in tail:
        assert converted.endswith(s2tw.convert(tail))


markdown_char = st.sampled_from(
    list("`~[]()<>!-*#|:{}.&;\"' \n\tab发展") + ["```", "---\n", "](", "http://", "<!--", "-->", "{:", "&amp;", "[a]: "]
)


@FAST
@given(st.one_of(st.text(any_char, max_size=200), st.lists(markdown_char, max_size=80).map("".join)))
@example('---\ntitle: 发展\n---\n正文 `code` https://x.org/发展 <b a="发">')
@example("```\nunclosed 发展")
def test_split_markdown_chunks_join_back(markdown):
    chunks = list(split_markdown(markdown))
    assert "".join(chunk for chunk, _ in chunks) == markdown
    assert all(chunk for chunk, _ in chunks)


# Known gaps of convert_markdown, kept here as exact expectations (see the report to the lead).
