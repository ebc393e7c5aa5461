"""Nothing executed: hostile text in sources, YAML and translations renders as escaped text.

The generated Markdown puts every piece of user text inside raw HTML blocks, HTML-escaped,
so neither HTML, Markdown (code fences, tables, headings, lists, links) nor Jinja syntax in
it takes effect. Headings-less and headings-only articles render too, with warnings.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from zhpress.checks import check_project
from zhpress.figures.exports import figures_csv
from zhpress.project import load_project
from zhpress.render import Lang, render_site
from zhpress.variants.convert import Converter

from .helpers import (
    CDATA_END,
    COMMENT_END,
    ENGLISH,
    HOSTILE_FIGURES,
    HOSTILE_PROSE,
    HOSTILE_SOURCE,
    IMG,
    JINJA_VAR,
    JS_LINK,
    SCRIPT,
    dangerous,
    write_project,
)

ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;"
FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    data = write_project(
        root,
        HOSTILE_SOURCE,
        figures=HOSTILE_FIGURES,
        english=ENGLISH,
        meta={"title_en": f"Title {SCRIPT}", "subtitle_en": f"Sub {IMG}"},
    )
    return load_project(data)


LANGS = {
    "zh-Hans": lambda: Lang("zh-Hans"),
    "zh-Hant": lambda: Lang("zh-Hant", convert=Converter("s2tw").convert),
    "en": lambda: Lang("en", english=True),
}


def bodies(project, locale: str) -> dict[str, str]:
    site = render_site(project, LANGS[locale]())
    return {page.path: FRONT.sub("", page.markdown) for page in site.pages}


@pytest.mark.parametrize("locale", LANGS)
def test_page_bodies_hold_no_live_markup(project, locale):
    for path, body in bodies(project, locale).items():
        assert dangerous(body) == [], path
        for raw in ("<script", "<img", "<b onclick", COMMENT_END, CDATA_END):
            assert raw not in body, (path, raw)


@pytest.mark.parametrize("locale", ["zh-Hans", "zh-Hant"])
def test_chinese_pages_show_the_attacks_as_text(project, locale):
    pages = bodies(project, locale)
    home, s1 = pages["index.md"], pages["hostile/s1.md"]
    assert ESCAPED_SCRIPT in home and ESCAPED_IMG in home
    assert JS_LINK in home and JINJA_VAR in home and "{% include &#x27;x&#x27; %}" in home
    assert "--&gt;" in home and "]]&gt;" in home
    assert f"<h1>{'第一节' if locale == 'zh-Hans' else '第一節'}{ESCAPED_SCRIPT}</h1>" in s1
    assert JS_LINK in s1
    # The figure's label in the table, escaped.
    assert re.search(r'<td class="zp-label" data-label="[^"]*">' + re.escape(ESCAPED_SCRIPT), s1)


def test_markdown_lookalike_lines_stay_inside_html(project):
    pages = bodies(project, "zh-Hans")
    for path, body in pages.items():
        for line in body.split("\n"):
            # Every non-empty line of a generated page is raw HTML: Markdown never sees the text.
            assert not line or line.startswith("<"), (path, line)
    assert "<h1>```</h1>" in pages["hostile/s2.md"]
    assert "<h1>| a | b |</h1>" in pages["hostile/s3.md"]
    assert "<h1># x</h1>" in pages["hostile/s4.md"]
    assert "<p>- 列表项，这是一段文字。</p>" in pages["hostile/s4.md"]
    assert "<h1>- 列表项</h1>" in pages["hostile/s5.md"]


def test_english_translations_are_escaped(project):
    pages = bodies(project, "en")
    home, s1 = pages["index.md"], pages["hostile/s1.md"]
    assert f"Body with {ESCAPED_SCRIPT} and {JS_LINK}, <strong>bold</strong> and {JINJA_VAR}." in home
    assert f"<h2>Heading {ESCAPED_IMG}</h2>" in home  # `## Heading` under the page's h1
    assert "&lt;b onclick=alert(1)&gt;x&lt;/b&gt;" in home
    assert f"Title {ESCAPED_SCRIPT}" in home
    assert ESCAPED_SCRIPT in s1 and ESCAPED_IMG in s1


@pytest.mark.parametrize("locale", LANGS)
def test_titles_descriptions_and_nav_are_escaped(project, locale):
    site = render_site(project, LANGS[locale]())
    front = "\n".join(FRONT.match(page.markdown).group(0) for page in site.pages)
    nav = repr(site.nav)
    for raw in ("<script", "<img"):
        assert raw not in front and raw not in nav


def test_hostile_paragraph_in_the_real_article(in_tmp, data_copy):
    source = data_copy / "articles/ankang-2017/source.txt"
    lines = source.read_text(encoding="utf-8").split("\n")
    assert lines[5].endswith("。")  # the first paragraph of the first section
    lines[5] = HOSTILE_PROSE
    source.write_text("\n".join(lines), encoding="utf-8")
    project = load_project(data_copy)
    for locale in LANGS:
        site = render_site(project, LANGS[locale]())
        for page in site.pages:
            assert dangerous(page.markdown) == [], (locale, page.path)
            assert SCRIPT not in page.markdown and IMG not in page.markdown
        if locale != "en":
            page = next(p for p in site.pages if p.path.endswith("ideology.md"))
            assert ESCAPED_SCRIPT in page.markdown and ESCAPED_IMG in page.markdown


def test_csv_export_defuses_formulas(project):
    rows = list(csv.DictReader(io.StringIO(figures_csv(project).lstrip("\ufeff"))))
    assert rows[0]["label_en"] == '\'=HYPERLINK("http://x") <img src=x onerror=alert(1)> lectures'


def small_project(root: Path, source: str, sections=None):
    meta = {"sections": sections} if sections is not None else {}
    return load_project(write_project(root, source, meta=meta))


def test_article_without_headings_warns_and_renders(in_tmp):
    project = small_project(in_tmp, "标题\n第一段写了些事。\n第二段又写了些事。\n", sections=[])
    assert [str(p) for p in check_project(project)] == [
        "data/articles/hostile/source.txt: no section headings found: the whole text is treated as the lead",
        "data/articles/hostile/figures.yaml: no figures file (create it with `zhpress figures suggest --write`)",
    ]
    site = render_site(project, Lang("zh-Hans"))
    assert [p.path for p in site.pages] == ["index.md", "hostile/figures.md", "hostile/index.md"]
    home = site.pages[0].markdown
    assert "<p>第一段写了些事。</p>" in home and "<p>第二段又写了些事。</p>" in home


def test_headings_only_warns_and_renders(in_tmp):
    project = small_project(in_tmp, "标题\n导语一段。\n第一节\n第二节\n")
    assert [str(p) for p in check_project(project) if "figures.yaml" not in p.file] == [
        "data/articles/hostile/source.txt: line 3: heading '第一节' has no paragraph under it "
        "(if it is a paragraph, end it with 。)",
        "data/articles/hostile/source.txt: line 4: heading '第二节' has no paragraph under it "
        "(if it is a paragraph, end it with 。)",
    ]
    site = render_site(project, Lang("zh-Hans"))
    assert [p.path for p in site.pages] == [
        "index.md",
        "hostile/s1.md",
        "hostile/s2.md",
        "hostile/figures.md",
        "hostile/index.md",  # the article's home at its own address too
    ]
    assert "<h1>第一节</h1>" in site.pages[1].markdown


def test_the_detector_itself():
    assert dangerous(f"<p>{SCRIPT}</p>") == ["<script>alert(1)"]
    assert dangerous(f"<p>{IMG}</p>") == ["<img onerror=…>", "<img src=x>"]
    assert dangerous('<a href=" JavaScript:alert(1)">x</a>') == ["<a href= JavaScript:alert(1)>"]
    assert dangerous(f"<p>{ESCAPED_SCRIPT} {ESCAPED_IMG} {JS_LINK}</p>") == []
