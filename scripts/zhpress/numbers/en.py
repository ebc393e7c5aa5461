"""English numbers: format a figure in English, and find the numbers of an English translation.

find_english_numbers reads
  * digits: 35,000, 400 000 or 400\u2009000 (a comma, space, thin or no-break space, the same one
    throughout and only between groups of three), 3.5, 12380; 1.2 million, 10 million,
    3 thousand (a digit number followed by hundred/thousand/million/billion/trillion);
  * written-out cardinals: zero … nineteen, twenty … ninety, twenty-one, hundred, thousand,
    million, billion ("two thousand four hundred", "one hundred and five", "a hundred");
    "zero" only alone; "one" not in "no one", "one another", "one's";
  * percentages: 91.75%, 91.75 %, 12 percent, 12 per cent (is_percent, value 91.75).
Ordinals are not numbers: 19th, 2nd, first, twenty-first.  Plurals (hundreds, thousands) are not
numbers either.
A qualifier right before the number is part of its span and gives approx:
  more than / over / upwards of / in excess of -> more_than; nearly / almost / close to -> nearly;
  about / around / some / roughly / approximately -> about;
  at least / no less than / not less than / no fewer than / not fewer than -> at_least;
  fewer than / less than / under / below -> less_than;
  at most / no more than / not more than / up to -> at_most.
is_year: a plain 4-digit integer 1900-2100 without qualifier that looks like a year: "2017's",
  "1990s", after in/since/by/from/until/during/before/after/through/between/fiscal/early/late/
  mid/end of/spring of/… or a month name, at the start of a sentence when a comma follows
  ("2017, the year …"), before "-2018", or after another year and "-", "to", "and" (2016-2017).
  "2,017" and "2017 people" are counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from .approx import APPROX, Approx
from .zh import FRACTION_UNIT


@dataclass(frozen=True)
class EnglishNumber:
    value: int | float
    approx: str
    start: int
    end: int
    text: str
    is_year: bool
    is_percent: bool


_UNITS = dict(zip("zero one two three four five six seven eight nine".split(), range(10)))
_TEENS = dict(
    zip("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), range(10, 20))
)
_TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10)))
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_TOKEN = re.compile(
    r"(?P<num>(?<![0-9])[0-9]{1,3}(?P<sep>[,\u2009\u202f\u00a0 ])[0-9]{3}(?:(?P=sep)[0-9]{3})*(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+)?)|(?P<word>[A-Za-z]+)"
)
_SEPARATORS = re.compile(r"[,\u2009\u202f\u00a0 ]")
_SPACE = re.compile(r"[ \u00a0]+")
_PERCENT = re.compile(r"[ \u00a0]?%|[ \u00a0]+per[ \u00a0]?cent\b", re.I)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b|-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_QUALIFIERS = {
    "more_than": "more than|over|upwards of|in excess of",
    "nearly": "nearly|almost|close to",
    "about": "about|around|some|roughly|approximately",
    "at_least": "at least|no less than|not less than|no fewer than|not fewer than",
    "less_than": "fewer than|less than|under|below",
    "at_most": "at most|no more than|not more than|up to",
}
_QUALIFIER = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(f"(?P<{approx}>{words.replace(' ', '[ ]+')})" for approx, words in _QUALIFIERS.items())
    + r")[ \u00a0]+$",
    re.I,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|since|by|from|until|till|during|before|after|through|throughout|between|fiscal|year|"
    r"early|late|mid|" + _MONTHS + r"|(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|"
    r"winter) of)[ \u00a0]*-?[ \u00a0]*$",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"“(]?$")


def _kind(tok: tuple) -> str:
    num, word = tok[2], tok[3]
    if num:
        return "num"
    if word in _UNITS:
        return "unit"
    if word in _TEENS:
        return "teen"
    if word in _TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word in _SCALES:
        return "scale"
    return word if word in ("a", "an", "and") else ""


def _phrase(text: str, toks: list, i: int) -> tuple[int, Decimal]:
    """Read one number phrase from toks[i:]; return (tokens used, value); 0 tokens if none starts at i."""
    # `cur` is None until a number word is read; the grammar reads it only after one (mypy: Any).
    total, last, cap, j = Decimal(0), None, None, i
    cur: Any = None
    while j < len(toks):
        s, e, num, word = toks[j]
        kind = _kind(toks[j])
        gap = text[toks[j - 1][1] : s] if j > i else ""
        if j > i and not (_SPACE.fullmatch(gap) or (gap == "-" and last == "tens" and kind == "unit")):
            break
        if kind == "num" and last is None:
            cur = Decimal(_SEPARATORS.sub("", num))
        elif kind in ("a", "an") and last is None:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if not (nxt and _kind(nxt) in ("hundred", "scale") and _SPACE.fullmatch(text[e : nxt[0]])):
                break
            cur = Decimal(1)
        elif kind == "unit" and (last in (None, "hundred", "scale", "and") or (last == "tens" and cur % 10 == 0)):
            if word == "zero" and last is not None:
                break
            cur = (cur or 0) + _UNITS[word]
        elif kind in ("teen", "tens") and last in (None, "hundred", "scale", "and"):
            cur = (cur or 0) + (_TEENS.get(word) or _TENS[word])
        elif kind == "hundred" and last in ("unit", "teen", "num", "a", "an") and cur < 100:
            cur *= 100
        elif (
            kind == "scale"
            and last in ("unit", "teen", "tens", "hundred", "num", "a", "an")
            and (cap is None or _SCALES[word] < cap)
        ):
            total, cur, cap = total + cur * _SCALES[word], Decimal(0), _SCALES[word]
        elif (
            kind == "and"
            and last in ("hundred", "scale")
            and j + 1 < len(toks)
            and _kind(toks[j + 1]) in ("unit", "teen", "tens")
        ):
            pass
        else:
            break
        if last is None and word == "zero" and j + 1 < len(toks) and _kind(toks[j + 1]) != "":
            return 0, Decimal(0)
        last, j = kind, j + 1
    if last in ("a", "an", "and"):
        j -= 1
    return j - i, total + (cur or 0)


def _number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def find_english_numbers(text: str) -> list[EnglishNumber]:
    """Every number of an English text, in order, non-overlapping (rules: module doc)."""
    toks = [(m.start(), m.end(), m.group("num"), (m.group("word") or "").lower()) for m in _TOKEN.finditer(text)]
    out: list[EnglishNumber] = []
    i, lo = 0, 0
    with localcontext() as ctx:
        ctx.prec = 60
        while i < len(toks):
            n, value = _phrase(text, toks, i) if _kind(toks[i]) not in ("", "and") else (0, Decimal(0))
            if n == 0 or (n == 1 and toks[i][3] in ("a", "an")):
                i += 1
                continue
            s, e = toks[i][0], toks[i + n - 1][1]
            first, i = toks[i], i + n
            if _ORDINAL.match(text, e) or (
                first[3] == "one"
                and n == 1
                and (
                    re.search(r"(?<![A-Za-z])no[ \u00a0]+$", text[:s], re.I)
                    or re.match(r"[ \u00a0]+another\b|['’]s\b", text[e:], re.I)
                )
            ):
                continue
            if n == 1 and first[2] and s >= 1 and text[s - 1] in "-−" and (s == 1 or text[s - 2] in " \u00a0(\n"):
                value, s = -value, s - 1  # a natural growth rate of -1.44‰
            percent = _PERCENT.match(text, e)
            end = percent.end() if percent else e
            q = _QUALIFIER.search(text, max(lo, s - 40), s)
            approx, start = (q.lastgroup or "exact", q.start()) if q else ("exact", s)
            plain = n == 1 and first[2] and first[2].isdigit()
            is_year = bool(
                plain
                and approx == "exact"
                and not percent
                and 1900 <= value <= 2100
                and (
                    re.match(r"['’]s\b|s\b|[-–](?:19[0-9][0-9]|20[0-9][0-9]|2100)(?![0-9])", text[e:])
                    or _YEAR_BEFORE.search(text, max(lo, s - 40), s)
                    or (text[e : e + 1] == "," and _SENTENCE_START.search(text, max(lo, s - 40), s))
                    or (
                        out
                        and out[-1].is_year
                        and out[-1].end >= s - 5
                        and re.fullmatch(r"[ \u00a0]*(?:[-–]|to|and)[ \u00a0]*", text[out[-1].end : s])
                    )
                )
            )
            out.append(EnglishNumber(_number(value), approx, start, end, text[start:end], is_year, bool(percent)))
            lo = end
    return out


def _en_numeral(d: Decimal, words: bool = True) -> str:
    for word, scale in (("billion", 10**9), ("million", 10**6)):
        if words and d >= scale and d == d.to_integral_value() and d % (scale // 100) == 0:
            return f"{_en_numeral(d / scale, False)} {word}"
    text = format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
    whole, dot, frac = text.partition(".")
    return f"{int(whole):,}" + dot + frac


def format_en(value, approx: str, unit_en: str = "") -> str:
    """English for a figure: "more than 35,000", "more than 10 million yuan", "91.75%".

    Millions and billions are words when the number has at most two decimals of them
    (1.2 million), other numbers use thousands separators; "%" is attached, other units follow a space.
    """
    if approx not in APPROX:
        raise ValueError(f"unknown approx {approx!r}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"not a number: {value!r}")
    with localcontext() as ctx:
        ctx.prec = 80
        d = Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))
        if not d.is_finite():
            raise ValueError(f"cannot format {value!r}")
        num = ("-" if d < 0 else "") + _en_numeral(abs(d))
    unit = unit_en if unit_en in ("", "%", "‰") else " " + unit_en
    return f"{Approx(approx).words('en')}{num}{unit}"


# Chinese units that change how a figure reads in English; count words (名, 个, 次 …) are
# carried by the figure's English label and are not repeated.
UNITS_EN = {
    "%": "%",
    "‰": "‰",
    "元": "yuan",
    "美元": "US dollars",
    "港元": "Hong Kong dollars",
    "欧元": "euros",
    "歐元": "euros",
    "公里": "km",
    "千米": "km",
    "平方公里": "km²",
    "平方米": "m²",
    "立方米": "m³",
    "公顷": "hectares",
    "公頃": "hectares",
    "亩": "mu",
    "畝": "mu",
    "吨": "tonnes",
    "噸": "tonnes",
    "公斤": "kg",
    "千克": "kg",
    "千瓦": "kW",
    "千瓦时": "kWh",
    "千瓦時": "kWh",
    "兆瓦": "MW",
    "百分点": "percentage points",
    "百分點": "percentage points",
    "个百分点": "percentage points",
    "個百分點": "percentage points",
}
TENTHS = {"成": "", "折": " of the price"}  # 三成 = 30 %, 7折 = 70 % of the price
_FRACTION_WORDS = {
    (1, 2): "half",
    (1, 3): "one third",
    (2, 3): "two thirds",
    (1, 4): "one quarter",
    (3, 4): "three quarters",
}


def english_value(value, unit: str):
    """The number an English text gives for a figure: 三成 (3 成) is 30 (%), other figures their value."""
    if unit in TENTHS:
        with localcontext() as ctx:
            ctx.prec = 40
            return _number(Decimal(repr(float(value))) * 10)
    return value


def figure_en(value, approx: str, unit: str) -> str:
    """A figure in English with the unit a reader needs: "more than 10 million yuan", "91.75%",
    "more than 20%" (超过两成), "70% of the price" (7折), "one third" (三分之一)."""
    if unit in TENTHS:
        return format_en(english_value(value, unit), approx, "%") + TENTHS[unit]
    if unit == FRACTION_UNIT and isinstance(value, (int, float)) and 0 < value < 1:
        for den in range(2, 11):
            for num in range(1, den):
                if round(num / den, 6) == round(float(value), 6):
                    return Approx(approx).words("en") + _FRACTION_WORDS.get((num, den), f"{num}/{den}")
    return format_en(value, approx, UNITS_EN.get(unit, ""))
