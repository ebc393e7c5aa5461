"""A site of several articles, one of them imported from a Traditional-Chinese source."""

import gzip
import html
import json
import re

import pytest
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.linkcheck import check_links
from zhpress.typeset import typeset
from zhpress.variants.convert import Converter

from ..conftest import SEED, copy_project, mkdocs_build, publish

WIRE = "新华社北京1月5日电（记者 赵宇航）记者5日获悉，全国“冰雪进校园”活动覆盖1.2万余所中小学。\n主办方安排专项资金两千万元。\n"
TRADITIONAL = "標題：臺灣青年就業方案\n去年政府協助青年就業，共有28,802人參加訓練，其中19,210人已經就業。\n一、職業訓練\n今年將再提供約5萬名學生實習機會，經費達12萬元。\n"


@pytest.fixture(scope="module")
def multi_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("multi"))
    source = project / "youth.txt"
    source.write_bytes(TRADITIONAL.encode("big5"))
    result = CliRunner().invoke(main, ["new", str(source), "--slug", "youth-jobs", "--data", str(project / "data")])
    assert result.exit_code == 0, result.output
    wire = project / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    result = CliRunner().invoke(main, ["new", str(wire), "--slug", "snow-schools", "--data", str(project / "data")])
    assert result.exit_code == 0, result.output
    for slug in ("youth-jobs", "snow-schools"):
        publish(project / "data" / "articles" / slug)
    site = project / "site"
    built = mkdocs_build(project, site)
    assert built.returncode == 0, built.stderr
    return site


def text_of(path):
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def test_home_lists_every_article(multi_site):
    home = (multi_site / "index.html").read_text(encoding="utf-8")
    assert 'href="ankang-2017/"' in home and 'href="youth-jobs/"' in home
    for lang in ("zh-Hant", "zh-HK", "en"):
        assert 'href="youth-jobs/"' in (multi_site / lang / "index.html").read_text(encoding="utf-8")


def test_traditional_source_is_shown_as_written_and_converted_to_simplified(multi_site):
    hant = text_of(multi_site / "zh-Hant/youth-jobs/index.html")
    assert "去年政府協助青年就業，共有28,802人參加訓練" in hant
    hans = text_of(multi_site / "youth-jobs/index.html")
    assert typeset(Converter("t2s").convert("去年政府協助青年就業，共有28,802人參加訓練")) in hans
    section = text_of(multi_site / "youth-jobs/zhiye-xunlian/index.html")
    assert "今年将再提供约5万名学生实习机会" in section


def test_figures_of_the_imported_article_link_to_their_sentences(multi_site):
    page = (multi_site / "zh-Hant/youth-jobs/figures/index.html").read_text(encoding="utf-8")
    assert page.count("<tr data-figure=") == 4
    assert check_links(multi_site) == []


def test_seed_pages_are_unchanged_by_the_second_article(multi_site):
    article = SEED.read_text(encoding="utf-8")
    assert typeset(article.splitlines()[5]) in text_of(multi_site / "ankang-2017/ideology/index.html")


def test_the_site_figures_page_is_an_index_of_every_article(multi_site):
    """One row per article: its title (a row header) linking to its own figures page, its date and its
    number of figures; the downloads hold every figure. No figure is repeated on the page."""
    expected = {"ankang-2017": ("2017", 86), "youth-jobs": ("—", 4), "snow-schools": ("—", 2)}
    for root in ("", "zh-Hant/", "en/"):
        page = (multi_site / root / "figures/index.html").read_text(encoding="utf-8")
        assert "<tr data-figure=" not in page
        table = re.search(r'<table class="zp-index">\n<caption>[^<]+</caption>.*?</table>', page, re.S).group(0)
        assert len(re.findall(r'<th scope="col">', table)) == 3
        rows = re.findall(
            r'<tr data-article="([^"]+)"><th scope="row"><a href="\.\./\1/figures/">[^<]+</a></th>'
            r'<td class="zp-date" [^>]*>([^<]*)</td><td class="zp-count" [^>]*>(\d+)</td></tr>',
            table,
        )
        assert {slug: (date, int(count)) for slug, date, count in rows} == expected
        assert 'href="../figures.csv" download' in page or 'href="../../figures.csv" download' in page
    csv = (multi_site / "figures.csv").read_text(encoding="utf-8-sig")
    assert len(csv.splitlines()) == 1 + 86 + 4 + 2
    assert check_links(multi_site) == []


def sidebar(page):
    """The hrefs of the primary navigation (the sidebar) of a built page."""
    text = page.read_text(encoding="utf-8")
    nav = text[text.index('<nav class="md-nav md-nav--primary"') : text.index("md-sidebar--secondary")]
    return re.findall(r'<a href="([^"]+)"', nav)


def test_sidebar_holds_the_site_pages_and_the_current_article_only(multi_site):
    links = sidebar(multi_site / "youth-jobs/zhiye-xunlian/index.html")
    assert "../../ankang-2017/ideology/" not in links and "../../ankang-2017/" not in links
    assert "../" in links and "../../figures/" in links and "../../glossary/" in links
    assert "./" in links and "../figures/" in links
    seed = sidebar(multi_site / "zh-Hant/ankang-2017/ideology/index.html")
    assert "../grassroots/" in seed and not any("youth-jobs" in link for link in seed)
    home = sidebar(multi_site / "index.html")
    assert not any("youth-jobs" in link or "ankang-2017" in link for link in home)
    assert "figures/" in home and "about/" in home


def test_a_source_without_a_headline_is_titled_from_article_yaml(multi_site):
    page = (multi_site / "snow-schools" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>记者5日获悉</h1>", page)
    assert "<title>记者5日获悉 - " in page
    assert "新华社北京1月5日电（记者赵宇航）记者5日获悉" in text_of(multi_site / "snow-schools" / "index.html")
    hant = (multi_site / "zh-Hant" / "snow-schools" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>記者5日獲悉</h1>", hant)


def test_the_site_wide_figures_page_is_left_out_of_search(multi_site):
    """It only names the articles; their own figures pages are indexed."""
    for root in ("", "zh-Hant/", "en/"):
        urls = set()
        for path in (multi_site / root / "pagefind" / "fragment").glob("*.pf_fragment"):
            urls.add(json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["url"])
        assert (multi_site / root / "figures" / "index.html").is_file()
        assert "/figures/" not in urls
        assert {"/youth-jobs/figures/", "/ankang-2017/figures/", "/"} <= urls


def test_the_not_found_page_lists_the_site_pages_not_every_article(multi_site):
    page = (multi_site / "404.html").read_text(encoding="utf-8")
    assert 'href="/glossary/"' in page and 'href="/figures/"' in page
    assert 'href="/youth-jobs/"' not in page and 'href="/ankang-2017/"' not in page  # articles: from the home
