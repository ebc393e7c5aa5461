"""axe-core's accessibility audit of every page type in every language, at desktop and phone widths.

The audit (axe-core, bundled with axe-playwright-python; nothing is fetched) fails on any
serious or critical violation and prints the full list. Moderate and minor findings are
printed too, so they can be seen before they become serious.
"""

from __future__ import annotations

import pytest

from .audit import DESKTOP, PAGE_TYPES, PHONE, axe_violations, blocking, by_rule, describe, page_matrix
from .conftest import LANGS

pytestmark = pytest.mark.usefixtures("chromium_available")


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture(scope="module")
def audit_page(browser_context):
    """One tab for the whole audit: each test resizes it and opens its pages in turn."""
    page = browser_context.new_page()
    try:
        yield page
    finally:
        page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_exists(site, lang):
    """Guard against a vacuous audit: the site has a page of every type in every language."""
    matrix = page_matrix(site, LANGS[lang])
    assert sorted(matrix) == sorted(PAGE_TYPES), f"{lang}: missing {set(PAGE_TYPES) - set(matrix)}"


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
@pytest.mark.parametrize("lang", LANGS)
def test_no_serious_accessibility_violation(audit_page, axe, site, server, lang, width):
    audit_page.set_viewport_size({"width": width, "height": 900})
    hits = []
    matrix = page_matrix(site, LANGS[lang])
    for kind in PAGE_TYPES:
        path = matrix.get(kind)
        if path is None:
            continue
        response = audit_page.goto(server + path, wait_until="load")
        assert response is not None and response.ok, f"/{path}: HTTP {response.status if response else '?'}"
        assert audit_page.evaluate("document.documentElement.lang") == lang, path
        hits.extend((f"/{path} ({kind}, {width} px)", v) for v in axe_violations(audit_page, axe))
    counts = by_rule(hits)
    print(
        f"\n{lang} at {width} px, {len(matrix)} pages: "
        + (", ".join(f"{k} ×{n}" for k, n in counts.items()) or "clean")
    )
    serious = [(where, v) for where, v in hits if v in blocking([v])]
    assert serious == [], f"{len(serious)} serious or critical violation(s):\n{describe(serious)}"


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
@pytest.mark.parametrize("lang", LANGS)
def test_the_open_search_with_results_has_no_serious_violation(audit_page, axe, site, server, lang, width):
    """The search dialog as a reader uses it: open, with results for a word of the page's own title."""
    audit_page.set_viewport_size({"width": width, "height": 900})
    path = page_matrix(site, LANGS[lang])["section"]
    audit_page.goto(server + path, wait_until="load")
    title = audit_page.locator("article h1").first.inner_text()
    words = [w.strip("“”\"',.:;") for w in title.split()] if lang == "en" else [title.strip("“”「」")[:2]]
    query = max(words, key=len)
    box = audit_page.locator("input.md-search__input")
    if not box.is_visible():
        audit_page.locator("label.md-header__button[for='__search']").click()  # a phone's search button
    box.fill(query)  # focuses the box without a click: on a phone the opening dialog is still moving
    box.press("End")  # the search reads the query on keyup; fill() alone types no key
    audit_page.locator(".md-search-result__item").first.wait_for(state="visible")
    # Colours are measured once the dialog has faded in (mid-transition, text is lighter than it ends).
    audit_page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    hits = [(f"/{path} searching {query!r} ({width} px)", v) for v in axe_violations(audit_page, axe)]
    print(f"\n{lang} search at {width} px: " + (", ".join(f"{k} ×{n}" for k, n in by_rule(hits).items()) or "clean"))
    serious = [(where, v) for where, v in hits if v in blocking([v])]
    assert serious == [], f"{len(serious)} serious or critical violation(s):\n{describe(serious)}"


@pytest.fixture(scope="module")
def two_article_server(tmp_path_factory, server):
    """A site of two articles (the test article twice, under two slugs), served by the same server
    under /_sites/two/: it has the pages a one-article site has not, the home page's list of
    articles and the site-wide figures index."""
    import shutil

    from ..conftest import copy_project, mkdocs_build
    from .conftest import EXTRA_SITES

    project = copy_project(tmp_path_factory.mktemp("two-articles"))
    articles = project / "data" / "articles"
    shutil.copytree(articles / "ankang-2017", articles / "ankang-2017-copy")
    meta = articles / "ankang-2017-copy" / "article.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("slug: ankang-2017", "slug: ankang-2017-copy"), "utf-8")
    site = project / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    EXTRA_SITES["two"] = site
    try:
        yield server + "_sites/two/"
    finally:
        del EXTRA_SITES["two"]


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
@pytest.mark.parametrize("lang", LANGS)
def test_the_article_list_and_the_figures_index_have_no_violation(audit_page, axe, two_article_server, lang, width):
    from .audit import overflow

    audit_page.set_viewport_size({"width": width, "height": 900})
    hits = []
    for path in (LANGS[lang], LANGS[lang] + "figures/"):
        response = audit_page.goto(two_article_server + path, wait_until="load")
        assert response is not None and response.ok, f"/{path}: HTTP {response.status if response else '?'}"
        rows = audit_page.locator("table tbody tr, ul.zp-articles li").count()
        assert rows >= 2, f"/{path}: the two articles are listed"
        wide = overflow(audit_page)
        assert wide["scrollWidth"] <= wide["clientWidth"], f"/{path} at {width} px scrolls sideways: {wide}"
        hits.extend((f"/{path} ({width} px)", v) for v in axe_violations(audit_page, axe))
    print(
        f"\n{lang} at {width} px, article list and figures index: "
        + (", ".join(f"{k} ×{n}" for k, n in by_rule(hits).items()) or "clean")
    )
    assert hits == [], f"{len(hits)} violation(s):\n{describe(hits)}"
