"""Every page of the built site on a phone (390 and 360 px wide): nothing scrolls sideways, no number breaks.

Figure values and quotes (200场次, 3.5万余次) stay on one line, and below the tablet
breakpoint each figures row is a card: its label on top, its value and source link below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .audit import DESKTOP, NUMBER_CELLS, PHONE, SMALL_PHONE, overflow, wrapped_cells
from .conftest import LANGS

pytestmark = pytest.mark.usefixtures("chromium_available")

# Figures tables that scroll inside their own box (the page itself may not, but the reader still must).
SCROLLING_TABLES_JS = """
() => Array.from(document.querySelectorAll(".zp-table"))
  .filter(box => box.scrollWidth > box.clientWidth + 1).length
"""

# Where each cell of the first figures row sits: [left, top] of label, value, quote.
FIRST_ROW_JS = """
() => Array.from(document.querySelector("table.zp-figures tr[data-figure]").cells,
                 cell => [Math.round(cell.getBoundingClientRect().left), Math.round(cell.getBoundingClientRect().top)])
"""


def every_page(site: Path) -> list[str]:
    """URL paths of every page of every language, and each language's not-found page."""
    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    paths = ["" if p == "." else p + "/" for p in pages]
    return paths + [root + "404.html" for root in LANGS.values() if (site / root / "404.html").is_file()]


@pytest.fixture(scope="module")
def phone_page(browser_context):
    page = browser_context.new_page()
    try:
        yield page
    finally:
        page.close()


@pytest.mark.parametrize("width", [PHONE, SMALL_PHONE])
def test_no_page_scrolls_sideways_and_no_figure_cell_wraps(phone_page, site, server, width):
    phone_page.set_viewport_size({"width": width, "height": 800})
    pages = every_page(site)
    cells = 0
    wrapped, wide, scrolling = [], [], []
    for path in pages:
        phone_page.goto(server + path, wait_until="load")
        count, texts = wrapped_cells(phone_page, NUMBER_CELLS)
        cells += count
        wrapped.extend(f"/{path}: {t}" for t in texts)
        box = overflow(phone_page)
        if box["scrollWidth"] > box["clientWidth"]:
            wide.append(f"/{path}: {box['scrollWidth']} px wide in {box['clientWidth']} px, from {box['wide']}")
        if phone_page.evaluate(SCROLLING_TABLES_JS):
            scrolling.append(f"/{path}")
    print(f"\nat {width} px: {len(pages)} pages, {cells} figure value and quote cells")
    print(
        f"  cells that wrap: {len(wrapped)}; pages that scroll sideways: {len(wide)}; tables that do: {len(scrolling)}"
    )
    assert len(pages) >= 4 * 7 and cells > 0  # the measurement saw the whole site, figures included
    assert wrapped == [], f"{len(wrapped)} figure cell(s) break inside:\n" + "\n".join(wrapped[:30])
    assert wide == [], f"{len(wide)} page(s) scroll sideways:\n" + "\n".join(wide)
    assert scrolling == [], f"{len(scrolling)} page(s) with a figures table scrolling sideways: {scrolling}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_figures_row_is_a_card_on_a_phone_and_a_row_on_a_desktop(phone_page, site, server, lang):
    figures_pages = sorted((site / LANGS[lang]).glob("*/figures/index.html"))
    assert figures_pages, f"{lang}: no figures page"
    url = server + figures_pages[0].parent.relative_to(site).as_posix() + "/"
    phone_page.set_viewport_size({"width": PHONE, "height": 800})
    phone_page.goto(url, wait_until="load")
    (label_x, label_y), (value_x, value_y), (quote_x, quote_y) = phone_page.evaluate(FIRST_ROW_JS)
    assert label_y < value_y < quote_y and label_x == value_x == quote_x  # stacked: label, value, source
    named = phone_page.locator("table.zp-figures tr[data-figure] .zp-value").first.evaluate(
        "cell => getComputedStyle(cell, '::before').content"
    )
    assert named.strip('"') == phone_page.locator("table.zp-figures thead th").nth(1).inner_text().strip()
    phone_page.set_viewport_size({"width": DESKTOP, "height": 900})
    (label_x, label_y), (value_x, value_y), (quote_x, quote_y) = phone_page.evaluate(FIRST_ROW_JS)
    assert label_y == value_y == quote_y and label_x < value_x < quote_x  # a table row again
