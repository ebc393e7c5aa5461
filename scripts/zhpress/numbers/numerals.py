"""One numeral read token by token: 三万五, 一百零五, 二〇一七, 1.5万, 十五六 (see `zh.find_numbers`)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .lexicon import _BIG, _DIGITS, _SMALL, _TOKEN

_SEPARATORS = re.compile(r"[,， \u2009\u202f]")  # thousands separators inside an Arabic numeral


class _Numeral:
    """The state of one numeral being read token by token (see `_parse`).

    `cur` is the digits read since the last 十/百/千 or 万/亿 (None until a digit is read: the
    grammar reads it only after one, hence Any), `section` what stands before the next 万/亿,
    `total` what the 万/亿 read so far make; `prev` is the kind of the last token.
    """

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.cur: Any = None
        self.small_cap: Any = None
        self.big_cap: Any = None
        self.mult: Any = None
        self.prev: str | None = None
        self.plen, self.last, self.more, self.about = 0, -1, False, False

    def take(self, kind: str, tok: str, nxt: str | None) -> bool:
        """Read one token; False when it cannot continue the numeral."""
        if kind == "a":
            return self._arabic(tok)
        if kind == "d":
            return self._digit(_DIGITS[tok], nxt)
        if kind == "s":
            return self._small(_SMALL[tok])
        if kind == "b":
            return self._big(_BIG[tok])
        if self.prev not in ("d", "a", "s") or nxt != "b":  # 余/多 before 万/亿
            return False
        self.more, self.prev = True, "y"
        return True

    def _arabic(self, tok: str) -> bool:
        if self.prev not in (None, "s", "b", "z"):
            return False
        self.mult = self.mult if len(tok) == 1 and self.prev in ("s", "b") else None
        self.cur, self.prev, self.plen = Decimal(_SEPARATORS.sub("", tok)), "a", 1
        return True

    def _digit(self, d: int, nxt: str | None) -> bool:
        prev = self.prev
        if d == 0 and prev in ("s", "b"):
            self.prev = "z"  # 一百零五
        elif prev in (None, "z", "s", "b"):
            self.cur, self.last, self.plen = Decimal(d), d, 1
            self.mult = self.mult if prev in ("s", "b") else None
            self.prev = "d"
        elif prev != "d":
            return False
        elif self.last > 0 and d == self.last + 1 and nxt != "d" and not self.about and self.plen == 1:
            self.about, self.last = True, d  # 三四个, 十五六
        elif self.small_cap is None and self.big_cap is None:
            self.cur, self.last, self.plen = self.cur * 10 + d, d, self.plen + 1  # 二〇一七
        else:
            return False
        return True

    def _small(self, m: int) -> bool:
        if self.prev in ("y", "s") or self.plen > 1 or (self.small_cap is not None and m >= self.small_cap):
            return False
        self.section += (self.cur if self.prev in ("d", "a") else 1) * m
        self.cur, self.small_cap, self.prev, self.mult = None, m, "s", m
        return True

    def _big(self, m: int) -> bool:
        if self.prev == "b":
            if m <= self.big_cap:
                return False
            self.total *= m  # 万亿
        else:
            if self.prev == "z" or self.plen > 1:
                return False
            chunk = self.section + (self.cur or 0) if self.prev else Decimal(1)
            if self.big_cap is None or m < self.big_cap:
                self.total += chunk * m
            elif m > self.big_cap:
                self.total = (self.total + chunk) * m
            else:
                return False
        self.section, self.cur, self.small_cap, self.big_cap = Decimal(0), None, None, m
        self.prev, self.plen, self.mult = "b", 0, m
        return True

    def value(self) -> Decimal:
        cur = self.cur
        if self.prev in ("d", "a") and cur is not None and self.mult and self.mult >= 100:
            if self.plen == 1 and not self.about and cur < 10:
                cur *= Decimal(self.mult) / 10  # 三万五, 一百五
        return self.total + self.section + (cur or 0)


def _parse(toks: list, i: int) -> tuple[int, Decimal, bool, bool]:
    """Read one numeral from toks[i:] (kind, text); return (tokens used, value, 余 inside, range)."""
    numeral = _Numeral()
    j = i
    while j < len(toks):
        kind, tok = toks[j]
        nxt = toks[j + 1][0] if j + 1 < len(toks) else None
        if not numeral.take(kind, tok, nxt):
            break
        j += 1
    if numeral.prev == "y":
        j, numeral.more = j - 1, False
    return j - i, numeral.value(), numeral.more, numeral.about


def _tokens(masked: str, pos: int) -> list:
    out: list[tuple[str | None, str, int, int]] = []
    while (m := _TOKEN.match(masked, pos)) and (m.lastgroup != "y" or out):
        kind = "b" if m.lastgroup == "s" and m.group() in _BIG else m.lastgroup
        out.append((kind, m.group(), m.start(), m.end()))
        pos = m.end()
    return out
