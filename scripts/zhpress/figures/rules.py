"""Classifying one number of a source: a figure, or not (a year, a date, an ordinal, a name …).

The classification is a table: `RULES`, an ordered tuple of named rules. Each rule is a
predicate over one `Case` (a reading with the text around it) and a verdict with its reason;
the first rule whose predicate holds decides. Every rule carries the examples it is for
(`examples`: the rule decides them) and the examples it must not catch (`not_examples`: its
predicate is false there); tests/unit/test_rules.py runs both for every rule. A rule never
silences the rules after it: an exception to a rule is written into that rule's predicate.

The rules hold for the genre (government and news reviews, statistical bulletins, press
releases, speeches), not for one article; `suggest.py` applies them to every number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

import yaml

from ..numbers.zh import Reading
from ..parser.patterns import PHRASE_CLOSE_QUOTES, PHRASE_OPEN_QUOTES

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
    yaml.safe_load(resources.files(__package__).joinpath("place_names.yaml").read_text(encoding="utf-8"))["place_names"]
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


# -- the predicates, in the order of the table ------------------------------------------------


def _ordinal(c: Case) -> bool:
    return c.quote.startswith("第")


def _year(c: Case) -> bool:
    return c.exact and (
        (c.unit == "年" and (1900 <= c.value <= 2100 or c.before.endswith(("民国", "民國"))))
        or c.unit in YEAR_UNITS
        or c.after.startswith(YEAR_UNITS)
        or (c.digits_only and 1900 <= c.value <= 2100 and not c.unit and bool(re.match(r"[到至~～\-—]", c.after)))
    )


def _roc_year_marked(c: Case) -> bool:  # 113年第1季, 113年4月: no other reading
    return (
        c.unit == "年"
        and c.digits_only
        and len(c.numeral) == 3
        and 100 <= c.value <= 130
        and bool(re.match(r"(?:第|全年|上半年|下半年|[0-9０-９]{1,2}(?:月|至|-|－|~)|度|底|初)", c.after))
    )


def _roc_year_compared(c: Case) -> bool:  # 高於111年的2.6%: a year with a comparison before it
    return (
        c.unit == "年" and c.digits_only and 100 <= c.value <= 150 and bool(re.match(r"[的度同全]", c.after)) and c.roc
    )


def _roc_year(c: Case) -> bool:
    return (
        c.unit == "年"
        and c.exact
        and c.digits_only
        and 30 <= c.value <= 150
        and not re.match(r"[来來前后後间間内內以多半期]", c.after)
        and c.roc
    )


def _date(c: Case) -> bool:
    return c.exact and (
        (c.unit in DATE_UNITS and c.value <= 31)
        or (bool(re.search(r"[（(]$", c.before)) and bool(re.match(r"[）)][日号號]", c.after)))
    )


def _quarter(c: Case) -> bool:
    return c.unit == "季度" and c.exact and c.value <= 4


def _rate_base(c: Case) -> bool:
    return (
        (c.before.endswith("每") or (c.before.endswith("/") and bool(re.search(r"[0-9]/$", c.before))))
        and c.value in RATE_BASES
        and c.exact
    )


def _sectors(c: Case) -> bool:
    return c.unit == "次" and c.after.startswith(("产业", "產業"))


def _ratio_one(c: Case) -> bool:
    return c.numeral == "1" and bool(re.search(r"[0-9][:：∶]$", c.before))


def _share(c: Case) -> bool:
    return c.reading.kind == "fraction"


def _anniversary(c: Case) -> bool:
    return c.unit in ANNIVERSARY_UNITS


def _model_name(c: Case) -> bool:
    return bool(re.search(r"[A-Za-z]-?$", c.before)) or (not c.unit and bool(re.match(r"-?[A-Za-z]", c.after)))


def _hotline_grouped(c: Case) -> bool:  # 186 186, 2527 7177
    return (
        bool(re.fullmatch(r"[0-9０-９]+(?: [0-9]{3,4})*", c.numeral))
        and not c.unit
        and c.exact
        and bool(_HOTLINE_BEFORE.search(c.wide_before))
    )


def _identifier(c: Case) -> bool:
    return c.bare and (
        len(c.numeral) >= 5
        or _quoted(c.text, c.reading.start, c.reading.end) is not None
        or bool(re.match(r"(热线|熱線|系统|系統|电话|電話|专线|專線)", c.after))
        or (len(c.numeral) == 4 and bool(re.search(r"[0-9]{3,4}[ \u00a0]$", c.back(5))))
        or bool(re.match(r"[^，。；,;]{0,4}(热线|熱線)", c.wide_after))
    )


def _quoted_name(c: Case) -> bool:
    """A number inside a short quoted name, not ending it: 「長照2.0」, 「0到6歲國家跟你一起養」.

    A quoted phrase that ends with its number (“新增就业300万人”) may quote a statistic.
    """
    span = _short_quote(c.text, c.reading.start, c.reading.end) if c.arabic else None
    return span is not None and (not c.unit or span[1] - c.reading.end >= 2)


def _month_range(c: Case) -> bool:
    return c.bare and bool(re.match(rf"{_RANGE_TO}[0-9]{{1,2}}月", c.wide_after)) and c.value <= 12


def _list_number(c: Case) -> bool:
    return (
        c.bare
        and bool(re.search(r"(?:^|\n|附件[:：])[ \u3000]*$", c.back(4)))
        and bool(re.match(r"[.．、](?:[^0-9]|(?:19|20)[0-9]{2}年)", c.wide_after))
    )


def _minutes(c: Case) -> bool:
    return c.bare and c.value < 60 and c.wide_after.startswith("分") and bool(re.search(r"[0-9][时時]$", c.wide_before))


def _version(c: Case) -> bool:
    return c.arabic and not c.unit and c.wide_after.startswith("版")


def _size_class(c: Case) -> bool:
    return bool(c.unit) and c.unit not in ("级", "級") and bool(re.match(r"[级級]", c.wide_after))


def _levels(c: Case) -> bool:
    return c.unit in ("级", "級") and c.exact and bool(re.fullmatch(r"[一二两兩三四五六七八九十]+", c.numeral))


def _plan_name(c: Case) -> bool:
    return c.unit == "年" and bool(re.match(r"(?:行动|行動|计划|計劃|规划|規劃|攻坚|攻堅|方案)", c.wide_after))


def _first_months(c: Case) -> bool:
    return c.unit in ("个月", "個月", "月") and bool(re.search(r"[首头頭]$", c.wide_before))


def _hour(c: Case) -> bool:
    return (
        c.digits_only
        and not c.unit
        and c.value <= 24
        and bool(re.match(r"[时時]", c.wide_after))
        and (
            (c.reading.approx in ("exact", "about") and bool(_TIME_OF_DAY.search(c.wide_before.rstrip("约約"))))
            or (c.exact and bool(re.match(r"[时時](?:[0-9]|半|许|許|至|到|前|起|左右|，|,)", c.wide_after)))
        )
    )


def _congress(c: Case) -> bool:
    return c.unit in ("届", "屆") and bool(_SESSION.match(c.wide_after))


def _session(c: Case) -> bool:
    return (
        c.unit == "次"
        and bool(re.match(r"(?:会议|會議|全会|全會|全体会议|全體會議)", c.wide_after))
        and bool(re.search(r"(?:届|屆|人大|政协|政協|常委会|常委會)$", c.wide_before))
    )


def _magnitude_class(c: Case) -> bool:
    return (
        c.chinese
        and bool(re.fullmatch(r"[十百千万萬亿億]{1,2}", c.numeral))
        and (
            c.unit in ("级", "級")
            or (c.unit == "元" and bool(re.match(r"的?(?:项目|項目|企业|企業|工业|工業|重大|产业|產業)", c.wide_after)))
        )
    )


def _group_threshold(c: Case) -> bool:  # not 逾1,500家企業 (a count)
    return (
        c.reading.approx in ("at_least", "more_than", "at_most", "less_than")
        and bool(_CATEGORY.match(c.wide_after))
        and (bool(re.search(r"(?:以上|以下|以内|以內)$", c.quote)) or c.wide_after.startswith("的"))
    )


def _version_x0(c: Case) -> bool:
    return (
        c.arabic
        and bool(re.fullmatch(r"[1-9]\.0", c.numeral))
        and not c.unit
        and bool(re.search(r"[\u4e00-\u9fffA-Za-z]$", c.wide_before))
        and not re.search(r"[为為是达達至到约約近超增降比升跌]$", c.wide_before)
    )


def _bare_year(c: Case) -> bool:
    return (
        c.bare
        and len(c.numeral) == 4
        and 1949 <= c.value <= 2100
        and bool(re.match(r"[\u4e00-\u9fff]", c.wide_after))
        and not re.search(r"[为為是达達共计計约約近超]$", c.wide_before)
    )


def _generation(c: Case) -> bool:
    return (
        c.digits_only
        and not c.unit
        and len(c.numeral) == 2
        and c.value % 5 == 0
        and bool(re.match(r"[后後]", c.wide_after))
    )


def _clock_or_point(c: Case) -> bool:
    return c.unit in ("点", "點") and (
        c.chinese or bool(_TIME_OF_DAY.search(c.wide_before)) or bool(re.match(r"[钟鐘半前后後起许許左]", c.wide_after))
    )


def _age_rule(c: Case) -> bool:
    return c.unit in _AGE and bool(re.search(r"(?:年满|年滿|未满|未滿|不满|不滿|满|滿|推迟到|推遲到)$", c.wide_before))


def _measured_age(c: Case) -> bool:
    """预期寿命达到79.5岁以上, 年齡介乎18至25歲: ages measured, not a bracket."""
    return (c.unit in _AGE or bool(re.match(rf"{_RANGE_TO}[0-9]", c.wide_after))) and bool(
        _MEASURED_AGE.search(c.back(10))
    )


def _age_bracket(c: Case) -> bool:
    return (
        c.unit in _AGE
        and (
            c.reading.approx in ("at_least", "at_most", "less_than")
            or bool(re.search(rf"[0-9〇零一二两兩三四五六七八九十](?:岁|歲)?{_RANGE_TO}$", c.wide_before))
            or bool(re.match(rf"{_RANGE_TO}[0-9]", c.wide_after))
        )
        and (not _measured_age(c) or _defines_group(c))
    )


def _defines_group(c: Case) -> bool:
    """年龄在40岁以下的干部: a bound followed by the group it defines."""
    return c.reading.approx != "exact" and bool(re.match(r"的|" + _PEOPLE, c.wide_after))


def _age_bracket_start(c: Case) -> bool:
    return (
        not c.unit
        and c.digits_only
        and bool(re.match(rf"{_RANGE_TO}[0-9]{{1,3}}(?:{'|'.join(_AGE)})", c.wide_after))
        and not _measured_age(c)
    )


def _reference_period(c: Case) -> bool:
    return (
        (
            c.unit == "年"
            and c.exact
            and c.wide_after.startswith("前")
            and not re.match(r"前[的]?(?:水平|的水平)", c.wide_after)
        )
        or (
            c.unit in ("年", "个月", "個月", "天", "周", "週")
            and bool(re.search(r"(?:过去|過去|最近|未来|未來|今后|今後)$", c.wide_before))
        )
        or (c.unit == "年" and c.wide_before.endswith("近") and bool(re.match(r"(?:来|來|以来|以來)", c.wide_after)))
    )


def _footnote(c: Case) -> bool:
    return (
        c.digits_only
        and not c.unit
        and bool(re.search(r"[\[［【]$", c.wide_before))
        and bool(re.match(r"[\]］】]", c.wide_after))
    )


def _gdp_base(c: Case) -> bool:
    return (
        c.chinese
        and c.unit == "元"
        and bool(re.fullmatch(r"[十百千万萬亿億]{1,2}", c.numeral))
        and bool(re.match(r"(?:GDP|生产总值|生產總值|产值|產值|增加值)", c.wide_after))
    )


def _record_period(c: Case) -> bool:
    return (
        c.unit == "年"
        and (c.quote.startswith("近") or c.wide_before.endswith("近") or bool(re.match(r"[来來]", c.wide_after)))
        and bool(
            re.match(
                r"(?:来|來|以来|以來)?(?:同期|同月|单季|單季|首|最|新高|新低)|(?:来|來|以来|以來)[，,]", c.wide_after
            )
        )
    )


def _bracketed_name(c: Case) -> bool:
    return (
        bool(c.unit)
        and bool(re.match(_NAMED_THING, c.wide_after))
        and bool(re.search(rf"[（(「“『]{re.escape(c.quote)}{_NAMED_THING}[）)」”』]", c.text))
    )


def _name_part(c: Case) -> bool:
    return c.after.startswith("券") or (c.unit in ("轮", "輪") and bool(re.match(r"[装裝驱驅传傳]", c.after)))


def _set_phrase_age(c: Case) -> bool:
    return c.chinese and c.unit == "年" and bool(re.fullmatch(r"[百千万萬]", c.numeral))


def _congress_name(c: Case) -> bool:
    return c.chinese and bool(re.fullmatch(r"[十一二三四五六七八九]+大", c.quote))


def _quoted_slogan(c: Case) -> bool:
    return c.chinese and _short_quote(c.text, c.reading.start, c.reading.end) is not None


def _chinese_amount(c: Case) -> bool:
    return c.chinese and not c.unit and bool(re.search(r"[十百千万萬亿億兆]", c.numeral)) and c.value >= 100


def _chinese_bare(c: Case) -> bool:
    return c.chinese and not c.unit


def _one(c: Case) -> bool:
    """一 with a measure word, read exactly (not 一成, 百分之一)."""
    return c.chinese and c.value == 1 and c.exact and c.unit not in ("%", "‰")


def _counted_one(c: Case) -> bool:
    return (
        _one(c)
        and bool(c.unit)
        and c.unit not in _NOT_COUNTED_ONE
        and bool(re.match(r"[，。；、,;]", c.after))
        and bool(re.search(r"[\u4e00-\u9fff]$", c.before))
        and not _INDEFINITE_BEFORE.search(c.before)
    )


def _frequency_one(c: Case) -> bool:
    return _one(c) and c.unit in FREQUENCY_UNITS and "每" in c.back(6)


_TIME_SPANS = ("年", "个月", "個月", "月", "天", "日", "周", "週", "星期", "小时", "小時", "个小时", "個小時")
_POINT_NOUNS = (
    r"(?:基本|重点|重點|主要|重大|具体|具體|硬性|核心)?(?:原则|原則|规定|規定|措施|举措|舉措|情况|情況|要求|意见|意見|"
    r"建议|建議|方面|问题|問題|原因|做法|经验|經驗|优势|優勢|特点|特點|理念|任务|任務|关系|關係|能力|"
    r"转变|轉變|变化|變化|作用|标准|標準|步骤|步驟|阶段|階段|层面|層面|维度|維度|方向|内容|內容|考虑|考慮|大局)"
)
_PLAN_BEFORE = re.compile(r"(?:力争|力爭|争取|爭取|计划|計劃|计画|計畫|预计|預計|确保|確保|将在|將在|要在)$")
_TENURE_BEFORE = re.compile(r"(?:执政|執政|在任|任职|任職|上任|主政|任内|任內|任期还剩|任期還剩|任期|掌舵|履职|履職)$")
_EVENT_BEFORE = re.compile(
    r"(?:[节節]前|[节節]后|[节節]後|会前|會前|赛前|賽前|考前|会后|會後|赛后|賽後|开学前|開學前)$"
)
_HONOUR = re.compile(r"(?:光荣在党|光榮在黨|在党|在黨)$")


def _place_name(c: Case) -> bool:
    """三门峡, 五指山, 千岛湖 (place_names.yaml): the numeral is part of a name."""
    start, end = c.reading.start, c.reading.end
    return any(
        m.start() < end and start < m.end()
        for m in _PLACE.finditer(c.text, max(0, start - 4), min(len(c.text), end + 4))
    )


def _page_number(c: Case) -> bool:
    return (
        c.bare
        and bool(re.search(r"第[ \u3000]+$", c.wide_before))
        and bool(re.match(r"[ \u3000]*[版页頁期]", c.wide_after))
    )


def _ranking(c: Case) -> bool:
    return (c.after.startswith(("强", "強")) and not c.unit) or bool(
        re.search(r"(?:居|列|进入|進入|跻身|躋身|排名|排在|位列|稳居|穩居|全国|全國|全省|全球|世界)前$", c.wide_before)
    )


def _named_group(c: Case) -> bool:
    return c.unit == "大" and c.exact and "之一" in c.text[c.reading.end : c.reading.end + 12].split("，")[0]


def _class_grade(c: Case) -> bool:
    return (
        c.chinese
        and c.unit in ("类", "類", "等", "级", "級")
        and (
            bool(re.search(r"[一二三四五六七八九][、和及至到]$", c.before))
            or bool(re.match(r"[、和及至到][一二三四五六七八九]", c.after))
        )
    )


def _own_points(c: Case) -> bool:
    """三项措施, 两种情况, 四项基本原则, 中央八项规定: a speaker counting their own points, or a named set of rules."""
    return (
        c.chinese
        and c.exact
        and c.value <= 10
        and c.unit in ("项", "項", "条", "條", "种", "種", "个", "個", "点", "點", "大", "方面")
        and bool(re.match(_POINT_NOUNS, c.wide_after))
    )


def _honour(c: Case) -> bool:
    return c.unit == "年" and (
        bool(_HONOUR.search(c.wide_before))
        or c.wide_after.startswith(("纪念章", "紀念章", "勋章", "勳章", "奖章", "獎章"))
    )


def _planned_period(c: Case) -> bool:
    return c.unit in _TIME_SPANS and bool(_PLAN_BEFORE.search(c.wide_before.rstrip("的")))


def _time_since(c: Case) -> bool:
    return (
        c.unit in _TIME_SPANS
        and bool(re.match(r"(?:来|來|以来|以來)", c.wide_after))
        and not re.match(r"(?:来|來|以来|以來)的", c.wide_after)  # 50年來的成長: growth over 50 years
    )


def _tenure(c: Case) -> bool:
    return c.unit in _TIME_SPANS and bool(_TENURE_BEFORE.search(c.wide_before))


def _relative_time(c: Case) -> bool:
    return c.unit in _TIME_SPANS and (
        bool(_EVENT_BEFORE.search(c.wide_before))
        or (c.unit != "年" and c.exact and bool(re.match(r"(?:前|之前|后|後|之后|之後)(?![的期])", c.wide_after)))
    )


def _window(c: Case) -> bool:
    """在統計時點之前的6個月內: the window a definition counts in."""
    return c.unit in _TIME_SPANS and bool(re.search(r"(?:之前的|之后的|之後的|以前的|以后的|以後的)$", c.wide_before))


def _residence_rule(c: Case) -> bool:
    """在港逗留最少3個月的香港永久居民: a stay that defines who counts."""
    return (
        c.unit in _TIME_SPANS
        and c.reading.approx in ("at_least", "at_most", "less_than", "more_than")
        and bool(re.search(r"(?:逗留|居住|居留|停留|旅居|但)$", c.wide_before))
    )


def _descriptive(c: Case) -> bool:
    """400年历史, 360度全景, 180度大转弯: a number that describes, not one that reports."""
    return (c.unit == "年" and bool(re.match(r"的?(?:历史|歷史|传统|傳統|老店|古[城镇鎮村树樹])", c.wide_after))) or (
        c.unit == "度" and c.value in (90, 180, 360) and not re.match(r"[以左]", c.wide_after)
    )


def _doubled(c: Case) -> bool:
    """翻了一番, 增长了一倍, 翻了快一倍: a change by one time the base."""
    return (
        c.chinese
        and c.value == 1
        and c.unit in ("倍", "番")
        and bool(re.search(r"(?:翻|增长|增長|增加|提高|扩大|擴大|上涨|上漲|多|高出|翻了|了|出)$", c.wide_before))
    )


def _with_unit(c: Case) -> bool:
    return bool(c.unit)


def _anything(c: Case) -> bool:
    return True


# -- the table --------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "ordinal",
        NOT_FIGURE,
        "ordinal",
        _ordinal,
        (("仍然是亞洲四小龍第一", "第一"),),
        (("全年开展督查三次", "三次"),),
    ),
    Rule(
        "year",
        NOT_FIGURE,
        "year",
        _year,
        (
            ("从2016到2022年,增长", "2016"),
            ("陈院长指出,113年度总预算案", "113年度"),
            ("生人数从民國81年的17萬", "81年"),
        ),
        (("增加2016人", "2016人"), ("工作了5年", "5年")),
    ),
    Rule(
        "roc-year-marked",
        NOT_FIGURE,
        "year (ROC calendar)",
        _roc_year_marked,
        (("113年第1季經濟成長率3.94%", "113年"), ("預計113年4月完工", "113年")),
        (("从101年的老厂房到今天", "101年"),),
    ),
    Rule(
        "roc-year-compared",
        NOT_FIGURE,
        "year (ROC calendar)",
        _roc_year_compared,
        (("民國112年達3.9%，明顯高於111年的2.6%", "高於111年"),),
        (("从101年的老厂房到今天", "101年"),),  # no ROC calendar in this text
    ),
    Rule(
        "roc-year",
        NOT_FIGURE,
        "year (ROC calendar)",
        _roc_year,
        (("民國95年開始，推動的4年（98年～101年）期間", "98年"),),
        (("民國95年開始，民國以來50年來的成長", "50年"), ("从101年的老厂房到今天", "101年")),
    ),
    Rule(
        "date", NOT_FIGURE, "date", _date, (("總統今(21)日下午", "21"), ("3月5日开幕", "5日")), (("为期32日", "32日"),)
    ),
    Rule(
        "quarter",
        NOT_FIGURE,
        "quarter of a year (二季度, 前三季度)",
        _quarter,
        (("今年前三季度，全市", "三季度"), ("一季度、二季度分别增长4.5%", "二季度")),
    ),
    Rule(
        "rate-base",
        NOT_FIGURE,
        "base of a rate (每千人口, 每万人)",
        _rate_base,
        (("每千人口拥有执业医师3.2人", "千人"), ("每10万人中有", "10万人"), ("孕产妇死亡率降至8.6/10万", "10万")),
        (("每3人中有", "3人"),),
    ),
    Rule(
        "economic-sectors",
        NOT_FIGURE,
        "term (三次产业: the three sectors of the economy)",
        _sectors,
        (("三次产业结构为8.0:37.0:55.0", "三次"),),
        (("全年开展督查三次", "三次"),),
    ),
    Rule(
        "ratio-one",
        NOT_FIGURE,
        "the 1 of a ratio (2.42:1)",
        _ratio_one,
        (("城乡居民收入比为2.42:1，比上年缩小0.08", "1，比上年"),),
        (("城乡居民收入比为2.42:1，比上年缩小0.08", "2.42"),),
    ),
    Rule(
        "share",
        FIGURE,
        "share (三分之一, 1/3, 一半)",
        _share,
        (("投资额占全市的三分之一。", "三分之一"), ("超过一半以上为产业项目", "超过一半以上")),
    ),
    Rule(
        "anniversary",
        NOT_FIGURE,
        "anniversary, grade or generation",
        _anniversary,
        (("在我就職六周年的今天", "六周年"),),
    ),
    Rule(
        "model-name",
        NOT_FIGURE,
        "part of a name or model (F-16, A7)",
        _model_name,
        (("首批M1A2T戰車", "1"),),
        (("增长2.0%", "2.0%"),),
    ),
    Rule(
        "hotline-grouped",
        NOT_FIGURE,
        "identifier (hotline, phone or code)",
        _hotline_grouped,
        (("求助熱線186 186。", "186 186"),),
        (("拘捕1 127人", "1 127人"),),
    ),
    Rule(
        "place-name",
        NOT_FIGURE,
        "part of a place name (三门峡, 千岛湖)",
        _place_name,
        (("河南三门峡市", "三"), ("浙江千岛湖景区", "千"), ("广西百色市", "百"), ("新北市八里區", "八里")),
        (("全市三个区", "三个"),),
    ),
    Rule(
        "page-number",
        NOT_FIGURE,
        "page number of a dateline (第 08 版)",
        _page_number,
        (("人民日报 2024年3月5日 第 08 版", "08"),),
        (("第8版共刊登08篇", "08篇"),),
    ),
    Rule(
        "identifier",
        NOT_FIGURE,
        "identifier (hotline, phone or code)",
        _identifier,
        (
            ("市级“12380”系统共办理举报51件次", "12380"),
            ("計調查組（電話：3903 7251；", "7251"),
            ("12345热线受理", "12345"),
        ),
        (("新增就业12380人", "12380人"),),
    ),
    Rule(
        "quoted-name",
        NOT_FIGURE,
        "number inside a quoted name (「長照2.0」)",
        _quoted_name,
        (("會持續提升「長照2.0」，也會", "2.0"), ("推動「0到6歲國家跟你一起養」，照顧", "6歲")),
        (("他说“今年新增就业300万人”", "300万人"),),
    ),
    Rule(
        "month-range",
        NOT_FIGURE,
        "month range (1-11月, 1至4月)",
        _month_range,
        (("今年1至4月出口總值", "1"), ("全市1-11月", "1")),
    ),
    Rule(
        "list-number",
        NOT_FIGURE,
        "list number (1.本公报…, 2、…)",
        _list_number,
        (("注：\n1.本公报中部分数据", "1"), ("附件：1.2024年澄州市义务教育", "1")),
        (("增长\n1.5%", "1.5%"),),
    ),
    Rule(
        "minutes",
        NOT_FIGURE,
        "time of day (上午8时30分)",
        _minutes,
        (("颱風中心上午8時30分位於", "30"),),
    ),
    Rule(
        "version",
        NOT_FIGURE,
        "version in a name (长照2.0, 工业4.0)",
        _version,
        (("大模型已迭代至3.0版本", "3.0"),),
    ),
    Rule(
        "size-class",
        NOT_FIGURE,
        "size class (2米级, 万吨级)",
        _size_class,
        (("检测一块口径2米级的主镜", "2米"),),
        (("台风达到14级", "14级"),),
    ),
    Rule(
        "levels",
        NOT_FIGURE,
        "administrative levels (五级书记, 镇村两级)",
        _levels,
        (("全面落实五级书记抓乡村振兴", "五级"),),
        (("速每秒43公尺（14級）", "14級"),),
    ),
    Rule(
        "plan-name",
        NOT_FIGURE,
        "name of a plan (三年行动)",
        _plan_name,
        (("认真落实县域商业三年行动部署", "三年"),),
    ),
    Rule(
        "first-months",
        NOT_FIGURE,
        "reference period (首六个月)",
        _first_months,
        (("今年首六個月訪港旅客", "六個月"),),
    ),
    Rule(
        "hour",
        NOT_FIGURE,
        "time of day (上午8时至下午5时)",
        _hour,
        (("上午8時至下午5時", "8"), ("於上午10时举行新闻发布会", "10"), ("今日下午約3時在長沙灣道", "約3")),
        (("工作8小时", "8小时"),),
    ),
    Rule(
        "ranking",
        NOT_FIGURE,
        "ranking (财富500强, 全国百强县)",
        _ranking,
        (("入选财富500强的企业", "500"), ("跻身全国百强县", "百"), ("位居全国前10位", "10位"), ("稳居全省前三", "三")),
        (("增强3项能力", "3项"),),
    ),
    Rule(
        "class-grade",
        NOT_FIGURE,
        "class or grade of a category (一、二类苗)",
        _class_grade,
        (("全国冬小麦一、二类苗播种面积", "二类"), ("一类、二类水质断面", "一类")),
        (("新增两类产品", "两类"),),
    ),
    Rule(
        "own-points",
        NOT_FIGURE,
        "a speaker counting their own points, or a named set of rules (三项措施, 四项基本原则)",
        _own_points,
        (
            ("坚持四项基本原则", "四项"),
            ("落实中央八项规定精神", "八项"),
            ("我们采取了三项措施", "三项"),
            ("分两种情况处理", "两种"),
            ("统筹这两个大局，保持", "两个"),
        ),
        (("全年出台12项措施", "12项"), ("新增三项专利", "三项")),
    ),
    Rule(
        "honour",
        NOT_FIGURE,
        "years in the name of an honour (光荣在党50年纪念章)",
        _honour,
        (("颁发光荣在党50年纪念章", "50年"),),
        (("入党50年来", "50年"),),
    ),
    Rule(
        "congress",
        NOT_FIGURE,
        "ordinal of a congress or session (十八届人大)",
        _congress,
        (("完成了县十八届人大三次会议确定的", "十八届"), ("全会认为，省委十二届六次全会以来", "十二届")),
        (("连续举办5届，吸引", "5届"),),
    ),
    Rule(
        "session",
        NOT_FIGURE,
        "ordinal of a session (人大三次会议)",
        _session,
        (("完成了县十八届人大三次会议确定的", "三次"),),
        (("召开三次会议", "三次"),),
    ),
    Rule(
        "magnitude-class",
        NOT_FIGURE,
        "threshold of a category (亿元以上项目, 百亿级园区)",
        _magnitude_class,
        (("实施亿元以上工业项目41个", "亿元以上"), ("成为全县首个百亿级园区", "百亿级")),
    ),
    Rule(
        "group-threshold",
        NOT_FIGURE,
        "threshold of a category (10万元以上的村, 500公尺以上的個案)",
        _group_threshold,
        (
            ("收入10万元以上的村达到96个", "10万元以上"),
            ("其中超过50万元的村达到三个", "超过50万元"),
            ("产能10万辆以上整车项目已有5个", "10万辆以上"),
            ("全省二级以上医院全部开展", "二级以上"),
        ),
        (("累計吸引逾1,500家企業投資", "逾1,500家"), ("按不低于5000元的标准为每个农村", "不低于5000元")),
    ),
    Rule(
        "version-x0",
        NOT_FIGURE,
        "version in a name (长照2.0, 工业4.0)",
        _version_x0,
        (("長照2.0自民國106年", "2.0"),),
        (("增长2.0%", "2.0%"), ("增长到2.0", "2.0")),
    ),
    Rule(
        "bare-year",
        NOT_FIGURE,
        "year (2050净零, 2035远景目标)",
        _bare_year,
        (("（二）落實2050淨零轉型", "2050"),),
        (("总数达2050家", "2050家"),),
    ),
    Rule("generation", NOT_FIGURE, "generation (90后)", _generation, (("90后返乡青年", "90"),)),
    Rule(
        "clock-or-point",
        NOT_FIGURE,
        "time of day or a point of a list (上午9点, 两点意见)",
        _clock_or_point,
        (("清晨6点，村民们", "6点"),),
        (("指数上涨180.45点", "180.45点"),),
    ),
    Rule("age-rule", NOT_FIGURE, "age rule (年满6周岁)", _age_rule, (("适龄儿童，年满6周岁（即", "6周岁"),)),
    Rule(
        "age-bracket",
        NOT_FIGURE,
        "age bracket (60岁及以上人口, 15-59岁)",
        _age_bracket,
        (
            ("0-14岁人口24.1万人", "14岁"),
            ("60岁及以上人口38.3万人", "60岁及以上"),
            ("其中約7成為60歲以上", "60歲以上"),
            ("十五至二十四歲青年的失業率", "二十四歲"),
            ("平均年龄32岁，35岁以下青年科研人员", "35岁以下"),
            ("年龄在40岁以下的干部占比", "40岁以下"),
            ("45岁及以下的青年", "45岁及以下"),
        ),
        (
            ("今年52岁的村民", "52岁"),
            ("人均预期寿命达到79.5岁以上", "79.5岁以上"),
            ("年齡介乎18至25歲，並", "25歲"),
        ),
    ),
    Rule(
        "age-bracket-start",
        NOT_FIGURE,
        "age bracket (0-14岁)",
        _age_bracket_start,
        (("0-14岁人口24.1万人", "0"),),
        (("年齡介乎18至25歲，並", "18"),),
    ),
    Rule(
        "reference-period",
        NOT_FIGURE,
        "reference period (较5年前, 过去三年)",
        _reference_period,
        (
            ("比例较5年前提高", "5年"),
            ("青農3年前返鄉", "3年"),
            ("過去三年，每年接獲", "三年"),
            ("未來五年，預計私人住宅", "五年"),
            ("近3年來國內重大資安事件", "3年"),
            ("将在未来12个月内回购", "12个月内"),
        ),
        (("工作了近3年。", "近3年"),),
    ),
    Rule("footnote", NOT_FIGURE, "footnote mark ([1])", _footnote, (("地区生产总值[1]58236亿元", "1"),)),
    Rule(
        "gdp-base",
        NOT_FIGURE,
        "base of a rate (万元GDP能耗)",
        _gdp_base,
        (("万元GDP能耗下降3%", "万元"),),
    ),
    Rule(
        "record-period",
        NOT_FIGURE,
        "reference period (近3年来同期最高, 24年来最低)",
        _record_period,
        (("为近3年同期最高", "近3年"), ("为24年來同月最低", "24年")),
        (("工作了近3年。", "近3年"),),
    ),
    Rule(
        "bracketed-name",
        NOT_FIGURE,
        "part of a name given in brackets (「…」（2元計劃）)",
        _bracketed_name,
        (("計劃」（2元計劃）於四月。2元計劃的開支", "2元"),),
    ),
    Rule(
        "planned-period",
        NOT_FIGURE,
        "planned period (力争5年内, 预计三年内)",
        _planned_period,
        (("力争5年内建成", "5年内"), ("預計三年內將催生", "三年內")),
        (("工作了3年", "3年"), ("原则上用2年时间全部消除", "2年")),
    ),
    Rule(
        "time-since",
        NOT_FIGURE,
        "time since an event (建成3年来, 執政3年多來)",
        _time_since,
        (("建成3年来累计接待游客", "3年"), ("在執政3年多來打下了基礎", "3年多")),
        (("工作了3年", "3年"), ("民國以來50年來的成長", "50年")),
    ),
    Rule(
        "tenure",
        NOT_FIGURE,
        "tenure (执政8年, 任期还剩不到一年)",
        _tenure,
        (("执政8年，他", "8年"), ("任期还剩不到一年", "不到一年")),
        (("服刑8年", "8年"),),
    ),
    Rule(
        "relative-time",
        NOT_FIGURE,
        "reference period (节前两天, 3天前)",
        _relative_time,
        (("节前两天，全市", "两天"), ("3天前发布的通知", "3天")),
        (("缩短3天", "3天"), ("3年前", "3年")),
    ),
    Rule(
        "window",
        NOT_FIGURE,
        "window of a definition (統計時點之前的6個月內)",
        _window,
        (("在統計時點之前的6個月內，在港逗留", "6個月內"),),
    ),
    Rule(
        "residence-rule",
        NOT_FIGURE,
        "stay that defines a group (在港逗留最少3個月的居民)",
        _residence_rule,
        (("在港逗留最少3個月的香港永久居民", "最少3個月"), ("逗留最少1個月但少於3個月", "少於3個月")),
        (("平均住院不到3天", "不到3天"),),
    ),
    Rule(
        "descriptive",
        NOT_FIGURE,
        "descriptive number (400年历史, 360度全景)",
        _descriptive,
        (("这座有400年历史的古城", "400年"), ("360度全景展示", "360度")),
        (("气温达到36度", "36度"),),
    ),
    Rule(
        "name-part",
        NOT_FIGURE,
        "part of a name (三倍券, 八輪裝甲車)",
        _name_part,
        (("還發放三倍券、五倍券。", "三倍"), ("陸軍八輪裝步戰鬥車", "八輪")),
    ),
    Rule(
        "set-phrase-age",
        NOT_FIGURE,
        "set phrase (百年大疫, 千年: an age, not a count)",
        _set_phrase_age,
        (("挺過全球百年大疫", "百年"),),
    ),
    Rule(
        "congress-name",
        NOT_FIGURE,
        "name of a congress or campaign (十九大, 六大…)",
        _congress_name,
        (("学习贯彻十九大精神", "十九大"),),
    ),
    Rule(
        "quoted-slogan",
        NOT_FIGURE,
        "numeral of a slogan or name in quotation marks",
        _quoted_slogan,
        (("党员干部“四个自信”更加坚定", "四个"),),
    ),
    Rule(
        "named-group",
        NOT_FIGURE,
        "ranking (世界4大創新王國之一)",
        _named_group,
        (("臺灣也是世界4大創新王國之一", "4大"),),
        (("建立7大国家级创新创业平台", "7大"),),
    ),
    Rule(
        "chinese-amount",
        FIGURE,
        "amount written in Chinese numerals",
        _chinese_amount,
        (("還全民普發六千。", "六千"), ("“光饲料成本每年就能省下二十来万”。", "二十来万")),
    ),
    Rule(
        "chinese-bare",
        NOT_FIGURE,
        "Chinese numeral without a measure word (slogan or set phrase)",
        _chinese_bare,
        (("坚持两手抓", "两"),),
    ),
    Rule(
        "counted-one",
        FIGURE,
        "count (加工厂一座，)",
        _counted_one,
        (("新建茶叶加工厂一座，新增", "一座"),),
        (("新的一年,全市党建工作", "一年"),),
    ),
    Rule(
        "doubled",
        FIGURE,
        "change by one time the base (翻了一倍, 翻了快一倍)",
        _doubled,
        (("销售额翻了快一倍", "快一倍"), ("收入增长了一倍", "一倍")),
        (("一倍的努力", "一倍"),),
    ),
    Rule("frequency-one", FIGURE, "frequency (每… 一次)", _frequency_one, (("每季度开展一次督查", "一次"),)),
    Rule(
        "indefinite-one",
        NOT_FIGURE,
        "indefinite 一 (a, one): a set phrase, not a count",
        _one,
        (("新的一年,全市党建工作", "一年"),),
        (("由百分之一點零輕微上升", "百分之一點零"),),
    ),
    Rule(
        "count",
        FIGURE,
        "count or amount",
        _with_unit,
        (("26个A级景区", "26个"), ("歲入2兆7,092億元", "2兆7,092億元"), ("漲幅更超過兩成；", "超過兩成")),
    ),
    Rule("number", FIGURE, "number", _anything, (("超過1,150億的還債金額", "1,150億"),)),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


@dataclass(frozen=True)
class Decision:
    """The verdict on one reading: the rule that decided, and the later rules that would also have caught it."""

    rule: Rule
    also: tuple[Rule, ...] = ()

    @property
    def verdict(self) -> str:
        return self.rule.verdict

    @property
    def reason(self) -> str:
        return self.rule.reason


def decide(text: str, reading: Reading, roc: bool | None = None, *, all_rules: bool = False) -> Decision:
    """The first rule of RULES that applies to `reading`; with `all_rules`, also every later rule that applies.

    Args:
        text: the whole source text.
        reading: one reading of `find_numbers(text)`.
        roc: uses_roc_calendar(text); computed when None.
        all_rules: also evaluate the rules after the deciding one (for `zhpress figures explain`).
    """
    case = Case(text, reading, uses_roc_calendar(text) if roc is None else roc)
    matched = (rule for rule in RULES if rule.applies(case))
    first = next(matched)  # the last rule applies to every case
    return Decision(first, tuple(matched) if all_rules else ())


def classify(text: str, reading: Reading, roc: bool | None = None) -> tuple[str, str]:
    """(verdict, reason) for one reading of `text`; `roc`: uses_roc_calendar(text), computed when None."""
    decision = decide(text, reading, roc)
    return decision.verdict, decision.reason
