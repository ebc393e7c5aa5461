"""Classifying one number of a source: a figure, or not (a year, a date, an ordinal, a name …).

The rules hold for the genre (government and news reviews, statistical bulletins,
press releases), not for one article; `suggest.py` applies them to every number.
"""

from __future__ import annotations

import re

from ..numbers.zh import Reading
from ..parser.patterns import PHRASE_CLOSE_QUOTES, PHRASE_OPEN_QUOTES

OPEN_QUOTES, CLOSE_QUOTES = PHRASE_OPEN_QUOTES, PHRASE_CLOSE_QUOTES
CLAUSE_END = "，。；！？,;!?：:、（）()\n"


def _quoted(text: str, start: int, end: int, limit: int = 20) -> tuple[int, int] | None:
    """(opening, closing) quotation mark around [start, end) when it stands inside a short quoted phrase."""
    left = max(text.rfind(q, max(0, start - limit), start) for q in OPEN_QUOTES)
    if left == -1:
        return None
    if any(text.find(q, left + 1, start) != -1 for q in CLOSE_QUOTES if q != '"'):
        return None  # the quotation closed before the number
    right = min((p for p in (text.find(q, end, end + limit) for q in CLOSE_QUOTES) if p != -1), default=-1)
    return (left, right) if right != -1 and "\n" not in text[left:right] else None


def _in_quotes(text: str, start: int, end: int) -> bool:
    return _quoted(text, start, end) is not None


def _short_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation marks around [start, end) when they hold a phrase (“两学一做”, 「長照2.0」) of at most
    12 characters, not a quoted sentence (“现在圈里有两三百只羊，…”)."""
    span = _quoted(text, start, end)
    if span is None or span[1] - span[0] - 1 > 12 or re.search(r"[，。；！？,;!?]", text[span[0] : span[1]]):
        return None
    return span


def _in_quoted_name(text: str, reading: Reading) -> bool:
    """A number inside a short quoted name, not ending it: 「長照2.0」, 「0到6歲國家跟你一起養」.

    A quoted phrase that ends with its number (“新增就业300万人”) may quote a statistic and
    is left to the other rules.
    """
    span = _short_quote(text, reading.start, reading.end)
    return span is not None and (not reading.unit or span[1] - reading.end >= 2)


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
    "年",
    "个月",
    "個月",
    "月",
    "天",
    "日",
    "周",
    "週",
    "星期",
    "次",
    "回",
    "遍",
    "倍",
    "岁",
    "歲",
    "些",
    "下",
    "点",
    "點",
)
RATE_BASES = {10, 100, 1000, 10000, 100000, 1000000, 100000000}  # 每千人, 每万人, 每十万人 …


def classify(text: str, reading: Reading, roc: bool | None = None) -> tuple[str, str]:  # noqa: C901  (to split)
    """(verdict, reason) for one reading of `text`; `roc`: uses_roc_calendar(text), computed when None."""
    quote = text[reading.start : reading.end]
    before = text[max(0, reading.start - 3) : reading.start]
    after = text[reading.end : reading.end + 3]
    chinese = reading.kind == "chinese"
    digits_only = bool(re.fullmatch(r"[0-9０-９]+", reading.numeral))
    value = float(reading.value)
    if roc is None:
        roc = uses_roc_calendar(text)
    if quote.startswith("第"):
        return "not_figure", "ordinal"
    if reading.approx == "exact" and (
        (reading.unit == "年" and (1900 <= value <= 2100 or before.endswith(("民国", "民國"))))
        or reading.unit in YEAR_UNITS
        or after.startswith(YEAR_UNITS)
        or (digits_only and 1900 <= value <= 2100 and not reading.unit and re.match(r"[到至~～\-—]", after))
    ):
        return "not_figure", "year"
    if (
        reading.unit == "年"
        and digits_only
        and len(reading.numeral) == 3
        and 100 <= value <= 130
        and re.match(r"(?:第|全年|上半年|下半年|[0-9０-９]{1,2}(?:月|至|-|－|~)|度|底|初)", after)
    ):
        return "not_figure", "year (ROC calendar)"  # 113年第1季, 113年4月: no other reading
    if reading.unit == "年" and digits_only and 100 <= value <= 150 and re.match(r"[的度同全]", after) and roc:
        return "not_figure", "year (ROC calendar)"  # 高於111年的2.6%: a year with a comparison before it
    if (
        reading.unit == "年"
        and reading.approx == "exact"
        and digits_only
        and 30 <= value <= 150
        and not re.match(r"[来來前后後间間内內以多半期]", after)
        and roc
    ):
        return "not_figure", "year (ROC calendar)"
    if reading.approx == "exact" and (
        (reading.unit in DATE_UNITS and value <= 31)
        or (re.search(r"[（(]$", before) and re.match(r"[）)][日号號]", after))
    ):
        return "not_figure", "date"
    if reading.unit == "季度" and reading.approx == "exact" and value <= 4:
        return "not_figure", "quarter of a year (二季度, 前三季度)"
    if (
        (before.endswith("每") or (before.endswith("/") and re.search(r"[0-9]/$", before)))
        and value in RATE_BASES
        and reading.approx == "exact"
    ):
        return "not_figure", "base of a rate (每千人口, 每万人)"
    if reading.unit in ("次",) and after.startswith(("产业", "產業")):
        return "not_figure", "term (三次产业: the three sectors of the economy)"
    if reading.numeral == "1" and re.search(r"[0-9][:：∶]$", before):
        return "not_figure", "the 1 of a ratio (2.42:1)"
    if reading.kind == "fraction":
        return "figure", "share (三分之一, 1/3, 一半)"
    if reading.unit in ANNIVERSARY_UNITS:
        return "not_figure", "anniversary, grade or generation"
    if re.search(r"[A-Za-z]-?$", before) or (not reading.unit and re.match(r"-?[A-Za-z]", after)):
        return "not_figure", "part of a name or model (F-16, A7)"
    grouped = bool(re.fullmatch(r"[0-9０-９]+(?: [0-9]{3,4})*", reading.numeral))  # 186 186, 2527 7177
    if (
        grouped
        and not reading.unit
        and reading.approx == "exact"
        and re.search(
            r"(热线|熱線|电话|電話|致电|致電|拨打|撥打|传真|傳真)[:：]?\s*$",
            text[max(0, reading.start - 6) : reading.start],
        )
    ):
        return "not_figure", "identifier (hotline, phone or code)"
    if (
        digits_only
        and not reading.unit
        and reading.approx == "exact"
        and (
            len(reading.numeral) >= 5
            or _in_quotes(text, reading.start, reading.end)
            or re.match(r"(热线|熱線|系统|系統|电话|電話|专线|專線)", after)
            or (
                len(reading.numeral) == 4
                and re.search(r"[0-9]{3,4}[ \u00a0]$", text[max(0, reading.start - 5) : reading.start])
            )
            or re.match(r"[^，。；,;]{0,4}(热线|熱線)", text[reading.end : reading.end + 8])
        )
    ):
        return "not_figure", "identifier (hotline, phone or code)"
    if reading.kind == "arabic" and _in_quoted_name(text, reading):
        return "not_figure", "number inside a quoted name (「長照2.0」)"
    found = _context(text, reading, quote, digits_only, value)
    if found:
        return "not_figure", found
    if after.startswith("券") or (reading.unit in ("轮", "輪") and re.match(r"[装裝驱驅传傳]", after)):
        return "not_figure", "part of a name (三倍券, 八輪裝甲車)"
    if chinese and reading.unit == "年" and re.fullmatch(r"[百千万萬]", reading.numeral):
        return "not_figure", "set phrase (百年大疫, 千年: an age, not a count)"
    if chinese and re.fullmatch(r"[十一二三四五六七八九]+大", quote):
        return "not_figure", "name of a congress or campaign (十九大, 六大…)"
    if chinese and _short_quote(text, reading.start, reading.end):
        return "not_figure", "numeral of a slogan or name in quotation marks"
    if chinese and not reading.unit:
        if re.search(r"[十百千万萬亿億兆]", reading.numeral) and value >= 100:
            return "figure", "amount written in Chinese numerals"
        return "not_figure", "Chinese numeral without a measure word (slogan or set phrase)"
    if chinese and value == 1 and reading.approx == "exact" and reading.unit not in ("%", "‰"):
        if (
            reading.unit
            and reading.unit not in _NOT_COUNTED_ONE
            and re.match(r"[，。；、,;]", after)
            and re.search(r"[\u4e00-\u9fff]$", before)
            and not re.search(r"[的这這那又每第同唯统統之]$", before)
        ):
            return "figure", "count (加工厂一座，)"
        if reading.unit in FREQUENCY_UNITS and "每" in text[max(0, reading.start - 6) : reading.start]:
            return "figure", "frequency (每… 一次)"
        return "not_figure", "indefinite 一 (a, one): a set phrase, not a count"
    return "figure", "count or amount" if reading.unit else "number"


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
    r"学校|學校|乡镇|鄉鎮|地区|地區|群体|群體|人群|园区|園區|合作社|医院|醫院|医疗机构|醫療機構)(?![民委长長级級庄莊])"
)
_MEASURED_AGE = re.compile(
    r"(?:寿命|壽命|年龄介乎|年齡介乎|年龄在|年齡在|平均年龄|平均年齡)(?:达到|達到|为|為|约|約|是)?"
    r"(?:[0-9]{1,3}(?:岁|歲)?[至到\-—~～])?$"
)
_NAMED_THING = r"(?:计划|計劃|计画|計畫|工程|行动|行動|方案|专案|專案|券|卡)"
_TIME_OF_DAY = re.compile(
    r"(?:上午|下午|晚上|凌晨|清晨|早上|中午|傍晚|夜里|夜裡|晚|早|每天|每日|当天|當天|至|到|~|～|-|）|\))$"
)


def _context(text: str, reading: Reading, quote: str, digits_only: bool, value: float) -> str | None:  # noqa: C901  (to split)
    """The reason a number is no statistic, read from the words around it; None when none applies."""
    start, end, unit = reading.start, reading.end, reading.unit
    before, after = text[max(0, start - 6) : start], text[end : end + 8]
    exact = reading.approx == "exact"
    if digits_only and not unit and exact and re.match(rf"{_RANGE_TO}[0-9]{{1,2}}月", after) and value <= 12:
        return "month range (1-11月, 1至4月)"
    if (
        digits_only
        and not unit
        and exact
        and re.search(r"(?:^|\n|附件[:：])[ \u3000]*$", text[max(0, start - 4) : start])
        and re.match(r"[.．、](?:[^0-9]|(?:19|20)[0-9]{2}年)", after)
    ):
        return "list number (1.本公报…, 2、…)"
    if (
        digits_only
        and not unit
        and exact
        and value < 60
        and re.match(r"分", after)
        and re.search(r"[0-9][时時]$", before)
    ):
        return "time of day (上午8时30分)"
    if reading.kind == "arabic" and not unit and re.match(r"版", after):
        return "version in a name (长照2.0, 工业4.0)"
    if unit and unit not in ("级", "級") and re.match(r"[级級]", after):
        return "size class (2米级, 万吨级)"
    if unit in ("级", "級") and exact and re.fullmatch(r"[一二两兩三四五六七八九十]+", reading.numeral):
        return "administrative levels (五级书记, 镇村两级)"
    if unit == "年" and re.match(r"(?:行动|行動|计划|計劃|规划|規劃|攻坚|攻堅|方案)", after):
        return "name of a plan (三年行动)"
    if unit in ("个月", "個月", "月") and re.search(r"[首头頭]$", before):
        return "reference period (首六个月)"
    if (
        digits_only
        and not unit
        and value <= 24
        and re.match(r"[时時]", after)
        and (
            (
                reading.approx in ("exact", "about")
                and _TIME_OF_DAY.search(text[max(0, start - 6) : start].rstrip("约約"))
            )
            or (exact and re.match(r"[时時](?:[0-9]|半|许|許|至|到|前|起|左右|，|,)", after))
        )
    ):
        return "time of day (上午8时至下午5时)"
    if unit in ("届", "屆") and _SESSION.match(after):
        return "ordinal of a congress or session (十八届人大)"
    if (
        unit in ("次",)
        and re.match(r"(?:会议|會議|全会|全會|全体会议|全體會議)", after)
        and re.search(r"(?:届|屆|人大|政协|政協|常委会|常委會)$", before)
    ):
        return "ordinal of a session (人大三次会议)"
    if (
        reading.kind == "chinese"
        and re.fullmatch(r"[十百千万萬亿億]{1,2}", reading.numeral)
        and (
            unit in ("级", "級")
            or (unit == "元" and re.match(r"的?(?:项目|項目|企业|企業|工业|工業|重大|产业|產業)", after))
        )
    ):
        return "threshold of a category (亿元以上项目, 百亿级园区)"
    if (
        reading.approx in ("at_least", "more_than", "at_most", "less_than")
        and _CATEGORY.match(after)
        and (re.search(r"(?:以上|以下|以内|以內)$", quote) or after.startswith("的"))
    ):  # not 逾1,500家企業 (a count)
        return "threshold of a category (10万元以上的村, 500公尺以上的個案)"
    if (
        reading.kind == "arabic"
        and re.fullmatch(r"[1-9]\.0", reading.numeral)
        and not unit
        and re.search(r"[\u4e00-\u9fffA-Za-z]$", before)
        and not re.search(r"[为為是达達至到约約近超增降比升跌]$", before)
    ):
        return "version in a name (长照2.0, 工业4.0)"
    if (
        digits_only
        and not unit
        and exact
        and len(reading.numeral) == 4
        and 1949 <= value <= 2100
        and re.match(r"[\u4e00-\u9fff]", after)
        and not re.search(r"[为為是达達共计計约約近超]$", before)
    ):
        return "year (2050净零, 2035远景目标)"
    if digits_only and not unit and len(reading.numeral) == 2 and value % 5 == 0 and re.match(r"[后後]", after):
        return "generation (90后)"
    if unit in ("点", "點") and (
        reading.kind == "chinese" or _TIME_OF_DAY.search(before) or re.match(r"[钟鐘半前后後起许許左]", after)
    ):
        return "time of day or a point of a list (上午9点, 两点意见)"
    if unit in _AGE and re.search(r"(?:年满|年滿|未满|未滿|不满|不滿|满|滿|推迟到|推遲到)$", before):
        return "age rule (年满6周岁)"
    if (unit in _AGE or re.match(rf"{_RANGE_TO}[0-9]", after)) and _MEASURED_AGE.search(
        text[max(0, start - 10) : start]
    ):
        return None  # 预期寿命达到79.5岁以上, 年齡介乎18至25歲: ages measured, not a bracket
    if unit in _AGE and (
        reading.approx in ("at_least", "at_most", "less_than")
        or re.search(rf"[0-9〇零一二两兩三四五六七八九十](?:岁|歲)?{_RANGE_TO}$", before)
        or re.match(rf"{_RANGE_TO}[0-9]", after)
    ):
        return "age bracket (60岁及以上人口, 15-59岁)"
    if not unit and digits_only and re.match(rf"{_RANGE_TO}[0-9]{{1,3}}(?:{'|'.join(_AGE)})", after):
        return "age bracket (0-14岁)"
    if (
        unit == "年"
        and exact
        and after.startswith("前")
        and not re.match(r"前[的]?(?:水平|的水平)", after)
        or (
            unit in ("年", "个月", "個月", "天", "周", "週")
            and re.search(r"(?:过去|過去|最近|未来|未來|今后|今後)$", before)
        )
        or (unit == "年" and before.endswith("近") and re.match(r"(?:来|來|以来|以來)", after))
    ):
        return "reference period (较5年前, 过去三年)"
    if digits_only and not unit and re.search(r"[\[［【]$", before) and re.match(r"[\]］】]", after):
        return "footnote mark ([1])"
    if (
        reading.kind == "chinese"
        and unit == "元"
        and re.fullmatch(r"[十百千万萬亿億]{1,2}", reading.numeral)
        and re.match(r"(?:GDP|生产总值|生產總值|产值|產值|增加值)", after)
    ):
        return "base of a rate (万元GDP能耗)"
    if (
        unit == "年"
        and (quote.startswith("近") or before.endswith("近") or re.match(r"[来來]", after))
        and re.match(r"(?:来|來|以来|以來)?(?:同期|同月|单季|單季|首|最|新高|新低)|(?:来|來|以来|以來)[，,]", after)
    ):
        return "reference period (近3年来同期最高, 24年来最低)"
    if (
        unit
        and re.match(_NAMED_THING, after)
        and re.search(rf"[（(「“『]{re.escape(quote)}{_NAMED_THING}[）)」”』]", text)
    ):
        return "part of a name given in brackets (「…」（2元計劃）)"
    return None
