"""Suggested labels: the counted noun phrase next to the number, or empty (a todo), never a fragment."""

import shutil

import pytest

from zhpress.checks import check_article
from zhpress.figures.model import load_figures
from zhpress.figures.suggest import label_for, merge, suggest
from zhpress.numbers.zh import find_numbers
from zhpress.project import load_article

from ..conftest import PROJECT


def label(text: str, quote: str) -> str:
    start = text.index(quote)
    return label_for(text, next(r for r in find_numbers(text) if r.start <= start < r.end))


@pytest.mark.parametrize(
    "text,quote,expected",
    [
        ("全年新增3000家企业，", "3000家", "企业（家）"),
        ("各级党组织开展各类宣讲活动近3000场次。", "近3000场次", "宣讲活动（场次）"),
        ("户籍人口城镇化率54.9%，", "54.9%", "户籍人口城镇化率（%）"),
        ("其中第一产业增加值72.8亿元，", "72.8亿元", "第一产业增加值（元）"),
        ("实现营业收入32亿元", "32亿元", "营业收入（元）"),
        ("全年接待游客120万人次", "120万人次", "接待游客（人次）"),
        # nothing names the count next to the number: no label, rather than a fragment
        ("比上年提高1.5个百分点", "1.5个百分点", ""),
        ("都睡不踏实了大半年", "大半年", ""),
    ],
)
def test_the_label_is_the_counted_noun_phrase_or_empty(text, quote, expected):
    assert label(text, quote) == expected


def test_an_empty_label_is_written_and_checked_as_a_label_to_write(tmp_path):
    folder = tmp_path / "ankang-2017"
    shutil.copytree(PROJECT / "data" / "articles" / "ankang-2017", folder)
    (folder / "figures.yaml").unlink()
    article = load_article(folder)
    added, _ = merge(folder / "figures.yaml", None, article.source, suggest(article))
    empty = [c for c in added if not c.label_zh]
    assert empty and len(empty) < len(added)
    figures = load_figures(folder / "figures.yaml")  # validates
    written = {f.id: f for f in figures.figures}
    assert all(written[c.id].label_zh == "" and written[c.id].label_en == "" for c in empty)
    assert all(not written[c.id].label_en.startswith("(to translate) （") for c in added)
    problems = check_article(load_article(folder))
    todo = [p for p in problems if p.message == "empty label (to write)"]
    assert todo and all(p.severity == "warning" for p in todo)
    assert not [p for p in problems if p.severity == "error"]
