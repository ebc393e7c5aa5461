"""Word segmentation of Simplified Chinese (jieba), for the variant review.

jieba is imported and its dictionary loaded only when a text is actually
segmented (about half a second), and a source's segmentation is kept in the
project's cache (`zhpress.io.cache`) under the source's content hash, so a run
of `zhpress check` over unchanged sources never starts jieba.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
from types import ModuleType

from ..io.cache import Cache, digest

_BLOCKS: dict[str, tuple[str, ...]] = {}  # jieba's words of each block of text seen by this process


@functools.lru_cache(maxsize=1)
def _jieba() -> ModuleType:
    # Imported here, not at the top: importing jieba and loading its dictionary costs about
    # half a second, which a run whose segmentations are all cached never pays.
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def _blocks(text: str) -> list[str]:
    """The text cut where jieba cuts it first (`jieba.re_han_default`): jieba segments each block alone."""
    return [b for b in _block_pattern().split(text) if b]


@functools.lru_cache(maxsize=1)
def _block_pattern() -> re.Pattern:
    return _jieba().re_han_default


def segment(text: str) -> list[str]:
    """jieba's words of `text`, in order (exactly `jieba.cut(text)`; each block is segmented once per process)."""
    jieba = _jieba()
    words: list[str] = []
    for block in _blocks(text):
        cut = _BLOCKS.get(block)
        if cut is None:
            cut = _BLOCKS[block] = tuple(w for w in jieba.cut(block) if w)
        words.extend(cut)
    return words


def segment_cached(text: str, cache: Cache) -> list[str]:
    """`segment(text)`, kept in `cache` under the text's content hash (as word lengths)."""
    key = digest("segment", _jieba_version(), text)
    lengths = cache.get("segment", key)
    if isinstance(lengths, list) and sum(lengths) == len(text):
        words, pos = [], 0
        for n in lengths:
            words.append(text[pos : pos + n])
            pos += n
        return words
    words = segment(text)
    if sum(map(len, words)) == len(text):  # jieba keeps every character; store only what restores the text
        cache.put("segment", key, [len(w) for w in words])
    return words


@functools.lru_cache(maxsize=1)
def _jieba_version() -> str:
    """jieba's code and dictionary, named by size and modification time (without importing jieba)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:  # pragma: no cover - jieba is a dependency
        return "jieba"
    folder = os.path.dirname(spec.origin)
    stamps = []
    for name in ("__init__.py", "dict.txt"):
        try:
            st = os.stat(os.path.join(folder, name))
            stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            stamps.append(name)
    return "jieba " + " ".join(stamps)
