"""The whole site of one language: generated pages and navigation."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from ..project import Project
from ..urls import page_url, relative_url
from .article import render_article
from .base import Lang, Page, Site, article_title, esc, front_matter, heading, href
from .context import ArticleContext
from .figures import figures_table
from .glossary import render_glossary

# Rendered article pages, reused while `mkdocs serve` rebuilds: the project loader returns the
# same ArticleData object for an article whose files did not change, so an edit to one article
# re-renders only that one.
# The same holds for an article's block of the site-wide figures page.
_CACHE: dict[tuple, tuple[object, Any]] = {}


def _cached(kind: str, lang: Lang, project: Project, article, make: Callable[[], Any]) -> Any:
    """`make()`, or what it returned for this language and this same (unchanged) article before."""
    if lang.cache_key is None:
        return make()
    key = (
        kind,
        lang.cache_key,
        lang.root,
        lang.source_root,
        lang.use_directory_urls,
        len(project.articles) == 1,
        article.slug,
    )
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is article:
        return hit[1]
    value = make()
    _CACHE[key] = (article, value)
    return value


def _render_article_cached(lang: Lang, project: Project, article) -> tuple[list[Page], list]:
    ctx = ArticleContext.of(lang, article, single=len(project.articles) == 1)
    return _cached("pages", lang, project, article, partial(render_article, ctx))


def render_site(project: Project, lang: Lang) -> Site:
    """Every generated page of one language, and its navigation."""
    site = _articles(project, lang)
    glossary = render_glossary(lang, project.glossary)
    if glossary:
        site.pages.append(glossary)
        site.nav.append({glossary.title: glossary.path})
    return site


def _articles(project: Project, lang: Lang) -> Site:
    site = Site()
    if len(project.articles) == 1:
        article = project.articles[0]
        pages, nav = _render_article_cached(lang, project, article)
        site.pages.extend(pages)
        site.nav = [{lang.t("home"): "index.md"}] + nav
        return site
    items = []
    for article in project.articles:
        pages, nav = _render_article_cached(lang, project, article)
        site.pages.extend(pages)
        title = article_title(lang.for_article(article), article)
        site.nav.append({esc(title): [f"{article.slug}/index.md"] + nav})
        meta = article.meta
        details = " · ".join(
            esc(v) if lang.english else lang.zh(v, prose=False)
            for v in (meta.publication, meta.published.isoformat() if meta.published else meta.period)
            if v
        )
        items.append(
            f'<li><a href="{href(lang, "index.md", f"{article.slug}/index.md")}">{esc(title)}</a>'
            + (f' <span class="zp-meta-line">{details}</span>' if details else "")
            + "</li>"
        )
    home_title = lang.t("home")
    site.pages.insert(
        0,
        Page(
            "index.md",
            home_title,
            front_matter(home_title)
            + heading(1, esc(home_title))
            + "\n\n"
            + f'<ul class="zp-articles">{"".join(items)}</ul>\n',
        ),
    )
    site.nav.insert(0, {home_title: "index.md"})
    site.pages.append(_all_figures(project, lang))
    site.nav.append({lang.t("all_figures_site"): "figures.md"})
    return site


def _all_figures(project: Project, lang: Lang) -> Page:
    """Every article's figures on one page, article by article (a site of several articles)."""
    title = lang.t("all_figures_site")
    body: list[str] = [heading(1, esc(title))]
    for article in project.articles:
        body.append(_cached("all-figures", lang, project, article, partial(_figures_block, project, lang, article)))
    downloads = " · ".join(
        f'<a href="{esc(relative_url(lang.root + page_url("figures.md", lang.use_directory_urls), lang.source_root + name))}" download>{name}</a>'
        for name in ("figures.csv", "figures.json")
    )
    body.append(f'<p class="zp-downloads">{esc(lang.t("download"))}: {downloads}</p>')
    # Left out of search: its rows are those of every article's own figures page.
    return Page("figures.md", title, front_matter(title, search=False) + "\n\n".join(body) + "\n")


def _figures_block(project: Project, lang: Lang, article) -> str:
    """An article's heading and figures table on the site-wide figures page."""
    ctx = ArticleContext.of(lang, article, single=len(project.articles) == 1)
    return (
        heading(2, esc(article_title(ctx.lang, article)), f"article-{article.slug}")
        + "\n\n"
        + figures_table(ctx, ctx.figures, "figures.md", by_section=True)
    )


def error_site(lang: Lang, problems: list, paths: list[str]) -> Site:
    """While `mkdocs serve` runs on broken data: every page of the last good build lists the problems.

    Args:
        lang: the language of the pages.
        problems: the data's problems (`file:line: field: message (fix)` each).
        paths: the generated pages to replace (the home page is always one of them).
    """
    title = lang.t("data_errors")
    items = "".join(f"<li><code>{esc(str(p))}</code></li>" for p in problems)
    body = (
        front_matter(title)
        + heading(1, esc(title))
        + f'\n\n<div class="admonition failure zp-data-errors"><p>{esc(lang.t("data_errors_text"))}</p>'
        + f"<ul>{items}</ul></div>\n"
    )
    pages = [Page(path, title, body) for path in dict.fromkeys(["index.md", *paths])]
    return Site(pages=pages, nav=[{title: "index.md"}])
