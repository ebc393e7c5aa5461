"""Quotes match at number boundaries only, through an index built once per source."""

from __future__ import annotations

import pytest

from zhpress.figures.model import occurrences
from zhpress.figures.positions import SourceIndex, Spans
from zhpress.figures.renumber import renumber


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("共288人，其中88人。", "88人", [8]),  # not inside 288人
        ("共1,288人，另88人", "88人", [9]),  # not inside a thousands group
        ("共1 288人，另88人", "88人", [9]),  # nor a Hong Kong space-separated one
        ("8.5人和8人", "8人", [5]),  # not the end of a decimal
        ("二十八人与八人", "八人", [5]),  # not inside a Chinese numeral
        ("增长12.5%，增长12%", "12", [10]),  # a quote ending with a digit: not the start of 12.5
        ("12万元和12元", "12", [5]),  # nor of 12万
        ("约88人，88人，188人", "88人", [1, 5]),  # a qualifier before the quote is no number
        ("第18名和8名", "8名", [5]),
        ("１８人和８人", "８人", [4]),  # full-width digits
        ("1,2,3个", "2", [2]),  # a comma between single digits is a list, not thousands
        ("无数字的文本，无数字", "无数字", [0, 7]),  # quotes without a number: every match
        ("88人88人", "88人", [0, 3]),
    ],
)
def test_quotes_match_at_number_boundaries(text, quote, expected):
    assert occurrences(text, quote) == expected


def test_occurrence_numbers_and_lines():
    index = SourceIndex("288人\n88人\n88人")
    assert index.occurrences("88人") == [5, 9]
    assert index.occurrence_of("88人", 9) == 2
    assert index.occurrence_of("88人", 1) is None  # inside 288人
    assert [index.line_of(o) for o in (0, 5, 9)] == [1, 2, 3]


def test_spans_covering():
    spans = Spans([(0, 4, "a"), (2, 3, "b"), (10, 12, "c")])
    assert spans.covering(2, 3) == ["a", "b"]
    assert spans.covering(10, 12) == ["c"]
    assert spans.covering(4, 5) == []


def test_renumber_keeps_the_place_an_occurrence_named():
    source = "第18名干部，抽调8名，再抽8名。"
    figures = "figures:\n  - id: a\n    quote: 8名\n    occurrence: 3  # the last one\n"
    text, unmoved = renumber(figures, source)
    assert text == "figures:\n  - id: a\n    quote: 8名\n    occurrence: 2  # the last one\n"
    assert unmoved == []
    _, unmoved = renumber(figures.replace("occurrence: 3", "occurrence: 1"), source, "f.yaml")
    assert unmoved == ["f.yaml:4: '8名' occurrence 1 stands inside a number"]
