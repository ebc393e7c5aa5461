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
from importlib import resources
from typing import Any

import yaml

from .approx import APPROX, Approx

FRACTION_UNIT = "分之"  # the unit of a fraction's reading (三分之一, 1/3, 一半)


@dataclass(frozen=True)
class Reading:
    value: int | float
    approx: str
    unit: str
    start: int
    end: int
    numeral: str
    kind: str  # "arabic" (has digits), "chinese", or "fraction" (三分之一, 1/3, 一半: value below 1)


_DIGITS = dict(
    zip(
        "〇○零一壹二两兩贰貳三叁四肆五伍六陆陸七柒八捌九玖",
        [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9],
    )
)
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
_WEAK = set("壹贰貳叁肆伍陆陸柒捌玖拾佰仟○")
_NUMCHARS = "0-9" + "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)
# A run of more than 40 digits is no quantity (and converting it would take quadratic time).
# Thousands separators: 2,300 and 2，300; in Hong Kong releases a space (1 127人, 1\u2009127).
_ARABIC = (
    r"(?<![0-9])(?:[0-9]{1,3}(?:[,，][0-9]{3}){1,13}(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:[ \u2009\u202f][0-9]{3}){1,4}(?![0-9.])(?![ \u2009\u202f][0-9])"
    r"|[0-9]{1,40}(?![0-9])(?:\.(?!(?:19|20)[0-9]{2}年)[0-9]+)?)"
)  # not 1.2024年 (a list number, a year)
_MULT = r"[十拾佰仟万亿萬億]|百(?!分[点點]|帕)|千(?![米克瓦伏帕]|分[点點])|兆(?![瓦赫帕伏])"
_TOKEN = re.compile(rf"(?P<a>{_ARABIC})|(?P<d>[{''.join(_DIGITS)}])|(?P<s>{_MULT})|(?P<y>[余餘多](?=[万亿萬億]))")
_START = re.compile(rf"[0-9{''.join(_DIGITS)}]|{_MULT}")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _load_units() -> tuple[tuple[str, ...], dict[str, set[str]]]:
    """The unit lexicon of units.yaml: (every unit, longest first; characters that may not follow a unit)."""
    data = yaml.safe_load(resources.files(__package__).joinpath("units.yaml").read_text(encoding="utf-8"))
    groups = [str(words).split() for key, words in data.items() if key != "not_before"]
    units = tuple(sorted({u for group in groups for u in group}, key=lambda u: (-len(u), u)))
    return units, {unit: set(str(chars)) for unit, chars in data["not_before"].items()}


# The unit lexicon (units.yaml, shipped with the package): measure words, compound units (人次, 架次),
# technical units (千瓦时, 吨公里, 立方米每秒); the longest one after a numeral wins. A measure word
# that is the first character of a longer word is no unit there (UNIT_NOT_BEFORE): 两成 = 20 % but
# 一成不变, 建成为; 7折 = 70 % of the price but 折合, 折旧.
UNITS, UNIT_NOT_BEFORE = _load_units()
_UNIT = re.compile("|".join(map(re.escape, UNITS)))
_TIME = {
    "年",
    "个月",
    "個月",
    "月",
    "天",
    "日",
    "周",
    "週",
    "星期",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "秒",
    "倍",
    "岁",
    "歲",
}
_MORE_AFTER = _TIME | {"成"}  # units that take 多/余 after them: 一年多, 三成多
_GE_MORE = ("小时", "小時", "星期", "工作日", "百分点", "百分點", "钟头", "鐘頭", "月")  # 两个多月
_NOT_YU = set("额額下款量粮糧热熱地生震数數")  # 余额, 余下 ...: 余 starting a word

_BEFORE = sorted(
    [
        ("近", "nearly"),
        ("将近", "nearly"),
        ("將近", "nearly"),
        ("接近", "nearly"),
        ("约", "about"),
        ("約", "about"),
        ("大约", "about"),
        ("大約", "about"),
        ("约为", "about"),
        ("約為", "about"),
        ("超过", "more_than"),
        ("超過", "more_than"),
        ("超", "more_than"),
        ("逾", "more_than"),
        ("多于", "more_than"),
        ("多於", "more_than"),
        ("高于", "more_than"),
        ("高於", "more_than"),
        ("大于", "more_than"),
        ("大於", "more_than"),
        ("超出", "more_than"),
        ("突破", "more_than"),
        ("逼近", "nearly"),
        ("快", "nearly"),  # only after 了/已/都/就 (翻了快一倍, 已经快10年); 比上年快1.4个百分点 is a comparison
        ("上", "about"),  # 上千人, 上百公里 (upwards of: only before 百/千/万)
        ("不低于", "at_least"),
        ("不低於", "at_least"),
        ("不少于", "at_least"),
        ("不少於", "at_least"),
        ("不小于", "at_least"),
        ("不小於", "at_least"),
        ("至少", "at_least"),
        ("最少", "at_least"),
        ("不到", "less_than"),
        ("不足", "less_than"),
        ("不满", "less_than"),
        ("不滿", "less_than"),
        ("少于", "less_than"),
        ("少於", "less_than"),
        ("低于", "less_than"),
        ("低於", "less_than"),
        ("小于", "less_than"),
        ("小於", "less_than"),
        ("不超过", "at_most"),
        ("不超過", "at_most"),
        ("不多于", "at_most"),
        ("不多於", "at_most"),
        ("不高于", "at_most"),
        ("不高於", "at_most"),
        ("不大于", "at_most"),
        ("不大於", "at_most"),
        ("至多", "at_most"),
        ("最多", "at_most"),
        ("几", "more_than"),
        ("幾", "more_than"),
        ("数", "more_than"),
        ("數", "more_than"),  # only before 十/百/千/万/亿: 几十, 数百 = "several"
    ],
    key=lambda q: -len(q[0]),
)
_NOT_SHU = set("人总總次件户戶个個位分参參指系係基倍函变變岁歲页頁字票读讀算无無少多半")  # 人数, 总数 ... end a word
_NOT_BEFORE = {
    "数": _NOT_SHU,
    "數": _NOT_SHU,
    "超": set("出入"),
    "上": set("以之马馬早晚向路线線往北南东東西顶頂台臺"),
    "几": {"茶"},
    "幾": {"茶"},
    "近": set("最附靠邻鄰亲親贴貼远遠就逼"),
    "約": set("预預合签簽公条條制节節特邀相履违違践踐契婚赴守爽失誓"),
    "约": set("预預合签簽公条條制节節特邀相履违違践踐契婚赴守爽失誓"),
}
_AFTER = [
    ("左右", "about"),
    ("及以上", "at_least"),
    ("及以下", "at_most"),
    ("或以上", "at_least"),
    ("以上", "at_least"),
    ("或以下", "at_most"),
    ("以下", "at_most"),
    ("以内", "at_most"),
    ("以內", "at_most"),
    ("之内", "at_most"),
    ("之內", "at_most"),
]

# Lexicon: words whose numeral characters are not numbers.  A word that starts with a numeral
# does not apply after a numeral or 第 (三十一起 = 31 incidents, 第一线 is an ordinal); a word that
# ends with a numeral does not apply before a digit or magnitude (这一千元 = 1000 yuan).
_NOT_NUMBERS = (
    # adverbs, conjunctions, adjectives, nouns built on 一
    "一起 一些 一切 一直 一定 一样 一般 一致 一体 一道 一同 一举 一律 一贯 一再 一旦 一流 一心 一路 "
    "一边 一系列 一线 一度 一向 一味 一番 一下 一时 一齐 一并 一概 一连 一经 一方面 一把手 一盘棋 一揽子 "
    "一站式 一次性 一大批 一大早 一大堆 一带 一点 统一 同一 唯一 专一 逐一 一一 之一 万一 进一步 下一步 "
    # determiners: 这一年 = "this year", 这一问题 = "this problem" (这两年 is a count and is found)
    "这一 那一 "
    # 零 in words (破零: a village's first collective income)
    "零星 零售 零散 零件 零部件 零碎 零食 零钱 凋零 破零 零下 "
    # other numeral characters in ordinary words and names (四季镇 is a town of the seed)
    "万众 万物 万事 万象 万分 万岁 万能 万万 亿万 千万 百姓 百货 百科 百分比 十分 十足 十字 四季 三秦 九州 "
    "千里 万里 百里挑一 "
    # idioms and set phrases
    "千方百计 千家万户 千军万马 成千上万 千千万万 万无一失 万众一心 一心一意 一丝不苟 一如既往 一以贯之 "
    "一鼓作气 一马当先 一目了然 一针见血 一帆风顺 一清二楚 独一无二 三心二意 四面八方 五湖四海 五花八门 "
    "七嘴八舌 乱七八糟 九牛一毛 十全十美 百花齐放 百家争鸣 百尺竿头 一带一路 一刀切 一往无前 一抓到底"
).split()
_GUARDS = {  # extra (not before, not after) for a few words
    "十分": ("", "钟鐘之"),  # 十分钟 = 10 minutes, 十分之一 = one tenth
    "之一": ("分", ""),  # 三分之一 is a fraction: its numerals are found
    "千万": ("", "元人户戶家个個吨噸余餘多"),  # 千万元 = 10 million yuan; 千万 alone = "by all means"
    "一点": ("之", "钟鐘半"),
    "一度": ("", "电電"),
    "四季": ("", "度"),  # 一点钟, 一度电, 四季度
}
_TRAD = str.maketrans(
    "万亿两这线统体举贯样边带众专进计时齐连经盘揽级丝针见风顺独无户军马乱鸣头点钱货岁争",
    "萬億兩這線統體舉貫樣邊帶眾專進計時齊連經盤攬級絲針見風順獨無戶軍馬亂鳴頭點錢貨歲爭",
)


def _lexicon_pattern() -> re.Pattern:
    alts = []
    guards = {**_GUARDS, **{k.translate(_TRAD): v for k, v in _GUARDS.items()}}
    words = sorted(set(_NOT_NUMBERS) | {w.translate(_TRAD) for w in _NOT_NUMBERS}, key=len, reverse=True)
    for word in words:
        before, after = guards.get(word, ("", ""))
        if word[0] in _NUMCHARS:
            before += _NUMCHARS + "第"
        if word[-1] in _NUMCHARS:
            after += "0-9" + "".join(_SMALL) + "".join(_BIG)
        alts.append((f"(?<![{before}])" if before else "") + re.escape(word) + (f"(?![{after}])" if after else ""))
    # The lookahead on first characters lets the engine skip most positions at once
    # (the alternatives start with lookbehinds, which defeat its own literal prefilter).
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?:" + "|".join(alts) + ")")


_LEXICON = _lexicon_pattern()
_TENTH_DIGIT = re.compile(
    r"[1-9一二三四五六七八九](?![0-9〇零一二两兩三四五六七八九十百千万萬亿億成%％])"
)  # 4成5 = 4.5成
_CN_DECIMALS = re.compile(r"[点點](?P<d>[〇零一二三四五六七八九]{1,6})")
_MINUS = "-−－"
_WITHIN = {"年", "个月", "個月", "月", "天", "日", "周", "週", "小时", "小時", "分钟", "分鐘", "个工作日", "個工作日"}
_BEFORE_SIGN = (
    "：:（(，,、 \u3000\n"  # or a Han character: a minus sign, not the hyphen of a range (3-5年) or name (F-16)
)
_CURRENCIES = ("新臺幣", "新台幣", "新台币", "人民币", "人民幣", "港币", "港幣", "美金")
_PERCENT = re.compile(rf"百分之(?=[{_NUMCHARS}])")
_PERMILLE = re.compile(rf"千分之(?=[{_NUMCHARS}])")
# Fractions: 三分之一, 1/3 (a smaller number over a larger one, not part of a date or path), 一半.
_CN_NUM = "〇零一二两兩三四五六七八九十百千万萬"
# Quantifiers are bounded (and each side must be a whole numeral), so a long run of digits costs
# linear time, not quadratic.
_FRACTION = re.compile(
    rf"(?<![0-9{_CN_NUM}])(?P<den>[0-9]{{1,8}}|[{_CN_NUM}]{{1,8}})分之"
    rf"(?P<num>[0-9]{{1,8}}(?:\.[0-9]{{1,6}})?|[{_CN_NUM}]{{1,8}})(?![0-9{_CN_NUM}])"
    rf"|(?<![0-9./])(?P<a>[0-9]{{1,3}})/(?P<b>[0-9]{{1,3}})(?![0-9./])"
    rf"|(?<![{_CN_NUM}0-9])一半"
)

# Half a unit of time as a duration: 花了半年时间, 半個月的標準金額 (not 上半年, 一年半, 两个半月, 半年内, 半年报).
_HALF = re.compile(
    r"(?<![上下前后後多大一二两兩三四五六七八九十过過这這那每整头頭近个個])半"
    r"(?=(?:个|個)?(?:月|小时|小時|天|年|钟头|鐘頭)(?![内內以度报報刊底初末]))"
)
_BIG_HALF = re.compile(r"大半(?=(?:个|個)?(?:月|天|年)(?![内內以度报報刊底初末]))")  # 大半年: more than half a year


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
        self.cur, self.prev, self.plen = Decimal(re.sub(r"[,， \u2009\u202f]", "", tok)), "a", 1
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


def _number(d: Decimal) -> int | float:
    try:
        return int(d) if d == d.to_integral_value() else float(d)
    except (OverflowError, InvalidOperation, ValueError):
        return float(d)


def find_numbers(text: str) -> list[Reading]:
    """Every numeral of text, in order, as non-overlapping maximal readings (rules: module doc)."""
    norm = text.translate(_FULLWIDTH)
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


def _extend(text, norm, s, e, value, more, about, lo, percent, fraction=False) -> Reading:  # noqa: C901  (to split)
    """The reading of the numeral norm[s:e] with its unit and qualifiers; `percent` is "%" or "‰"
    after 百分之 / 千分之, `fraction` for 三分之一, 1/3 and 一半 (no unit)."""
    kind = "fraction" if fraction else "arabic" if re.search("[0-9]", norm[s:e]) else "chinese"
    if not percent and s - 1 >= lo and norm[s - 1] == "第":
        return Reading(_number(value), "exact", "", s - 1, e, text[s:e], kind)
    start, end, unit = (s - 3, e, percent) if percent else (s, e, FRACTION_UNIT if fraction else "")
    after: str | None = None
    percent = percent or fraction  # neither takes a measure word
    suffix_more = False
    suffix_about = False
    if norm[end : end + 1] in ("余", "餘", "多", "几", "幾") and norm[end + 1 : end + 2] not in _NOT_YU:
        end, suffix_more = end + 1, True
    elif (
        norm[end : end + 1] == "来"
        and norm[end - 1 : end] in "十百千万萬0"
        and not percent
        and (_UNIT.match(norm, end + 1) or norm[end + 1 : end + 2] in "万萬亿億")
    ):
        end, suffix_about = end + 1, True  # 二十来万, 两千来块, 十来个: about
        if norm[end : end + 1] in _BIG:
            value, end = Decimal(value) * _BIG[norm[end]], end + 1
    if (
        kind == "chinese"
        and (m := _CN_DECIMALS.match(norm, end))
        and (percent == "%" or (not percent and _UNIT.match(norm, m.end())))
    ):  # 百分之五點二, 三點四個百分點
        value, end = Decimal(value) + Decimal("0." + "".join(str(_DIGITS[c]) for c in m.group("d"))), m.end()
    if not percent and norm[end : end + 1] in (" ", "\u3000") and norm[end + 1 : end + 2] in ("%", "％"):
        unit, end = "%", end + 2  # 3.9 ％: a stray space before the percent sign
    elif (
        not percent
        and (u := _UNIT.match(norm, end))
        and (
            norm[u.end() : u.end() + 1] not in UNIT_NOT_BEFORE.get(u.group(), ())
            or (kind == "arabic" and u.group() == "成" and norm[u.end() : u.end() + 1] in "为為")
        )
    ):  # 約7成為60歲以上
        unit, end = u.group(), u.end()
        if (
            unit in ("个", "個")
            and norm[end : end + 1] == "半"
            and (tail := next((t for t in ("小时", "小時", "月", "钟头", "鐘頭") if norm.startswith(t, end + 1)), None))
        ):
            value, unit, end = Decimal(value) + Decimal("0.5"), unit + tail, end + 1 + len(tail)  # 一个半小时
        if unit in ("个", "個") and norm[end : end + 1] in ("多", "余", "餘"):
            tail = next((t for t in _GE_MORE if norm.startswith(t, end + 1)), None)
            if tail:
                unit, end, suffix_more = unit + tail, end + 1 + len(tail), True
        if (
            unit in _MORE_AFTER
            and not (more or suffix_more)
            and norm[end : end + 1] in ("多", "余", "餘")
            and not _UNIT.match(norm, end + 1)
            and norm[end + 1 : end + 2] not in _NOT_YU
        ):
            end, suffix_more = end + 1, True
    if unit == "成" and (m := _TENTH_DIGIT.match(norm, end)):
        value, end = Decimal(value) + Decimal(_DIGITS.get(m.group(), m.group())) / 10, m.end()
    elif unit == "成" and norm[end : end + 1] == "半":
        value, end = Decimal(value) + Decimal("0.5"), end + 1  # 七成半 = 7.5成
    for word, approx in _AFTER:
        if norm.startswith(word, end):
            end, after = end + len(word), approx
            break
    else:
        if unit in _WITHIN and norm[end : end + 1] in ("内", "內"):
            end, after = end + 1, "at_most"  # 1小時內, 3个月内: within
    if unit == "度" and s - 2 >= lo and norm[s - 2 : s] in ("摄氏", "攝氏"):
        unit, start = norm[s - 2 : s] + "度", s - 2  # 攝氏32度: the unit is written around the number
    if not percent and start == s and s - 2 >= lo and norm[s - 2 : s] == "零下":
        value, start = -Decimal(value), s - 2  # 零下196摄氏度
    elif (
        kind == "arabic"
        and not percent
        and start == s
        and s - 1 >= lo
        and norm[s - 1] in _MINUS
        and (s - 1 == 0 or norm[s - 2] in _BEFORE_SIGN or "\u4e00" <= norm[s - 2] <= "\u9fff")
    ):
        value, start = -Decimal(value), s - 1  # 人口自然增长率为-1.44‰
    currency = next((c for c in _CURRENCIES if norm.startswith(c, start - len(c)) and start - len(c) >= lo), "")
    before = None
    for word, approx in _BEFORE:
        q = start - len(currency) - len(word)
        if q >= lo and norm.startswith(word, q) and norm[q - 1 : q] not in _NOT_BEFORE.get(word, ()):
            if word in "几幾数數上" and (kind == "arabic" or norm[s] not in "十百千万亿萬億"):
                continue
            if word == "快" and norm[q - 1 : q] not in ("了", "已", "经", "經", "都", "就"):
                continue
            if word == "近" and unit in _TIME and norm.startswith(("来", "來", "以来", "以來"), end):
                break  # 近3年来: "the past 3 years"
            before, start = approx, q  # 約新臺幣520億元: the qualifier before the currency
            break
    approx = before or ("more_than" if more or suffix_more else "about" if about or suffix_about else after or "exact")
    return Reading(_number(value), approx, "%" if unit == "％" else unit, start, end, text[s:e], kind)


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
