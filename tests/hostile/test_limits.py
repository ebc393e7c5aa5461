"""The input limits of zhpress, stated and enforced with messages that name them.

=====================  ==============================  ==================================================
limit                  value                           where / what happens
=====================  ==============================  ==================================================
source file size       20 MiB (20,971,520 bytes)       `textio.MAX_SOURCE_BYTES`; checked with fstat before
                                                       a byte is read, so a 50 MB file costs no memory
line length            200,000 characters              `textio.MAX_LINE_CHARS`; one line is one paragraph
curated YAML size      5 MiB (5,242,880 bytes)         `yamlio.MAX_YAML_BYTES` (article.yaml, figures.yaml,
                                                       overrides.yaml, …); also subject to the line limit
YAML nesting           20 levels                       `yamlio.MAX_DEPTH`; libyaml's own guard (deeper
                                                       flow nesting) gives the same message
YAML number length     1,000 characters                `yamlio.MAX_NUMBER_DIGITS`; longer numbers would
                                                       stall int() (Python refuses > 4,300 digits anyway)
YAML aliases           none allowed                    refused before composing, so a "billion laughs"
                                                       document is never expanded
numeral length         40 digits                       `numbers._ARABIC`; a longer run of digits is no
                                                       quantity and is not read (converting it would
                                                       take time quadratic in its length)
files that are not     refused                         named pipes and devices (fstat), binary files
regular text files                                     (magic numbers, NUL bytes), control characters
slug length            64 characters                   `metadata.slugs.MAX_SLUG_CHARS` (article and section
                                                       slugs name folders and URLs); test_slugs.py
figures of one import  MAX_YAML_BYTES of figures.yaml  `zhpress new` refuses up front a source with more
                                                       numbers than fit (60 bytes each), and the
                                                       suggester never writes a larger file; test below
=====================  ==============================  ==================================================

Every refusal is an `InputError`/`DataError` whose message is `file[:line]: message (fix)` and
states the limit it hit.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.errors import DataError, InputError
from zhpress.io.text import MAX_LINE_CHARS, MAX_SOURCE_BYTES, decode_any, read_source
from zhpress.io.yamlfile import MAX_DEPTH, MAX_NUMBER_DIGITS, MAX_YAML_BYTES, load_yaml, parse_yaml

MB = 1024 * 1024


def test_the_documented_values_are_the_enforced_ones():
    assert (MAX_SOURCE_BYTES, MAX_LINE_CHARS, MAX_YAML_BYTES, MAX_DEPTH, MAX_NUMBER_DIGITS) == (
        20 * MB,
        200_000,
        5 * MB,
        20,
        1000,
    )


def write_big(path: Path, size: int, line: bytes) -> None:
    """Write `size` bytes of real text by repeating `line`, 1 MB at a time (never all in memory)."""
    block = line * (MB // len(line)) + b"x" * (MB % len(line))
    with open(path, "wb") as handle:
        for _ in range(size // MB):
            handle.write(block)
        handle.write(block[: size % MB])


def test_a_50_mb_article_fails_fast_without_being_read(in_tmp):
    path = in_tmp / "source.txt"
    write_big(path, 50 * MB, "正文一段，写到这里。\n".encode())
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as info:
            read_source(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(info.value) == (
        "source.txt: file is 52,428,800 bytes, more than the limit of 20,971,520 bytes "
        "(split the article into several articles)"
    )
    assert peak < MB, f"read_source held {peak:,} bytes for a file it refuses"


def test_50_mb_handed_to_decode_any_is_refused_before_decoding():
    line = "A正文写到这里。\n".encode("gbk")
    assert len(line) == 16
    data = line * (50 * MB // 16)
    tracemalloc.start()  # decoding would allocate the ~50 MB text
    try:
        with pytest.raises(InputError) as info:
            decode_any(data, "big.txt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del data
    assert str(info.value) == (
        "big.txt: file is 52,428,800 bytes, more than the limit of 20,971,520 bytes "
        "(split the article into several articles)"
    )
    assert peak < MB, f"decode_any held {peak:,} bytes for data it refuses"


def test_size_limit_boundary(in_tmp):
    path = in_tmp / "source.txt"
    path.write_bytes(b"a" * 100)
    assert read_source(path, max_bytes=100) == "a" * 100
    path.write_bytes(b"a" * 101)
    with pytest.raises(InputError) as info:
        read_source(path, max_bytes=100)
    assert str(info.value) == (
        "source.txt: file is 101 bytes, more than the limit of 100 bytes (split the article into several articles)"
    )


def test_a_single_1_mb_line(in_tmp):
    path = in_tmp / "source.txt"
    path.write_bytes("标题\n".encode() + b"a" * MB + "。\n".encode())
    message = (
        "source.txt:2: line is 1,048,577 characters, more than the limit of 200,000 "
        "(break the text into paragraphs, one per line)"
    )
    with pytest.raises(InputError) as info:
        read_source(path)
    assert str(info.value) == message
    with pytest.raises(InputError) as info:
        decode_any(path.read_bytes(), "source.txt")
    assert str(info.value) == message


def test_line_length_boundary(in_tmp):
    path = in_tmp / "source.txt"
    path.write_text("标题\n" + "字" * MAX_LINE_CHARS + "\n", encoding="utf-8")
    assert len(read_source(path)) == MAX_LINE_CHARS + 4
    path.write_text("标题\n" + "字" * (MAX_LINE_CHARS + 1), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_source(path)
    assert str(info.value) == (
        "source.txt:2: line is 200,001 characters, more than the limit of 200,000 "
        "(break the text into paragraphs, one per line)"
    )


def test_lines_are_counted_at_newlines_only(in_tmp):
    # U+2028 and friends are not line breaks for the article parser, so not for the limit either.
    path = in_tmp / "source.txt"
    path.write_text("标题\n" + "字\u2028" * (MAX_LINE_CHARS // 2 + 1), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_source(path)
    assert str(info.value).startswith("source.txt:2: line is 200,002 characters")


def test_yaml_file_size(in_tmp):
    path = in_tmp / "figures.yaml"
    write_big(path, 6 * MB, b"# a comment line that pads the file\n")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert str(info.value) == (
        "figures.yaml: file is 6,291,456 bytes, more than the limit of 5,242,880 bytes "
        "(curated YAML files are limited to 5 MB; is this the right file?)"
    )


def test_yaml_line_length(in_tmp):
    path = in_tmp / "article.yaml"
    path.write_text("slug: x\ntitle_en: " + "a" * MB + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    assert str(info.value) == (
        "article.yaml:2: line is 1,048,586 characters, more than the limit of 200,000 "
        "(break the text into paragraphs, one per line)"
    )


def yaml_error(text: str) -> str:
    with pytest.raises(DataError) as info:
        parse_yaml(text, "figures.yaml")
    return str(info.value)


def test_yaml_nesting_boundary():
    assert parse_yaml("a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", "figures.yaml") is not None
    assert yaml_error("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n") == (
        "figures.yaml:1: nesting deeper than 20 levels (flatten the data)"
    )


def test_yaml_block_nesting_names_the_line():
    text = "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "x: 1\n"
    assert yaml_error(text) == "figures.yaml:21: nesting deeper than 20 levels (flatten the data)"


def test_yaml_nesting_far_beyond_libyaml_guard():
    assert yaml_error("a: " + "[" * 100_000 + "]" * 100_000 + "\n") == (
        "figures.yaml:1: nesting deeper than 20 levels (flatten the data)"
    )


def test_yaml_number_length():
    assert parse_yaml("value: " + "9" * MAX_NUMBER_DIGITS + "\n", "figures.yaml")["value"] == int("9" * 1000)
    assert yaml_error("id: x\nvalue: " + "9" * 5000 + "\n") == (
        "figures.yaml:2: number is 5,000 characters long, more than the limit of 1,000 (quote it if it is text)"
    )


def test_billion_laughs_is_refused_before_expansion():
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for name, prev in zip("bcdefghijklmnopq", "abcdefghijklmnop"):
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    tracemalloc.start()  # expanded, the document would hold 9**16 strings
    try:
        assert yaml_error(bomb) == (
            "figures.yaml:2: YAML aliases (*name) are not allowed in curated data (write the value out in full)"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MB


def test_a_run_of_digits_longer_than_40_is_no_number():
    from zhpress.numbers.zh import find_numbers

    assert [r.value for r in find_numbers("共" + "1" * 40 + "人")] == [int("1" * 40)]
    assert find_numbers("共" + "1" * 41 + "人") == []
    assert find_numbers("9" * 200_000) == []  # the longest line a source may have: read in linear time
    assert len(find_numbers("三分之一，" * 40_000)) == 40_000


def test_an_import_whose_figures_would_exceed_the_yaml_limit_is_refused(in_tmp, monkeypatch):
    """Refused up front (too many numbers for the limit) or, when the estimate passes, before writing."""
    source = "标题\n" + "".join(f"第{i}段，共有{i}人参加，投入{i}万元。\n" for i in range(1, 400))
    (in_tmp / "many.txt").write_text(source, encoding="utf-8")
    (in_tmp / "data").mkdir()
    monkeypatch.setattr("zhpress.importer.MAX_YAML_BYTES", 10_000)
    result = CliRunner().invoke(
        main, ["new", str(in_tmp / "many.txt"), "--slug", "many", "--data", str(in_tmp / "data")]
    )
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "many.txt: holds 1,197 numbers: its figures.yaml would exceed the limit of 10,000 bytes" in result.output
    assert not (in_tmp / "data/articles/many").exists()
    monkeypatch.setattr("zhpress.importer.MAX_YAML_BYTES", MAX_YAML_BYTES)
    monkeypatch.setattr("zhpress.figures.suggest.MAX_YAML_BYTES", 50_000)
    result = CliRunner().invoke(
        main, ["new", str(in_tmp / "many.txt"), "--slug", "many", "--data", str(in_tmp / "data")]
    )
    assert result.exit_code == 1, result.output
    assert "figures.yaml: would grow to " in result.output and "more than the limit of 50,000 bytes" in result.output
    assert not (in_tmp / "data/articles/many").exists()
