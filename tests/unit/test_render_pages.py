"""Page structure for readers and assistive technology: heading levels, the article's home at /<slug>/,
figures tables grouped by section with labelled cells, and the charts' text alternative."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhpress.project import load_project
from zhpress.render import Lang, render_site
from zhpress.render.base import markdown_block

from ..hostile.helpers import write_project

SOURCE = (
    "\n".join(
        [
            "安康综述",
            "导语一段，全市共有党员1000名。",
            "第一节",
            "巡回宣讲200场次，参加3.5万余人次。",
            "第二节",
            "新建党支部12个，发展党员300名。",
        ]
    )
    + "\n"
)

FIGURES = """\
figures:
  - {id: members, quote: 1000名, value: 1000, unit: 名, approx: exact, section: lead,
     label: {zh: 全市党员, en: Party members in the city}}
  - {id: lectures, quote: 200场次, value: 200, unit: 场次, approx: exact, section: s1,
     label: {zh: 宣讲场次, en: Lectures}}
  - {id: listeners, quote: 3.5万余人次, value: 35000, unit: 人次, approx: more_than, section: s1,
     label: {zh: 听众人次, en: Listeners}}
  - {id: branches, quote: 12个, value: 12, unit: 个, approx: exact, section: s2,
     label: {zh: 新建党支部, en: New Party branches}}
  - {id: recruits, quote: 300名, value: 300, unit: 名, approx: exact, section: s2,
     label: {zh: 发展党员, en: New Party members}}
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    return load_project(write_project(root, SOURCE, "ankang", figures=FIGURES))


def pages_of(project, lang: Lang) -> dict[str, object]:
    return {page.path: page for page in render_site(project, lang).pages}


def test_body_headings_start_at_h2_and_skip_no_level():
    html = markdown_block("## A\n\nText.\n\n#### B\n\n## C")
    assert re.findall(r"<h(\d)>(\w)</h\1>", html) == [("2", "A"), ("3", "B"), ("2", "C")]
    assert markdown_block("# Only") == "<h2>Only</h2>"
    assert markdown_block("Plain **bold**.") == "<p>Plain <strong>bold</strong>.</p>"


@pytest.mark.parametrize("lang", [Lang("zh-Hans"), Lang("en", english=True)], ids=["zh-Hans", "en"])
def test_a_one_article_site_has_the_article_home_at_its_slug_too(project, lang):
    pages = pages_of(project, lang)
    home, alias = pages["index.md"], pages["ankang/index.md"]
    assert home.canonical == "" and alias.canonical == "index.md"
    h1 = re.search(r"<h1>.*?</h1>", home.markdown).group(0)
    assert h1 in alias.markdown
    assert "search: {exclude: true}" in alias.markdown and "search:" not in home.markdown
    # Links are relative to each page's own address.
    assert '<a href="ankang/s1/">' in home.markdown and '<a href="s1/">' in alias.markdown
    assert [path for path, page in pages.items() if page.canonical] == ["ankang/index.md"]


def test_a_site_of_several_articles_repeats_no_page(tmp_path: Path):
    data = write_project(tmp_path, SOURCE, "first", figures=FIGURES)
    write_project(tmp_path / "second", SOURCE, "second")
    (tmp_path / "second/data/articles/second").rename(data / "articles/second")
    pages = pages_of(load_project(data), Lang("zh-Hans"))
    assert "first/index.md" in pages and "second/index.md" in pages
    assert [path for path, page in pages.items() if page.canonical] == []


def test_the_figures_page_groups_rows_by_section_and_labels_every_cell(project):
    page = pages_of(project, Lang("zh-Hans"))["ankang/figures.md"].markdown
    table = re.search(r'<table class="zp-figures zp-grouped">.*?</table>', page, re.S).group(0)
    assert re.findall(r"<th scope=\"col\">(.*?)</th>", table) == ["指标", "数值", "出处"]  # no section column
    groups = re.findall(r'<th colspan="3" scope="rowgroup"><a href="([^"]*)">(.*?)</a></th>', table)
    assert groups == [("../../", "导语"), ("../s1/", "第一节"), ("../s2/", "第二节")]  # the lead: on the home
    bodies = re.findall(r"<tbody>(.*?)</tbody>", table, re.S)
    assert [re.findall(r'data-figure="([^"]+)"', b) for b in bodies] == [
        ["members"],
        ["lectures", "listeners"],
        ["branches", "recruits"],
    ]
    row = re.search(r'<tr data-figure="listeners">.*?</tr>', table).group(0)
    assert re.findall(r'<td class="zp-(\w+)" data-label="([^"]+)"', row) == [
        ("label", "指标"),
        ("value", "数值"),
        ("quote", "出处"),
    ]
    assert 'data-sort="35000"' in row and ">3.5万余人次</a>" in row


def test_a_section_page_table_is_not_grouped(project):
    page = pages_of(project, Lang("zh-Hans"))["ankang/s1.md"].markdown
    assert '<table class="zp-figures">' in page and "rowgroup" not in page
    assert page.count("<tr data-figure=") == 2


@pytest.mark.parametrize(
    "lang,described",
    [
        (Lang("zh-Hans"), "共2项数据。各单位最大值：宣讲场次：200场次；听众人次：3.5万余人次。"),
        (Lang("en", english=True), "2 figures. Largest of each unit: Lectures: 200; Listeners: more than 35,000."),
    ],
    ids=["zh-Hans", "en"],
)
def test_a_chart_is_named_and_described_with_its_largest_values(project, lang, described):
    page = pages_of(project, lang)["ankang/figures.md"].markdown
    svg = re.search(r'<svg [^>]*aria-labelledby="zp-chart-lectures-title"[^>]*>', page).group(0)
    assert 'role="group"' in svg and 'aria-describedby="zp-chart-lectures-desc"' in svg
    assert f'<desc id="zp-chart-lectures-desc">{described}</desc>' in page
    assert page.count('<title id="zp-chart-') == 3  # one chart per section with figures
