"""Unit tests for the Chinese number reader (zhpress.numbers.zh) against the seed article."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhpress.numbers.zh import APPROX, UNITS, Reading, find_numbers, format_zh, read_quantity

from ..conftest import SEED

SOURCE = SEED.read_text(encoding="utf-8")


def R(value, approx, unit, start, end, numeral, kind="arabic"):
    return Reading(value, approx, unit, start, end, numeral, kind)


def quotes(text):
    return [text[r.start : r.end] for r in find_numbers(text)]


def paragraph(prefix):
    (line,) = [line for line in SOURCE.split("\n") if line.startswith(prefix)]
    return line


# --- whole quotes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote,expected",
    [
        # the figures of the brief
        ("近3000场次", R(3000, "nearly", "场次", 0, 7, "3000")),
        ("800余名", R(800, "more_than", "名", 0, 5, "800")),
        ("3.5万余次", R(35000, "more_than", "次", 0, 6, "3.5万")),
        ("不低于40万元", R(400000, "at_least", "元", 0, 7, "40万")),
        ("1000余万元", R(10000000, "more_than", "元", 0, 7, "1000余万")),
        ("91.75%", R(91.75, "exact", "%", 0, 6, "91.75")),
        ("40余万", R(400000, "more_than", "", 0, 4, "40余万")),
        ("1.2万人", R(12000, "exact", "人", 0, 5, "1.2万")),
        ("2期", R(2, "exact", "期", 0, 2, "2")),
        ("642个", R(642, "exact", "个", 0, 4, "642")),
        ("1000万元", R(10000000, "exact", "元", 0, 6, "1000万")),
        ("925人次", R(925, "exact", "人次", 0, 5, "925")),
        ("42批次", R(42, "exact", "批次", 0, 4, "42")),
        ("51件次", R(51, "exact", "件次", 0, 4, "51")),
        ("12380", R(12380, "exact", "", 0, 5, "12380")),
        # Chinese numerals
        ("八百余名", R(800, "more_than", "名", 0, 4, "八百", "chinese")),
        ("三千余人", R(3000, "more_than", "人", 0, 4, "三千", "chinese")),
        ("两千万元", R(20000000, "exact", "元", 0, 4, "两千万", "chinese")),
        ("3万5千元", R(35000, "exact", "元", 0, 5, "3万5千")),
        ("2千400多家", R(2400, "more_than", "家", 0, 7, "2千400")),
        ("85萬6千筆", R(856000, "exact", "筆", 0, 6, "85萬6千")),
        ("近百个", R(100, "nearly", "个", 0, 3, "百", "chinese")),
        ("十九", R(19, "exact", "", 0, 2, "十九", "chinese")),
        ("一百零五", R(105, "exact", "", 0, 4, "一百零五", "chinese")),
        ("一千零五十", R(1050, "exact", "", 0, 5, "一千零五十", "chinese")),
        ("〇", R(0, "exact", "", 0, 1, "〇", "chinese")),
        ("零", R(0, "exact", "", 0, 1, "零", "chinese")),
        ("二〇一七年", R(2017, "exact", "年", 0, 5, "二〇一七", "chinese")),
        ("十九大", R(19, "exact", "大", 0, 3, "十九", "chinese")),
        ("三万五", R(35000, "exact", "", 0, 3, "三万五", "chinese")),
        ("一百五十万", R(1500000, "exact", "", 0, 5, "一百五十万", "chinese")),
        ("1亿2000万", R(120000000, "exact", "", 0, 7, "1亿2000万")),
        ("1万亿元", R(10**12, "exact", "元", 0, 4, "1万亿")),
        ("3.5亿元", R(350000000, "exact", "元", 0, 5, "3.5亿")),
        ("两萬元", R(20000, "exact", "元", 0, 3, "两萬", "chinese")),
        ("壹万贰仟元", R(12000, "exact", "元", 0, 5, "壹万贰仟", "chinese")),
        # separators, decimals, full width
        ("2,300人", R(2300, "exact", "人", 0, 6, "2,300")),
        ("2，300人", R(2300, "exact", "人", 0, 6, "2，300")),
        ("1,234,567.5元", R(1234567.5, "exact", "元", 0, 12, "1,234,567.5")),
        ("4.03％", R(4.03, "exact", "%", 0, 5, "4.03")),
        ("３．５万余次", R(35000, "more_than", "次", 0, 6, "３．５万")),
        ("４．０３％", R(4.03, "exact", "%", 0, 5, "４．０３")),
        ("２，３００人", R(2300, "exact", "人", 0, 6, "２，３００")),
        ("百分之九十", R(90, "exact", "%", 0, 5, "九十", "chinese")),
        # ranges and colloquial forms
        ("三四个", R(3, "about", "个", 0, 3, "三四", "chinese")),
        ("十五六岁", R(15, "about", "岁", 0, 4, "十五六", "chinese")),
        ("十几个", R(10, "more_than", "个", 0, 3, "十", "chinese")),
        ("几十万人", R(100000, "more_than", "人", 0, 4, "十万", "chinese")),
        ("两个多月", R(2, "more_than", "个月", 0, 4, "两", "chinese")),
        ("一年多", R(1, "more_than", "年", 0, 3, "一", "chinese")),
        # units: longest match, Traditional, units that start with a numeral character
        ("3场", R(3, "exact", "场", 0, 2, "3")),
        ("3場次", R(3, "exact", "場次", 0, 3, "3")),
        ("5億元", R(500000000, "exact", "元", 0, 3, "5億")),
        ("5萬元", R(50000, "exact", "元", 0, 3, "5萬")),
        ("5千米", R(5, "exact", "千米", 0, 3, "5")),
        ("120万千瓦", R(1200000, "exact", "千瓦", 0, 6, "120万")),
        ("3个百分点", R(3, "exact", "个百分点", 0, 5, "3")),
        ("6.5‰", R(6.5, "exact", "‰", 0, 4, "6.5")),
        ("3万人次", R(30000, "exact", "人次", 0, 4, "3万")),
        ("16架", R(16, "exact", "架", 0, 3, "16")),
        ("91艘", R(91, "exact", "艘", 0, 3, "91")),
        ("103案", R(103, "exact", "案", 0, 4, "103")),
        # 成 (tenths) and 折 (tenths of the price) only where they end the word
        ("超過兩成", R(2, "more_than", "成", 0, 4, "兩", "chinese")),
        ("7折", R(7, "exact", "折", 0, 2, "7")),
        ("一成不变", R(1, "exact", "", 0, 1, "一", "chinese")),
        ("5折合", R(5, "exact", "", 0, 1, "5")),
        # a stray space before the percent sign
        ("3.9 ％", R(3.9, "exact", "%", 0, 5, "3.9")),
        ("3.9 %", R(3.9, "exact", "%", 0, 5, "3.9")),
        ("3.9  %", R(3.9, "exact", "", 0, 3, "3.9")),
    ],
)
def test_read_quantity(quote, expected):
    assert read_quantity(quote) == expected


@pytest.mark.parametrize(
    "quote,approx",
    [
        ("近3000人", "nearly"),
        ("将近3000人", "nearly"),
        ("接近3000人", "nearly"),
        ("约3000人", "about"),
        ("大约3000人", "about"),
        ("3000人左右", "about"),
        ("不低于3人", "at_least"),
        ("不少于3人", "at_least"),
        ("至少3人", "at_least"),
        ("3人以上", "at_least"),
        ("3人及以上", "at_least"),
        ("超过3人", "more_than"),
        ("超3人", "more_than"),
        ("逾3人", "more_than"),
        ("3余人", "more_than"),
        ("3多人", "more_than"),
        ("不到3人", "less_than"),
        ("不足3人", "less_than"),
        ("少于3人", "less_than"),
        ("3人以下", "at_most"),
        ("3人以内", "at_most"),
        ("不超过3人", "at_most"),
        ("百分之九十以上", "at_least"),
        ("近百分之九十", "nearly"),
    ],
)
def test_qualifiers_are_in_the_span(quote, approx):
    reading = read_quantity(quote)
    assert (reading.approx, reading.start, reading.end) == (approx, 0, len(quote))


def test_qualifier_before_wins_over_the_one_after():
    assert read_quantity("超过300余人").approx == "more_than"
    assert read_quantity("近300人以上").approx == "nearly"
    assert read_quantity("300余人以上").approx == "more_than"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("最近3年", [("3年", "exact")]),
        ("近3年来", [("3年", "exact")]),  # "the past three years"
        ("历时近3年", [("近3年", "nearly")]),
        ("预约3000人次", [("3000人次", "exact")]),
        ("一年多次", [("一年", "exact")]),  # 多次 = "many times"
        ("余额3元", [("3元", "exact")]),
        ("2017年余额", [("2017年", "exact")]),
        ("人数十余人", [("十余人", "more_than")]),  # 数 of 人数 is no qualifier
    ],
)
def test_qualifier_look_alikes(text, expected):
    assert [(text[r.start : r.end], r.approx) for r in find_numbers(text)] == expected


# --- running text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "县处级以上",
        "一起",
        "四季镇",
        "在一起",
        "统一",
        "同一",
        "唯一",
        "一线",
        "一些",
        "一切",
        "一直",
        "一定",
        "一样",
        "一般",
        "一致",
        "一体",
        "一道",
        "一同",
        "一举",
        "一律",
        "一贯",
        "一再",
        "一旦",
        "之一",
        "万一",
        "千万不要",
        "一流",
        "专一",
        "一心",
        "一路",
        "一边",
        "一系列",
        "万众一心",
        "百姓",
        "千方百计",
        "三秦",
        "九州",
        "十分重要",
        "一带一路",
        "这一年",
        "这一问题",
        "一次性",
        "破零",
        "队伍",
        "大陆",
        "進一步",
        "這一年",
        "統一",
        "千萬不要",
        "万万没想到",
        "○",
        "收拾",
    ],
)
def test_words_that_are_not_numbers(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("三十一起案件", ["三十一起"]),  # 起 is a measure word after a numeral
        ("这一千元", ["一千元"]),
        ("两千万元", ["两千万元"]),
        ("千万元", ["千万元"]),
        ("十分钟", ["十分钟"]),
        ("三分之一", ["三分之一"]),  # a fraction is one reading
        ("第一时间", ["第一"]),
        ("第一线", ["第一"]),  # an ordinal is always found
        ("第3期", ["第3"]),  # ordinals take no unit
        ("四季度", ["四季度"]),
        ("2017年4月", ["2017年", "4月"]),
        ("“12380”系统", ["12380"]),
        ("两学一做", ["两", "一"]),
        ("三会一课", ["三", "一"]),
        ("又一次成功实践", ["一次"]),
        ("新的一年", ["一年"]),
        ("十一五规划", ["十一", "五"]),
        ("12,3456", ["12", "3456"]),  # not a thousands separator: the group has 4 digits
        ("10期,实行", ["10期"]),  # the seed uses ',' as a clause comma
        ("經費約新臺幣300億元，", ["約新臺幣300億元"]),  # the qualifier stands before the currency
        ("出超310億美元", ["310億美元"]),  # 出超 (a trade surplus) is no 超 (more than)
        ("容量達13.4GW，", ["13.4GW"]),
        ("PM2.5浓度31微克/立方米", ["2.5", "31微克/立方米"]),
        ("上漲180.45點", ["180.45點"]),
    ],
)
def test_running_text(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("投资额占全市的三分之一。", [("三分之一", 0.333333, "分之", "exact")]),
        ("近三分之二的村", [("近三分之二", 0.666667, "分之", "nearly")]),
        ("纳入省级盘子1/3以上", [("1/3以上", 0.333333, "", "at_least")]),
        ("超过一半的项目", [("超过一半", 0.5, "分之", "more_than")]),
        ("千分之三", [("千分之三", 3, "‰", "exact")]),
        ("百分之九十", [("百分之九十", 90, "%", "exact")]),
        ("三成多", [("三成多", 3, "成", "more_than")]),
        # no fraction: a larger number over a smaller one, dates, paths, 一半 inside a numeral
        ("10/1", [("10", 10, "", "exact"), ("1", 1, "", "exact")]),
        ("2023/10/1", [("2023", 2023, "", "exact"), ("10", 10, "", "exact"), ("1", 1, "", "exact")]),
        ("十一半", [("十一", 11, "", "exact")]),
        # tenths with a digit after 成, Chinese decimals after 百分之 (Hong Kong releases)
        ("成交值的4成5。", [("4成5", 4.5, "成", "exact")]),
        ("三成五的人", [("三成五", 3.5, "成", "exact")]),
        ("4成，5个", [("4成", 4, "成", "exact"), ("5个", 5, "个", "exact")]),
        ("增至百分之五點二", [("百分之五點二", 5.2, "%", "exact")]),
        ("升至百分之一點八，", [("百分之一點八", 1.8, "%", "exact")]),
        ("有一点意见", []),
        ("約七成半的旅客", [("約七成半", 7.5, "成", "about")]),
        ("上升三點四個百分點", [("三點四個百分點", 3.4, "個百分點", "exact")]),
        ("上升十三點一個百分點", [("十三點一個百分點", 13.1, "個百分點", "exact")]),
        ("三点意见", [("三点", 3, "点", "exact")]),
        # below zero, 约为, within (内), half a unit of time as a duration
        ("温度零下196摄氏度", [("零下196摄氏度", -196, "摄氏度", "exact")]),
        ("總額约为1,200億元", [("约为1,200億元", 120000000000, "元", "about")]),
        ("須在1小時內通報", [("1小時內", 1, "小時", "at_most")]),
        ("花了半年時間", [("半年", 0.5, "年", "exact")]),
        ("發放額外半個月的標準金額", [("半個月", 0.5, "個月", "exact")]),
        ("站了半个小时", [("半个小时", 0.5, "个小时", "exact")]),
        ("上半年增长5.3%", [("5.3%", 5.3, "%", "exact")]),
        ("针对半年內连续失业的青年", []),
        # colloquial: 来 (about), 大半 (more than half), N个半, 里, 百帕
        ("每年就能省下二十来万", [("二十来万", 200000, "", "about")]),
        ("每只能卖到两千来块", [("两千来块", 2000, "块", "about")]),
        ("大半年都睡不踏实", [("大半年", 0.5, "年", "more_than")]),
        ("以前坐公交要一个半小时", [("一个半小时", 1.5, "个小时", "exact")]),
        ("得去两三里外的山沟", [("两三里", 2, "里", "about")]),
        ("中心氣壓955百帕", [("955百帕", 955, "百帕", "exact")]),
        ("登上万里长城", []),
        ("近年来，以来，后来", []),
    ],
)
def test_fractions_shares_and_numbers_in_words(text, expected):
    assert [(text[r.start : r.end], r.value, r.unit, r.approx) for r in find_numbers(text)] == expected


def test_ordinal_reading():
    assert find_numbers("第一时间") == [R(1, "exact", "", 0, 2, "一", "chinese")]


def test_paragraph_on_study_and_training():
    text = paragraph("把学习贯彻")
    assert quotes(text) == ["十九大", "第一", "十九大", "200场次", "近3000场次", "10期", "十九大"]


def test_paragraph_on_party_life():
    text = paragraph("为了筑牢")
    assert [(text[r.start : r.end], r.value, r.approx, r.unit) for r in find_numbers(text)] == [
        ("两", 2, "exact", ""),
        ("一", 1, "exact", ""),
        ("五", 5, "exact", ""),
        ("800余名", 800, "more_than", "名"),
        ("642个", 642, "exact", "个"),
        ("5378个", 5378, "exact", "个"),
        ("三", 3, "exact", ""),
        ("一", 1, "exact", ""),
        ("1183次", 1183, "exact", "次"),
        ("3.5万余次", 35000, "more_than", "次"),
        ("4114个", 4114, "exact", "个"),
        ("一次", 1, "exact", "次"),
        ("405份", 405, "exact", "份"),
        ("5665个", 5665, "exact", "个"),
    ]


def test_paragraph_on_poverty_work():
    text = paragraph("把坚决打赢")
    assert quotes(text) == [
        "8名",
        "9名",
        "115人",
        "四支",
        "1153个",
        "1.2万人",
        "三",
        "527个",
        "192个",
        "1860个",
        "26个",
        "136家",
        "40余万",
        "203个",
        "2100余例",
        "734户",
    ]


def test_paragraph_on_funding():
    text = paragraph("安康坚持把真金白银")
    assert [(text[r.start : r.end], r.value, r.approx, r.unit) for r in find_numbers(text)] == [
        ("不低于5000元", 5000, "at_least", "元"),
        ("两", 2, "exact", ""),
        ("不低于100元", 100, "at_least", "元"),
        ("两", 2, "exact", ""),
        ("不低于40万元", 400000, "at_least", "元"),
    ]


def test_paragraph_with_the_town_sijizhen():
    text = paragraph("岚皋县四季镇")
    assert quotes(text) == ["6家", "4个", "60%"]


SEED_QUOTES = [
    "2017年",
    "2017年",
    "一份",
    "四个",
    "四个",
    "十九大",
    "第一",
    "十九大",
    "200场次",
    "近3000场次",
    "10期",
    "十九大",
    "十九大",
    "两",
    "一",
    "五",
    "800余名",
    "642个",
    "5378个",
    "三",
    "一",
    "1183次",
    "3.5万余次",
    "4114个",
    "一次",
    "405份",
    "5665个",
    "2期",
    "4期",
    "16期",
    "2期",
    "2期",
    "169名",
    "7个",
    "三项",
    "2017年",
    "4月",
    "三项",
    "一个",
    "2017年",
    "五个",
    "两个",
    "三项",
    "11项",
    "三项",
    "三项",
    "499人",
    "88人",
    "105人",
    "132名",
    "434名",
    "762名",
    "18名",
    "973名",
    "120名",
    "103名",
    "8名",
    "42批次",
    "925人次",
    "22名",
    "12380",
    "51件次",
    "六大",
    "8名",
    "9名",
    "115人",
    "四支",
    "1153个",
    "1.2万人",
    "三",
    "527个",
    "192个",
    "1860个",
    "26个",
    "136家",
    "40余万",
    "203个",
    "2100余例",
    "734户",
    "6家",
    "4个",
    "60%",
    "2017年",
    "六",
    "六",
    "千村",
    "万村",
    "45个",
    "122个",
    "五",
    "142个",
    "29个",
    "五",
    "46个",
    "96个",
    "6所",
    "1000余万元",
    "7个",
    "98个",
    "91.75%",
    "89.9%",
    "五大",
    "不低于5000元",
    "两",
    "不低于100元",
    "两",
    "不低于40万元",
    "2017年",
    "4月",
    "一次",
    "20余份",
    "1000万元",
    "8个",
    "2017年",
    "300套",
    "4名",
    "4镇",
    "3年",
    "100余人",
    "2017年",
    "288人",
    "两",
    "3人",
    "248人",
    "7大",
    "6大",
    "24家",
    "2017年",
    "3个",
    "2个",
    "7个",
    "4个",
    "2个",
    "一年",
    "十九大",
]


def test_whole_seed():
    assert quotes(SOURCE) == SEED_QUOTES
    assert len(SEED_QUOTES) == 135


def test_seed_readings_are_ordered_disjoint_and_reread_alike():
    readings = find_numbers(SOURCE)
    for before, after in zip(readings, readings[1:]):
        assert before.end <= after.start
    for r in readings:
        alone = read_quantity(SOURCE[r.start : r.end])
        assert alone == Reading(r.value, r.approx, r.unit, 0, r.end - r.start, r.numeral, r.kind)


def test_traditional_seed_reads_the_same():
    opencc = pytest.importorskip("opencc")
    simplified = find_numbers(SOURCE)
    for config in ("s2tw.json", "s2hk.json", "s2t.json"):
        converted = opencc.OpenCC(config).convert(SOURCE)
        assert len(converted) == len(SOURCE)
        assert [(r.value, r.approx, r.start, r.end) for r in find_numbers(converted)] == [
            (r.value, r.approx, r.start, r.end) for r in simplified
        ]


def test_fullwidth_text_reads_like_halfwidth():
    half = "投入1000余万元,覆盖率达91.75%,配备队员1.2万人"
    full = half.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))
    assert [(r.value, r.approx, r.unit, r.start, r.end) for r in find_numbers(full)] == [
        (r.value, r.approx, r.unit, r.start, r.end) for r in find_numbers(half)
    ]


def test_values_are_int_when_integral():
    assert type(read_quantity("3.5万").value) is int
    assert type(read_quantity("3.0").value) is int
    assert type(read_quantity("91.75%").value) is float


# --- format_zh ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,expected",
    [
        ((35000, "more_than", "次"), "3.5万余次"),
        ((10000000, "more_than", "元"), "1000万余元"),
        ((3000, "nearly", "场次"), "近3000场次"),
        ((400000, "at_least", "元"), "不低于40万元"),
        ((91.75, "exact", "%"), "91.75%"),
        ((800, "more_than", "名"), "800余名"),
        ((7, "more_than", "个"), "超过7个"),
        ((120000000, "about", "元"), "约1.2亿元"),
        ((12345, "at_most", "人"), "不超过12345人"),
        ((3, "less_than", ""), "不到3"),
        ((12000.0, "exact", "人"), "1.2万人"),
    ],
)
def test_format_zh(args, expected):
    assert format_zh(*args) == expected
    reading = read_quantity(expected)
    assert (reading.value, reading.approx, reading.unit, reading.end) == (args[0], args[1], args[2], len(expected))


@pytest.mark.parametrize(
    "args,error",
    [
        ((math.nan, "exact", ""), ValueError),
        ((math.inf, "exact", ""), ValueError),
        ((1, "roughly", ""), ValueError),
        ((True, "exact", ""), TypeError),
        (("3", "exact", ""), TypeError),
    ],
)
def test_format_zh_refuses(args, error):
    with pytest.raises(error):
        format_zh(*args)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("人口自然增长率为-1.44‰", ("-1.44‰", -1.44, "‰")),
        ("增长-2.5%，", ("-2.5%", -2.5, "%")),
        ("（-3.2%）", ("-3.2%", -3.2, "%")),
        ("3-5年", ("3", 3, "")),  # a range, not a minus
        ("F-16", ("16", 16, "")),  # a name
        ("表1-3", ("1", 1, "")),
    ],
)
def test_a_minus_sign_makes_a_negative_reading(text, expected):
    first = find_numbers(text)[0]
    assert (text[first.start : first.end], first.value, first.unit) == expected
    if first.value < 0:
        assert format_zh(first.value, first.approx, first.unit) == expected[0]


# --- properties ---------------------------------------------------------------------------

NUMERAL_ALPHABET = (
    "0123456789,.，．０１２３〇○零一二两三四五六七八九十百千万亿兆萬億壹伍陆拾余多几数第近约超不低于"
    "以上下内左右个人次场元%％分之百米瓦点年月起来之一统队伍"
)


def check_invariants(text, readings):
    last = 0
    for r in readings:
        assert last <= r.start < r.end <= len(text)
        assert r.approx in APPROX and r.kind in ("arabic", "chinese", "fraction")
        assert r.numeral and r.numeral in text[r.start : r.end]
        assert isinstance(r.value, (int, float)) and not isinstance(r.value, bool)
        last = r.end


@settings(max_examples=300)
@given(st.text())
def test_reader_never_raises_on_any_text(text):
    check_invariants(text, find_numbers(text))
    read_quantity(text)


@settings(max_examples=500)
@given(st.text(alphabet=NUMERAL_ALPHABET, max_size=30))
def test_reader_never_raises_on_numeral_soup(text):
    check_invariants(text, find_numbers(text))


@settings(max_examples=300)
@given(st.text(alphabet=NUMERAL_ALPHABET, max_size=12), st.text(alphabet=NUMERAL_ALPHABET, max_size=12))
def test_concatenation_never_merges_spans_backwards(a, b):
    readings = find_numbers(a + "。" + b)
    check_invariants(a + "。" + b, readings)


values = st.one_of(
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=1, max_value=10**6).map(lambda n: n * 100),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(float),
)


@settings(max_examples=500)
@given(values, st.sampled_from(APPROX), st.sampled_from(("",) + UNITS))
def test_format_zh_round_trips(value, approx, unit):
    quote = format_zh(value, approx, unit)
    reading = read_quantity(quote)
    assert reading is not None, quote
    assert float(reading.value) == float(value), quote
    assert (reading.approx, reading.unit, reading.start, reading.end) == (
        approx,
        "%" if unit == "％" else unit,
        0,
        len(quote),
    ), quote
    assert len(find_numbers(quote)) == 1


@given(values, st.sampled_from(APPROX), st.sampled_from(("", "人", "元", "%", "场次")))
def test_format_zh_round_trips_inside_a_sentence(value, approx, unit):
    quote = format_zh(value, approx, unit)
    text = f"全市共有{quote},同比增长。"
    (reading,) = find_numbers(text)
    assert text[reading.start : reading.end] == quote
