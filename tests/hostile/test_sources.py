"""Hostile source files: curated ones through `read_source`, imports through `decode_any`.

Each case names its exact outcome: the text, or the one message (file, line, fix).
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from pathlib import Path

import pytest

from zhpress.errors import DataError, InputError
from zhpress.io.text import decode_any, read_any, read_source

from .helpers import HOSTILE_PROSE, HOSTILE_SOURCE


def tiny_png() -> bytes:
    """A real 1×1 PNG, built here so the test holds no binary fixture."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def read_error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_source(path)
    assert len(info.value.problems) == 1
    return str(info.value)


def decode_error(data: bytes) -> str:
    with pytest.raises(InputError) as info:
        decode_any(data, "import.txt")
    return str(info.value)


def write(tmp: Path, data: bytes, name: str = "source.txt") -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


# -- curated sources: read_source ------------------------------------------------------------

CURATED_ERRORS = [
    ("empty", b"", "source.txt: file is empty (put the article's text in it)"),
    ("whitespace", b" \n\t\n  \n", "source.txt: file holds only whitespace (put the article's text in it)"),
    (
        "ideographic spaces",
        "\u3000\u3000\n\u3000\n".encode(),
        "source.txt: file holds only whitespace (put the article's text in it)",
    ),
    ("png", tiny_png(), "source.txt: file is a PNG image, not text (save the article as plain text (.txt))"),
    (
        "pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "source.txt: file is a PDF document, not text (save the article as plain text (.txt))",
    ),
    (
        "docx",
        b"PK\x03\x04\x14\x00\x06\x00",
        "source.txt: file is a ZIP archive (e.g. a .docx file), not text (save the article as plain text (.txt))",
    ),
    (
        "gbk",
        "标题\n正文第一段。\n".encode("gbk"),
        "source.txt:1: not valid UTF-8 (byte 0) (curated files are UTF-8; save it as UTF-8 "
        "(GBK and Big5 files are converted on import))",
    ),
    (
        "gbk after good lines",
        "title\nline two\n正文。\n".encode("gbk"),
        "source.txt:3: not valid UTF-8 (byte 15) (curated files are UTF-8; save it as UTF-8 "
        "(GBK and Big5 files are converted on import))",
    ),
    ("utf-16-le bom", "标题\n正文。\n".encode("utf-16"), "source.txt:1: is UTF-16 text, not UTF-8 (save it as UTF-8)"),
    (
        "utf-16-be bom",
        b"\xfe\xff" + "标题\n正文。\n".encode("utf-16-be"),
        "source.txt:1: is UTF-16 text, not UTF-8 (save it as UTF-8)",
    ),
    (
        "utf-16-le no bom",
        "title 2017\n正文。\n".encode("utf-16-le"),
        "source.txt:1: contains NUL bytes (binary or UTF-16 data) (save it as UTF-8 text)",
    ),
    ("utf-32 bom", "标题\n".encode("utf-32"), "source.txt:1: is UTF-32 text, not UTF-8 (save it as UTF-8)"),
    (
        "utf-8 bom",
        "\ufeff标题\n正文。\n".encode(),
        "source.txt:1: starts with a byte-order mark (save it as UTF-8 without BOM)",
    ),
    (
        "crlf",
        "标题\r\n正文。\r\n".encode(),
        "source.txt:1: has CRLF (Windows) line endings (save it with LF line endings)",
    ),
    (
        "crlf after lf",
        "标题\n正文。\n结语。\r\n".encode(),
        "source.txt:3: has CRLF (Windows) line endings (save it with LF line endings)",
    ),
    (
        "lone cr",
        "标题\r正文。\r".encode(),
        "source.txt:1: has CR (old Mac) line endings (save it with LF line endings)",
    ),
    (
        "binary without magic",
        bytes(range(256)),
        "source.txt:1: contains NUL bytes (binary or UTF-16 data) (save it as UTF-8 text)",
    ),
    (
        "truncated utf-8",
        "标题\n正文".encode()[:-1],
        "source.txt:2: not valid UTF-8 (byte 10) (curated files are UTF-8; "
        "save it as UTF-8 (GBK and Big5 files are converted on import))",
    ),
]


@pytest.mark.parametrize("name,data,message", CURATED_ERRORS, ids=[c[0] for c in CURATED_ERRORS])
def test_curated_source_refused_with_a_clear_message(in_tmp, name, data, message):
    assert read_error(write(in_tmp, data)) == message


def test_missing_file_and_directory(in_tmp):
    assert read_error(in_tmp / "nope.txt") == "nope.txt: file not found (create it or fix the path)"
    (in_tmp / "folder").mkdir()
    assert read_error(in_tmp / "folder") == "folder: is a directory, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_refused_without_blocking(in_tmp):
    fifo = in_tmp / "source.txt"
    os.mkfifo(fifo)
    outcome: list = []

    def read() -> None:
        try:
            read_source(fifo)
        except InputError as exc:
            outcome.append(str(exc))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # regression: the open blocked waiting for a writer; release it
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=5)
        pytest.fail("read_source blocked on a named pipe")
    assert outcome == ["source.txt: is not a regular file (a device, pipe or socket) (point it at a text file)"]


def test_a_device_is_refused_without_reading_it(in_tmp):
    assert read_error(Path("/dev/zero")) == (
        "/dev/zero: is not a regular file (a device, pipe or socket) (point it at a text file)"
    )


def test_unreadable_file(in_tmp):
    path = write(in_tmp, "标题\n".encode())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions do not stop reading")
        assert read_error(path) == "source.txt: cannot be read: permission denied (check the file's permissions)"
    finally:
        path.chmod(0o644)


def test_input_errors_are_data_errors_so_loaders_collect_them(in_tmp):
    with pytest.raises(DataError):
        read_source(write(in_tmp, b""))


CURATED_KEPT = [
    ("hostile markup", HOSTILE_SOURCE),
    ("hostile prose", HOSTILE_PROSE + "\n"),
    ("no trailing newline", "标题\n正文。"),
    ("unicode line separators", "标题\n正文\u2028第二行\u2029第三行\x85。\n"),
    ("form feed and tab", "标题\n\t正文。\f\n"),
    ("astral characters", "标题𠀀\n正文😀。\n"),
]


@pytest.mark.parametrize("name,text", CURATED_KEPT, ids=[c[0] for c in CURATED_KEPT])
def test_curated_source_is_returned_verbatim(in_tmp, name, text):
    assert read_source(write(in_tmp, text.encode())) == text


# -- imports: decode_any -----------------------------------------------------------------------


def test_gbk_without_declaration(simplified_text):
    data = simplified_text.encode("gbk")
    assert decode_any(data) == (simplified_text, "gb18030")


def test_gbk_one_paragraph(simplified_text):
    paragraph = simplified_text.split("\n")[3]
    assert decode_any(paragraph.encode("gbk")) == (paragraph, "gb18030")


def test_big5_without_declaration(traditional_text):
    assert decode_any(traditional_text.encode("big5")) == (traditional_text, "big5")


def test_big5_one_paragraph(traditional_text):
    paragraph = traditional_text.split("\n")[2]
    assert decode_any(paragraph.encode("big5")) == (paragraph, "big5")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(simplified_text, traditional_text, encoding):
    for text in (simplified_text, traditional_text):
        assert decode_any(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_pure_cjk_has_no_nul_byte(encoding):
    # No ASCII, so no NUL byte: the bytes must not be taken for UTF-8 or GBK.
    text = "夯实基层组织，建强追赶超越的“红色堡垒”"
    assert b"\x00" not in text.encode(encoding)
    assert decode_any(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize("bom,encoding", [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_with_bom(simplified_text, bom, encoding):
    assert decode_any(bom + simplified_text.encode(encoding)) == (simplified_text, "utf-16")


def test_utf8_bom_is_dropped(simplified_text):
    assert decode_any(b"\xef\xbb\xbf" + simplified_text.encode()) == (simplified_text, "utf-8-sig")


def test_utf32_bom(simplified_text):
    assert decode_any(simplified_text.encode("utf-32")) == (simplified_text, "utf-32")


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_crlf_and_lone_cr_become_lf(simplified_text, ending):
    data = simplified_text.replace("\n", ending).encode("gbk")
    assert decode_any(data) == (simplified_text, "gb18030")


def test_hostile_markup_decodes_verbatim():
    assert decode_any(HOSTILE_SOURCE.encode("gb18030")) == (HOSTILE_SOURCE, "gb18030")
    assert decode_any(HOSTILE_SOURCE.encode()) == (HOSTILE_SOURCE, "utf-8")


IMPORT_ERRORS = [
    ("empty", b"", "import.txt: file is empty (put the article's text in it)"),
    ("whitespace", b"\r\n \t\r\n", "import.txt: file holds only whitespace (put the article's text in it)"),
    (
        "utf-16 whitespace",
        " \n\u3000".encode("utf-16"),
        "import.txt: file holds only whitespace (put the article's text in it)",
    ),
    ("bom only", b"\xef\xbb\xbf", "import.txt: file holds only whitespace (put the article's text in it)"),
    ("png", tiny_png(), "import.txt: file is a PNG image, not text (save the article as plain text (.txt))"),
    (
        "jpeg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        "import.txt: file is a JPEG image, not text (save the article as plain text (.txt))",
    ),
    (
        "binary with nul",
        bytes(range(256)) * 4,
        "import.txt: file contains NUL bytes and is not UTF-16 text (save the article as plain text)",
    ),
    (
        "odd utf-16 after bom",
        b"\xff\xfe" + "标题".encode("utf-16-le") + b"\x41",
        "import.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte 6) (save it again as UTF-8)",
    ),
    (
        "lone surrogate in utf-16",
        b"\xff\xfe\x00\xd8\x41\x00",
        "import.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte 2) (save it again as UTF-8)",
    ),
    (
        "invalid after utf-8 bom",
        b"\xef\xbb\xbf\xff\xfe\xfd abc",
        "import.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 3) (save it again as UTF-8)",
    ),
    (
        "control character",
        "标题\n正文\x1a。\n".encode(),
        "import.txt:2: contains the control character U+001A (read as utf-8) (save the article as plain text)",
    ),
    (
        "no encoding fits",
        b"\x80\xff" * 50,
        "import.txt: not UTF-8, UTF-16, GB18030/GBK or Big5 text (save it as UTF-8 and try again)",
    ),
]


@pytest.mark.parametrize("name,data,message", IMPORT_ERRORS, ids=[c[0] for c in IMPORT_ERRORS])
def test_import_refused_with_a_clear_message(name, data, message):
    assert decode_error(data) == message


def test_cr_line_endings_kept_on_request(in_tmp):
    text = "# 关于\r\n\r\n正文。\r旧行尾\n"
    assert read_source(write(in_tmp, text.encode(), "about.md"), newlines="any") == text


# -- imports from a file: read_any ---------------------------------------------------------------


def test_read_any_reads_gbk_from_a_file(in_tmp, simplified_text):
    path = write(in_tmp, simplified_text.replace("\n", "\r\n").encode("gbk"), "import.txt")
    assert read_any(path) == (simplified_text, "gb18030")


def test_read_any_refuses_a_device_and_a_big_file_before_reading(in_tmp):
    assert str(pytest.raises(InputError, read_any, Path("/dev/zero")).value) == (
        "/dev/zero: is not a regular file (a device, pipe or socket) (point it at a text file)"
    )
    path = in_tmp / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(30 * 1024 * 1024)  # sparse: no 30 MB written or read
    assert str(pytest.raises(InputError, read_any, path).value) == (
        "big.txt: file is 31,457,280 bytes, more than the limit of 20,971,520 bytes "
        "(split the article into several articles)"
    )
