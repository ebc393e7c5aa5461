"""Search in Chromium: every language's Pagefind index, queried through Material's header search box.

A query must find exactly the pages that hold it as a substring, whatever variant
the reader types (平台 on the Taiwan site, which writes 平臺; 群眾 and 脫貧 on the
Hong Kong site, which writes 羣眾 and 脱貧), inside words too (組織 in 黨組織); the
results stay in the reader's language and script, and every request goes to this
site. The bytes each first query fetched are written to
test-artifacts/search-metrics.json.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import ARTIFACTS, LANGS

pytestmark = pytest.mark.usefixtures("chromium_available")

START = "ankang-2017/cadres/"
MAX_SEARCH_FILE = 1_000_000  # no file a page fetches for search may be larger (issue: at 100 articles)
BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr", "table", "ul", "ol", "figcaption"}
RESULTS: dict[str, dict] = {}


class _ArticleText(HTMLParser):
    """The text of a page's <article>, blocks on lines of their own (an oracle independent of zhpress)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if self.depth and tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.depth and tag in BLOCKS:
            self.parts.append("\n")
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def pages_holding(site: Path, lang: str, forms: tuple[str, ...]) -> set[str]:
    """URL paths of the language's pages whose article text holds one of `forms`."""
    root = site / LANGS[lang]
    found = set()
    for path in root.rglob("index.html"):
        rel = path.relative_to(root).as_posix()
        if rel.split("/")[0] in {"zh-Hant", "zh-HK", "en", "pagefind", "assets", "search"}:
            continue
        page = path.read_text(encoding="utf-8")
        url = "/" + LANGS[lang] + rel.removesuffix("index.html")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page)
        if canonical and urlsplit(canonical.group(1)).path != url:
            continue  # a page repeated at a second address (/<slug>/ of a one-article site) is searched once
        parser = _ArticleText()
        parser.feed(page)
        lines = [re.sub(r"\s+", "", line) for line in "".join(parser.parts).split("\n")]
        if any(form in line for line in lines for form in forms):
            found.add(url)
    return found


def run_query(page, server: str, request_log, lang: str, query: str) -> dict:
    """Open the language's section page, type `query` in the header box; results, their text and the bytes fetched."""
    response = page.goto(server + LANGS[lang] + START, wait_until="load")
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    before = len(request_log.of(page))
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for='__search']").click()
    box.click()
    box.fill(query)
    page.wait_for_function(
        """(query) => {
          const root = document.querySelector('.md-search[data-zp-search]');
          return ['done', 'error'].includes(root.dataset.zpState) && root.querySelector('input').value === query;
        }""",
        arg=query,
        timeout=60_000,
    )
    state = page.locator(".md-search[data-zp-search]").get_attribute("data-zp-state")
    assert state == "done", page.locator(".md-search-result__meta").inner_text()
    page.wait_for_load_state("networkidle")
    items = page.locator(".md-search-result__item a.md-search-result__link")
    hrefs = items.evaluate_all("links => links.map(a => a.href)")
    fetched = [e for e in request_log.of(page)[before:] if not request_log.local(e)]
    return {
        "paths": {urlsplit(h).path for h in hrefs},
        "hrefs": hrefs,
        "text": page.locator(".md-search-result").inner_text(),
        "marks": page.locator(".md-search-result mark").all_inner_texts(),
        "meta": page.locator(".md-search-result__meta").inner_text(),
        "requests": [{"url": e.url.replace(server, "/"), "bytes": e.bytes, "status": e.status} for e in fetched],
        "bytes": sum(e.bytes for e in fetched),
    }


CASES = [
    # (language, query, forms the language's pages write that the query must find)
    ("zh-Hant", "平台", ("平臺", "平台")),
    ("zh-Hant", "組織", ("組織", "组织")),
    ("zh-HK", "群眾", ("羣眾", "群眾", "群众")),
    ("zh-HK", "脫貧", ("脱貧", "脫貧", "脱贫")),
    ("zh-Hans", "組織", ("组织", "組織")),
    ("zh-Hans", "党组织", ("党组织",)),
    ("en", "branch", ("branch",)),
]


@pytest.mark.parametrize("lang,query,forms", CASES)
def test_a_query_finds_every_page_that_holds_it_in_any_variant(page, server, request_log, site, lang, query, forms):
    result = run_query(page, server, request_log, lang, query)
    expected = pages_holding(site, lang, forms) if lang != "en" else None
    if expected is not None:
        assert expected, f"the test site has pages holding {forms}"
        assert result["paths"] == expected
    else:
        assert result["paths"], "English search finds the word"
    root = "/" + LANGS[lang]
    others = tuple("/" + r for other, r in LANGS.items() if r and other != lang)
    assert all(p.startswith(root) and not p.startswith(others) for p in result["paths"]), result["paths"]
    assert request_log.other_hosts() == [] and request_log.foreign() == []
    assert all(r["status"] == 200 for r in result["requests"]), result["requests"]
    big = [r for r in result["requests"] if r["bytes"] > MAX_SEARCH_FILE]
    assert big == [], big
    search_files = [r for r in result["requests"] if "/pagefind/" in r["url"]]
    assert search_files and all(r["url"].startswith(root + "pagefind/") for r in search_files)
    RESULTS[f"{lang} {query}"] = {k: result[k] for k in ("paths", "bytes", "requests", "meta")}


def test_organisation_finds_the_pages_where_it_stands_only_inside_party_organisation(page, server, request_log, site):
    """組織 inside 黨組織 and 基層組織 is found: a substring, not a word start."""
    result = run_query(page, server, request_log, "zh-Hant", "組織")
    assert pages_holding(site, "zh-Hant", ("黨組織",)) <= result["paths"]
    assert pages_holding(site, "zh-Hant", ("基層組織",)) <= result["paths"]


@pytest.mark.parametrize(
    "lang,query,shown,not_shown",
    [
        ("zh-Hant", "平台", "平臺", "平台"),
        ("zh-HK", "群眾", "羣眾", "群众"),
        ("zh-HK", "脫貧", "脱貧", "脱贫"),
        ("zh-Hans", "黨組織", "党组织", "黨組織"),
    ],
)
def test_results_are_shown_in_the_readers_script(page, server, request_log, lang, query, shown, not_shown):
    result = run_query(page, server, request_log, lang, query)
    assert shown in result["text"] and not_shown not in result["text"]
    assert "".join(result["marks"][: len(shown)]) == shown  # the matched characters are marked, as the page writes them


def test_a_query_that_no_page_holds_finds_nothing(page, server, request_log):
    result = run_query(page, server, request_log, "zh-Hant", "平台黨組織")
    root = page.locator(".md-search[data-zp-search]")
    assert result["paths"] == set()
    assert result["meta"] == root.get_attribute("data-zp-none")


@pytest.mark.parametrize("lang,name", [("zh-Hans", "搜索"), ("zh-Hant", "搜尋"), ("zh-HK", "搜尋"), ("en", "Search")])
def test_the_search_dialog_is_named_in_the_page_language(page, server, lang, name):
    page.goto(server + LANGS[lang] + START, wait_until="load")
    dialog = page.get_by_role("dialog", name=name)
    assert dialog.count() == 1
    page.locator("input.md-search__input").focus()
    assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")


def test_nothing_is_fetched_for_search_before_the_reader_opens_it(page, server, request_log):
    page.goto(server + "zh-Hant/" + START, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert [e.url for e in request_log.of(page) if "/pagefind/" in e.url] == []


def test_write_search_metrics():
    """Bytes fetched by each first query (run after the queries above), to test-artifacts/search-metrics.json."""
    if not RESULTS:
        pytest.skip("no query ran")
    ARTIFACTS.mkdir(exist_ok=True)
    data = {key: {**value, "paths": sorted(value["paths"])} for key, value in RESULTS.items()}
    (ARTIFACTS / "search-metrics.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    for key, value in data.items():
        largest = max((r["bytes"] for r in value["requests"]), default=0)
        print(f"{key}: {len(value['paths'])} page(s), {value['bytes']} bytes fetched, largest file {largest}")
    assert all(value["bytes"] > 0 for value in data.values())
