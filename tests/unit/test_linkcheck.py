"""check_links on tiny handmade sites: one Problem per broken internal link, nothing for good ones."""

from pathlib import Path

import pytest

from zhpress.errors import Problem
from zhpress.linkcheck import check_links


def page(site: Path, rel: str, body: str, head: str = "") -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><head>{head}</head><body>\n{body}\n</body></html>\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """Home, a section page with figure anchors, an asset, and a Traditional folder."""
    page(tmp_path, "index.html", "<h1 id='top-title'>首页</h1>")
    page(tmp_path, "x/index.html", '<p><span id="fig-a">103名</span><a name="old-anchor"></a></p>')
    page(tmp_path, "zh-Hant/index.html", "<h1>首頁</h1>")
    page(tmp_path, "zh-Hant/x/index.html", '<p><span id="fig-a">103名</span></p>')
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "site.css").write_text("body{}", encoding="utf-8")
    return tmp_path


def messages(site: Path, **kwargs) -> list[str]:
    return [p.message for p in check_links(site, **kwargs)]


def test_a_site_with_good_links_has_no_problem(site):
    page(
        site,
        "y/index.html",
        """
        <a href="../x/#fig-a">to figure</a> <a href="../x/index.html#fig-a">explicit file</a>
        <a href="/x/#fig-a">root-relative</a> <a href="#here" id="here">self</a> <a href="./">this page</a>
        <a href="../x/#old-anchor">a name</a> <a href="../zh-Hant/x/#fig-a">other language</a>
        <a href="">empty href is this page</a> <a href="#">bare hash</a> <a href="#top">top of page</a>
        <img src="../assets/site.css">
    """,
        head='<link rel="stylesheet" href="../assets/site.css"><script src="/assets/site.css"></script>',
    )
    assert check_links(site) == []


def test_missing_page(site):
    page(site, "y/index.html", '<a href="../nowhere/#fig-a">gone</a>')
    assert check_links(site) == [
        Problem(
            file="y/index.html", line=2, message='link "../nowhere/#fig-a" points to a missing page nowhere/index.html'
        )
    ]


def test_missing_anchor(site):
    page(site, "y/index.html", '<a href="../x/#fig-b">wrong id</a>')
    assert messages(site) == ['link "../x/#fig-b" points to a missing anchor #fig-b in x/index.html']


def test_missing_anchor_on_the_same_page(site):
    page(site, "y/index.html", '<a href="#nothing">x</a><span id="something"></span>')
    assert messages(site) == ['link "#nothing" points to a missing anchor #nothing in y/index.html']


def test_anchors_are_checked_in_every_language_folder(site):
    page(site, "zh-Hant/y/index.html", '<a href="../x/#fig-a">ok</a> <a href="../x/#fig-z">bad</a>')
    problems = check_links(site)
    assert [(p.file, p.message) for p in problems] == [
        ("zh-Hant/y/index.html", 'link "../x/#fig-z" points to a missing anchor #fig-z in zh-Hant/x/index.html')
    ]


def test_directory_urls_mean_index_html(site):
    page(
        site,
        "y/index.html",
        '<a href="../x">no slash</a> <a href="../x/">slash</a> <a href="..">up</a><a href="../empty/">empty folder</a>',
    )
    (site / "empty").mkdir()
    assert messages(site) == ['link "../empty/" points to a missing page empty/index.html']


def test_query_strings_are_ignored_for_the_file_but_not_the_anchor(site):
    page(
        site,
        "y/index.html",
        '<a href="../x/?q=1#fig-a">ok</a> <a href="../assets/site.css?v=3">ok</a>'
        '<a href="?lang=zh">self</a> <a href="../x/?q=1#fig-q">bad anchor</a>'
        '<a href="../gone.css?v=1">bad file</a>',
    )
    assert messages(site) == [
        'link "../x/?q=1#fig-q" points to a missing anchor #fig-q in x/index.html',
        'link "../gone.css?v=1" points to a missing file gone.css',
    ]


def test_external_links_are_not_checked(site):
    page(
        site,
        "y/index.html",
        '<a href="https://example.org/missing/">web</a> <a href="mailto:a@b.cn">mail</a>'
        '<a href="//cdn.example.org/x.js">protocol-relative</a>'
        '<a href="javascript:void(0)">js</a> <a href="tel:123">tel</a>'
        '<img src="data:image/png;base64,AAAA">',
    )
    assert check_links(site) == []


def test_script_link_and_img_are_checked(site):
    page(
        site,
        "y/index.html",
        '<img src="../missing.png"><script src="missing.js"></script>',
        head='<link rel="icon" href="/favicon.png">',
    )
    assert messages(site) == [
        'link "/favicon.png" points to a missing file favicon.png',
        'link "../missing.png" points to a missing file missing.png',
        'link "missing.js" points to a missing file y/missing.js',
    ]


def test_percent_encoded_paths_and_anchors(site):
    page(site, "章节/index.html", '<h2 id="数据">数据</h2>')
    page(
        site,
        "y/index.html",
        '<a href="../%E7%AB%A0%E8%8A%82/#%E6%95%B0%E6%8D%AE">encoded</a><a href="../章节/#数据">raw</a>',
    )
    assert check_links(site) == []


def test_root_relative_links_are_read_below_the_site_url_path(site):
    page(site, "404.html", '<a href="/sub/x/#fig-a">ok</a> <a href="/sub/nope/">bad</a> <a href="/x/">outside</a>')
    assert messages(site, site_url="https://example.org/sub/") == [
        'link "/sub/nope/" points to a missing page nope/index.html',
        'link "/x/" points outside the site (above /sub/)',
    ]


def test_absolute_links_under_the_site_url_are_internal(site):
    page(
        site,
        "y/index.html",
        "",
        head='<link rel="canonical" href="http://127.0.0.1:8000/y/">'
        '<link rel="alternate" href="http://127.0.0.1:8000/zh-Hant/y/" hreflang="zh-Hant">'
        '<link rel="alternate" href="http://127.0.0.1:9999/elsewhere/">',
    )
    assert messages(site) == []  # without site_url they are links to another host
    assert messages(site, site_url="http://127.0.0.1:8000/") == [
        'link "http://127.0.0.1:8000/zh-Hant/y/" points to a missing page zh-Hant/y/index.html'
    ]


def test_a_repeated_broken_link_is_reported_once_per_page_with_its_first_line(site):
    page(site, "y/index.html", '<a href="../gone/">1</a>\n<a href="../gone/">2</a>')
    page(site, "z/index.html", '<a href="../gone/">3</a>')
    problems = check_links(site)
    assert [(p.file, p.line) for p in problems] == [("y/index.html", 2), ("z/index.html", 2)]


def test_base_element_changes_where_relative_links_start(site):
    page(site, "y/index.html", '<a href="x/#fig-a">from the root</a>', head='<base href="/">')
    assert check_links(site) == []


def test_material_search_config_and_index(site):
    config = (
        '<div class="md-search" data-md-component="search"></div>'
        '<script id="__config" type="application/json">{"base": "..", '
        '"search": "../assets/javascripts/workers/search.js"}</script>'
    )
    page(site, "y/index.html", config)
    assert messages(site) == [
        'search worker "../assets/javascripts/workers/search.js" points to a missing file '
        "assets/javascripts/workers/search.js",
        'search index "../search/search_index.json" points to a missing file search/search_index.json',
    ]
    worker = site / "assets" / "javascripts" / "workers" / "search.js"
    worker.parent.mkdir(parents=True)
    worker.write_text("", encoding="utf-8")
    (site / "search").mkdir()
    (site / "search" / "search_index.json").write_text(
        '{"docs": [{"location": ""}, {"location": "x/#fig-a"}, {"location": "x/#gone"}, {"location": "nope/"}]}',
        encoding="utf-8",
    )
    problems = check_links(site)
    assert [(p.file, p.message) for p in problems] == [
        ("search/search_index.json", 'search result "x/#gone" points to a missing anchor #gone in x/index.html'),
        ("search/search_index.json", 'search result "nope/" points to a missing page nope/index.html'),
    ]


def test_no_material_search_index_is_expected_without_its_search_box(site):
    config = '<script id="__config" type="application/json">{"base": "..", "search": "../x/index.html"}</script>'
    page(site, "y/index.html", config)
    assert messages(site) == []


def test_zhpress_search_box_needs_its_language_bundle(site):
    box = '<div class="md-search" data-zp-search="../zh-Hant/" data-zp-chinese="1"></div>'
    page(site, "y/index.html", box)
    assert messages(site) == [
        'search index "../zh-Hant/pagefind/pagefind.js" points to a missing file zh-Hant/pagefind/pagefind.js',
        'search index "../zh-Hant/pagefind/zhpress-fold.json" points to a missing file zh-Hant/pagefind/zhpress-fold.json',
    ]
    bundle = site / "zh-Hant" / "pagefind"
    bundle.mkdir()
    for name in ("pagefind.js", "zhpress-fold.json"):
        (bundle / name).write_text("", encoding="utf-8")
    assert messages(site) == []
    page(site, "y/index.html", '<div class="md-search" data-zp-search="./" data-zp-chinese="0"></div>')
    assert messages(site) == ['search index "./pagefind/pagefind.js" points to a missing file y/pagefind/pagefind.js']


def test_search_results_of_a_language_folder_are_read_from_that_folder(site):
    (site / "zh-Hant" / "search").mkdir()
    (site / "zh-Hant" / "search" / "search_index.json").write_text(
        '{"docs": [{"location": "x/#fig-a"}, {"location": "y/"}]}', encoding="utf-8"
    )
    assert messages(site) == ['search result "y/" points to a missing page zh-Hant/y/index.html']


def test_output_is_sorted_by_page_and_stable(site):
    page(site, "b/index.html", '<a href="../gone/">x</a>')
    page(site, "a/index.html", '<a href="../gone/">x</a>')
    first = check_links(site)
    assert [p.file for p in first] == ["a/index.html", "b/index.html"]
    assert check_links(site) == first


def test_material_fetches_a_sitemap_next_to_every_alternate_link(site):
    """Material's language selector requests <alternate>sitemap.xml on every page view."""
    config = '<script id="__config" type="application/json">{"base": ".."}</script>'
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    page(
        site,
        "y/index.html",
        config,
        head='<link rel="alternate" href="http://127.0.0.1:8000/" hreflang="zh-Hans">'
        '<link rel="alternate" href="../zh-Hant/y/" hreflang="zh-Hant">',
    )
    page(site, "zh-Hant/y/index.html", "")
    problems = check_links(site, site_url="http://127.0.0.1:8000/")
    assert [(p.file, p.message, p.hint) for p in problems] == [
        (
            "y/index.html",
            'sitemap fetch "http://127.0.0.1:8000/zh-Hant/y/sitemap.xml" points to a missing file '
            "zh-Hant/y/sitemap.xml",
            'Material fetches sitemap.xml next to <link rel="alternate" href="../zh-Hant/y/">',
        )
    ]


def test_pages_without_material_fetch_no_sitemap(site):
    page(site, "y/index.html", "", head='<link rel="alternate" href="/zh-Hant/y/" hreflang="zh-Hant">')
    assert messages(site) == ['link "/zh-Hant/y/" points to a missing page zh-Hant/y/index.html']
