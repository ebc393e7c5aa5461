"""Site rendering: articles, figures and glossary → Markdown pages, per language. Pure functions.

Text from the source, YAML labels and translations is HTML-escaped and emitted
inside raw HTML blocks, so no Markdown or template syntax in it takes effect.
Chinese text passes through the language's `convert` (OpenCC plus overrides
for Traditional variants, identity for the Simplified source).
"""

from .base import EN, ZH, Lang, Page, Site, drift_notice, esc
from .site import error_site, render_site

__all__ = ["EN", "ZH", "Lang", "Page", "Site", "drift_notice", "error_site", "esc", "render_site"]
