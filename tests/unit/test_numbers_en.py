"""Unit tests for the English side (zhpress.numbers.en): formatting figures and finding numbers."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhpress.numbers.en import EnglishNumber, english_value, figure_en, find_english_numbers, format_en
from zhpress.numbers.zh import APPROX


def found(text):
    return [(n.text, n.value, n.approx) for n in find_english_numbers(text)]


@pytest.mark.parametrize(
    "args,expected",
    [
        ((35000, "more_than"), "more than 35,000"),
        ((12000, "exact"), "12,000"),
        ((10000000, "more_than", "yuan"), "more than 10 million yuan"),
        ((400000, "more_than"), "more than 400,000"),
        ((91.75, "exact", "%"), "91.75%"),
        ((3000, "nearly"), "nearly 3,000"),
        ((1200000, "exact"), "1.2 million"),
        ((1230000000, "about", "yuan"), "about 1.23 billion yuan"),
        ((1234567, "exact"), "1,234,567"),
        ((400000, "at_least", "yuan"), "at least 400,000 yuan"),
        ((3, "less_than"), "less than 3"),
        ((5, "at_most", "people"), "no more than 5 people"),
        ((1234.5, "exact"), "1,234.5"),
        ((35000.0, "exact"), "35,000"),
        ((10**15, "exact"), "1,000,000 billion"),
    ],
)
def test_format_en(args, expected):
    assert format_en(*args) == expected


@pytest.mark.parametrize(
    "args,error",
    [
        ((math.nan, "exact"), ValueError),
        ((1, "roughly"), ValueError),
        ((False, "exact"), TypeError),
        (("12", "exact"), TypeError),
    ],
)
def test_format_en_refuses(args, error):
    with pytest.raises(error):
        format_en(*args)


def test_negative_numbers_are_written_and_read_with_their_sign():
    assert format_en(-1.44, "exact", "‰") == "-1.44‰"
    found = find_english_numbers("a natural growth rate of -1.44‰, 3-5 years and (-2%)")
    assert [(n.value, n.text) for n in found] == [(-1.44, "-1.44"), (3, "3"), (5, "5"), (-2, "-2%")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("more than 35,000", [("more than 35,000", 35000, "more_than")]),
        ("12,000", [("12,000", 12000, "exact")]),
        ("over 10 million yuan", [("over 10 million", 10000000, "more_than")]),
        ("more than 400,000", [("more than 400,000", 400000, "more_than")]),
        ("91.75%", [("91.75%", 91.75, "exact")]),
        ("nearly 3,000", [("nearly 3,000", 3000, "nearly")]),
        ("eight", [("eight", 8, "exact")]),
        ("two", [("two", 2, "exact")]),
        ("1.2 million", [("1.2 million", 1200000, "exact")]),
        ("3 thousand", [("3 thousand", 3000, "exact")]),
        ("1,234.5", [("1,234.5", 1234.5, "exact")]),
        ("12380", [("12380", 12380, "exact")]),
        ("twenty-one", [("twenty-one", 21, "exact")]),
        ("twenty one", [("twenty one", 21, "exact")]),
        ("one hundred and five", [("one hundred and five", 105, "exact")]),
        ("two thousand four hundred", [("two thousand four hundred", 2400, "exact")]),
        ("a hundred", [("a hundred", 100, "exact")]),
        ("a million", [("a million", 1000000, "exact")]),
        ("forty thousand", [("forty thousand", 40000, "exact")]),
        ("zero", [("zero", 0, "exact")]),
        ("12 percent", [("12 percent", 12, "exact")]),
        ("12 per cent", [("12 per cent", 12, "exact")]),
        ("4.03 %", [("4.03 %", 4.03, "exact")]),
    ],
)
def test_find_english_numbers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "qualifier,approx",
    [
        ("more than", "more_than"),
        ("over", "more_than"),
        ("upwards of", "more_than"),
        ("in excess of", "more_than"),
        ("nearly", "nearly"),
        ("almost", "nearly"),
        ("close to", "nearly"),
        ("about", "about"),
        ("around", "about"),
        ("some", "about"),
        ("roughly", "about"),
        ("approximately", "about"),
        ("at least", "at_least"),
        ("no less than", "at_least"),
        ("not less than", "at_least"),
        ("no fewer than", "at_least"),
        ("fewer than", "less_than"),
        ("less than", "less_than"),
        ("under", "less_than"),
        ("below", "less_than"),
        ("at most", "at_most"),
        ("no more than", "at_most"),
        ("not more than", "at_most"),
        ("up to", "at_most"),
        ("More than", "more_than"),
        ("Nearly", "nearly"),
    ],
)
def test_qualifiers(qualifier, approx):
    text = f"The city trained {qualifier} 3,000 cadres."
    (number,) = find_english_numbers(text)
    assert (number.value, number.approx, number.text) == (3000, approx, f"{qualifier} 3,000")
    assert text[number.start : number.end] == number.text


@pytest.mark.parametrize(
    "text",
    [
        "the 19th National Congress",
        "the 2nd batch",
        "the first time",
        "twenty-first century",
        "no one knows",
        "one another",
        "one's duty",
        "thousands of people",
        "hundreds of meetings",
        "someone",
        "anyone",
        "a few",
        "Twice a year",
        "",
    ],
)
def test_not_numbers(text):
    assert find_english_numbers(text) == []


@pytest.mark.parametrize(
    "text,years",
    [
        ("in 2017", [True]),
        ("2017's achievements", [True]),
        ("In 2017, the city", [True]),
        ("since 2015", [True]),
        ("by the end of 2017", [True]),
        ("April 2017", [True]),
        ("mid-2017", [True]),
        ("between 2016 and 2017", [True, True]),
        ("2016-2017", [True, True]),
        ("the 1990s", [True]),
        ("2017 people", [False]),
        ("a total of 2017 cases", [False]),
        ("more than 2017 cadres", [False]),
        ("2,017 cadres", [False]),
        ("in 2300", [False]),
        ("in 1,200 villages", [False]),
    ],
)
def test_years(text, years):
    assert [n.is_year for n in find_english_numbers(text)] == years


def test_percent_flag():
    numbers = find_english_numbers("coverage reached 91.75% and 89.9 percent, in 2017")
    assert [(n.value, n.is_percent, n.is_year) for n in numbers] == [
        (91.75, True, False),
        (89.9, True, False),
        (2017, False, True),
    ]


def test_sentence_of_a_translation():
    text = (
        'More than 35,000 "theme Party day" activities were held, and 4,114 Party branches adopted '
        "a points system. Over 10 million yuan was invested; coverage reached 91.75% and 89.9%. "
        "Nearly 3,000 lectures, eight seminars and two classes; 1.2 million people; in 2017."
    )
    assert [(n.text, n.value, n.approx, n.is_year, n.is_percent) for n in find_english_numbers(text)] == [
        ("More than 35,000", 35000, "more_than", False, False),
        ("4,114", 4114, "exact", False, False),
        ("Over 10 million", 10000000, "more_than", False, False),
        ("91.75%", 91.75, "exact", False, True),
        ("89.9%", 89.9, "exact", False, True),
        ("Nearly 3,000", 3000, "nearly", False, False),
        ("eight", 8, "exact", False, False),
        ("two", 2, "exact", False, False),
        ("1.2 million", 1200000, "exact", False, False),
        ("2017", 2017, "exact", True, False),
    ]
    for n in find_english_numbers(text):
        assert text[n.start : n.end] == n.text


def test_two_numbers_next_to_each_other_stay_apart():
    assert found("2017 12,000") == [("2017", 2017, "exact"), ("12,000", 12000, "exact")]
    assert found("two three") == [("two", 2, "exact"), ("three", 3, "exact")]
    assert found("12,3456") == [("12", 12, "exact"), ("3456", 3456, "exact")]


# --- properties ---------------------------------------------------------------------------


def check_invariants(text, numbers):
    last = 0
    for n in numbers:
        assert isinstance(n, EnglishNumber)
        assert last <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text and n.approx in APPROX
        assert isinstance(n.value, (int, float)) and not isinstance(n.value, bool)
        last = n.end


@settings(max_examples=300)
@given(st.text())
def test_finder_never_raises_on_any_text(text):
    check_invariants(text, find_english_numbers(text))


WORDS = st.sampled_from(
    "one two twenty thirty-five hundred thousand million billion and a an % percent per cent "
    "more than over nearly about at least up to no in 2017 's 1,200 3.5 0 19th first".split()
)


@settings(max_examples=500)
@given(st.lists(WORDS, max_size=12), st.sampled_from([" ", "-", ", ", "  ", ""]))
def test_finder_never_raises_on_number_words(words, sep):
    text = sep.join(words)
    check_invariants(text, find_english_numbers(text))


values = st.one_of(
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=1, max_value=10**6).map(lambda n: n * 10000),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(float),
)


@settings(max_examples=500)
@given(values, st.sampled_from(APPROX), st.sampled_from(["", "yuan", "people", "%"]))
def test_format_en_round_trips(value, approx, unit):
    text = format_en(value, approx, unit)
    (number,) = find_english_numbers(f"They counted {text} in total.")
    assert float(number.value) == float(value), text
    assert number.approx == approx and number.is_percent == (unit == "%"), text
    assert not number.is_year


@pytest.mark.parametrize(
    "value,approx,unit,expected",
    [
        (35000, "more_than", "次", "more than 35,000"),  # count words are carried by the label
        (10000000, "more_than", "元", "more than 10 million yuan"),
        (91.75, "exact", "%", "91.75%"),
        (7.35, "exact", "‰", "7.35‰"),
        (1.1, "exact", "个百分点", "1.1 percentage points"),
        (2, "more_than", "成", "more than 20%"),  # 超过两成
        (2.5, "exact", "成", "25%"),
        (7, "exact", "折", "70% of the price"),  # 7折
        (0.333333, "exact", "分之", "one third"),  # 三分之一
        (0.5, "more_than", "分之", "more than half"),  # 超过一半
        (0.2, "at_least", "分之", "at least 1/5"),
        (0.08, "exact", "", "0.08"),  # a plain decimal is no fraction
    ],
)
def test_figure_en(value, approx, unit, expected):
    assert figure_en(value, approx, unit) == expected


@pytest.mark.parametrize("unit", ["", "%", "元", "成", "折", "人", "个百分点"])
def test_figure_en_reads_back_as_its_english_value(unit):
    (number,) = find_english_numbers(f"It came to {figure_en(3, 'more_than', unit)} last year.")
    assert (number.value, number.approx) == (english_value(3, unit), "more_than")
