"""Word segmentation for Simplified and Traditional Chinese.

jieba's dictionary is Simplified; Traditional text is converted to Simplified
(OpenCC t2s, one character for one), segmented there, and the boundaries are
applied to the original Traditional characters.
"""

from __future__ import annotations

import functools
import logging

import jieba

jieba.setLogLevel(logging.WARNING)


@functools.lru_cache(maxsize=1)
def _to_simplified():
    from .variants import Converter

    return Converter("t2s")


def segment(text: str) -> list[str]:
    return [w for w in jieba.cut(text) if w]


def segment_traditional(text: str) -> list[str]:
    simplified = _to_simplified().convert(text)
    if len(simplified) != len(text):  # a conversion changed lengths: segment as is
        return segment(text)
    words, pos = [], 0
    for word in segment(simplified):
        words.append(text[pos:pos + len(word)])
        pos += len(word)
    return words
