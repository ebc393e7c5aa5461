"""Build tests: `mkdocs build --strict` on a copy of the project, then the output inspected."""

import gzip
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from zhpress.parser.document import parse_article
from zhpress.typeset import corner_quotes, typeset
from zhpress.variants.convert import Converter, load_overrides

from ..conftest import DATA, SEED

LANGS = {"zh-Hans": "", "zh-Hant": "zh-Hant/", "zh-HK": "zh-HK/", "en": "en/"}
PAGES = [
    "index.html",
    "ankang-2017/ideology/index.html",
    "ankang-2017/cadres/index.html",
    "ankang-2017/grassroots/index.html",
    "ankang-2017/talent/index.html",
    "ankang-2017/figures/index.html",
    "glossary/index.html",
    "about/index.html",
]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[dict] = []
        self.requests: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self.links.append(attrs)
        if tag in ("script", "img", "iframe", "source") and attrs.get("src"):
            self.requests.append(attrs["src"])
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preconnect", "icon", "preload"):
            self.requests.append(attrs.get("href", ""))


def parse(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_every_language_has_every_page(built_site, lang, page):
    assert (built_site / LANGS[lang] / page).is_file()


@pytest.mark.parametrize(
    "lang,ui_word", [("zh-Hans", "搜索"), ("zh-Hant", "搜尋"), ("zh-HK", "搜尋"), ("en", "Search")]
)
def test_html_lang_is_the_locale_and_the_interface_its_language(built_site, lang, ui_word):
    html = read(built_site, LANGS[lang] + "index.html")
    assert f'<html lang="{lang}"' in html
    assert ui_word in html


@pytest.mark.parametrize("lang", LANGS)
def test_switcher_keeps_the_reader_on_the_same_page(built_site, lang):
    page = LANGS[lang] + "ankang-2017/cadres/index.html"
    switch = [a for a in parse(read(built_site, page)).links if "md-select__link" in (a.get("class") or "")]
    assert {a["hreflang"] for a in switch} == set(LANGS)
    here = (built_site / page).parent
    for link in switch:
        target = (here / link["href"]).resolve() / "index.html"
        assert target == (built_site / LANGS[link["hreflang"]] / "ankang-2017/cadres/index.html").resolve()


def test_traditional_page_is_opencc_plus_overrides(built_site):
    article = parse_article(SEED.read_text(encoding="utf-8"))
    convert = Converter("s2tw", load_overrides(DATA / "overrides.yaml").for_locale("zh-Hant"))
    html = read(built_site, "zh-Hant/ankang-2017/talent/index.html")
    text = re.sub(r"<[^>]+>", "", html)
    for block in article.sections[3].paragraphs + article.closing:
        assert typeset(corner_quotes(convert(block.text))) in text
    assert "新征程，新征程需要新擔當" in text
    assert "新徵程" not in text


def test_simplified_pages_hold_the_source_typeset(built_site):
    article = parse_article(SEED.read_text(encoding="utf-8"))
    text = html.unescape(re.sub(r"<[^>]+>", "", read(built_site, "ankang-2017/cadres/index.html")))
    for block in article.sections[1].paragraphs:
        assert typeset(block.text) in text
    assert "进行重点查核，103名领导干部" in text and "情节较重的8名干部" in text


def test_home_holds_title_subtitle_byline_lead_and_sections(built_site):
    html = read(built_site, "index.html")
    for expected in (
        "“红色引擎”激活发展新动能",
        "2017年我市党建引领追赶超越综述",
        "通讯员 汪西平 石为径",
        "刚刚过去的2017年",
        'href="ankang-2017/ideology/"',
        'href="ankang-2017/talent/"',
        'href="ankang-2017/figures/"',
    ):
        assert expected in html


def test_prev_next_navigation(built_site):
    html = read(built_site, "ankang-2017/cadres/index.html")
    assert 'rel="prev" href="../ideology/"' in html
    assert 'rel="next" href="../grassroots/"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_no_request_to_another_host(built_site, lang):
    for page in PAGES:
        requests = parse(read(built_site, LANGS[lang] + page)).requests
        assert [r for r in requests if re.match(r"(https?:)?//", r)] == []


def search_urls(site: Path, root: str) -> set[str]:
    """The page URLs a language's Pagefind index holds (read from its fragments)."""
    return {record["url"] for record in search_records(site, root)}


def search_records(site: Path, root: str) -> list[dict]:
    records = []
    for path in sorted((site / root / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        records.append(json.loads(data[len(b"pagefind_dcd") :]))
    return records


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_search_index(built_site, lang):
    entry = json.loads(read(built_site, LANGS[lang] + "pagefind/pagefind-entry.json"))
    assert list(entry["languages"]) == ["en" if lang == "en" else "zh"]
    expected = {"/" + page.removesuffix("index.html") for page in PAGES}
    assert search_urls(built_site, LANGS[lang]) == expected
    assert (built_site / LANGS[lang] / "pagefind" / "zhpress-fold.json").is_file() == (lang != "en")
    assert not (built_site / LANGS[lang] / "search" / "search_index.json").exists()  # no Material index
    assert not (built_site / LANGS[lang] / "pagefind" / "pagefind-ui.js").exists()  # no unused bundle


def test_chinese_search_text_is_folded_single_characters_and_keeps_the_own_script(built_site):
    records = {r["url"]: r for r in search_records(built_site, "zh-Hant/")}
    talent = records["/ankang-2017/talent/"]
    assert "平 \u200b台" in talent["content"] and "臺" not in talent["content"]  # 平臺 folded, one token each
    assert "平臺" in html.unescape(talent["meta"]["text"]) and "平台" not in html.unescape(talent["meta"]["text"])
    fold = json.loads(read(built_site, "zh-Hant/pagefind/zhpress-fold.json"))
    assert fold["map"]["臺"] == "台" and fold["map"]["羣"] == "群" and fold["map"]["脫"] == "脱"
    assert "，" in fold["punctuation"] and "“" in fold["punctuation"] and "「" not in fold["punctuation"]
    assert fold["map"]["「"] == "“"  # corner quotes fold to curly ones


@pytest.mark.parametrize("lang", LANGS)
def test_header_search_box_opens_zhpress_search_in_the_page_language(built_site, lang):
    page = read(built_site, LANGS[lang] + "ankang-2017/cadres/index.html")
    assert '<label class="md-header__button md-icon" for="__search">' in page  # Material's header button
    box = re.search(r'<div class="md-search" role="dialog"[^>]*>', page)
    assert box, "the header holds the search box"
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', box.group(0)))
    assert 'data-md-component="search"' not in page  # Material's own search script stays out
    assert attrs["aria-label"] == {"zh-Hans": "搜索", "zh-Hant": "搜尋", "zh-HK": "搜尋", "en": "Search"}[lang]
    assert attrs["data-zp-chinese"] == ("0" if lang == "en" else "1")
    assert "assets/zhpress/search.js" in page
    strings = [
        v for k, v in attrs.items() if k.startswith("data-zp-") and k not in ("data-zp-search", "data-zp-chinese")
    ]
    assert len(strings) == 6 and all(strings)
    if lang in ("zh-Hant", "zh-HK"):  # no Simplified: converting to Traditional again changes nothing
        to_traditional = Converter("s2t")
        assert [to_traditional(s) for s in strings] == strings, strings
        assert "個" in attrs["data-zp-other"]


def test_sitemaps_list_every_language_alternate(built_site):
    xml = read(built_site, "zh-HK/sitemap.xml")
    assert "<loc>http://127.0.0.1:8000/zh-HK/ankang-2017/cadres/</loc>" in xml
    for lang, root in LANGS.items():
        assert f'hreflang="{lang}" href="http://127.0.0.1:8000/{root}ankang-2017/cadres/"' in xml
    assert xml.count("<url>") == len(PAGES)


@pytest.mark.parametrize("lang", LANGS)
def test_head_alternates_point_at_each_language_root_relatively(built_site, lang):
    """Material fetches sitemap.xml next to each alternate: language roots, on the serving host."""
    page = read(built_site, LANGS[lang] + "ankang-2017/talent/index.html")
    alternates = re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', page)
    assert {code for _, code in alternates} == set(LANGS)
    here = built_site / LANGS[lang] / "ankang-2017/talent"
    for href, code in alternates:
        assert not href.startswith(("http", "/"))
        assert ((here / href).resolve() / "sitemap.xml") == (built_site / LANGS[code] / "sitemap.xml").resolve()


def test_hand_written_variant_pages_win_and_are_tracked(site_copy, tmp_path):
    from zhpress.project import load_project
    from zhpress.translations.drift import statuses

    from ..conftest import mkdocs_build

    docs = site_copy / "docs"
    (docs / "about.zh-HK.md").write_text("# 關於本網站\n\n香港編輯親自撰寫的版本。\n", encoding="utf-8")
    section = docs / "ankang-2017"
    section.mkdir()
    (section / "cadres.zh-HK.md").write_text(
        "---\nsource_hash: 000000000000\n---\n# 幹部隊伍\n\n編輯的譯本。\n", encoding="utf-8"
    )
    site = tmp_path / "out"
    result = mkdocs_build(site_copy, site)
    assert result.returncode == 0, result.stderr
    assert "香港編輯親自撰寫的版本" in read(site, "zh-HK/about/index.html")
    assert "香港編輯" not in read(site, "zh-Hant/about/index.html")
    assert "本站把一篇中文新聞稿" in read(site, "zh-Hant/about/index.html")
    cadres = read(site, "zh-HK/ankang-2017/cadres/index.html")
    assert "編輯的譯本" in cadres and "zp-drift" in cadres and "本頁譯自原文的較早版本" in cadres
    assert "編輯的譯本" not in read(site, "zh-Hant/ankang-2017/cadres/index.html")
    found = {(s.language, s.part, s.state) for s in statuses(load_project(site_copy / "data"), docs, ("zh-HK",))}
    assert ("zh-HK", "about.md", "unreviewed") in found
    assert ("zh-HK", "ankang-2017/cadres.md", "drifted") in found


def test_every_figure_in_the_tables_appears_in_the_source(built_site):
    """The user's headline check: each quote shown in a figures table stands in the source text."""
    source = SEED.read_text(encoding="utf-8")
    from zhpress.figures.model import load_figures

    figures = load_figures(DATA / "articles/ankang-2017/figures.yaml").figures
    for lang in LANGS:
        html_text = read(built_site, LANGS[lang] + "ankang-2017/figures/index.html")
        rows = re.findall(r'<tr data-figure="([^"]+)">(.*?)</tr>', html_text, flags=re.S)
        assert len(rows) == len(figures)
        for (fid, row), figure in zip(rows, figures):
            assert fid == figure.id
            assert figure.quote in source
            if lang == "zh-Hans":
                assert html.escape(figure.quote) in row


def test_english_home_is_the_summary_with_its_figures_table(built_site):
    page = read(built_site, "en/index.html")
    assert "This is an English summary of a Chinese original" in page
    assert "more than 35,000 themed Party day activities" in page
    assert page.count("<tr data-figure=") == 86
    assert "more than 35,000" in page and 'hreflang="zh-Hans"' in page


def test_article_metadata_in_every_language(built_site):
    assert "<dt>作者</dt><dd>通讯员 汪西平 石为径</dd>" in read(built_site, "index.html")
    assert "<dt>作者</dt><dd>通訊員 汪西平 石為徑</dd>" in read(built_site, "zh-Hant/index.html")
    assert "<dt>Byline</dt><dd>By correspondents Wang Xiping and Shi Weijing</dd>" in read(built_site, "en/index.html")
    assert "<dt>時期</dt><dd>2017年</dd>" in read(built_site, "zh-HK/index.html")


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-HK"])
def test_nothing_simplified_is_left_on_traditional_pages(built_site, lang):
    """Converting a Traditional page's text again changes nothing: everything Chinese was converted."""
    config = {"zh-Hant": "s2tw", "zh-HK": "s2hk"}[lang]
    convert = Converter(config, load_overrides(DATA / "overrides.yaml").for_locale(lang))
    for page in PAGES:
        text = re.sub(r"<(script|style)\b.*?</\1>", "", read(built_site, LANGS[lang] + page), flags=re.S)
        text = re.sub(r'<div class="md-select__inner">.*?</div>', "", text, flags=re.S)  # language names
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        assert convert(text) == text, page


def test_glossary_page_in_every_language(built_site):
    assert "<td>兩學一做</td><td>Two Studies, One Action</td>" in read(built_site, "zh-Hant/glossary/index.html")
    assert '<td><span lang="zh-Hans">两学一做</span></td><td>Two Studies, One Action</td>' in read(
        built_site, "en/glossary/index.html"
    )


def test_a_site_served_under_a_sub_path(site_copy, tmp_path):
    from ..conftest import mkdocs_build

    config = site_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_url: http://127.0.0.1:8000/", "site_url: https://news.example.org/zhpress/"
        ),
        encoding="utf-8",
    )
    site = tmp_path / "sub"
    assert mkdocs_build(site_copy, site).returncode == 0
    page = read(site, "zh-HK/ankang-2017/grassroots/index.html")
    assert '<link rel="alternate" href="../../../en/" hreflang="en">' in page
    assert 'href="../../../en/ankang-2017/grassroots/" hreflang="en"' in page  # relative: works under any path
    sitemap = read(site, "sitemap.xml")
    assert "<loc>https://news.example.org/zhpress/ankang-2017/grassroots/</loc>" in sitemap


@pytest.mark.parametrize(
    "lang,title",
    [
        ("zh-Hans", "404 - 找不到页面"),
        ("zh-Hant", "404 - 找不到頁面"),
        ("zh-HK", "404 - 找不到頁面"),
        ("en", "404 - Page not found"),
    ],
)
def test_a_not_found_page_per_language(built_site, lang, title):
    page = read(built_site, LANGS[lang] + "404.html")
    assert f'<html lang="{lang}"' in page and f"<h1>{title}</h1>" in page
    assert f'href="/{LANGS[lang]}"' in page  # absolute: a 404 page is served at any address


@pytest.mark.parametrize("lang", LANGS)
def test_figures_page_has_a_chart_per_section_linking_every_figure(built_site, lang):
    page = read(built_site, LANGS[lang] + "ankang-2017/figures/index.html")
    charts = re.findall(r'<div class="zp-chart">(.*?)</div>', page, flags=re.S)
    assert len(charts) == 4  # ideology, cadres, grassroots, talent
    linked = re.findall(r'<a [^>]*href="[^"]*#fig-([a-z0-9-]+)"', "".join(charts))
    assert len(linked) == 86 and len(set(linked)) == 86


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-HK"])
def test_traditional_pages_set_corner_quotes(built_site, lang):
    for page in (
        "index.html",
        "ankang-2017/cadres/index.html",
        "ankang-2017/figures/index.html",
        "glossary/index.html",
    ):
        main = (
            read(built_site, LANGS[lang] + page).split('<article class="md-content__inner', 1)[1].split("</article>")[0]
        )
        text = html.unescape(re.sub(r"<[^>]+>", "", main))
        assert "「" in text and "」" in text, page
        assert not set("“”‘") & set(text), (page, sorted(set("“”‘") & set(text)))
    title = re.search(r"<title>(.*?)</title>", read(built_site, LANGS[lang] + "index.html")).group(1)
    assert "「紅色引擎」" in title
    shown = " ".join(
        html.unescape(r["meta"]["title"] + r["meta"]["text"]) for r in search_records(built_site, LANGS[lang])
    )
    assert "「" in shown and "“" not in shown  # search results show the page's own quotation marks


def test_simplified_pages_keep_their_quotation_marks(built_site):
    text = html.unescape(re.sub(r"<[^>]+>", "", read(built_site, "ankang-2017/cadres/index.html")))
    assert "“三项机制”" in text and "「" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_article_home_is_also_at_its_slug(built_site, lang):
    """A one-article site has its article's home at the root; /ankang-2017/ shows it too, naming the root."""
    home = read(built_site, LANGS[lang] + "index.html")
    alias = read(built_site, LANGS[lang] + "ankang-2017/index.html")
    h1 = re.search(r"<h1[^>]*>.*?</h1>", home, re.S).group(0)
    assert h1 in alias
    assert f'<link rel="canonical" href="http://127.0.0.1:8000/{LANGS[lang]}">' in alias
    sitemap = read(built_site, LANGS[lang] + "sitemap.xml")
    assert f"<loc>http://127.0.0.1:8000/{LANGS[lang]}</loc>" in sitemap and "ankang-2017/</loc>" not in sitemap
