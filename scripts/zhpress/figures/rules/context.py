"""Predicates of the rules about the words around a number: places, rankings, periods, a speaker's points."""

from __future__ import annotations

import re

from .case import (
    _PLACE,
    Case,
)

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
