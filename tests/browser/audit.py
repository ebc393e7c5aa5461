"""Measurements of built pages in Chromium: axe-core's audit, figure cells that wrap, pages that scroll sideways.

Used by test_accessibility.py and test_phone.py. The pages to audit are found in the built
site itself (`page_matrix`), so the audit holds for any project, not only for the articles
in data/.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

PAGE_TYPES = ("home", "article", "section", "figures", "glossary", "about", "404")
DESKTOP, PHONE, SMALL_PHONE = 1280, 390, 360
BLOCKING = ("serious", "critical")  # axe-core impacts that fail the audit

# Cells of the figures tables that hold a number or a quote from the source: they must never wrap.
# The value cell carries data-sort; the source link (the verbatim quote) is the last cell of a row.
NUMBER_CELLS = "table.zp-figures td[data-sort], table.zp-figures td:last-child"

# For every matching element: how many lines its text takes (text-node line boxes, grouped by their top).
LINES_JS = """
selector => Array.from(document.querySelectorAll(selector)).filter(el => el.offsetParent !== null).map(el => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const rects = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  if (!rects.length) return {lines: 0, text: el.textContent.trim()};
  const tolerance = Math.min(...rects.map(r => r.height)) / 2;
  const tops = [];
  for (const r of rects) if (!tops.some(t => Math.abs(t - r.top) < tolerance)) tops.push(r.top);
  return {lines: tops.length, text: el.textContent.trim()};
})
"""

# The page's horizontal overflow, and the outermost elements that reach past the viewport's right edge.
OVERFLOW_JS = """
() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && !wide.some(w => w.contains(el))) wide.push(el);
  }
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  return {scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.slice(0, 5).map(name)};
}
"""


def _article_dirs(site: Path, root: str) -> list[Path]:
    """The article folders of one language: the folders holding a figures/ page and a section page."""
    base = site / root
    found = []
    for figures in sorted(base.glob("*/figures/index.html")):
        article = figures.parent.parent
        if any(p.name != "figures" and (p / "index.html").is_file() for p in article.iterdir() if p.is_dir()):
            found.append(article)
    return found


def page_matrix(site: Path, root: str) -> dict[str, str]:
    """One page of every type in `PAGE_TYPES` for the language at `root` ("" or "zh-Hant/"), as URL paths.

    Types the site lacks are left out (the caller asserts the matrix is complete). The article is
    the first one in path order; on a one-article site its home is at /<slug>/ as on any other.
    """
    base = site / root
    out: dict[str, str] = {}
    if (base / "index.html").is_file():
        out["home"] = root
    articles = _article_dirs(site, root)
    if articles:
        article = articles[0]
        slug = article.relative_to(site).as_posix() + "/"
        if (article / "index.html").is_file():
            out["article"] = slug
        sections = sorted(p.name for p in article.iterdir() if p.is_dir() and p.name != "figures")
        if sections:
            out["section"] = f"{slug}{sections[0]}/"
        out["figures"] = f"{slug}figures/"
    for name in ("glossary", "about"):
        if (base / name / "index.html").is_file():
            out[name] = f"{root}{name}/"
    if (base / "404.html").is_file():
        out["404"] = f"{root}404.html"
    return out


def axe_violations(page, axe) -> list[dict]:
    """axe-core's violations on the open page: [{id, impact, help, nodes: [{target, html, summary}]}]."""
    results = axe.run(page)
    return [
        {
            "id": v["id"],
            "impact": v.get("impact"),
            "help": v.get("help", ""),
            "nodes": [
                {"target": n.get("target"), "html": n.get("html", "")[:200], "summary": n.get("failureSummary", "")}
                for n in v.get("nodes", [])
            ],
        }
        for v in results.response["violations"]
    ]


def blocking(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in BLOCKING]


def by_rule(hits: list[tuple[str, dict]]) -> Counter:
    """Page-hits per `rule (impact)` over (page, violation) pairs."""
    return Counter(f"{v['id']} ({v['impact']})" for _, v in hits)


def describe(hits: list[tuple[str, dict]]) -> str:
    """The full violation list, page by page, for a failure message."""
    lines = []
    for where, v in hits:
        lines.append(f"{where}: {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"]:
            lines.append(f"    {node['target']}: {node['html']}")
            lines.extend(f"      {line}" for line in node["summary"].splitlines())
    return "\n".join(lines)


def wrapped_cells(page, selector: str = NUMBER_CELLS) -> tuple[int, list[str]]:
    """(visible cells matching `selector`, texts of those whose text takes more than one line)."""
    cells = page.evaluate(LINES_JS, selector)
    return len(cells), [c["text"] for c in cells if c["lines"] > 1]


def overflow(page) -> dict:
    """{scrollWidth, clientWidth, wide: elements reaching past the right edge} of the open page."""
    return page.evaluate(OVERFLOW_JS)
