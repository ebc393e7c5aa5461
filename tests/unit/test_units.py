"""The unit lexicon (zhpress/numbers/units.yaml) against the Chinese number reader: every unit is read
whole after a numeral, and the quote of a figure runs to the end of its unit."""

from importlib import resources

import pytest
import yaml

from zhpress.numbers.zh import UNITS, find_numbers

LEXICON = yaml.safe_load(resources.files("zhpress.numbers").joinpath("units.yaml").read_text(encoding="utf-8"))
ENTRIES = sorted({u for key, words in LEXICON.items() if key != "not_before" for u in str(words).split()})


def readings(text: str) -> list[tuple[str, float, str, str]]:
    return [(text[r.start : r.end], r.value, r.unit, r.approx) for r in find_numbers(text)]


def test_the_reader_uses_the_lexicon():
    assert set(ENTRIES) == set(UNITS)
    assert len(ENTRIES) > 200
    assert all(unit in UNITS for unit in LEXICON["not_before"])


@pytest.mark.parametrize("unit", ENTRIES)
def test_every_unit_is_read_whole_after_a_numeral(unit):
    text = f"全年共计36{unit}，同比增长"
    expected = "%" if unit == "％" else unit
    assert readings(text) == [(f"36{unit}", 36, expected, "exact")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("种植超3000棵树", ("超3000棵", 3000, "棵", "more_than")),
        ("建成500多座桥梁", ("500多座", 500, "座", "more_than")),
        ("新装路灯2000多盏", ("2000多盏", 2000, "盏", "more_than")),
        ("更换路燈1000余盞，", ("1000余盞", 1000, "盞", "more_than")),
        ("货物周转量1.2万吨公里", ("1.2万吨公里", 12000, "吨公里", "exact")),
        ("旅客周转量35亿人公里", ("35亿人公里", 3500000000, "人公里", "exact")),
        ("入库流量3.5立方米每秒", ("3.5立方米每秒", 3.5, "立方米每秒", "exact")),
        ("装机容量100兆瓦", ("100兆瓦", 100, "兆瓦", "exact")),
        ("发电量50万千瓦时", ("50万千瓦时", 500000, "千瓦时", "exact")),
        ("建成500千伏变电站", ("500千伏", 500, "千伏", "exact")),
        ("起降航班2万架次", ("2万架次", 20000, "架次", "exact")),
        ("接待游客120万人次", ("120万人次", 1200000, "人次", "exact")),
        ("开行旅客列车300车次", ("300车次", 300, "车次", "exact")),
        ("加密航班40班次", ("40班次", 40, "班次", "exact")),
        ("全台有6縣市停班", ("6縣市", 6, "縣市", "exact")),
        ("氣溫飆到攝氏32度，", ("攝氏32度", 32, "攝氏度", "exact")),
        ("气温约摄氏5度", ("约摄氏5度", 5, "摄氏度", "about")),
        ("45岁及以下的青年", ("45岁及以下", 45, "岁", "at_most")),
        ("国内线航班共取消86班；", ("86班", 86, "班", "exact")),
        ("接近1/3的人口", ("接近1/3", 0.333333, "", "nearly")),
    ],
)
def test_quotes_run_to_the_end_of_the_unit(text, expected):
    assert readings(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["他一成不变地坚持", "折合人民币", "三口之家", "三门峡市", "三班倒的工人"],
)
def test_a_unit_that_starts_a_longer_word_is_no_unit_there(text):
    assert all(unit == "" for _, _, unit, _ in readings(text))
