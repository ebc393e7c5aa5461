"""Reading text files safely (writing them: `write.py`).

`read_source` is strict (curated sources are UTF-8 without BOM, LF line endings,
returned verbatim); `decode_any` guesses among the encodings editors actually
send (UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, UTF-16 without BOM,
GB18030/GBK, Big5) for importing new articles, and `read_any` reads a file for it.
Both raise `InputError` (a `DataError`), and nothing else, for what is not text.

Limits, each refused with a message that states it:

* `MAX_SOURCE_BYTES`: size of one file (checked before the file is read);
* `MAX_LINE_CHARS`: characters in one line (one paragraph of an article).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..errors import InputError, Problem, rel

# Han ideographs as a regex character-class body (CJK Unified Ideographs, Extension A and the
# compatibility block): the one definition, used as f"[{HAN}]".
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")

MAX_SOURCE_BYTES = 20 * 1024 * 1024
MAX_LINE_CHARS = 200_000
_SNIFF_CHARS = 20_000  # how much of a file the encoding guess looks at
_PLAUSIBLE = 0.7  # real Chinese text scores above 0.95; a wrong decoding far lower

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (e.g. a .docx file)",
    b"\xd0\xcf\x11\xe0": "an OLE document (e.g. a .doc file)",
}
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_BOM_NAMES = {"utf-32": "UTF-32", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"} | {"\x7f"}
_CONTROL_RE = re.compile("[" + "".join(sorted(_CONTROL)).replace("\\", "\\\\") + "]")


def _fail(path: Path | str, message: str, hint: str | None = None, line: int | None = None) -> InputError:
    return InputError(Problem(file=rel(path), line=line, message=message, hint=hint))


def _too_large(path: Path | str, size: int, max_bytes: int, hint: str | None) -> InputError:
    return _fail(
        path,
        f"file is {size:,} bytes, more than the limit of {max_bytes:,} bytes",
        hint or "split the article into several articles",
    )


def _check_bytes(
    data: bytes, path: Path | str, max_bytes: int, hint: str | None = None, allow_empty: bool = False
) -> None:
    if len(data) > max_bytes:
        raise _too_large(path, len(data), max_bytes, hint)
    if not data.strip() and not allow_empty:
        raise _fail(path, "file is empty" if not data else "file holds only whitespace", "put the article's text in it")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise _fail(path, f"file is {kind}, not text", "save the article as plain text (.txt)")


def _check_text(text: str, path: Path | str, allow_empty: bool = False) -> str:
    if not text.strip() and not allow_empty:
        raise _fail(path, "file holds only whitespace", "put the article's text in it")
    # Lines as the article parser counts them: split at "\n" only.
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        if end - start > MAX_LINE_CHARS:
            raise _fail(
                path,
                f"line is {end - start:,} characters, more than the limit of {MAX_LINE_CHARS:,}",
                "break the text into paragraphs, one per line",
                line=number,
            )
        start, number = end + 1, number + 1
    return text


def _read_limited(path: Path, max_bytes: int, too_large_hint: str | None = None) -> bytes:
    """The bytes of a regular file, refused before reading when it exceeds `max_bytes`.

    Opened non-blocking and checked with fstat first, so a named pipe or a device is
    refused at once instead of hanging the build or filling the memory.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise _fail(path, "file not found", "create it or fix the path") from None
    except IsADirectoryError:
        raise _fail(path, "is a directory, not a file") from None
    except PermissionError:
        raise _fail(path, "cannot be read: permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _fail(path, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise _fail(path, "is not a regular file (a device, pipe or socket)", "point it at a text file")
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes, too_large_hint)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since fstat
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(path, len(data), max_bytes, too_large_hint)
    return data


def read_source(
    path: Path,
    *,
    max_bytes: int = MAX_SOURCE_BYTES,
    too_large_hint: str | None = None,
    newlines: str = "lf",
    allow_empty: bool = False,
) -> str:
    """Read a curated source: UTF-8 (no BOM, LF line endings), returned exactly as stored.

    `newlines="any"` accepts CR and CRLF line endings as stored (for files zhpress only
    hashes or hands on, such as hand-written docs pages); by default they are refused,
    since the article parser and the front-matter reader split lines at LF.
    `allow_empty=True` returns an empty or blank file as it is (for YAML, an empty document).
    """
    path = Path(path)
    data = _read_limited(path, max_bytes, too_large_hint)
    _check_bytes(data, path, max_bytes, too_large_hint, allow_empty)
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-8-sig":
                raise _fail(path, "starts with a byte-order mark", "save it as UTF-8 without BOM", line=1)
            raise _fail(path, f"is {_BOM_NAMES[name]} text, not UTF-8", "save it as UTF-8", line=1)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise _fail(path, "contains NUL bytes (binary or UTF-16 data)", "save it as UTF-8 text", line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(
            path,
            f"not valid UTF-8 (byte {exc.start:,})",
            "curated files are UTF-8; save it as UTF-8 (GBK and Big5 files are converted on import)",
            line=line,
        ) from None
    cr = text.find("\r") if newlines == "lf" else -1
    if cr != -1:
        line = text.count("\n", 0, cr) + 1
        kind = "CRLF (Windows)" if text.startswith("\r\n", cr) else "CR (old Mac)"
        raise _fail(path, f"has {kind} line endings", "save it with LF line endings", line=line)
    return _check_text(text, path, allow_empty)


def _is_cjk_punct(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff65" or "\u2010" <= ch <= "\u206f"


def _common_han(ch: str) -> bool:
    """A character of everyday Chinese: GB2312 level 1 (Simplified) or Big5 common (Traditional)."""
    try:
        gb = ch.encode("gb2312")
        if len(gb) == 2 and 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b5 = ch.encode("big5")
        return len(b5) == 2 and 0xA440 <= int.from_bytes(b5, "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


def _plausibility(text: str) -> float:
    """Share of characters that real Chinese text is made of (ASCII, CJK punctuation, common Han)."""
    sample = text[:_SNIFF_CHARS]
    good = 0.0
    for ch in sample:
        if ch in _CONTROL:
            continue
        if ch.isascii() or _is_cjk_punct(ch) or _common_han(ch):
            good += 1
        elif HAN_CHAR.match(ch):
            good += 0.5  # a rarer Han character
    return good / max(len(sample), 1)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: the high byte of each pair is mostly NUL for Latin text, rarely for CJK."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if max(zero_even, zero_odd) > 0.3 and min(zero_even, zero_odd) < 0.05:
        order = ["utf-16-le" if zero_odd > zero_even else "utf-16-be"]  # NULs are the high bytes
    else:
        order = ["utf-16-le", "utf-16-be"]
    candidates = []
    for enc in order:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:_SNIFF_CHARS]
        printable = sum(1 for ch in sample if ch.isprintable() or ch in "\r\n\t")
        if printable / len(sample) > 0.95:
            candidates.append((_plausibility(sample), enc))
    if not candidates:
        return None
    score, enc = max(candidates)
    return enc if score >= _PLAUSIBLE else None


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """Best of GB18030, Big5 and BOM-less UTF-16 (pure CJK UTF-16 has no NUL byte)."""
    candidates = []
    names = ["gb18030", "big5"] + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else [])
    for priority, name in enumerate(reversed(names)):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), priority, name, text))
    if not candidates:
        return None
    score, _, name, text = max(candidates)
    return (text, name) if score >= _PLAUSIBLE else None


def decode_any(data: bytes, path: Path | str = "<input>", *, max_bytes: int = MAX_SOURCE_BYTES) -> tuple[str, str]:
    """Decode an imported file; returns (text with \\n line endings, encoding name).

    Raises InputError, and nothing else, for anything that is not text.
    """
    _check_bytes(data, path, max_bytes)
    text: str | None = None
    enc: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data.decode(name), name
            except UnicodeDecodeError as exc:
                shown = _BOM_NAMES[name]
                at = exc.start + (len(bom) if name == "utf-8-sig" else 0)  # utf-8-sig counts after its BOM
                raise _fail(
                    path,
                    f"starts with a {shown} byte-order mark but is not valid {shown} (byte {at:,})",
                    "save it again as UTF-8",
                ) from None
            break
    if text is None:
        enc16 = _looks_utf16(data) if b"\x00" in data else None
        if enc16:
            text, enc = data.decode(enc16), enc16
        elif b"\x00" in data:
            raise _fail(path, "file contains NUL bytes and is not UTF-16 text", "save the article as plain text")
        else:
            utf8 = None
            try:
                utf8 = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            # Valid UTF-8 wins, unless it holds control characters: BOM-less UTF-16 of pure
            # CJK text is often a run of ASCII bytes that happens to be valid UTF-8.
            if utf8 is not None and not _CONTROL_RE.search(utf8, 0, _SNIFF_CHARS):
                text, enc = utf8, "utf-8"
            else:
                guess = _guess_legacy(data)
                if guess is not None:
                    text, enc = guess
                elif utf8 is not None:
                    text, enc = utf8, "utf-8"  # its control characters are reported below
                else:
                    raise _fail(path, "not UTF-8, UTF-16, GB18030/GBK or Big5 text", "save it as UTF-8 and try again")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL_RE.search(text)
    if bad is not None:
        raise _fail(
            path,
            f"contains the control character U+{ord(bad.group()):04X} (read as {enc})",
            "save the article as plain text",
            line=text.count("\n", 0, bad.start()) + 1,
        )
    assert enc is not None  # every branch above decodes or raises
    return _check_text(text, path), enc


def read_any(path: Path, *, max_bytes: int = MAX_SOURCE_BYTES) -> tuple[str, str]:
    """Read a file to import in whatever encoding it has: `decode_any` on its bytes, but
    refused before reading when too large, and without blocking on a pipe or device."""
    path = Path(path)
    return decode_any(_read_limited(path, max_bytes), path, max_bytes=max_bytes)
