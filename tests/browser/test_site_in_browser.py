"""The built site in Chromium: titles, language switcher, search, figures table, figure links, requests.

Run with the rest of the suite (`make test`); see conftest.py for when these
tests skip. Artifacts go to test-artifacts/ (git-ignored): a screenshot of
every language's home page and home-metrics.json (request count and bytes of
the zh-Hans home page). ZHPRESS_UPDATE_SCREENSHOT=1 also copies the zh-Hans
home screenshot to docs/assets/screenshot-home.png.
"""

from __future__ import annotations

import json
import os
import shutil
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from ..conftest import DATA, ROOT
from .conftest import ARTIFACTS, LANGS, METRICS, SITE_URL

pytestmark = pytest.mark.usefixtures("chromium_available")

ARTICLE = "ankang-2017"
SECTION = f"{ARTICLE}/cadres/"
FIGURES_PAGE = f"{ARTICLE}/figures/"
TITLES = {  # the article's title as each language shows it (source.txt; article.yaml's title_en)
    "zh-Hans": "“红色引擎”激活发展新动能",
    "zh-Hant": "「紅色引擎」激活發展新動能",
    "zh-HK": "「紅色引擎」激活發展新動能",
    "en": "“Red Engine” Drives New Momentum for Development",
}
PAGES = ["", f"{ARTICLE}/ideology/", SECTION, f"{ARTICLE}/grassroots/", f"{ARTICLE}/talent/", FIGURES_PAGE, "about/"]


def figure_count() -> int:
    """How many figures data/articles/ankang-2017/figures.yaml lists (0 while it does not exist)."""
    path = DATA / "articles" / ARTICLE / "figures.yaml"
    if not path.exists():
        return 0
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return len(data.get("figures") or [])


def path_of(url: str) -> str:
    return urlsplit(url).path


def open_page(page, url: str):
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url}: HTTP {response.status if response else '?'}"
    return response


@pytest.mark.parametrize("lang", LANGS)
def test_home_shows_the_article_title_in_its_language(page, server, lang):
    open_page(page, server + LANGS[lang])
    h1 = page.locator("article h1").first
    assert h1.is_visible()
    assert h1.inner_text().strip() == TITLES[lang]
    assert page.evaluate("document.documentElement.lang") == lang
    page.evaluate("document.fonts.ready.then(() => true)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"home-{lang}.png"), full_page=True)


def test_home_metrics(page, server, request_log, request):
    """Request count and page weight of the zh-Hans home page, written to test-artifacts/home-metrics.json."""
    open_page(page, server)
    page.wait_for_load_state("networkidle")
    entries = request_log.of(page)
    resources = [
        {
            "url": e.url.replace(server, "/"),
            "type": e.resource_type,
            "status": e.status,
            "failure": e.failure,
            "bytes": e.bytes,
        }
        for e in entries
    ]
    metrics = {
        "page": "/",
        "requests": len(resources),
        "bytes": sum(r["bytes"] for r in resources),
        "resources": resources,
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "home-metrics.json").write_text(
        json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    request.config.stash[METRICS] = metrics  # conftest prints it in the terminal summary
    print(
        f"\nzh-Hans home page: {metrics['requests']} requests, {metrics['bytes']} bytes "
        f"({metrics['bytes'] / 1024:.1f} KiB)"
    )
    for r in resources:
        print(f"  {r['status'] or r['failure']} {r['bytes']:>8} {r['type']:<10} {r['url']}")
    assert metrics["requests"] > 0 and metrics["bytes"] > 0
    local = [r for r in resources if r["url"].startswith("/")]
    assert [r for r in local if r["status"] != 200] == []


@pytest.mark.skipif(
    os.environ.get("ZHPRESS_UPDATE_SCREENSHOT") != "1",
    reason="opt-in: ZHPRESS_UPDATE_SCREENSHOT=1 updates docs/assets/screenshot-home.png",
)
def test_update_the_documentation_screenshot(page, server):
    open_page(page, server)
    page.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "home-zh-Hans.png"  # the same screenshot as test_home_shows_the_article_title_…
    page.screenshot(path=str(shot), full_page=True)
    target = ROOT / "docs" / "assets" / "screenshot-home.png"
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, target)


def choose_language(page, lang: str) -> None:
    """Open the header's language menu (it shows on hover) and click a language."""
    page.locator(".md-header__option .md-select").first.hover()
    link = page.locator(f"a.md-select__link[hreflang='{lang}']")
    link.wait_for(state="visible")
    with page.expect_navigation():
        link.click()


@pytest.mark.parametrize(
    "start,target",
    [
        ("zh-Hans", "zh-Hant"),
        ("zh-Hans", "zh-HK"),
        ("zh-Hans", "en"),
        ("zh-Hant", "zh-HK"),
        ("en", "zh-Hans"),
        ("zh-HK", "en"),
    ],
)
def test_language_switcher_lands_on_the_same_section(page, server, start, target):
    open_page(page, server + LANGS[start] + SECTION)
    choose_language(page, target)
    assert path_of(page.url) == "/" + LANGS[target] + SECTION
    assert page.evaluate("document.documentElement.lang") == target


def search(page, query: str) -> list[str]:
    """Type `query` into Material's search box; the hrefs of the results."""
    page.locator("label.md-search__icon, .md-search__input").first.wait_for(state="attached")
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label[for='__search']").first.click()
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup; fill() alone types no key
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    return page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")


@pytest.mark.parametrize(
    "lang,query",
    [
        ("zh-Hans", "党支部"),
        ("zh-Hant", "黨支部"),
        ("zh-HK", "黨支部"),
        ("zh-Hans", "党员干部"),
        ("zh-Hant", "黨員幹部"),
        ("zh-HK", "黨員幹部"),
        ("en", "branch"),
    ],
)
def test_search_finds_results_in_the_language_only(page, server, lang, query):
    open_page(page, server + LANGS[lang] + SECTION)
    hrefs = search(page, query)
    assert hrefs, f"no result for {query}"
    root = "/" + LANGS[lang]
    others = ["/" + r for other, r in LANGS.items() if r and other != lang]
    for href in hrefs:
        assert href.startswith(server), href
        path = path_of(href)
        assert path.startswith(root) and not path.startswith(tuple(others)), f"{lang} result {href} leaves {root}"
    text = page.locator(".md-search-result").inner_text().replace("\u200b", "")  # the index's word breaks
    assert query.lower() in text.lower()


def figures_table(page):
    return page.locator("table.zp-figures")


@pytest.mark.parametrize("lang", LANGS)
def test_figures_table_shows_every_figure(page, server, lang):
    expected = figure_count()
    open_page(page, server + LANGS[lang] + FIGURES_PAGE)
    rows = page.locator("table.zp-figures tbody tr[data-figure]")
    assert rows.count() == expected
    if expected:
        assert rows.first.is_visible()


def value_order(page) -> list[list[float]]:
    """The values of the figures table, group by group (a table grouped by section has one tbody each)."""
    groups = page.locator("table.zp-figures tbody").evaluate_all(
        "bodies => bodies.map(b => Array.from(b.querySelectorAll('td[data-sort]'), c => c.getAttribute('data-sort')))"
    )
    return [[float(v) for v in group] for group in groups]


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_figures_table_sorts_by_value(page, server, lang):
    if figure_count() < 2:
        pytest.skip("figures.yaml lists fewer than two figures: nothing to sort")
    open_page(page, server + LANGS[lang] + FIGURES_PAGE)
    table = figures_table(page)
    column = (
        table.locator("tbody tr[data-figure]")
        .first.locator("td")
        .evaluate_all("cells => cells.findIndex(c => c.hasAttribute('data-sort'))")
    )
    assert column >= 0
    header = table.locator("thead th").nth(column)
    button = header.locator("button.zp-sort")
    original = value_order(page)
    assert sum(map(len, original)) == figure_count()
    button.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert value_order(page) == [sorted(group) for group in original]  # sorted within each section
    button.click()
    assert header.get_attribute("aria-sort") == "descending"
    assert value_order(page) == [sorted(group, reverse=True) for group in original]
    assert page.locator("table.zp-figures tbody tr:first-child.zp-group").count() == len(original)


@pytest.mark.parametrize("lang", LANGS)
def test_figure_link_scrolls_to_its_sentence(page, server, lang):
    if figure_count() == 0:
        pytest.skip("figures.yaml lists no figure yet")
    open_page(page, server + LANGS[lang] + FIGURES_PAGE)
    links = page.locator('table.zp-figures a[href*="#fig-"]')
    assert links.count() == figure_count()
    link = links.nth(links.count() * 2 // 3)  # one far down its page, so reaching it takes a scroll
    fragment = link.get_attribute("href").split("#", 1)[1]
    link.scroll_into_view_if_needed()
    link.click()
    page.wait_for_url(f"**#{fragment}")
    target = page.locator(f"[id='{fragment}']")
    assert target.count() == 1, f"{page.url}: no element with id {fragment}"
    assert target.evaluate("el => el.matches(':target')")
    page.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        arg=fragment,
    )
    assert page.evaluate("window.scrollY") > 0


@pytest.fixture(scope="module")
def every_page_visited(browser_context, server, request_log):
    """Every page of every language opened once (after the tests above, whose requests are logged too)."""
    page = browser_context.new_page()
    try:
        for root in LANGS.values():
            for path in PAGES:
                open_page(page, server + root + path)
        page.wait_for_load_state("networkidle")
    finally:
        page.close()
    assert len(request_log.entries) > len(LANGS) * len(PAGES)
    return request_log


def test_no_request_goes_to_another_host(every_page_visited):
    other = every_page_visited.other_hosts()
    assert other == [], f"{len(other)} request(s) to another host:\n" + "\n".join(sorted(set(other))[:20])


def test_every_request_succeeds(every_page_visited, site, server):
    """Every request is answered without error: by the test server, or, for a request the page's scripts
    send to the published site (site_url), by a file of the built site that would answer it there."""
    failed = every_page_visited.failed()
    for entry in every_page_visited.to_site_url():
        rel = unquote(urlsplit(entry.url).path[len(urlsplit(SITE_URL).path) :])
        target = site / rel
        if rel == "" or rel.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            failed.append(
                f"{entry.url}: the published site has no {target.relative_to(site).as_posix()} (from {entry.page_url})"
            )
    for entry in every_page_visited.entries:
        if urlsplit(entry.url).hostname == "127.0.0.1" and not entry.url.startswith((server, SITE_URL)):
            failed.append(f"{entry.url}: neither the test server nor site_url (from {entry.page_url})")
    failed = sorted(set(failed))
    assert failed == [], f"{len(failed)} request(s) fail:\n" + "\n".join(failed[:20])
