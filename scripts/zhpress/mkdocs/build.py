"""The work behind the plugin's hooks: one `LanguageBuild` per language of the site.

The source language is built by the `mkdocs build`/`serve` run itself, at the
site root. When it is done, each further language is built as a separate
MkDocs build into `<site_dir>/<locale>/`, so every language gets its own
navigation, interface language and search index.
"""

from __future__ import annotations

import contextvars
import gc
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from ..checks import run_checks
from ..errors import DataError, Problem, ZhpressError
from ..figures.exports import figures_csv, figures_json
from ..metadata.slugs import site_names
from ..project import Project, load_project
from ..render import drift_notice, error_site, render_site
from ..translations.drift import original_text
from ..typeset import typeset
from ..urls import page_url
from ..variants.convert import Overrides
from ..variants.record import load_confirmed, review_path
from .htmlpages import anchor_ids, as_html
from .languages import (
    LanguagePlan,
    Variant,
    docs_pages,
    language_partials,
    make_lang,
    pages_for,
    suffix_of,
    urls_of,
    variants_from_config,
)
from .navigation import NavigationPlan
from .parallel import Workers, can_fork, worker_count
from .preview import Preview, TrackedFile, settings_digest, tracked
from .search import SiteSearch, search_strings, take_over_header
from .sitemap import drop_mkdocs_sitemap, write_sitemaps

log = logging.getLogger("mkdocs.plugins.zhpress")
TEMPLATES = Path(__file__).parent / "templates"
ASSETS = Path(__file__).parent / "assets"
CSS_URI = "assets/zhpress/zhpress.css"
JS_URI = "assets/zhpress/zhpress.js"
SEARCH_JS_URI = "assets/zhpress/search.js"


@dataclass
class Shared:
    """State computed once per `mkdocs build` and reused by every language's build."""

    project: Project
    plan: LanguagePlan
    site_url: str | None  # of the whole site (the source language's root)
    sites: dict = field(default_factory=dict)  # (locale, use_directory_urls) → Site, rendered once per build


LANGUAGES_ENV = "ZHPRESS_LANGUAGES"  # overrides the `serve_languages` option: "zh-Hans,en"


class _DirtyNotice(logging.Filter):
    """Drops MkDocs' warning that dirty builds are inaccurate: the preview keeps them accurate."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


@dataclass
class Session:
    """What the plugin knows of the MkDocs command it runs in, shared by every build of the process."""

    command: str | None = None  # "build", "serve", "gh-deploy"; None when MkDocs is called as a library
    dirty: bool = False  # `--dirty`
    previews: dict[str, Preview] = field(default_factory=dict)  # by site_dir: pages of the last build
    sitemaps: dict = field(default_factory=dict)  # what each sitemap was last written from (`serve --dirty`)
    builds: int = 0  # builds of the site started (each builds every language)

    def start(self, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty
        if self.incremental:
            logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())
        elif command == "serve":
            log.info("zhpress: every edit rebuilds the whole site; `mkdocs serve --dirty` rebuilds what it changes")

    def build_started(self) -> None:
        """A build of the whole site starts (not a further language's). In `serve --dirty`, at the first
        rebuild: what the server keeps between builds (loaded articles, rendered pages, the preview's
        records) is moved out of the garbage collector's sight (`gc.freeze`). A full collection walks
        every live object, some 80,000 at 100 articles (0.06-0.1 s, ten times that at 1,000), and a
        rebuild makes about one; it now walks what the rebuilds make. The first build's own objects
        are gone by then (collected just before), so nothing that is later garbage is frozen with them
        but the articles and pages an edit replaces, which hold no reference cycle.
        """
        self.builds += 1
        if self.incremental and self.builds == 2:
            gc.collect()
            gc.freeze()

    @property
    def incremental(self) -> bool:
        """`mkdocs serve --dirty`: each build writes only the pages that changed since the last."""
        return self.command == "serve" and self.dirty


# data folder → locale → the generated pages of the last good build (shown as error pages while the
# data is broken during `mkdocs serve`).
_LAST_PAGES: dict[Path, dict[str, list[str]]] = {}

# (locale, shared state) of a nested build.
_NESTED: contextvars.ContextVar[tuple[str, Shared] | None] = contextvars.ContextVar("zhpress_nested", default=None)


def is_nested() -> bool:
    """Whether the build running is a further language's (started by the source language's build)."""
    return _NESTED.get() is not None


def user_error(exc: ZhpressError) -> PluginError:
    return PluginError("zhpress: the data has problems:\n  " + "\n  ".join(str(p) for p in exc.problems))


class LanguageBuild:
    def __init__(self, plugin_config, config, session: Session | None = None):
        nested = _NESTED.get()
        self.session = session or Session()
        self.serving = self.session.command == "serve"  # serve previews drafts; build leaves them out
        self.check = plugin_config.check
        self.preview = (
            self.session.previews.setdefault(config.site_dir, Preview()) if self.session.incremental else None
        )
        self.serve_languages = _serve_languages(plugin_config.serve_languages)
        self.navigation = None  # the build's Navigation (on_nav)
        self.records: dict = {}  # the preview's records of this build's pages
        self.workers: Workers | None = None  # processes building the further languages (source build)
        self.worker_count = worker_count(plugin_config.workers)
        self.variants = variants_from_config(plugin_config.variants)
        unknown = (self.serve_languages or set()) - {v.locale for v in self.variants}
        if unknown and not nested and self.session.command == "serve":
            log.warning(
                "zhpress: serve_languages/%s: %s is no language of this site (%s)",
                LANGUAGES_ENV,
                ", ".join(sorted(unknown)),
                ", ".join(v.locale for v in self.variants),
            )
        self.config_dir = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = (self.config_dir / plugin_config.data_dir).resolve()
        self.docs_dir = Path(config.docs_dir)
        if nested:
            locale, self.shared = nested
            self.variant = next(v for v in self.variants if v.locale == locale)
        else:
            self.variant = self.variants[0]
            self.shared = self._load_shared(config)
        self.is_root = nested is None
        self.per_article_nav = plugin_config.navigation == "article"
        self.search_enabled = plugin_config.search
        self.nav_plan: NavigationPlan | None = None
        self.convert_docs: set[str] = set()
        self.translated_docs: set[str] = set()  # pages written by hand for this variant
        self.generated: set[str] = set()  # pages rendered by zhpress.render (HTML already)
        self.html: dict[str, str] = {}  # src_uri → content of a generated page, taken without Markdown
        self.search: SiteSearch | None = None  # the language's search index, when the `search` option is on
        self.lang = make_lang(
            self.variant, self.shared.project.overrides, self.variants[0].root, config.use_directory_urls
        )
        self.site = self.shared.sites.get((self.variant.locale, config.use_directory_urls)) or render_site(
            self.shared.project, self.lang
        )
        self.canonical = {page.path: page.canonical for page in self.site.pages if page.canonical}

    def _load_shared(self, config) -> Shared:
        try:
            reserved = site_names(self.docs_dir, [v.locale for v in self.variants])
            project = load_project(self.data_dir, reserved=reserved)
            problems = project.overrides.unknown_locales([v.locale for v in self.variants if v.opencc])
            try:
                load_confirmed(review_path(self.data_dir))  # a broken record fails the build as it fails check
            except DataError as exc:
                problems += exc.problems
            if problems:
                raise DataError(problems)
        except ZhpressError as exc:
            if self.serving:
                return self._error_shared(config, exc.problems)
            raise user_error(exc) from None
        if not self.serving:
            drafts = project.drafts()
            if drafts:
                log.info("zhpress: left out %d draft(s): %s", len(drafts), ", ".join(drafts))
            project = project.published()
        errors = self._check(project)
        if errors and self.serving:
            return self._error_shared(config, errors)
        plan = LanguagePlan(self.variants)
        docs = docs_pages(self.docs_dir)
        sites = {}
        generated: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}  # every page, repeated ones too: shown as error pages if the data breaks
        for variant in self.variants:
            lang = make_lang(variant, project.overrides, self.variants[0].root, config.use_directory_urls)
            site = sites[(variant.locale, config.use_directory_urls)] = render_site(project, lang)
            # Pages repeated at a second address are left out: sitemaps and switchers name the first.
            generated[variant.locale] = [page.path for page in site.pages if not page.canonical]
            last[variant.locale] = [page.path for page in site.pages]
            plan.page_urls[variant.locale] = urls_of(
                generated[variant.locale] + pages_for(variant, self.variants, docs), config.use_directory_urls
            )
        _LAST_PAGES[self.data_dir] = last
        return Shared(project=project, plan=plan, site_url=config.site_url, sites=sites)

    def _check(self, project: Project) -> list[Problem]:
        """The data checks of the plugin's `check` option: errors fail a build; `warn` logs them instead."""
        if self.check == "skip":
            return []
        # Translation drift is left out: a drifted page is built with its drift notice (`zhpress check` fails on it).
        errors = run_checks(project, None, todo=False).errors
        if errors and not self.serving:
            if self.check == "error":
                raise user_error(ZhpressError(errors))
            for problem in errors:
                log.warning("zhpress: %s", problem)
            return []
        return errors

    def _error_shared(self, config, problems: list[Problem]) -> Shared:
        """`mkdocs serve` on broken data: the pages of the last good build show the problems instead.

        Serving a page is better than failing the build: a failed build leaves the browser waiting.
        """
        log.error("zhpress: the data has problems:\n  %s", "\n  ".join(str(p) for p in problems))
        project = Project(data_dir=self.data_dir, articles=[], overrides=Overrides())
        plan = LanguagePlan(self.variants)
        docs = docs_pages(self.docs_dir)
        last = _LAST_PAGES.get(self.data_dir, {})
        sites = {}
        for variant in self.variants:
            lang = make_lang(variant, project.overrides, self.variants[0].root, config.use_directory_urls)
            site = sites[(variant.locale, config.use_directory_urls)] = error_site(
                lang, problems, last.get(variant.locale, [])
            )
            plan.page_urls[variant.locale] = urls_of(
                [page.path for page in site.pages] + pages_for(variant, self.variants, docs),
                config.use_directory_urls,
            )
        return Shared(project=project, plan=plan, site_url=config.site_url, sites=sites)

    # -- on_config ---------------------------------------------------------
    def configure(self, config) -> None:
        config.theme["language"] = f"zhpress/{self.variant.locale}"
        dirs = config.theme.dirs
        custom = config.theme.custom_dir
        at = 1 if custom and dirs and Path(dirs[0]) == Path(custom) else 0
        dirs[at:at] = [str(TEMPLATES), str(language_partials(self.variants))]
        if self.variant.site_name:
            config.site_name = self.variant.site_name
        elif not self.variant.english:
            config.site_name = self.lang.convert(config.site_name)
        if self.variant.site_description:
            config.site_description = self.variant.site_description
        elif not self.variant.english and config.site_description:
            config.site_description = typeset(self.lang.convert(config.site_description))
        config.extra["zhpress_not_found"] = {
            "title": self.lang.t("not_found"),
            "text": self.lang.t("not_found_text"),
            "home": self.lang.t("back_home"),
        }
        drop_mkdocs_sitemap(config)
        config.extra_css.append(CSS_URI)
        config.extra_javascript.append(JS_URI)
        if self.search_enabled:
            take_over_header(config)
            config.extra["zhpress_search"] = search_strings(self.lang)
            config.extra_javascript.append(SEARCH_JS_URI)
            self.search = SiteSearch(self.variant.locale, not self.variant.english, self.variant.root)
            if self.serving:
                self.search.reuse_in(Path(config.site_dir))
        docs = [
            p
            for p in pages_for(self.variant, self.variants, docs_pages(self.docs_dir))
            if p not in {page.path for page in self.site.pages}
        ]
        config.nav = list(self.site.nav) + [{self._docs_title(p): p} for p in docs]

    def _docs_title(self, path: str) -> str:
        """Nav title of a hand-written page: its first `# heading`, else its file name."""
        for candidate in (path[:-3] + f".{self.variant.locale}.md", path):
            file = self.docs_dir / candidate
            if file.exists() and (candidate != path or not self.variant.english):
                for line in file.read_text(encoding="utf-8").splitlines():
                    if line.startswith("# "):
                        title = line[2:].strip()
                        return title if candidate != path else self.lang.convert(title)
        return Path(path).stem

    # -- on_files ------------------------------------------------------------
    def files(self, files: Files, config) -> Files:
        if self.is_root and self.worker_count > 1 and self.session.command != "serve" and can_fork():
            # The site folder has been cleaned: the workers build the further languages into it now.
            further = {v.locale: v for v in self._further_variants()}
            self.workers = Workers(
                list(further), lambda locale: self._build_variant(further[locale], config), self.worker_count - 1
            )
        locales = {v.locale for v in self.variants}
        own: dict[str, File] = {}
        kept = Files([])
        for file in files:
            if not file.src_uri.endswith(".md"):
                kept.append(file)
                continue
            base, locale = suffix_of(file.src_uri, locales)
            if locale == self.variant.locale:
                own[base] = File.generated(config, base, abs_src_path=file.abs_src_path)  # type: ignore[arg-type]
                self.translated_docs.add(base)
            elif locale is None and not self.variant.english:
                own.setdefault(base, file)
                if self.variant.opencc:
                    self.convert_docs.add(base)
        for base, file in own.items():
            if file.src_uri != base or file.abs_src_path != (self.docs_dir / base).as_posix():
                self.convert_docs.discard(base)
        for page in self.site.pages:
            if page.path not in own:
                kept.append(self._page_file(config, page))
                self.generated.add(page.path)
        for file in own.values():
            kept.append(file)
        if self.is_root:
            kept.append(self._download(config, "figures.csv", figures_csv(self.shared.project)))
            kept.append(self._download(config, "figures.json", figures_json(self.shared.project)))
        for uri in (CSS_URI, JS_URI) + ((SEARCH_JS_URI,) if self.search else ()):
            kept.append(File.generated(config, uri, content=(ASSETS / Path(uri).name).read_text(encoding="utf-8")))
        if self.preview is not None:
            return Files([tracked(f) if f.is_documentation_page() else f for f in kept])
        return kept

    def _page_file(self, config, page) -> File:
        # A page repeated at a second address is left out of the navigation, without MkDocs' notice.
        inclusion = InclusionLevel.NOT_IN_NAV if page.canonical else InclusionLevel.UNDEFINED
        if self.preview is None:
            return File.generated(config, page.path, content=page.markdown, inclusion=inclusion)
        # The preview decides what is read and written; an unchanged page keeps its file.
        return self.preview.page_file(config, page.path, page.markdown, inclusion)

    def _download(self, config, uri: str, content: str) -> File:
        """A download of the site; in `serve --dirty`, written only when its content changed."""
        if self.preview is None:
            return File.generated(config, uri, content=content)
        file = TrackedFile.generated(config, uri, content=content)
        assert isinstance(file, TrackedFile)
        file.modified = not self.preview.unchanged(uri, content, file.abs_dest_path)
        return file

    # -- on_nav, on_env: the incremental preview decides what is read and written ----------
    def nav(self, nav, config) -> None:
        self.navigation = nav
        if self.preview is not None:
            self.preview.plan_reading(nav, settings_digest(config), self._alternates, self.per_article_nav)

    def env(self) -> None:
        if self.preview is not None and self.navigation is not None:
            self.records = self.preview.plan_writing(self.navigation, self._alternates, self.per_article_nav)

    def _alternates(self, url: str) -> tuple:
        """What the language switcher of the page at `url` depends on: which languages have that page."""
        plan = self.shared.plan
        return tuple(url in plan.page_urls.get(v.locale, ()) for v in plan.variants)

    def page_markdown(self, markdown: str, page) -> str:
        if page.file.src_uri in self.convert_docs:
            return self.lang.convert_markdown(markdown)
        if page.file.src_uri in self.translated_docs:
            source = original_text(self.shared.project, self.docs_dir, page.file.src_uri)
            notice = drift_notice(self.lang, page.meta.get("source_hash"), source) if source is not None else ""
            return notice + "\n\n" + markdown if notice else markdown
        if page.file.src_uri in self.generated:
            content = as_html(markdown)
            if content is not None:  # Markdown gets nothing to do; page_content puts the HTML in place
                self.html[page.file.src_uri] = content
                return ""
        return markdown

    def page_content(self, content: str, page) -> str:
        html = self.html.pop(page.file.src_uri, None)
        if html is not None:
            page.present_anchor_ids = anchor_ids(html)
        shown = content if html is None else html
        if self.search is not None and page.file.src_uri not in self.canonical:  # a repeat is searched once
            self.search.add_page(page, shown)
        return shown

    def template_context(self, context, template_name: str) -> None:
        """The not-found page lists the site's own pages, not every article's (its cost stays flat)."""
        if template_name == "404.html" and self.per_article_nav and context.get("nav") is not None:
            context["nav"] = NavigationPlan(context["nav"]).for_site()

    def page_context(self, context, page, config) -> None:
        alternates = self.shared.plan.alternates(self.variant, page.url)
        config.extra["alternate"] = alternates
        repeats = self.canonical.get(page.file.src_uri)
        if repeats is not None and config.site_url:  # a page shown at a second address names the first
            page.canonical_url = config.site_url.rstrip("/") + "/" + page_url(repeats, config.use_directory_urls)
        if self.per_article_nav and context.get("nav") is not None:
            if self.nav_plan is None or self.nav_plan.nav is not context["nav"]:
                self.nav_plan = NavigationPlan(context["nav"])
            context["nav"] = self.nav_plan.for_page(page)

    # -- on_post_build -------------------------------------------------------
    def post_build(self, config) -> None:
        if self.search is not None:
            try:
                self.search.write(Path(config.site_dir), serving=self.session.command == "serve")
            except ZhpressError as exc:
                raise user_error(exc) from None
        if self.preview is not None:
            self.preview.commit(self.records, config.site_dir)
        if not self.is_root:
            return
        if self.workers is not None:
            failures, self.workers = self.workers.finish(), None
            if failures:
                raise PluginError("\n".join(f"zhpress: building {job} failed: {error}" for job, error in failures))
        else:
            for variant in self._further_variants():
                self._build_variant(variant, config)
        last = self.session.sitemaps if self.session.incremental else None
        write_sitemaps(self.shared.plan, self.shared.site_url, Path(config.site_dir), last)

    def stop_workers(self) -> None:
        if self.workers is not None:
            self.workers.stop()
            self.workers = None

    def _further_variants(self) -> list[Variant]:
        """The languages built after (or beside) the source language."""
        out = []
        for variant in self.variants[1:]:
            chosen = self.serve_languages
            if self.session.command == "serve" and chosen is not None and variant.locale not in chosen:
                log.info("zhpress: %s is not previewed (serve_languages, %s)", variant.locale, LANGUAGES_ENV)
                continue
            out.append(variant)
        return out

    def _build_variant(self, variant: Variant, config) -> None:
        from mkdocs.commands.build import build

        site_url = config.site_url.rstrip("/") + "/" + variant.root if config.site_url else None
        nested = load_config(
            config_file=config.config_file_path,
            site_dir=str(Path(config.site_dir) / variant.locale),
            site_url=site_url,
            strict=config.strict,
            docs_dir=config.docs_dir,
        )
        token = _NESTED.set((variant.locale, self.shared))
        try:
            log.info("zhpress: building %s into %s/", variant.locale, variant.locale)
            build(nested, dirty=self.session.incremental)
        finally:
            _NESTED.reset(token)


def _serve_languages(configured: list[str]) -> set[str] | None:
    """The languages `mkdocs serve` builds (None: all): the environment variable wins over the option.

    The source language is always built: "zh-Hans" alone (or an empty variable) builds only it.
    """
    value = os.environ.get(LANGUAGES_ENV)
    if value is not None:
        return {part.strip() for part in value.split(",") if part.strip()}
    return set(configured) or None
