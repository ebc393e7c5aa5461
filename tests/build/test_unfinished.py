"""A published article whose English is unfinished: nothing unfinished is ever rendered.

The English site shows such an article with its Chinese title and headings where English ones are
missing, the Chinese label of a figure whose English label is a placeholder, and an "English version
in preparation" notice linking to the Chinese on each of its pages.
"""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import copy_project, mkdocs_build, publish

TEXT = "青年就业方案推进\n去年全市共有2万人参加培训。\n一、职业培训\n今年将再提供约5万个实习机会，经费达12万元。\n二、创业扶持\n发放创业贷款3亿元。\n"
SHOWN = re.compile(
    r"<title>(.*?)</title>|<h[1-6][^>]*>(.*?)</h[1-6]>|<meta [^>]*content=\"([^\"]*)\"|<t[dh][^>]*>(.*?)</t[dh]>|<a [^>]*>(.*?)</a>",
    re.S,
)


@pytest.fixture(scope="module")
def unfinished_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("unfinished"))
    source = project / "jobs.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["new", str(source), "--slug", "youth-jobs", "--data", str(project / "data")])
    assert result.exit_code == 0, result.output
    publish(project / "data/articles/youth-jobs")
    site = project / "site"
    built = mkdocs_build(project, site)
    assert built.returncode == 0, built.stderr
    return site


def shown_texts(page: Path) -> list[str]:
    """Titles, headings, meta contents, table cells and link texts of a page."""
    html = page.read_text(encoding="utf-8")
    return [next(g for g in m.groups() if g is not None) for m in SHOWN.finditer(html)]


def test_no_page_shows_none_a_repr_a_placeholder_or_a_slug(unfinished_site):
    pages = sorted(unfinished_site.rglob("*.html"))
    assert len(pages) > 20
    bad = re.compile(r"\bNone\b|\(to translate\)|^youth-jobs$|section-[0-9]|\{'|\['|<object ")
    found = [(str(p.relative_to(unfinished_site)), t) for p in pages for t in shown_texts(p) if bad.search(t)]
    assert found == []


def test_the_english_pages_show_the_chinese_title_and_a_notice(unfinished_site):
    home = (unfinished_site / "en/youth-jobs/index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>青年就业方案推进</h1>", home)
    assert "<title>青年就业方案推进 - " in home
    assert "English version in preparation" in home and 'hreflang="zh-Hans"' in home
    section = next(p for p in (unfinished_site / "en/youth-jobs").iterdir() if p.is_dir() and p.name != "figures")
    text = (section / "index.html").read_text(encoding="utf-8")
    assert "English version in preparation" in text
    assert re.search(r"<h1[^>]*>(一、职业培训|二、创业扶持)</h1>", text)
    # A finished article carries no notice.
    seed = (unfinished_site / "en/ankang-2017/index.html").read_text(encoding="utf-8")
    assert "zp-in-preparation" not in seed
