"""Incremental preview: `mkdocs serve --dirty` rebuilds only the pages an edit changes.

MkDocs' dirty builds re-render a page when `File.is_modified()` says so, which
for an in-memory (generated) file is always, and for a file on disk compares
modification times; pages that are not re-rendered keep no title, so their
neighbours' previous/next links read "None". Every other page's navigation may
also go stale. This module keeps, per output folder (one per language), what
each page of the last build was made from, and decides per page:

1. *Read* (run through `on_page_markdown`, Markdown and `on_page_content`) only a
   generated page whose Markdown differs from the last build's (the render cache
   returns the same string for an unchanged article, so the test is cheap), and
   every hand-written page (there are few). A page that is not read gets its
   last title back, so the navigation and its neighbours show it right.
2. *Write* (through the theme) a page whose content, title, neighbours' titles,
   navigation as shown on that page, or language alternates differ from the last
   build's. With `navigation: article` a page's navigation holds the site's own
   pages and its own article only, so an edit to one article writes that
   article's pages, its neighbours and the pages that list every article.
3. Delete the output of a page that no longer exists.

The result is the same site as a clean build (tests/build/test_preview.py
compares the two after edits). Of the files that are not pages, figures.csv and
figures.json are written when their content changed (`unchanged`), the sitemaps
when the pages of a language changed (sitemap.py); the CSS and scripts are written
on every build, as MkDocs does.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from .navigation import NavigationPlan


class TrackedFile(File):
    """A page file whose `is_modified()` the preview decides (MkDocs asks it before reading and writing)."""

    modified: bool = True

    def is_modified(self) -> bool:
        return self.modified


def tracked(file: File) -> TrackedFile:
    """The same page file as a `TrackedFile` (a file from docs/, or one generated with content or a path)."""
    if isinstance(file, TrackedFile):
        return file
    copy = TrackedFile(
        file.src_uri,
        src_dir=file.src_dir,
        dest_dir=file.dest_dir,
        use_directory_urls=file.use_directory_urls,
        inclusion=file.inclusion,
    )
    copy.generated_by = file.generated_by
    copy.abs_src_path = file.abs_src_path
    copy._content = file._content
    return copy


@dataclass
class PageRecord:
    """What a page of the last build was made from."""

    source: str | None  # the Markdown of a generated page (None: a hand-written page, always read)
    title: str | None
    content: str  # digest of what reading the page produced (content, table of contents, metadata)
    shown: tuple  # everything else the written page shows: see `Preview._shown`
    dest: str  # the written file


UNKNOWN = object()  # the title of a page that is read again: equal to no title of the last build


class Shown:
    """What a written page shows besides its own content: its title, its neighbours' titles and URLs,
    its navigation (titles and URLs) and its language alternates.

    Args:
        nav: the build's Navigation.
        alternates: page URL → what the language switcher shows of it (any comparable value).
        per_article: whether a page's navigation is its own article's (`navigation: article`).
        unknown: pages read in this build, with their title when it is known before (else None).
    """

    def __init__(self, nav, alternates, per_article: bool, unknown: dict[str, str | None]):
        self.alternates = alternates
        self.unknown = unknown
        self.tokens: dict[int, tuple] = {}
        self.navigations: dict[int, tuple] = {}  # by part of the navigation (see NavigationPlan.part)
        self.plan = NavigationPlan(nav) if per_article else None
        self.whole = None if per_article else tuple(self._token(item) for item in nav.items)

    def title(self, page):
        uri = page.file.src_uri
        if uri not in self.unknown or "title" in page.__dict__:  # a title from the nav is known before reading
            return page.title
        title = self.unknown[uri]
        return UNKNOWN if title is None else title

    def __call__(self, page) -> tuple:
        neighbours = tuple(
            (other.url, self.title(other)) if other is not None else None
            for other in (page.previous_page, page.next_page)
        )
        navigation = self.whole
        if self.plan is not None:
            part = id(self.plan.part(page))
            navigation = self.navigations.get(part)
            if navigation is None:
                navigation = self.navigations[part] = tuple(self._token(item) for item in self.plan.for_page(page))
        return (self.title(page), neighbours, navigation, self.alternates(page.url))

    def _token(self, item) -> tuple:
        key = id(item)
        token = self.tokens.get(key)
        if token is None:
            if item.is_page:
                token = (self.title(item), item.url, ())
            else:
                children = item.children if item.is_section else None
                token = (item.title, getattr(item, "url", None), tuple(self._token(c) for c in children or ()))
            self.tokens[key] = token
        return token


@dataclass
class Preview:
    """The pages of one language's last build, kept between the builds of `mkdocs serve --dirty`."""

    settings: str = ""  # digest of the configuration: any change rebuilds every page
    pages: dict[str, PageRecord] = field(default_factory=dict)  # by src_uri
    pending: bool = False  # a build started and did not finish: its output is not what `pages` says
    files: dict[str, str] = field(default_factory=dict)  # uri → content of a generated file (not a page) written
    page_files: dict[str, tuple] = field(default_factory=dict)  # uri → (Markdown, inclusion, its TrackedFile)
    _read: set[str] = field(default_factory=set)  # pages read in the current build
    _files: dict[str, str] = field(default_factory=dict)  # `files` of the current build

    # -- on_files ------------------------------------------------------------
    def page_file(self, config, uri: str, markdown: str, inclusion) -> TrackedFile:
        """The file of a generated page: the last build's when the page is the same (the same Markdown
        object, from the render cache), so that MkDocs does not work out its paths and URL again."""
        last = self.page_files.get(uri)
        if last is not None and last[0] is markdown and last[1] == inclusion:
            file = last[2]
            if file.dest_dir == config.site_dir and file.use_directory_urls == config.use_directory_urls:
                file.inclusion = inclusion  # as made: MkDocs works out an undefined one again
                file.page = None
                return file
        file = TrackedFile.generated(config, uri, content=markdown, inclusion=inclusion)
        assert isinstance(file, TrackedFile)
        self.page_files[uri] = (markdown, inclusion, file)
        return file

    def unchanged(self, uri: str, content: str, dest: str) -> bool:
        """Whether a generated file that is not a page holds what the last build wrote, still in place."""
        self._files[uri] = content
        return not self.pending and self.files.get(uri) == content and os.path.isfile(dest)

    # -- before reading (on_nav) ------------------------------------------------
    def plan_reading(self, nav, settings: str, alternates, per_article: bool) -> None:
        """Mark which pages are read: those whose source changed, and those that show one of them
        (as neighbour or in the navigation), or whose neighbours or alternates changed. The others
        get their last title back.
        """
        if settings != self.settings or self.pending:
            self.pages.clear()
            self.settings = settings
        self.pending = True
        changed: dict[str, str | None] = {}  # src_uri → title, when the front matter gives it
        for page in nav.pages:
            file = page.file
            last = self.pages.get(file.src_uri)
            source = _source(file)
            if last is not None and source is not None and (last.source is source or last.source == source):
                if last.title is not None:
                    page.title = last.title
            else:
                changed[file.src_uri] = _front_title(source)
        shown = Shown(nav, alternates, per_article, changed)
        read = set(changed)
        for page in nav.pages:
            uri = page.file.src_uri
            if uri not in read and shown(page) != self.pages[uri].shown:
                read.add(uri)
        for page in nav.pages:
            if isinstance(page.file, TrackedFile):
                page.file.modified = page.file.src_uri in read
        self._read = read

    # -- before writing (on_env) ----------------------------------------------
    def plan_writing(self, nav, alternates, per_article: bool) -> dict[str, PageRecord]:
        """Mark which of the pages read are written; returns this build's records (kept by `commit`)."""
        shown = Shown(nav, alternates, per_article, {})
        records = {}
        for page in nav.pages:
            file = page.file
            uri = file.src_uri
            last = self.pages.get(uri)
            if uri not in self._read and last is not None:
                records[uri] = last
                continue
            record = records[uri] = PageRecord(
                source=_source(file),
                title=page.title,
                content=_digest(page),
                shown=shown(page),
                dest=file.abs_dest_path,
            )
            if isinstance(file, TrackedFile):
                file.modified = last is None or last.content != record.content or last.shown != record.shown
        return records

    # -- after the build (on_post_build) --------------------------------------
    def commit(self, records: dict[str, PageRecord], site_dir: str) -> None:
        """Keep this build's records; delete what pages that no longer exist had written."""
        written = {r.dest for r in records.values()}
        for uri, last in self.pages.items():
            if uri not in records and last.dest not in written:
                _remove(Path(last.dest), Path(site_dir))
        self.pages = records
        self.files, self._files = self._files, {}
        for _, _, file in self.page_files.values():
            file.page = None  # the page objects of this build are not kept with the files
        self.pending = False


def _front_title(source: str | None) -> str | None:
    """The title in a generated page's front matter (what MkDocs takes as its title when read)."""
    if source is None or not source.startswith("---"):
        return None
    end = source.find("\n---", 3)
    if end < 0:
        return None
    _, meta = get_data(source[: end + 4] + "\n")
    title = meta.get("title")
    return title if isinstance(title, str) else None


def _source(file) -> str | None:
    """The Markdown of a generated page (None for a file read from disk)."""
    content = file._content
    return content if isinstance(content, str) and file.abs_src_path is None else None


def _digest(page) -> str:
    meta = json.dumps(page.meta, sort_keys=True, default=str, ensure_ascii=False)
    toc = json.dumps(_toc(page.toc), ensure_ascii=False)
    digest = hashlib.blake2b(digest_size=16)
    for part in (page.content or "", toc, meta):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _toc(items) -> list:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in items]


def _remove(dest: Path, site_dir: Path) -> None:
    """Delete a page's output and the folders it leaves empty inside `site_dir`."""
    try:
        dest.unlink()
    except FileNotFoundError:
        return
    folder = dest.parent
    while folder != site_dir and site_dir in folder.parents:
        try:
            folder.rmdir()  # only succeeds when empty
        except OSError:
            return
        folder = folder.parent


def settings_digest(config) -> str:
    """A digest of what every page shows alike: the configuration file, site name and extra values."""
    digest = hashlib.blake2b(digest_size=16)
    path = config.config_file_path
    if path and os.path.exists(path):
        digest.update(Path(path).read_bytes())
    extra = {k: v for k, v in config.extra.items() if k != "alternate"}
    shown = [config.site_name, config.site_description, config.copyright, extra]
    digest.update(json.dumps(shown, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()
