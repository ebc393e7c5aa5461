"""Reading text files safely and writing them atomically.

`read_source` is strict (curated sources are UTF-8, verbatim); `decode_any`
guesses among the encodings editors actually send (UTF-8 with or without BOM,
UTF-16, GB18030/GBK, Big5) for importing new articles.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError, Problem, rel

MAX_SOURCE_BYTES = 20 * 1024 * 1024
MAX_LINE_CHARS = 200_000

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (e.g. a .docx file)",
    b"\xd0\xcf\x11\xe0": "an OLE document (e.g. a .doc file)",
}


def _fail(path: Path | str, message: str, hint: str | None = None, line: int | None = None) -> InputError:
    return InputError(Problem(file=rel(path), line=line, message=message, hint=hint))


def _check_bytes(data: bytes, path: Path | str, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise _fail(path, f"file is {len(data):,} bytes, more than the limit of {max_bytes:,}",
                    "split the article or raise the limit")
    if not data.strip():
        raise _fail(path, "file is empty" if not data else "file holds only whitespace",
                    "put the article's text in it")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise _fail(path, f"file is {kind}, not text", "save the article as plain text (.txt)")


def _check_text(text: str, path: Path | str) -> str:
    if not text.strip():
        raise _fail(path, "file holds only whitespace", "put the article's text in it")
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise _fail(path, f"line is {len(line):,} characters, more than the limit of {MAX_LINE_CHARS:,}",
                        "break the text into paragraphs, one per line", line=number)
    return text


def read_source(path: Path, *, max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """Read a curated source: UTF-8 (no BOM), returned exactly as stored."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "file not found", "create it or fix the path") from None
    except IsADirectoryError:
        raise _fail(path, "is a directory, not a file") from None
    _check_bytes(data, path, max_bytes)
    if b"\x00" in data:
        raise _fail(path, "file contains NUL bytes (binary or UTF-16)",
                    "import it with `zhpress new`, which converts it to UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(path, f"not valid UTF-8 (byte {exc.start})",
                    "sources are stored as UTF-8; import the file with `zhpress new`", line=line) from None
    if text.startswith("\ufeff"):
        raise _fail(path, "starts with a byte-order mark", "save it as UTF-8 without BOM", line=1)
    return _check_text(text, path)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: one byte of each pair is mostly NUL for Latin, rarely for CJK."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
        if printable / len(text) > 0.95 and (cjk / len(text) > 0.2 or max(zero_even, zero_odd) > 0.3):
            return enc
    return None


def _cjk_score(text: str) -> float:
    """How plausible a decoding is: share of common Han characters and CJK punctuation."""
    common = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fa5" or ch in "，。、；：？！“”（）《》" or ch.isascii():
            common += 1
    return common / max(len(text), 1)


def decode_any(data: bytes, path: Path | str = "<input>", *, max_bytes: int = MAX_SOURCE_BYTES) -> tuple[str, str]:
    """Decode an imported file; returns (text with \\n line endings, encoding name)."""
    _check_bytes(data, path, max_bytes)
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, enc = data.decode("utf-16"), "utf-16"
    else:
        enc16 = _looks_utf16(data) if b"\x00" in data else None
        if enc16:
            text, enc = data.decode(enc16), enc16
        elif b"\x00" in data:
            raise _fail(path, "file contains NUL bytes and is not UTF-16 text", "save the article as plain text")
        else:
            text = enc = None
            try:
                text, enc = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                candidates = []
                for name in ("gb18030", "big5"):
                    try:
                        candidates.append((_cjk_score(data.decode(name)), name))
                    except UnicodeDecodeError:
                        continue
                if not candidates:
                    raise _fail(path, "not UTF-8, UTF-16, GB18030/GBK or Big5 text",
                                "save it as UTF-8 and try again") from None
                enc = max(candidates)[1]
                text = data.decode(enc)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _check_text(text, path), enc


def atomic_write(path: Path, text: str) -> None:
    """Write UTF-8 text to `path` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
