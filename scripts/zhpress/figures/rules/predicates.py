"""Predicates of the rules about the number itself and its unit: calendars, names, ages, identifiers."""

from __future__ import annotations

import re

from .case import (
    _AGE,
    _CATEGORY,
    _HOTLINE_BEFORE,
    _INDEFINITE_BEFORE,
    _MEASURED_AGE,
    _NAMED_THING,
    _NOT_COUNTED_ONE,
    _PEOPLE,
    _RANGE_TO,
    _SESSION,
    _TIME_OF_DAY,
    ANNIVERSARY_UNITS,
    DATE_UNITS,
    FREQUENCY_UNITS,
    RATE_BASES,
    YEAR_UNITS,
    Case,
    _quoted,
    _short_quote,
)


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
