"""Units in translation QA: an English number matches a figure only with a compatible unit.

Each side is given a kind: `percent` (% ↔ %, 成 read as tenths), `points`
(percentage points ↔ 百分点), `money` (yuan ↔ 元/万元/亿元, dollars ↔ 美元 …),
`people` (people, persons ↔ 人/名/人次/位), `time` (years, months, days ↔
年/个月/天 …), a measure (km ↔ 公里, hectares ↔ 公顷 …) or `count` (anything else:
a number before a noun, 个/家/所/场次 …). An English number whose words name no
unit (“499 cadres”) is a `count` and matches counts and people; a figure without
a measure word (40余万) matches any English count.
"""

from __future__ import annotations

import re

from ..numbers.en import EnglishNumber

# Chinese measure words (as figures.yaml writes `unit`) → kind.
FIGURE_KINDS: dict[str, str] = {
    "%": "percent",
    "‰": "permille",
    "成": "percent",
    "折": "percent",
    "百分点": "points",
    "百分點": "points",
    "个百分点": "points",
    "個百分點": "points",
    "元": "money:yuan",
    "块": "money:yuan",
    "塊": "money:yuan",
    "美元": "money:usd",
    "港元": "money:hkd",
    "港币": "money:hkd",
    "港幣": "money:hkd",
    "新台币": "money:twd",
    "新臺幣": "money:twd",
    "澳门元": "money:mop",
    "澳門元": "money:mop",
    "欧元": "money:eur",
    "歐元": "money:eur",
    "人": "people",
    "名": "people",
    "人次": "people",
    "位": "people",
    "余人": "people",
    "年": "time:year",
    "周年": "time:year",
    "个月": "time:month",
    "個月": "time:month",
    "月": "time:month",
    "天": "time:day",
    "日": "time:day",
    "小时": "time:hour",
    "小時": "time:hour",
    "公里": "length:km",
    "千米": "length:km",
    "米": "length:m",
    "公尺": "length:m",
    "平方公里": "area:km2",
    "平方米": "area:m2",
    "公顷": "area:ha",
    "公頃": "area:ha",
    "亩": "area:mu",
    "畝": "area:mu",
    "吨": "mass:t",
    "噸": "mass:t",
    "公吨": "mass:t",
    "公噸": "mass:t",
    "公斤": "mass:kg",
    "千克": "mass:kg",
}

# English unit words right after the number (after an optional adjective or two) → kind.
_AFTER = [
    (r"percentage[ \u00a0]+points?", "points"),
    (r"(?:yuan|renminbi|RMB|CNY)\b", "money:yuan"),
    (r"(?:US[ \u00a0]+)?dollars?\b|USD\b", "money:usd"),
    (r"(?:Hong[ \u00a0]+Kong|HK)[ \u00a0]+dollars?\b|HKD\b", "money:hkd"),
    (r"(?:New[ \u00a0]+Taiwan|NT)[ \u00a0]+dollars?\b|TWD\b", "money:twd"),
    (r"patacas?\b|MOP\b", "money:mop"),
    (r"euros?\b|EUR\b", "money:eur"),
    (r"(?:people|persons?|individuals)\b", "people"),
    (r"(?:years?)\b", "time:year"),
    (r"(?:months?)\b", "time:month"),
    (r"(?:days?)\b", "time:day"),
    (r"(?:hours?)\b", "time:hour"),
    (r"(?:km|kilometres?|kilometers?)\b(?![²2])", "length:km"),
    (r"(?:metres?|meters?|m)\b(?![²2])", "length:m"),
    (r"(?:km²|km2|square[ \u00a0]+kilomet(?:re|er)s?)", "area:km2"),
    (r"(?:m²|m2|square[ \u00a0]+met(?:re|er)s?)", "area:m2"),
    (r"hectares?\b|ha\b", "area:ha"),
    (r"mu\b", "area:mu"),
    (r"(?:tonnes?|tons?)\b", "mass:t"),
    (r"(?:kg|kilograms?)\b", "mass:kg"),
]
_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:-[ \u00a0]*)?(?:(?P<adj>[a-z]+(?:-[a-z]+)*)[ \u00a0]+)?(?:"
    + "|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(_AFTER))
    + ")",
)
# Adjectives that may stand between a number and its unit ("400,000 poor people").
_ADJECTIVES = {"poor", "more", "local", "new", "rural", "urban", "registered", "additional", "extra", "full"}
_BEFORE_RE = re.compile(r"(?:(?P<yuan>RMB|CNY|¥|￥)|(?P<usd>US\$|\$)|(?P<hkd>HK\$)|(?P<eur>€))[ \u00a0]*$")
_BEFORE_KINDS = {"yuan": "money:yuan", "usd": "money:usd", "hkd": "money:hkd", "eur": "money:eur"}


def figure_kind(unit: str) -> str:
    """The kind of a figure's unit (`count` for measure words of things)."""
    return FIGURE_KINDS.get(unit, "" if unit == "" else "count")


def english_kind(text: str, number: EnglishNumber) -> str:
    """The kind of unit an English number carries in `text` (`count` when its words name none)."""
    if number.is_percent:
        return "percent" if not number.text.rstrip().endswith("‰") else "permille"
    before = _BEFORE_RE.search(text, max(0, number.start - 4), number.start)
    if before:
        return _BEFORE_KINDS[before.lastgroup or ""]
    after = _AFTER_RE.match(text, number.end)
    if after and (after.group("adj") is None or after.group("adj").lower() in _ADJECTIVES):
        for index, (_, kind) in enumerate(_AFTER):
            if after.group(f"k{index}"):
                return kind
    return "count"


def compatible(english: str, figure: str) -> bool:
    """Whether an English number of kind `english` may stand for a figure of kind `figure`."""
    if figure == "":  # no measure word (40余万): any count of things or people
        return english in ("count", "people")
    if english == "count":
        return figure in ("count", "people")
    return english == figure


def describe(kind: str) -> str:
    """`money:yuan` → `money (yuan)`, for messages."""
    base, _, detail = kind.partition(":")
    return f"{base} ({detail})" if detail else (base or "a bare number")
