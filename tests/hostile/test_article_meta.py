"""article.yaml is typed and validated as strictly as figures.yaml; messages name `file:line: field`.

Also the line numbers of other YAML problems that used to be reported without one (or at
line 1): an impossible date, a Python tag in a translation's front matter, a list item
that is no mapping, and numbers that are not finite.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from zhpress.errors import DataError
from zhpress.metadata.article import ArticleMeta, load_article_meta
from zhpress.project import load_project

from .helpers import write_project

SOURCE = (
    "安康新建学校综述\n"
    "今年以来，全市新建学校12所，新增学位1.5万个。\n"
    "一、抓好学校建设\n"
    "全年建成学校12所，招聘教师300名。\n"
    "二、抓好教师队伍\n"
    "全年培训教师288人次。\n"
)
META = "data/articles/schools/article.yaml"
FIGURES = "data/articles/schools/figures.yaml"


def project_with(root: Path, lines: str, **kwargs) -> Path:
    """A project whose article.yaml is `lines` followed by the two sections."""
    data = write_project(root, SOURCE, slug="schools", **kwargs)
    path = data / "articles/schools/article.yaml"
    sections = yaml.safe_load(path.read_text(encoding="utf-8"))["sections"]
    text = lines + yaml.safe_dump({"sections": sections}, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return data


def errors(data: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(data)
    return [str(p) for p in info.value.problems]


def test_a_valid_article_yaml_is_typed(in_tmp):
    data = project_with(
        in_tmp,
        "slug: schools\ntitle_en: New schools\npublished: 2018-01-15\nperiod: 2017\npublication: 安康日报\n",
    )
    meta = load_project(data).articles[0].meta
    assert isinstance(meta, ArticleMeta)
    assert (meta.title_en, meta.published, meta.period, meta.publication) == (
        "New schools",
        dt.date(2018, 1, 15),
        "2017",
        "安康日报",
    )
    assert [s.slug for s in meta.sections] == ["s1", "s2"]
    assert meta.section_title_en("s2") == "Section 2"


def test_title_en_null_is_a_todo_not_an_error(in_tmp):
    data = project_with(in_tmp, "slug: schools\ntitle_en: null\n")
    assert load_project(data).articles[0].meta.title_en is None


def test_wrong_types_are_reported_with_their_lines(in_tmp):
    data = project_with(
        in_tmp,
        "slug: schools\n"  # 1
        "title_en: [a, b]\n"  # 2
        "period: {a: b}\n"  # 3
        "published: yesterday\n"  # 4
        "byline_en: 42\n"  # 5
        "script: latin\n"  # 6
        "warnings: oops\n",  # 7
    )
    assert errors(data) == [
        f"{META}:2: title_en: ['a', 'b'] is not one line of text (e.g. title_en: Winter sports reach the schools)",
        f"{META}:3: period: {{'a': 'b'}} is not a year or a one-line text "
        '(e.g. period: 2017, or period: "2017年1-11月")',
        f"{META}:4: published: 'yesterday' is not a date (write the date as YYYY-MM-DD, e.g. published: 2018-01-15)",
        f"{META}:5: byline_en: 42 is not one line of text (e.g. byline_en: By Wang Xiping)",
        f"{META}:6: script: script 'latin' is not `hans` or `hant` "
        "(hant: the source is Traditional Chinese; the Simplified pages are converted)",
        f"{META}:7: warnings: must be a list of texts (remove `warnings` once each one is settled)",
    ]


def test_an_impossible_date_is_reported_at_its_line(in_tmp):
    data = project_with(in_tmp, "slug: schools\npublished: 2017-13-45\n")
    assert errors(data) == [
        f"{META}:2: published: '2017-13-45' is not a real date (month must be in 1..12) "
        "(write the date as YYYY-MM-DD, e.g. published: 2018-01-15)"
    ]


def test_section_entries_are_checked(in_tmp):
    data = write_project(in_tmp, SOURCE, slug="schools")
    path = data / "articles/schools/article.yaml"
    path.write_text(
        "slug: schools\nsections:\n  - slug: s1\n    heading: [一、抓好学校建设]\n    colour: red\n  - 42\n",
        encoding="utf-8",
    )
    assert errors(data) == [
        f"{META}:4: sections[0].heading: ['一、抓好学校建设'] is not text (copy the section's heading from the source)",
        f"{META}:5: sections[0].colour: unknown field 'colour' (expected slug, heading, title_en)",
        f"{META}:6: sections[1]: must be a mapping with slug, heading, title_en",
    ]


def test_load_article_meta_raises_every_problem(in_tmp):
    path = in_tmp / "article.yaml"
    path.write_text("title_en: [a]\npublished: 2018-02-30\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_article_meta(path)
    assert [p.line for p in info.value.problems] == [1, 2]
    assert load_article_meta(in_tmp / "missing.yaml") == ArticleMeta()


def test_a_python_tag_in_front_matter_is_reported_at_its_line(in_tmp):
    english = {"summary": "---\ntitle: Summary\nsource_hash: !!python/object/apply:os.system ['true']\n---\nText.\n"}
    data = project_with(in_tmp, "slug: schools\n", english=english)
    (message,) = errors(data)
    assert message.startswith("data/articles/schools/en/summary.md:3: YAML syntax: could not determine a constructor")


def test_a_scalar_list_item_is_reported_at_its_line(in_tmp):
    data = project_with(in_tmp, "slug: schools\n", figures="figures: []\nignore:\n  - 12所\n  - {quote: 300名}\n")
    assert errors(data) == [
        f"{FIGURES}:3: ignore[0]: must be a mapping with quote, occurrence, reason",
        f"{FIGURES}:4: ignore[1]: needs a `reason` (say why this number is not a statistic)",
    ]


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_a_value_that_is_not_finite_is_refused(in_tmp, value):
    figures = (
        "figures:\n"
        "  - id: schools\n"
        "    quote: 12所\n"
        f"    value: {value}\n"
        "    unit: 所\n"
        "    approx: exact\n"
        "    section: s1\n"
        "    label: {zh: 学校, en: Schools}\n"
    )
    data = project_with(in_tmp, "slug: schools\n", figures=figures)
    shown = repr(float(value.replace(".", "").replace("NaN", "nan")))
    assert errors(data) == [
        f"{FIGURES}:4: figures.schools.value: {shown} is not a finite number (write the number the quote states)"
    ]
