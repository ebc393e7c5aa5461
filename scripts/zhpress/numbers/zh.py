"""Reading Chinese quantities: every numeral of a text, with its qualifier and unit.

A reading is the maximal span  [qualifier] numeral [余/多] [unit] [余/多] [suffix qualifier].

Numerals
  * Arabic digits, also full-width (０-９, ．); thousands separators ``,``/``，`` only
    between groups of exactly three digits (2,300 / 2，300); decimals (3.5).
  * Chinese numerals 〇○零一二两三…九 十百千 万亿兆 (萬億兩, financial 壹贰叁…拾佰仟),
    mixed with digits: 3.5万, 3万5千, 2千400, 85萬6千, 一百零五, 近百.
    A run of bare digits is positional (二〇一七 = 2017); two consecutive digits are a
    range read as its lower bound with approx "about" (三四个 = about 3, 十五六 = about 15);
    a last single digit after 百/千/万/亿 is colloquial (三万五 = 35000).
    A lone financial character (伍 of 队伍, 陆 of 大陆) or ○ is not a numeral.
  * 余/多 before a magnitude word stays inside the numeral: 40余万 = 400000 more_than.
  * 千 before 米/克/瓦/伏/帕, 兆 before 瓦/赫/帕/伏 and 百 of 百分点 belong to the unit.
  * Fractions are one reading of kind "fraction" and unit 分之, value rounded to 6 places: 三分之一 and
    1/3 (a smaller number over a larger one, not inside a date or path) = 0.333333, 一半 = 0.5;
    1/3 writes no unit, so its reading has none ('');
    百分之九十 = 90 %, 千分之三 = 3 ‰.
Units: the longest unit of the lexicon units.yaml right after the numeral (or after 余/多): 人次
  beats 人, 千瓦时 beats 千瓦, 立方米每秒 beats 立方米; 成 and 折 only where they end a word (两成,
  7折; not 一成不变, 折合; units.yaml's not_before); 摄氏 before the numeral and 度 after it make
  the unit 摄氏度 (攝氏32度); a space between a number and ％ is skipped (3.9 ％).  Money: 万元/亿元 are magnitude + 元
  (1000万元 = 10000000 元).  ％ is read as %, and 百分之九十 is 90 %.  Without a measure word
  the unit is ''.
Qualifiers (approx) -- a qualifier before the numeral wins over 余/多, which wins over a
  range, which wins over a qualifier after the unit:
  before: 近 将近 接近 逼近, 快 after 了/已/都/就 (翻了快一倍) -> nearly; 约 大约 -> about; 超过 超 逾 多于 高于 大于 超出 -> more_than;
          不低于 不少于 不小于 至少 最少 -> at_least; 不到 不足 不满 少于 低于 小于 -> less_than;
          不超过 不多于 不高于 不大于 至多 最多 -> at_most; 几/数 before 十百千万亿 (几十万, 数百)
          -> more_than.  近 is no qualifier after 最/附/靠/…, nor in 近3年来 ("the past 3 years");
          约 none after 预/合/签/…; 数 none after 人/总/次/… (人数, 总数).
  after: 余 多 几 (also 一年多, 两个多月; 十几个) -> more_than; 左右 -> about; 以上 及以上 -> at_least;
         以下 以内 之内 -> at_most.
Ordinals: 第 + numeral is found as one reading "第N" with unit '' and approx exact; no unit or
  qualifier is attached (the data layer ignores ordinals).
Numbers that are no statistics are still found: years (2017年), 十九大, 四个自信, 两学一做,
  hotlines (12380), the indefinite 一 + measure word (一份答卷, 又一次).  Numeral characters
  inside ordinary words are not: see the lexicon _NOT_NUMBERS below (一起, 统一, 四季镇 ...).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation, localcontext

from .approx import APPROX, Approx
from .lexicon import (  # noqa: F401  (UNITS: the unit lexicon, read from here too)
    _AFTER,
    _BEFORE,
    _BEFORE_SIGN,
    _BIG,
    _BIG_HALF,
    _CN_DECIMALS,
    _CURRENCIES,
    _DIGITS,
    _FRACTION,
    _FULLWIDTH,
    _GE_MORE,
    _HALF,
    _LEXICON,
    _MINUS,
    _MORE_AFTER,
    _NOT_BEFORE,
    _NOT_YU,
    _PERCENT,
    _PERMILLE,
    _START,
    _TENTH_DIGIT,
    _TIME,
    _UNIT,
    _WEAK,
    _WITHIN,
    UNIT_NOT_BEFORE,
    UNITS,
)
from .numerals import _parse, _tokens

FRACTION_UNIT = "分之"  # the unit of a fraction's reading (三分之一, 1/3, 一半)
_ARABIC_DIGIT = re.compile("[0-9]")
_FULLWIDTH_CHARS = re.compile("[０-９．]")  # what _FULLWIDTH rewrites: most texts have none


@dataclass(frozen=True)
class Reading:
    value: int | float
    approx: str
    unit: str
    start: int
    end: int
    numeral: str
    kind: str  # "arabic" (has digits), "chinese", or "fraction" (三分之一, 1/3, 一半: value below 1)


def _number(d: Decimal) -> int | float:
    try:
        return int(d) if d == d.to_integral_value() else float(d)
    except (OverflowError, InvalidOperation, ValueError):
        return float(d)


def find_numbers(text: str) -> list[Reading]:
    """Every numeral of text, in order, as non-overlapping maximal readings (rules: module doc)."""
    norm = text.translate(_FULLWIDTH) if _FULLWIDTH_CHARS.search(text) else text
    chars = list(norm)
    for m in _LEXICON.finditer(norm):
        chars[m.start() : m.end()] = "\x00" * (m.end() - m.start())
    percent: set[int] = set()
    permille: set[int] = set()
    for pattern, found in ((_PERCENT, percent), (_PERMILLE, permille)):
        for m in pattern.finditer(norm):
            if "\x00" not in chars[m.start() : m.end() + 1]:
                chars[m.start() : m.end()] = "\x00" * 3
                found.add(m.end())
    fractions: list[tuple[int, int, Decimal, bool, bool]] = []
    for m in _FRACTION.finditer("".join(chars)):
        value = _fraction_value(m)
        if value is not None:
            chars[m.start() : m.end()] = "\x00" * (m.end() - m.start())
            fractions.append((m.start(), m.end(), value, True, False))
    masked = "".join(chars)
    out: list[Reading] = []
    pos = 0
    with localcontext() as ctx:
        ctx.prec = 60
        while hit := _START.search(masked, pos):
            toks = _tokens(masked, hit.start())
            pairs = [t[:2] for t in toks]
            i = 0
            while i < len(toks):
                n, value, more, about = _parse(pairs, i)
                if n == 0:  # a stray 余 left over by a numeral that could not take its 万
                    i += 1
                    continue
                s, e, i = toks[i][2], toks[i + n - 1][3], i + n
                if s >= pos and not set(norm[s:e]) <= _WEAK:
                    sign = "%" if s in percent else "‰" if s in permille else None
                    reading = _extend(text, norm, s, e, value, more, about, pos, sign)
                    out.append(reading)
                    pos = reading.end
            pos = max(pos, toks[-1][3] if toks else hit.end())
        # (start, end, value, a fraction (no measure word), more than): 一半, 半年, 大半年
        fractions += [(m.start(), m.end(), Decimal("0.5"), False, False) for m in _HALF.finditer(masked)]
        fractions += [(m.start(), m.end(), Decimal("0.5"), False, True) for m in _BIG_HALF.finditer(masked)]
        if fractions:  # each reading of a fraction between the readings around it
            ends = [r.end for r in out]
            for start, end, value, fraction, more in fractions:
                at = bisect.bisect_right(ends, start)
                lo = ends[at - 1] if at else 0
                reading = _extend(text, norm, start, end, value, more, False, lo, None, fraction=fraction)
                if "/" in norm[start:end]:  # 1/3 writes no unit: its reading has none (三分之一 has 分之)
                    reading = replace(reading, unit="")
                out.append(reading)
            out.sort(key=lambda r: r.start)
    return out


def _fraction_value(m: re.Match) -> Decimal | None:
    """The value of a fraction match, or None when it is none (2/1, 二分之, 百分之 …)."""
    if m.group().endswith("一半") and not m.group("den") and not m.group("a"):
        return Decimal("0.5")
    if m.group("a"):
        num, den = Decimal(m.group("a")), Decimal(m.group("b"))
    else:
        if m.group("den") in ("百", "千"):
            return None  # 百分之, 千分之: percent and per mille
        parts = [find_numbers(m.group(g)) for g in ("den", "num")]
        if any(len(p) != 1 or p[0].end - p[0].start != len(m.group(g)) for p, g in zip(parts, ("den", "num"))):
            return None
        den, num = (Decimal(str(p[0].value)) for p in parts)
    if not 0 < num < den:
        return None
    return round(num / den, 6)


class _Extent:
    """The reading of one numeral as it grows over its unit and qualifiers (see `_extend`)."""

    def __init__(self, text: str, norm: str, s: int, e: int, value, lo: int, percent, fraction: bool) -> None:
        self.text, self.norm, self.s, self.e, self.lo = text, norm, s, e, lo
        self.kind = "fraction" if fraction else "arabic" if _ARABIC_DIGIT.search(norm, s, e) else "chinese"
        self.value = value
        self.start, self.end = (s - 3, e) if percent else (s, e)
        self.unit: str = percent if percent else (FRACTION_UNIT if fraction else "")
        self.percent = percent  # "%" or "‰" after 百分之 / 千分之
        self.no_measure = bool(percent or fraction)  # neither takes a measure word
        self.more, self.about = False, False  # 余/多 or 来 after the numeral or its unit
        self.after: str | None = None  # a qualifier after the unit: 左右, 以上, 以内 …

    def at(self, k: int, n: int = 1) -> str:
        return self.norm[k : k + n]


def _extend(text, norm, s, e, value, more, about, lo, percent, fraction=False) -> Reading:
    """The reading of the numeral norm[s:e] with its unit and qualifiers; `percent` is "%" or "‰"
    after 百分之 / 千分之, `fraction` for 三分之一, 1/3 and 一半 (no unit)."""
    if not percent and s - 1 >= lo and norm[s - 1] == "第":
        kind = "fraction" if fraction else "arabic" if _ARABIC_DIGIT.search(norm, s, e) else "chinese"
        return Reading(_number(value), "exact", "", s - 1, e, text[s:e], kind)
    x = _Extent(text, norm, s, e, value, lo, percent, fraction)
    _more_or_about(x)
    _chinese_decimals(x)
    _unit(x, more)
    _tenths(x)
    _after(x)
    _sign(x)
    before = _before(x)
    approx = before or ("more_than" if more or x.more else "about" if about or x.about else x.after or "exact")
    return Reading(_number(x.value), approx, "%" if x.unit == "％" else x.unit, x.start, x.end, text[s:e], x.kind)


def _more_or_about(x: _Extent) -> None:
    """余/多/几 right after the numeral (more than); 二十来万, 两千来块, 十来个 (about)."""
    if x.at(x.end) in ("余", "餘", "多", "几", "幾") and x.at(x.end + 1) not in _NOT_YU:
        x.end, x.more = x.end + 1, True
    elif (
        x.at(x.end) == "来"
        and x.at(x.end - 1) in "十百千万萬0"
        and not x.no_measure
        and (_UNIT.match(x.norm, x.end + 1) or x.at(x.end + 1) in "万萬亿億")
    ):
        x.end, x.about = x.end + 1, True
        if x.at(x.end) in _BIG:
            x.value, x.end = Decimal(x.value) * _BIG[x.at(x.end)], x.end + 1


def _chinese_decimals(x: _Extent) -> None:
    """百分之五點二, 三點四個百分點: decimals written in Chinese after the numeral."""
    if (
        x.kind == "chinese"
        and (m := _CN_DECIMALS.match(x.norm, x.end))
        and (x.percent == "%" or (not x.no_measure and _UNIT.match(x.norm, m.end())))
    ):
        x.value = Decimal(x.value) + Decimal("0." + "".join(str(_DIGITS[c]) for c in m.group("d")))
        x.end = m.end()


def _unit(x: _Extent, more: bool) -> None:
    """The longest unit after the numeral, with 一个半小时, 两个多月 and 一年多."""
    norm = x.norm
    if x.no_measure:
        return
    if x.at(x.end) in (" ", "\u3000") and x.at(x.end + 1) in ("%", "％"):
        x.unit, x.end = "%", x.end + 2  # 3.9 ％: a stray space before the percent sign
        return
    u = _UNIT.match(norm, x.end)
    if not u or (
        norm[u.end() : u.end() + 1] in UNIT_NOT_BEFORE.get(u.group(), ())
        and not (x.kind == "arabic" and u.group() == "成" and norm[u.end() : u.end() + 1] in "为為")
    ):  # 約7成為60歲以上
        return
    x.unit, x.end = u.group(), u.end()
    if (
        x.unit in ("个", "個")
        and x.at(x.end) == "半"
        and (tail := next((t for t in ("小时", "小時", "月", "钟头", "鐘頭") if norm.startswith(t, x.end + 1)), None))
    ):
        x.value, x.unit, x.end = Decimal(x.value) + Decimal("0.5"), x.unit + tail, x.end + 1 + len(tail)  # 一个半小时
    if x.unit in ("个", "個") and x.at(x.end) in ("多", "余", "餘"):
        tail = next((t for t in _GE_MORE if norm.startswith(t, x.end + 1)), None)
        if tail:
            x.unit, x.end, x.more = x.unit + tail, x.end + 1 + len(tail), True
    if (
        x.unit in _MORE_AFTER
        and not (more or x.more)
        and x.at(x.end) in ("多", "余", "餘")
        and not _UNIT.match(norm, x.end + 1)
        and x.at(x.end + 1) not in _NOT_YU
    ):
        x.end, x.more = x.end + 1, True


def _tenths(x: _Extent) -> None:
    """4成5 and 七成半: tenths after 成."""
    if x.unit != "成":
        return
    if m := _TENTH_DIGIT.match(x.norm, x.end):
        x.value, x.end = Decimal(x.value) + Decimal(_DIGITS.get(m.group(), m.group())) / 10, m.end()
    elif x.at(x.end) == "半":
        x.value, x.end = Decimal(x.value) + Decimal("0.5"), x.end + 1  # 七成半 = 7.5成


_AFTER_BY_FIRST: dict[str, list[tuple[str, str]]] = {}  # _AFTER by first character, each in _AFTER's order
for _word, _approx in _AFTER:
    _AFTER_BY_FIRST.setdefault(_word[0], []).append((_word, _approx))
_CURRENCIES_BY_LAST: dict[str, list[str]] = {}  # _CURRENCIES by last character, each in their order
for _currency in _CURRENCIES:
    _CURRENCIES_BY_LAST.setdefault(_currency[-1], []).append(_currency)


def _after(x: _Extent) -> None:
    """A qualifier after the unit (左右, 以上 …), or 内 after a span of time (1小時內: within)."""
    for word, approx in _AFTER_BY_FIRST.get(x.norm[x.end : x.end + 1], ()):
        if x.norm.startswith(word, x.end):
            x.end, x.after = x.end + len(word), approx
            return
    if x.unit in _WITHIN and x.at(x.end) in ("内", "內"):
        x.end, x.after = x.end + 1, "at_most"


def _sign(x: _Extent) -> None:
    """攝氏32度 (the unit around the number), 零下196摄氏度 and -1.44‰ (negative numbers)."""
    norm, s, lo = x.norm, x.s, x.lo
    if x.unit == "度" and s - 2 >= lo and norm[s - 2 : s] in ("摄氏", "攝氏"):
        x.unit, x.start = norm[s - 2 : s] + "度", s - 2
    if not x.no_measure and x.start == s and s - 2 >= lo and norm[s - 2 : s] == "零下":
        x.value, x.start = -Decimal(x.value), s - 2
    elif (
        x.kind == "arabic"
        and not x.no_measure
        and x.start == s
        and s - 1 >= lo
        and norm[s - 1] in _MINUS
        and (s - 1 == 0 or norm[s - 2] in _BEFORE_SIGN or "\u4e00" <= norm[s - 2] <= "\u9fff")
    ):
        x.value, x.start = -Decimal(x.value), s - 1  # 人口自然增长率为-1.44‰


_BEFORE_BY_LAST: dict[str, list[tuple[str, str]]] = {}  # _BEFORE by last character, each in _BEFORE's order
for _word, _approx in _BEFORE:
    _BEFORE_BY_LAST.setdefault(_word[-1], []).append((_word, _approx))


def _before(x: _Extent) -> str | None:
    """A qualifier before the number (約, 超过 …), also before a currency (約新臺幣520億元); moves the start."""
    norm, start, lo = x.norm, x.start, x.lo
    candidates = _CURRENCIES_BY_LAST.get(norm[start - 1], ()) if start > lo else ()
    currency = next((c for c in candidates if norm.startswith(c, start - len(c)) and start - len(c) >= lo), "")
    end = start - len(currency)  # a qualifier ends here: only those ending in the character before are tried
    for word, approx in _BEFORE_BY_LAST.get(norm[end - 1], ()) if end - 1 >= lo else ():
        q = end - len(word)
        if q >= lo and norm.startswith(word, q) and norm[q - 1 : q] not in _NOT_BEFORE.get(word, ()):
            if word in "几幾数數上" and (x.kind == "arabic" or norm[x.s] not in "十百千万亿萬億"):
                continue
            if word == "快" and norm[q - 1 : q] not in ("了", "已", "经", "經", "都", "就"):
                continue
            if word == "近" and x.unit in _TIME and norm.startswith(("来", "來", "以来", "以來"), x.end):
                return None  # 近3年来: "the past 3 years"
            x.start = q
            return approx
    return None


def read_quantity(quote: str) -> Reading | None:
    """The first reading of a quote such as "近3000场次"; None if it holds no number."""
    found = find_numbers(quote)
    return found[0] if found else None


def _decimal(value) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"not a number: {value!r}")
    d = Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))
    if not d.is_finite():
        raise ValueError(f"cannot format {value!r}")
    return d


def _plain(d: Decimal) -> str:
    s = format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
    return s


def format_zh(value, approx: str, unit: str) -> str:
    """Canonical quote: 3.5万余次, 1000万余元, 近3000场次, 91.75%, 不低于40万元.

    Integers of at least 1万 divisible by 100 use 万 (亿 from 1亿 when divisible by 10^6); 余 follows
    a numeral ending in 0/万/亿, other more_than numbers take 超过.  unit must be one the reader
    returns ('' or a member of UNITS); 元 amounts are written with 万/亿 and 元.
    """
    if approx not in APPROX:
        raise ValueError(f"unknown approx {approx!r}")
    with localcontext() as ctx:
        ctx.prec = 80
        d = _decimal(value)
        sign, d = ("-", -d) if d < 0 else ("", d)
        if d == d.to_integral_value() and d >= 10**8 and d % 10**6 == 0:
            num = _plain(d / 10**8) + "亿"
        elif d == d.to_integral_value() and d >= 10**4 and d % 100 == 0:
            num = _plain(d / 10**4) + "万"
        else:
            num = _plain(d)
    yu_reads = not unit or unit[0] not in _NOT_YU  # 90余款 would read as 90 and 余款 (the balance)
    if (
        approx == "more_than"
        and not sign
        and yu_reads
        and (num[-1] in "万亿" or (num[-1] == "0" and "." not in num and d != 0))
    ):
        return f"{num}余{unit}"
    return f"{Approx(approx).zh}{sign}{num}{unit}"
