"""Word segmentation for Simplified and Traditional Chinese.

jieba's dictionary is Simplified; Traditional text is converted to Simplified
(OpenCC t2s, one character for one), segmented there, and the boundaries are
applied to the original Traditional characters.
"""

from __future__ import annotations

import functools
import logging

import jieba

from .convert import Converter

jieba.setLogLevel(logging.WARNING)


# The conversion back to Simplified for each forward OpenCC config.
REVERSE = {"s2tw": "tw2s", "s2twp": "tw2sp", "s2hk": "hk2s", "s2t": "t2s"}


@functools.lru_cache(maxsize=8)
def _to_simplified(forward: str):

    return Converter(REVERSE.get(forward, "t2s"))


def segment(text: str) -> list[str]:
    return [w for w in jieba.cut(text) if w]


def segment_traditional(text: str, forward: str = "s2t") -> list[str]:
    """Words of a Traditional text that was made from Simplified with the OpenCC config `forward`."""
    simplified = _to_simplified(forward).convert(text)
    if len(simplified) != len(text):  # a conversion changed lengths: segment as is
        return segment(text)
    words, pos = [], 0
    for word in segment(simplified):
        words.append(text[pos : pos + len(word)])
        pos += len(word)
    return words
