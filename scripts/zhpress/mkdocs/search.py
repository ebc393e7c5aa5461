"""The site's search in MkDocs: each language's pages indexed with Pagefind, opened from Material's header.

Material's own search plugin downloads a language's whole index on every page;
Pagefind's index is read in fragments, as a query needs them. Each language's
build writes its own index into `pagefind/` of its folder (`zhpress.search`):
Chinese pages as folded single characters, English as words. The header keeps
Material's search box: `HeaderSearch` stands where Material's header template
looks for its search plugin, `templates/partials/search.html` is the box and its
dialog, and `assets/zhpress-search.js` runs the query in the browser.

`mkdocs serve` indexes the site once, at its first build; later builds of the
same server put that index back in place (`serve --dirty` finds it in place
and copies nothing) instead of indexing again, and collect no page, so an edit
previews without waiting for the index (restart the server to search the
edited text).
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ..render import Lang
from ..search.index import write_index
from ..search.records import Record

log = logging.getLogger("mkdocs.plugins.zhpress")
FOLDER = "pagefind"  # the index's folder in each language's site folder
KEPT = ".zhpress-search"  # in the served root: each language's index, kept between the builds of `mkdocs serve`
MATERIAL_SEARCH = "material/search"
# Pages left out of the index: the site's figures index only names the articles (their pages are indexed).
EXCLUDED = ("figures.md",)


class HeaderSearch:
    """Stands in `config.plugins` where Material's header template looks for its search plugin.

    It has no event handlers: MkDocs runs nothing of it; the header shows the search
    button and includes `partials/search.html`, which zhpress overrides.
    """

    def __init__(self) -> None:
        self.config = SimpleNamespace(enabled=True)


def search_strings(lang: Lang) -> dict:
    """The search box's strings in the language of `lang` (for templates/partials/search.html)."""
    strings = {
        key: lang.t(f"search_{key}") for key in ("placeholder", "loading", "none", "one", "other", "more", "reset")
    }
    return {"chinese": not lang.english, **strings}


def take_over_header(config) -> None:
    """Put `HeaderSearch` in place of Material's search plugin (turned off when mkdocs.yml lists it)."""
    material = config.plugins.get(MATERIAL_SEARCH)
    if material is not None and not isinstance(material, HeaderSearch):
        log.warning(
            "zhpress: the site's search is zhpress's (Pagefind); Material's `search` plugin is turned off: "
            "remove `- search` from `plugins` in mkdocs.yml"
        )
        material.config.enabled = False
    dict.__setitem__(config.plugins, MATERIAL_SEARCH, HeaderSearch())  # registers no event handler


@dataclass
class SiteSearch:
    """One language build's search index: pages collected as they are rendered, written after the build."""

    locale: str
    chinese: bool  # index folded single characters (every Chinese variant) rather than words
    root: str  # the language's URL prefix from the site root ("" or "zh-Hant/")
    records: list[Record] = field(default_factory=list)
    reused: bool = False  # the index of the server's first build is put back: pages are not collected

    def reuse_in(self, site_dir: Path) -> None:
        """In `mkdocs serve`: after the server's first build, its index is reused and no page is collected."""
        self.reused = self._kept(Path(site_dir)).is_dir()

    def _kept(self, site_dir: Path) -> Path:
        return _root_of(site_dir, self.root) / KEPT / (self.locale or "_")

    @property
    def language(self) -> str:
        return "zh" if self.chinese else self.locale.split("-")[0].lower()

    def add_page(self, page, html: str) -> None:
        if self.reused:
            return
        search = page.meta.get("search") if isinstance(page.meta, dict) else None
        if page.file.src_uri in EXCLUDED or (isinstance(search, dict) and search.get("exclude")):
            return  # front matter `search: {exclude: true}`, as Material's search reads it
        self.records.append(Record.from_html(page.url, page.title or "", html))

    def write(self, site_dir: Path, serving: bool = False) -> None:
        """Write the index into `site_dir/pagefind/`; in `mkdocs serve` (`serving`), reuse its first build's."""
        site_dir = Path(site_dir)
        target = site_dir / FOLDER
        kept = self._kept(site_dir)
        if serving and kept.is_dir():
            if _same_index(target, kept):  # `serve --dirty` keeps the site folder: the index is in place
                return
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(kept, target)
            log.info("zhpress: search index of %s kept from the server's first build", self.locale)
            return
        started = time.perf_counter()
        sizes = write_index(self.records, target, self.language, self.chinese)
        log.info(
            "zhpress: search index of %s: %d pages, %d files, %.1f KB in %.1f s",
            self.locale,
            len(self.records),
            len(sizes),
            sum(sizes.values()) / 1024,
            time.perf_counter() - started,
        )
        if serving:
            if kept.exists():
                shutil.rmtree(kept)
            shutil.copytree(target, kept)


def _same_index(target: Path, kept: Path) -> bool:
    """Whether `target` holds the index kept in `kept` (Pagefind's entry file names the index by its hash)."""
    entry = "pagefind-entry.json"
    try:
        return (target / entry).read_bytes() == (kept / entry).read_bytes()
    except OSError:
        return False


def _root_of(site_dir: Path, root: str) -> Path:
    """The whole site's folder, from a language's folder and its URL prefix."""
    depth = len([part for part in root.split("/") if part])
    return site_dir.parents[depth - 1] if depth else site_dir
