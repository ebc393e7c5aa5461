"""How exact a figure is: one enum, with its wording in Chinese and English (the one table).

A figure's `approx` in figures.yaml is one of these values. The wording is what zhpress writes
itself (canonical quotes, charts, English figures, QA messages); the readers in `zh.py` and
`en.py` accept many more ways of saying the same (约, 左右, 上下 …; about, around, roughly …).
"""

from __future__ import annotations

from enum import Enum


class Approx(str, Enum):
    """The qualifier of a figure. A str, so `figure.approx == "about"` and YAML values compare as before."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    NEARLY = "nearly"
    ABOUT = "about"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"

    @property
    def zh(self) -> str:
        """The Simplified prefix of a canonical quote: 超过, 近, 约, 不低于, 不到, 不超过 ('' when exact)."""
        return _WORDING[self][0]

    @property
    def zh_hant(self) -> str:
        """The same prefix in Traditional characters (超過 …)."""
        return _WORDING[self][1]

    @property
    def en(self) -> str:
        """The English prefix, without a trailing space: more than, nearly, … ('' when exact)."""
        return _WORDING[self][2]

    def words(self, family: str) -> str:
        """The prefix for a language family ("zh-Hans", "zh-Hant" or "en"), with the space English needs.

        Args:
            family: "zh-Hans", "zh-Hant" or "en".
        """
        if family == "en":
            return self.en + " " if self.en else ""
        return self.zh_hant if family == "zh-Hant" else self.zh


# Approx → (Simplified, Traditional, English): the one table of wording.
_WORDING: dict[Approx, tuple[str, str, str]] = {
    Approx.EXACT: ("", "", ""),
    Approx.MORE_THAN: ("超过", "超過", "more than"),
    Approx.NEARLY: ("近", "近", "nearly"),
    Approx.ABOUT: ("约", "約", "about"),
    Approx.AT_LEAST: ("不低于", "不低於", "at least"),
    Approx.LESS_THAN: ("不到", "不到", "less than"),
    Approx.AT_MOST: ("不超过", "不超過", "no more than"),
}

APPROX: tuple[str, ...] = tuple(a.value for a in Approx)  # the values allowed in figures.yaml, in order
