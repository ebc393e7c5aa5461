"""Internal link checking of a built site. Pure library code: reads files, returns problems.

`check_links(site_dir)` parses every HTML page under `site_dir` (every language
folder included) with the standard library's `html.parser` and checks every
internal link of `a[href]`, `link[href]`, `script[src]` and `img[src]`:

* the target exists as a file (a directory URL means its `index.html`);
* a `#fragment` names an element `id` (or an `<a name>`) on the target page.

A link is internal when it is relative (`../x/`, `x.css`, `?q`, `#a`) or
root-relative (`/x/`), or when it is absolute and starts with `site_url`
(canonical and hreflang alternate links). Other absolute URLs (another host,
`mailto:`, `javascript:`, …) and a bare `#` are not checked. Query strings are
ignored for the file check.

Material for MkDocs pages make the browser fetch URLs no attribute names:
the search worker (from its `<script id="__config">`), `base` +
`search/search_index.json` when the page holds Material's search box, and
`sitemap.xml` next to every `<link rel="alternate">` (its language selector);
zhpress's search box (`data-zp-search`) fetches `pagefind/pagefind.js` and, for
Chinese, `pagefind/zhpress-fold.json` under its language's root. All are
checked like links. Every `search/search_index.json` is read too: each result
location must lead to an existing page and anchor, since the search box links
there.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .errors import Problem

LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src"}
_ORIGIN = "http://zhpress-linkcheck.invalid"  # stands for the site's host when no site_url is given

__all__ = ["check_links"]


@dataclass
class _Link:
    url: str
    line: int
    kind: str = "link"  # how the message names it: link, search worker, search index, search result, sitemap fetch
    hint: str | None = None


@dataclass
class _Page:
    ids: set[str] = field(default_factory=set)
    links: list[_Link] = field(default_factory=list)
    base: str | None = None
    config: str | None = None  # text of Material's <script id="__config">
    alternates: list[_Link] = field(default_factory=list)  # <link rel="alternate" href>
    material_search: bool = False  # holds Material's search box (data-md-component="search")


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = _Page()
        self._in_config = False
        self._config: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs)

    def _tag(self, tag, attrs):
        values = dict(attrs)
        line = self.getpos()[0]
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.page.ids.add(values["name"])
        if tag == "base" and values.get("href") is not None and self.page.base is None:
            self.page.base = values["href"]
        attr = LINK_ATTRS.get(tag)
        if attr and values.get(attr) is not None:
            self.page.links.append(_Link(values[attr].strip(), line))
        if tag == "link" and "alternate" in (values.get("rel") or "").lower().split() and values.get("href"):
            self.page.alternates.append(_Link(values["href"].strip(), line))
        if values.get("data-md-component") == "search":
            self.page.material_search = True
        search = values.get("data-zp-search")
        if search is not None:
            root = search.strip().rstrip("/") + "/" if search.strip() else ""
            self.page.links.append(_Link(root + "pagefind/pagefind.js", line, "search index"))
            if values.get("data-zp-chinese") == "1":
                self.page.links.append(_Link(root + "pagefind/zhpress-fold.json", line, "search index"))
        if tag == "script" and values.get("id") == "__config":
            self._in_config = True
            self._config_line = line

    def handle_data(self, data):
        if self._in_config:
            self._config.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_config:
            self._in_config = False
            self.page.config = "".join(self._config)
            self._material_links(self.page.config, self._config_line)

    def _material_links(self, text: str, line: int) -> None:
        try:
            config = json.loads(text)
        except ValueError:
            return
        if not isinstance(config, dict):
            return
        if isinstance(config.get("search"), str):
            self.page.links.append(_Link(config["search"], line, "search worker"))
            base = config.get("base")
            if isinstance(base, str) and self.page.material_search:
                index = (base.rstrip("/") + "/" if base else "") + "search/search_index.json"
                self.page.links.append(_Link(index, line, "search index"))


def _parse(path: Path) -> _Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser.page


class _Site:
    def __init__(self, site_dir: Path, site_url: str | None):
        self.dir = Path(site_dir)
        if site_url:
            parts = urlsplit(site_url)
            self.origin = f"{parts.scheme}://{parts.netloc}".lower()
            self.prefix = parts.path if parts.path.endswith("/") else parts.path + "/"
        else:
            self.origin, self.prefix = _ORIGIN, "/"
        self._pages: dict[str, _Page] = {}

    def page(self, rel: str) -> _Page:
        if rel not in self._pages:
            self._pages[rel] = _parse(self.dir / rel)
        return self._pages[rel]

    def url_of(self, rel: str) -> str:
        """Absolute URL of a file given relative to the site directory."""
        return self.origin + self.prefix + rel

    def check(self, base_url: str, link: _Link) -> str | None:
        """What is wrong with one link found on the page at `base_url`, or None."""
        url = link.url
        if url == "#":
            return None
        parts = urlsplit(url)
        if parts.scheme and parts.scheme.lower() not in ("http", "https"):
            return None  # mailto:, javascript:, data:, tel:, …
        target = urlsplit(urljoin(base_url, url))
        if f"{target.scheme}://{target.netloc}".lower() != self.origin:
            return None  # another host
        if not target.path.startswith(self.prefix):
            if parts.scheme or parts.netloc:
                return None  # same host, outside the site: not ours to check
            return f'{link.kind} "{url}" points outside the site (above {self.prefix})'
        rel = unquote(target.path[len(self.prefix) :])
        if any(part == ".." for part in rel.split("/")):
            return f'{link.kind} "{url}" points outside the site'
        path = self.dir / rel if rel else self.dir
        if rel == "" or rel.endswith("/") or path.is_dir():
            rel = posixpath.join(rel, "index.html") if rel else "index.html"
            path = self.dir / rel
        if not path.is_file():
            what = "page" if rel.endswith((".html", ".htm")) else "file"
            return f'{link.kind} "{url}" points to a missing {what} {rel}'
        fragment = target.fragment
        if not fragment or not rel.endswith((".html", ".htm")):
            return None
        ids = self.page(rel).ids
        if fragment in ids or unquote(fragment) in ids or unquote(fragment).lower() == "top":
            return None
        return f'{link.kind} "{url}" points to a missing anchor #{fragment} in {rel}'


def check_links(site_dir: Path, *, site_url: str | None = None) -> list[Problem]:
    """Every broken internal link of the built site in `site_dir`, page by page (paths relative to it).

    `site_url` is the URL the site is published at (MkDocs' `site_url`): absolute
    links under it are checked too, and root-relative links are read below its path.
    """
    site = _Site(Path(site_dir), site_url)
    problems: list[Problem] = []
    for path in sorted(site.dir.rglob("*.html")):
        if not path.is_file():
            continue
        rel = path.relative_to(site.dir).as_posix()
        page = site.page(rel)
        page_url = site.url_of(rel)
        base_url = urljoin(page_url, page.base) if page.base is not None else page_url
        seen: set[tuple[str, str]] = set()
        for link in page.links + _material_fetches(page, base_url):
            message = site.check(base_url, link)
            if message and (link.url, message) not in seen:
                seen.add((link.url, message))
                problems.append(Problem(file=rel, message=message, line=link.line, hint=link.hint))
    for index in sorted(site.dir.rglob("search/search_index.json")):
        problems.extend(_check_search_index(site, index))
    return problems


def _material_fetches(page: _Page, base_url: str) -> list[_Link]:
    """URLs Material's script fetches on its own: `sitemap.xml` next to every `<link rel="alternate">`.

    Material's language selector reads each alternate's sitemap to find the
    same page in that language; it requests `sitemap.xml` relative to the
    alternate's URL on every page view, so an alternate naming a page rather
    than a language root makes it fetch a sitemap that does not exist.
    """
    if page.config is None:  # not a Material page
        return []
    return [
        _Link(
            urljoin(urljoin(base_url, alt.url), "sitemap.xml"),
            alt.line,
            "sitemap fetch",
            f'Material fetches sitemap.xml next to <link rel="alternate" href="{alt.url}">',
        )
        for alt in page.alternates
    ]


def _check_search_index(site: _Site, index: Path) -> list[Problem]:
    rel = index.relative_to(site.dir).as_posix()
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [Problem(file=rel, message=f"is not JSON: {exc}")]
    docs = data.get("docs") if isinstance(data, dict) else None
    if not isinstance(docs, list):
        return [Problem(file=rel, message="has no `docs` list")]
    root = posixpath.dirname(posixpath.dirname(rel))  # the language folder that holds search/
    base_url = site.url_of(root + "/" if root else "")
    problems, seen = [], set()
    for doc in docs:
        location = doc.get("location") if isinstance(doc, dict) else None
        if not isinstance(location, str) or location in seen:
            continue
        seen.add(location)
        message = site.check(base_url, _Link(location or "./", 0, "search result"))
        if message:
            problems.append(Problem(file=rel, message=message, field="docs.location"))
    return problems
