"""Nothing executed, end to end: `mkdocs build --strict` of a tiny site whose article is hostile.

The site has two languages (zh-Hans and en); the article's title, headings, paragraphs,
figure labels, English titles and translations all carry script tags, event handlers,
javascript: links, Jinja syntax and Markdown lookalikes. The built HTML and the search
index must hold them only as text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from ..conftest import mkdocs_build
from .helpers import ENGLISH, HOSTILE_FIGURES, HOSTILE_SOURCE, IMG, SCRIPT, dangerous, write_project

MKDOCS_YML = """\
site_name: Hostile
site_url: http://127.0.0.1:8000/
docs_dir: docs
use_directory_urls: true
theme:
  name: material
  language: zh
  font: false
plugins:
  - zhpress:
      data_dir: data
      check: skip  # the site tests how hostile text renders; its figures cover only some numbers
      variants:
        - locale: zh-Hans
          name: 简体中文
          ui_language: zh
        - locale: en
          name: English
          ui_language: en
          english: true
          site_name: Hostile
markdown_extensions:
  - attr_list
  - toc:
      permalink: true
"""

ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.S)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("hostile-site")
    (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (project / "docs").mkdir()
    (project / "docs/about.md").write_text("# 关于\n\n本站用于测试。\n", encoding="utf-8")
    write_project(
        project,
        HOSTILE_SOURCE,
        figures=HOSTILE_FIGURES,
        english=ENGLISH,
        meta={"title_en": f"Title {SCRIPT}", "subtitle_en": f"Sub {IMG}"},
    )
    result = mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stderr
    return project / "site"


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def test_the_article_pages_were_built(site):
    built = pages(site)
    for locale in ("", "en/"):
        for page in ("index.html", "hostile/s1/index.html", "hostile/s2/index.html", "hostile/figures/index.html"):
            assert locale + page in built


def test_page_contents_hold_no_live_markup(site):
    for path, text in pages(site).items():
        for content in ARTICLE.findall(text):
            assert dangerous(content) == [], path
            assert "<script>alert" not in content and "<img src=x" not in content, path
            assert not re.search(r"""href=["']?\s*javascript:""", content, re.I), path


def test_jinja_and_markdown_in_the_source_are_shown_not_run(site):
    home = html.unescape(ARTICLE.search((site / "index.html").read_text(encoding="utf-8")).group(1))
    assert "{{ config }}" in home and "{% include 'x' %}" in home
    assert "[x](javascript:alert(1))" in home
    s2 = html.unescape(ARTICLE.search((site / "hostile/s2/index.html").read_text(encoding="utf-8")).group(1))
    assert "```" in s2 and "<pre" not in s2 and "<code" not in s2


def test_no_live_markup_anywhere_in_the_built_site(site):
    for path, text in pages(site).items():
        assert dangerous(text) == [], path
        assert "<script>alert" not in text and "<img src=x onerror" not in text, path
    # The search index holds the pages' text as text ("<script>alert" is what a reader sees on the page);
    # the search box puts it into the page through textContent only, never as markup.
    fragments = list(site.rglob("pagefind/fragment/*.pf_fragment"))
    assert fragments, "every language has a search index"
    script = (site / "assets" / "zhpress" / "search.js").read_text(encoding="utf-8")
    assert re.findall(r"\.(?:innerHTML|outerHTML|insertAdjacentHTML)\b", script) == [".innerHTML"]
    assert "decoder.innerHTML = text" in script  # a <textarea>: HTML entities decoded, nothing parsed or run
    assert "textarea" in script


@pytest.mark.parametrize("slug", ["about", "glossary"])
def test_the_build_refuses_an_article_named_like_a_site_page(tmp_path, slug):
    """`about` is a hand-written page of this project, `glossary` a page of every site."""
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/about.md").write_text("# 关于\n", encoding="utf-8")
    write_project(tmp_path, HOSTILE_SOURCE, slug=slug)
    result = mkdocs_build(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/articles/{slug}: folder name: slug {slug!r} is a name the site already uses" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_build_refuses_a_broken_variants_review(tmp_path):
    """`zhpress check` fails on it; so does the build."""
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    data = write_project(tmp_path, HOSTILE_SOURCE)
    (data / "variants-review.yaml").write_text("confirmed: 3\n", encoding="utf-8")
    result = mkdocs_build(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert "data/variants-review.yaml:1: confirmed: must be a list of {word, outputs}" in result.stderr
    assert "Traceback" not in result.stderr
