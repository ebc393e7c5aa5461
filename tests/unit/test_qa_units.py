"""Unit-aware number QA: an English number matches a figure only with a compatible unit."""

import pytest

from zhpress.numbers.en import find_english_numbers
from zhpress.translations.units import compatible, english_kind, figure_kind

from .translation_helpers import EN, edit, line_of, qa


def test_a_percentage_does_not_match_a_count_of_the_same_number(data_copy):
    path = data_copy / EN / "summary.md"
    edit(path, "as 60% of its households", "as 6% of its households")
    line = line_of(path, "as 6% of its")
    assert qa(data_copy) == [
        f"{EN}/summary.md:{line}: '6%' is percent, but 6 in ankang-2017/summary is 6家 (count), 6所 (count), "
        "6大 (count) (closest percent figures: 60% (60%, tianping-households-in-tourism); "
        "89.9% (89.9%, social-organisation-coverage))"
    ]


def test_yuan_people_and_counts_are_told_apart(data_copy):
    path = data_copy / EN / "grassroots.md"
    text = path.read_text(encoding="utf-8")
    assert "5,000 yuan" in text
    edit(path, "5,000 yuan", "5,000 people")
    line = line_of(path, "5,000 people")
    assert qa(data_copy) == [
        f"{EN}/grassroots.md:{line}: 'at least 5,000' is people, but 5,000 in ankang-2017/grassroots is "
        "不低于5000元 (money (yuan)) (closest people figures: 115 (115人, poverty-office-staff-added); "
        "9 (9名, section-cadres-seconded))"
    ]
    edit(path, "at least 5,000 people", "at least 5,000")  # the currency dropped: a bare count
    assert [p.split(" (closest")[0] for p in qa(data_copy)] == [
        f"{EN}/grassroots.md:{line}: 'at least 5,000' is count, but 5,000 in ankang-2017/grassroots is "
        "不低于5000元 (money (yuan))"
    ]


@pytest.mark.parametrize("separator", [" ", "\u2009", "\u202f", "\u00a0", ","])
def test_thousands_separators_with_spaces_read_as_one_number(separator):
    numbers = find_english_numbers(f"benefiting more than 400{separator}000 poor people")
    assert [(n.value, n.approx, n.text) for n in numbers] == [(400000, "more_than", f"more than 400{separator}000")]


def test_a_space_separated_number_passes_the_qa(data_copy):
    path = data_copy / EN / "summary.md"
    edit(path, "more than 400,000 poor people", "more than 400\u2009000 poor people")
    assert qa(data_copy) == []


def test_space_separated_groups_need_three_digits_and_one_separator():
    assert [n.value for n in find_english_numbers("In 2017 288 were brought in")] == [2017, 288]
    assert [n.value for n in find_english_numbers("1 000,000")] == [1000, 0]  # one separator throughout


def test_unit_kinds():
    def kind(text):
        return english_kind(text, find_english_numbers(text)[0])

    assert kind("more than 10 million yuan") == "money:yuan"
    assert kind("RMB 5,000") == "money:yuan"
    assert kind("400,000 poor people") == "people"
    assert kind("499 cadres") == "count"
    assert kind("60%") == "percent" and kind("12 per cent") == "percent"
    assert kind("3 percentage points") == "points"
    assert kind("for 3 years") == "time:year"
    assert figure_kind("万元") == "count" and figure_kind("元") == "money:yuan" and figure_kind("名") == "people"
    assert compatible("count", "people") and compatible("people", "") and not compatible("people", "count")
    assert not compatible("percent", "count") and not compatible("count", "money:yuan")


def test_a_section_text_is_checked_against_its_own_figures_and_the_summary_against_all(data_copy):
    talent = data_copy / EN / "talent.md"
    edit(talent, "288 ", "288 (and 499 promoted cadres) ")
    problems = qa(data_copy)
    assert len(problems) == 1 and "number '499' matches no figure of ankang-2017/talent" in problems[0]
    summary = data_copy / EN / "summary.md"
    assert "499 cadres" in summary.read_text(encoding="utf-8")  # the summary may name any figure
