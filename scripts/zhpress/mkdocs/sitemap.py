"""Sitemaps with language alternates.

Each language's build writes its own `sitemap.xml`; once all are built, every
sitemap is rewritten so each URL lists its alternates in every language
(`xhtml:link rel="alternate" hreflang=…`), as search engines expect.
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


def write_sitemaps(plan: LanguagePlan, site_url: str | None, site_dir: Path) -> None:
    if not site_url:
        return
    for variant in plan.variants:
        folder = site_dir / variant.root if variant.root else site_dir
        if not folder.is_dir():
            continue
        xml = sitemap_xml(plan, site_url, variant.locale)
        (folder / "sitemap.xml").write_text(xml, encoding="utf-8")
        with gzip.GzipFile(folder / "sitemap.xml.gz", "wb", mtime=0) as handle:
            handle.write(xml.encode("utf-8"))
