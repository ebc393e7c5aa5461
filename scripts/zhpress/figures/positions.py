"""Where a quote stands in a source: every match found through an index built once per source.

A quote matches only at number boundaries: where its first or last character is part of a
number, the source's number must begin or end there too. `88人` is not in `288人` nor in
`1,288人`, `8人` is not in `8.5人`, `八人` is not in `二十八人`, and `12` is not in `12.5`,
`12,000` or `12万`. A number is a run of digits (ASCII or full-width) and Chinese numerals,
with a decimal point between digits and a thousands separator (`,` or a space, as in Hong
Kong's `1 127`) before exactly three digits.

`SourceIndex(text)` finds every number of the text once (linear in its length) and then looks a
quote up by its first number, so finding all the quotes of a long article costs time in
proportion to the article, not to the article times the number of quotes.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

DIGIT = "0-9０-９"
NUMERAL = DIGIT + "〇○零一二三四五六七八九十百千万萬亿億两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
_N = f"[{NUMERAL}]"
_D = f"[{DIGIT}]"
# A number: numerals, with decimal points between digits and thousands separators before three digits.
NUMBER_RUN = re.compile(rf"{_N}+(?:(?<={_D})[.．]{_D}+{_N}*|(?<={_D})[, \u00a0\u2009\u202f]{_D}{{3}}(?!{_D}){_N}*)*")
# The numeral characters, for O(1) tests at a quote's edges.
_NUMERALS = frozenset("0123456789０１２３４５６７８９" + NUMERAL[len(DIGIT) :])


class SourceIndex:
    """Every number of one source text, by its text, for finding quotes at number boundaries."""

    def __init__(self, text: str):
        self.text = text
        self.run_starts: dict[str, list[int]] = {}
        self.run_ends: set[int] = set()
        self.starts: set[int] = set()
        for match in NUMBER_RUN.finditer(text):
            self.run_starts.setdefault(match.group(), []).append(match.start())
            self.starts.add(match.start())
            self.run_ends.add(match.end())
        self._cache: dict[str, list[int]] = {}
        self._line_breaks: list[int] | None = None

    def occurrences(self, quote: str) -> list[int]:
        """Start offsets of the non-overlapping matches of `quote` at number boundaries, in order."""
        found = self._cache.get(quote)
        if found is None:
            found = self._cache[quote] = self._find(quote)
        return found

    def _find(self, quote: str) -> list[int]:
        if not quote:
            return []
        first = NUMBER_RUN.search(quote)
        if first is None:  # no number in it: every plain match
            return substring_starts(self.text, quote)
        offset, run = first.start(), first.group()
        ends_in_number = quote[-1] in _NUMERALS
        found: list[int] = []
        last_end = 0
        for at in self.run_starts.get(run, ()):
            start = at - offset
            end = start + len(quote)
            if start < last_end or not self.text.startswith(quote, start):
                continue
            if ends_in_number and end not in self.run_ends:
                continue
            found.append(start)
            last_end = end
        return found

    def occurrence_of(self, quote: str, start: int) -> int | None:
        """The 1-based occurrence number of the match of `quote` at `start` (None when none starts there)."""
        starts = self.occurrences(quote)
        at = bisect.bisect_left(starts, start)
        return at + 1 if at < len(starts) and starts[at] == start else None

    def line_of(self, offset: int) -> int:
        """The 1-based line of a character offset (lines end at "\\n")."""
        if self._line_breaks is None:
            self._line_breaks = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self._line_breaks, offset) + 1


def substring_starts(text: str, quote: str) -> list[int]:
    """Start offsets of the non-overlapping matches of `quote` anywhere in `text` (inside numbers too)."""
    found, pos = [], text.find(quote)
    while pos != -1:
        found.append(pos)
        pos = text.find(quote, pos + len(quote))
    return found


@functools.lru_cache(maxsize=128)
def source_index(text: str) -> SourceIndex:
    """The index of `text`, built once and kept for the sources in use (a few tens of KB each): a
    project of up to 128 articles is indexed once for its load and its check."""
    return SourceIndex(text)


class Spans:
    """Named spans of a text, for finding the ones that cover a given span (by bisection)."""

    def __init__(self, spans: Iterable[tuple[int, int, str]]):
        self.items = sorted(spans)
        self.starts = [start for start, _, _ in self.items]
        self.longest = max((end - start for start, end, _ in self.items), default=0)

    def covering(self, start: int, end: int) -> list[str]:
        """The names of the spans that contain [start, end), in order."""
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_right(self.starts, start)
        return [name for s, e, name in self.items[low:high] if s <= start and end <= e]
