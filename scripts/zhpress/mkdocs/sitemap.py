"""Sitemaps with language alternates.

Once every language is built, each language's `sitemap.xml` (and `.gz`) is written
so each URL lists its alternates in every language (`xhtml:link rel="alternate"
hreflang=…`), as search engines expect. MkDocs' own sitemap, which these replace,
is not rendered (`drop_mkdocs_sitemap`). In `mkdocs serve --dirty` a sitemap is
written again only when the pages of some language changed (`last`).
"""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .languages import LanguagePlan

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def sitemap_xml(plan: LanguagePlan, site_url: str, locale: str) -> str:
    base = site_url.rstrip("/") + "/"
    variant = next(v for v in plan.variants if v.locale == locale)
    parts = [HEAD]
    for url in sorted(plan.page_urls.get(locale, set())):
        parts.append(f"  <url>\n    <loc>{base + variant.root + url}</loc>\n")
        for other in plan.variants:
            if url in plan.page_urls.get(other.locale, set()):
                href = quoteattr(base + other.root + url)
                parts.append(f'    <xhtml:link rel="alternate" hreflang="{other.locale}" href={href}/>\n')
        parts.append("  </url>\n")
    parts.append("</urlset>\n")
    return "".join(parts)


def drop_mkdocs_sitemap(config) -> None:
    """Leave MkDocs' own sitemap unrendered when `write_sitemaps` writes one (a site with a `site_url`)."""
    if config.site_url:
        config.theme.static_templates.discard("sitemap.xml")


def write_sitemaps(plan: LanguagePlan, site_url: str | None, site_dir: Path, last: dict | None = None) -> None:
    """Write every language's sitemap into its folder of `site_dir` (none without a `site_url`).

    Args:
        last: kept between the builds of `mkdocs serve --dirty` (None otherwise): what each sitemap
            was last written from; a sitemap made from the same pages that is still there is left alone.
    """
    if not site_url:
        return
    made_from = (
        site_url,
        tuple((v.locale, v.root, frozenset(plan.page_urls.get(v.locale, ()))) for v in plan.variants),
    )
    for variant in plan.variants:
        folder = site_dir / variant.root if variant.root else site_dir
        if not folder.is_dir():
            continue
        path, packed = folder / "sitemap.xml", folder / "sitemap.xml.gz"
        key = str(path)
        if last is not None and last.get(key) == made_from and path.is_file() and packed.is_file():
            continue
        xml = sitemap_xml(plan, site_url, variant.locale)
        path.write_text(xml, encoding="utf-8")
        with gzip.GzipFile(packed, "wb", mtime=0) as handle:
            handle.write(xml.encode("utf-8"))
        if last is not None:
            last[key] = made_from
