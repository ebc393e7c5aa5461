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
        audit_page.goto(server + path, wait_until="load")
        assert audit_page.evaluate("document.documentElement.lang") == lang, path
        hits.extend((f"/{path} ({kind}, {width} px)", v) for v in axe_violations(audit_page, axe))
    counts = by_rule(hits)
    print(
        f"\n{lang} at {width} px, {len(matrix)} pages: "
        + (", ".join(f"{k} ×{n}" for k, n in counts.items()) or "clean")
    )
    serious = [(where, v) for where, v in hits if v in blocking([v])]
    assert serious == [], f"{len(serious)} serious or critical violation(s):\n{describe(serious)}"
