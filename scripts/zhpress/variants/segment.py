"""Word segmentation of Simplified Chinese (jieba), for the variant review and section slugs.

jieba cuts a text into blocks first (runs of Han characters, letters and digits:
`jieba.re_han_default`) and segments each block on its own; every other
character is a word by itself. `word_spans` uses that to segment only the blocks
that hold a character of interest (for the review: an ambiguous one), with the
same words `jieba.cut` gives for the whole text. jieba is imported only when a
block is actually segmented, and its dictionary is read only for the characters
of the blocks segmented (`jiebadict`: the full load costs about 0.6 s of CPU);
the review caches its findings per source (`zhpress.io.cache`), so a run of
`zhpress check` over unchanged sources never starts jieba.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from .jiebadict import Segmenter

_BLOCKS: dict[str, tuple[str, ...]] = {}  # jieba's words of each block of text seen by this process
# jieba's own block pattern (`jieba.re_han_default`), here so that finding blocks needs no jieba.
HAN_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")


@functools.lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    # Made on first use, not at import: a run whose review is all cached never starts jieba.
    return Segmenter()


def _cut(block: str) -> tuple[str, ...]:
    cut = _BLOCKS.get(block)
    if cut is None:
        cut = _BLOCKS[block] = tuple(_segmenter().cut(block))
    return cut


def segment(text: str) -> list[str]:
    """jieba's words of `text`, in order (exactly `jieba.cut(text)`; each block is segmented once per process)."""
    return [text[start:end] for start, end in word_spans(text, lambda _: True)]


def word_spans(text: str, wanted: Callable[[str], object]) -> Iterator[tuple[int, int]]:
    """(start, end) of jieba's words of `text`, in order, for the blocks `wanted` selects.

    Args:
        text: the text, as `jieba.cut` would get it whole.
        wanted: called with each block; the blocks it is true for are segmented, the others
            give no spans (e.g. `pattern.search`: the blocks where the pattern occurs).
    """
    pos = 0
    for match in HAN_BLOCK.finditer(text):
        yield from _other(text, pos, match.start(), wanted)
        block = match.group()
        if wanted(block):
            start = match.start()
            for word in _cut(block):
                yield start, start + len(word)
                start += len(word)
        pos = match.end()
    yield from _other(text, pos, len(text), wanted)


def spans_holding(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each of jieba's words of `text` that holds one of `positions`, in order.

    The words are those of `word_spans` (jieba's words of the whole text); only the blocks that
    hold a position are segmented, and words are walked only there.

    Args:
        text: the text, as `jieba.cut` would get it whole.
        positions: indexes of characters of `text`, ascending (e.g. where an ambiguous character stands).
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(positions)
    for match in HAN_BLOCK.finditer(text):
        if i >= n:
            break
        block_start, block_end = match.span()
        while i < n and positions[i] < block_start:  # outside the blocks a character is a word alone
            spans.append((positions[i], positions[i] + 1))
            i += 1
        if i < n and positions[i] < block_end:
            start = block_start
            for word in _cut(match.group()):
                end = start + len(word)
                if i < n and positions[i] < end:
                    spans.append((start, end))
                    while i < n and positions[i] < end:
                        i += 1
                start = end
    spans.extend((p, p + 1) for p in positions[i:])
    return spans


def _other(text: str, start: int, end: int, wanted: Callable[[str], object]) -> Iterator[tuple[int, int]]:
    """Outside the blocks jieba yields every character alone (a run of whitespace, or \\r\\n, as one)."""
    if start >= end or not wanted(text[start:end]):
        return
    for match in re.finditer(r"\r\n|\s|[^\s]", text[start:end]):
        yield start + match.start(), start + match.end()
