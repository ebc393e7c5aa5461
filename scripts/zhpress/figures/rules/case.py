"""What a rule looks at: one reading with the text around it (`Case`), and a rule itself (`Rule`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

import yaml

from ...numbers.zh import Reading
from ...parser.patterns import PHRASE_CLOSE_QUOTES, PHRASE_OPEN_QUOTES

OPEN_QUOTES, CLOSE_QUOTES = PHRASE_OPEN_QUOTES, PHRASE_CLOSE_QUOTES
CLAUSE_END = "，。；！？,;!?：:、（）()\n"
FIGURE, NOT_FIGURE = "figure", "not_figure"


def _quoted(text: str, start: int, end: int, limit: int = 20) -> tuple[int, int] | None:
    """(opening, closing) quotation mark around [start, end) when it stands inside a short quoted phrase."""
    left = max(text.rfind(q, max(0, start - limit), start) for q in OPEN_QUOTES)
    if left == -1:
        return None
    if any(text.find(q, left + 1, start) != -1 for q in CLOSE_QUOTES if q != '"'):
        return None  # the quotation closed before the number
    right = min((p for p in (text.find(q, end, end + limit) for q in CLOSE_QUOTES) if p != -1), default=-1)
    return (left, right) if right != -1 and "\n" not in text[left:right] else None


def _short_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation marks around [start, end) when they hold a phrase (“两学一做”, 「長照2.0」) of at most
    12 characters, not a quoted sentence (“现在圈里有两三百只羊，…”)."""
    span = _quoted(text, start, end)
    if span is None or span[1] - span[0] - 1 > 12 or re.search(r"[，。；！？,;!?]", text[span[0] : span[1]]):
        return None
    return span


def uses_roc_calendar(text: str) -> bool:
    """Whether a text counts years in the ROC calendar (民國101年, 113年度)."""
    return (
        "民國" in text
        or "民国" in text
        or re.search(r"(?<![0-9])1[0-9]{2}年度|(?<![0-9])1[01][0-9]年(?:第|全年|[0-9]{1,2}月)", text) is not None
    )


YEAR_UNITS = ("年度", "学年度", "學年度")
DATE_UNITS = ("月", "日", "号", "號", "月份")
ANNIVERSARY_UNITS = ("周年", "週年", "年级", "年級")
FREQUENCY_UNITS = ("次", "回", "遍")
_NOT_COUNTED_ONE = (
    *("年", "个月", "個月", "月", "天", "日", "周", "週", "星期", "次", "回", "遍"),
    *("倍", "岁", "歲", "些", "下", "点", "點"),
)
RATE_BASES = {10, 100, 1000, 10000, 100000, 1000000, 100000000}  # 每千人, 每万人, 每十万人 …
_RANGE_TO = r"[至到\-—–~～]"
_AGE = ("岁", "歲", "周岁", "週歲")
_SESSION = re.compile(
    r"(?:[一二三四五六七八九十]+次(?:全会|全會|会议|會議|全体会议|全體會議)|人大|人民代表大会|人民代表大會|"
    r"政协|政協|党代会|黨代會|代表大会|代表大會|委员会|委員會|中央|"
    r"[一二三四五六七八九十]中全会|[一二三四五六七八九十]中全會|全国|全國|立法院|常委)"
)
# Nouns a threshold defines a group of: 收入10万元以上的村, 产能10万辆以上整车项目, 損害率達2成以上的農戶.
_CATEGORY = re.compile(
    r"的?(?:行政村|自然村|村|农户|農戶|贫困户|貧困戶|户|戶|家庭|企业|企業|项目|項目|整车项目|整車項目|个案|個案|"
    r"学校|學校|乡镇|鄉鎮|地区|地區|群体|群體|人群|园区|園區|合作社|医院|醫院|医疗机构|醫療機構|"
    r"大班额|大班額|超大班额|超大班額|班额|班額|班级|班級)(?![民委长長级級庄莊])"
)
_MEASURED_AGE = re.compile(
    r"(?:寿命|壽命|年龄介乎|年齡介乎|年龄在|年齡在|平均年龄|平均年齡)(?:达到|達到|为|為|约|約|是)?"
    r"(?:[0-9]{1,3}(?:岁|歲)?[至到\-—~～])?$"
)
_NAMED_THING = r"(?:计划|計劃|计画|計畫|工程|行动|行動|方案|专案|專案|券|卡)"
_TIME_OF_DAY = re.compile(
    r"(?:上午|下午|晚上|凌晨|清晨|早上|中午|傍晚|夜里|夜裡|晚|早|每天|每日|当天|當天|至|到|~|～|-|）|\))$"
)
_PLACE_NAMES = str(
    yaml.safe_load(resources.files("zhpress.figures").joinpath("place_names.yaml").read_text(encoding="utf-8"))[
        "place_names"
    ]
).split()
_PLACE = re.compile("|".join(sorted(map(re.escape, set(_PLACE_NAMES)), key=len, reverse=True)))
_PEOPLE = (
    r"(?:干部|人口|青年|老人|老年人|儿童|兒童|人员|人員|职工|職工|党员|黨員|农民|農民|群众|群眾|居民|学生|學生|"
    r"员工|員工|妇女|婦女|男性|女性|男子|女子|人士|人群|者)"
)
_HOTLINE_BEFORE = re.compile(r"(热线|熱線|电话|電話|致电|致電|拨打|撥打|传真|傳真)[:：]?\s*$")
_INDEFINITE_BEFORE = re.compile(r"[的这這那又每第同唯统統之]$")


class Case:
    """One reading of a text with the facts the rules look at, computed once.

    Args:
        text: the whole source text.
        reading: one reading of `find_numbers(text)`.
        roc: whether the text counts years in the ROC calendar (`uses_roc_calendar`).
    """

    def __init__(self, text: str, reading: Reading, roc: bool) -> None:
        start, end = reading.start, reading.end
        self.text, self.reading, self.roc = text, reading, roc
        self.quote = text[start:end]
        self.before = text[max(0, start - 3) : start]  # the three characters before the quote
        self.after = text[end : end + 3]
        self.wide_before = text[max(0, start - 6) : start]  # six before, eight after
        self.wide_after = text[end : end + 8]
        self.unit = reading.unit
        self.numeral = reading.numeral
        self.value = float(reading.value)
        self.exact = reading.approx == "exact"
        self.chinese = reading.kind == "chinese"
        self.arabic = reading.kind == "arabic"
        self.digits_only = bool(re.fullmatch(r"[0-9０-９]+", reading.numeral))
        self.bare = self.digits_only and not self.unit and self.exact  # 2016, 12380: digits alone

    def back(self, n: int) -> str:
        """The n characters before the quote."""
        return self.text[max(0, self.reading.start - n) : self.reading.start]

    def ahead(self, n: int) -> str:
        """The n characters after the quote."""
        return self.text[self.reading.end : self.reading.end + n]


Example = tuple[str, str]  # (text, quote): the reading of `text` that covers the first `quote`


@dataclass(frozen=True)
class Rule:
    """One named rule of the classification.

    Args:
        name: a short identifier (shown by `zhpress figures explain`).
        verdict: FIGURE or NOT_FIGURE.
        reason: why, in a few words with examples; written into figures.yaml's ignore entries.
        applies: the predicate over a Case.
        examples: (text, quote) pairs this rule decides.
        not_examples: (text, quote) pairs its predicate must not hold for.
    """

    name: str
    verdict: str
    reason: str
    applies: Callable[[Case], bool]
    examples: tuple[Example, ...]
    not_examples: tuple[Example, ...] = field(default=())
