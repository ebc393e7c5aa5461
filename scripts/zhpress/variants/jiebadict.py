"""jieba's dictionary, read one first character at a time.

`jieba.initialize()` loads the whole prefix dictionary (about 500,000 words and
prefixes) from its marshal cache: about 0.6 s of CPU, most of a cold `zhpress
check`, which segments only the clauses that hold an ambiguous character. To
segment a text, jieba looks up only words that start at one of the text's
characters (`Tokenizer.get_DAG`, `calc` and the HMM pass all look up
`text[i:j]`). So a tokenizer whose dictionary holds the entries of those first
characters, and jieba's `total`, cuts the text into exactly the words the full
dictionary gives.

The index file keeps jieba's entries grouped by first character, each group
marshalled on its own, behind a small table of (offset, length). It is made once
per jieba dictionary (named by `library_stamp`, so a new jieba makes a new one),
from jieba's own loaded dictionary, in the folder where jieba keeps its cache
(`tempfile.gettempdir()`), named with the user's id, written atomically, and read
only when the user owns it (marshal data is not safe to read from anyone else).
Like jieba's own cache it is derived data: deleting it costs one full jieba load
on the next run. When it cannot be read or written, the full dictionary is used:
the words are the same.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import mmap
import os
import struct
import sys
import tempfile
from collections.abc import Iterable
from math import log
from pathlib import Path
from types import ModuleType
from typing import Any

from ..io.cache import library_stamp

MAGIC = b"zhpress jieba index 1\n"
_HEADER = struct.Struct("<Q")  # length of the marshalled table that follows MAGIC


def index_path(folder: str | None = None) -> Path:
    """Where the index of the installed jieba dictionary is (or would be) kept.

    Args:
        folder: the folder; by default jieba's own cache folder (the system's temp folder).
    """
    name = hashlib.sha256(library_stamp("jieba", "__init__.py", "dict.txt").encode()).hexdigest()[:16]
    return Path(folder or tempfile.gettempdir()) / f"zhpress-jieba-{os.getuid()}-{name}.idx"


def write_index(path: Path, freq: dict[str, int], total: int) -> None:
    """Write jieba's prefix dictionary `freq` (with its `total`) as an index file, atomically.

    Args:
        path: the file to write; a temporary file beside it is renamed over it.
        freq: word or prefix → frequency (0 for a prefix that is not a word), as jieba loads it.
        total: the sum of the frequencies, as jieba loads it.
    """
    groups: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        if word:
            groups.setdefault(word[0], {})[word] = count
    table: dict[str, tuple[int, int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for char, group in groups.items():
        blob = marshal.dumps(group)
        table[char] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    head = marshal.dumps((total, table))
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + _HEADER.pack(len(head)) + head)
            for blob in blobs:
                out.write(blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class LazyDictionary:
    """An index file opened for reading: jieba's entries of the characters asked for, into `freq`."""

    def __init__(self, path: Path):
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_uid != os.getuid():  # a shared temp folder: trust only our own
                raise ValueError(f"{path} belongs to another user")
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            if self._map[: len(MAGIC)] != MAGIC:
                raise ValueError(f"{path} is not a zhpress jieba index")
            start = len(MAGIC) + _HEADER.size
            (size,) = _HEADER.unpack(self._map[len(MAGIC) : start])
            total, table = marshal.loads(self._map[start : start + size])
            if not isinstance(total, int) or not isinstance(table, dict):
                raise ValueError(f"{path}: malformed table")
            if max((offset + length for offset, length in table.values()), default=0) > len(self._map) - start - size:
                raise ValueError(f"{path}: truncated")
        except Exception:
            self._map.close()
            raise
        self.total: int = total
        self._table: dict[str, tuple[int, int]] = table
        self._data = start + size
        self._loaded: set[str] = set()
        self.freq: dict[str, int] = {}

    def load(self, chars: Iterable[str]) -> None:
        """Add the entries of every word that starts with one of `chars` (each character read once).

        Args:
            chars: the characters of a text about to be segmented.
        """
        for char in set(chars) - self._loaded:
            self._loaded.add(char)
            where = self._table.get(char)
            if where is not None:
                offset, length = where
                start = self._data + offset
                self.freq.update(marshal.loads(self._map[start : start + length]))


def import_jieba() -> ModuleType:
    """jieba, imported without `pkg_resources`.

    jieba reads its model files through `pkg_resources` when that imports, which costs about 75 ms
    of jieba's 100 ms import; without it jieba opens the same files by path (`jieba._compat`).
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
    try:
        import jieba
    finally:
        if block:
            sys.modules.pop("pkg_resources", None)
    jieba.setLogLevel(logging.WARNING)
    return jieba


@functools.lru_cache(maxsize=1)
def _tokenizer_class() -> type:
    """jieba's Tokenizer with its two hot loops written tighter (made on first use: jieba loads lazily).

    The route is the same: `calc` computes each candidate's score as jieba does,
    `log(freq or 1) - log(total)` (kept per word) `+ route[x + 1][0]`, in that order, so the floats
    and the maximum (ties to the larger end, as jieba's `max` over tuples) are identical.
    """
    base: Any = import_jieba().Tokenizer

    class Tokenizer(base):
        def __init__(self, freq: dict[str, int], total: int):
            super().__init__()
            self.FREQ, self.total, self.initialized = freq, total, True
            self._weights: dict[str, float] = {}

        def get_DAG(self, sentence):  # jieba's name
            freq, dag, n = self.FREQ, {}, len(sentence)
            for k in range(n):
                ends, i, frag = [], k, sentence[k]
                while i < n and frag in freq:
                    if freq[frag]:
                        ends.append(i)
                    i += 1
                    frag = sentence[k : i + 1]
                dag[k] = ends or [k]
            return dag

        def calc(self, sentence, DAG, route):  # jieba's signature
            n = len(sentence)
            route[n] = (0, 0)
            logtotal, weights, get = log(self.total), self._weights, self.FREQ.get
            for idx in range(n - 1, -1, -1):
                best = None
                for x in DAG[idx]:
                    word = sentence[idx : x + 1]
                    weight = weights.get(word)
                    if weight is None:
                        weight = weights[word] = log(get(word) or 1) - logtotal
                    candidate = (weight + route[x + 1][0], x)
                    if best is None or candidate > best:
                        best = candidate
                route[idx] = best

    return Tokenizer


class Segmenter:
    """jieba's `cut`, with the dictionary read from the index per character where there is one."""

    def __init__(self, folder: str | None = None):
        """Open the index in `folder` (default: jieba's cache folder), or load the full dictionary and
        write the index for the next run when there is no readable one.

        Args:
            folder: where the index is kept.
        """
        self._path = index_path(folder)
        self._lazy: LazyDictionary | None = None
        self._tokenizer: Any = None
        try:
            self._lazy = LazyDictionary(self._path)
        except (OSError, ValueError, EOFError, TypeError):
            self._full()
            return
        # the same dict object as the index fills it, character by character (see `load`)
        self._tokenizer = _tokenizer_class()(self._lazy.freq, self._lazy.total)

    def _full(self) -> None:
        """jieba's own tokenizer with its whole dictionary, and an index written from it."""
        jieba = import_jieba()
        self._lazy = None
        jieba.initialize()
        self._tokenizer = _tokenizer_class()(jieba.dt.FREQ, jieba.dt.total)
        try:
            write_index(self._path, jieba.dt.FREQ, jieba.dt.total)
        except OSError:
            pass  # a read-only folder: every run loads the full dictionary, with the same words

    @property
    def lazy(self) -> bool:
        """Whether the dictionary is read from the index (False: jieba's full dictionary is loaded)."""
        return self._lazy is not None

    def cut(self, text: str) -> list[str]:
        """jieba's words of `text` (`jieba.cut(text)`, HMM on), empty words left out.

        Args:
            text: the text.
        """
        if self._lazy is not None:
            try:
                self._lazy.load(text)
            except (ValueError, EOFError, TypeError):  # a damaged group: the full dictionary from now on
                self._full()
        return [word for word in self._tokenizer.cut(text) if word]
