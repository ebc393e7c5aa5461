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
from .glossary import render_glossary

# Rendered article pages, reused while `mkdocs serve` rebuilds: the project loader returns the
# same ArticleData object for an article whose files did not change, so an edit to one article
# re-renders only that one.
# The same holds for an article's row in the site's figures index.
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
    return _cached("pages", lang, project, article, partial(_render_article, lang, article, len(project.articles) == 1))


def _render_article(lang: Lang, article, single: bool) -> tuple[list[Page], list]:
    # The context (titles typeset) is worked out only for an article that is rendered, not for a cache hit.
    return render_article(ArticleContext.of(lang, article, single=single))


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
        title, item = _cached("home-item", lang, project, article, partial(_home_item, lang, article))
        site.nav.append({title: [f"{article.slug}/index.md"] + nav})
        items.append(item)
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


def _home_item(lang: Lang, article) -> tuple[str, str]:
    """An article's title in the navigation (escaped) and its item in the home's list."""
    title = esc(article_title(lang.for_article(article), article))
    meta = article.meta
    details = " · ".join(
        esc(v) if lang.english else lang.zh(v, prose=False)
        for v in (meta.publication, meta.published.isoformat() if meta.published else meta.period)
        if v
    )
    item = (
        f'<li><a href="{href(lang, "index.md", f"{article.slug}/index.md")}">{title}</a>'
        + (f' <span class="zp-meta-line">{details}</span>' if details else "")
        + "</li>"
    )
    return title, item


def _all_figures(project: Project, lang: Lang) -> Page:
    """The site's figures page (a site of several articles): an index of the articles' own figures pages.

    One row per article (its title linking to its figures page, its date, its number of figures) and
    the downloads of every figure. The figures themselves are on each article's figures page: one page
    holding them all would grow with the site (2.4 MB per language at 100 articles) and be rebuilt on
    every edit of `mkdocs serve`; the CSV and JSON downloads hold them all for a spreadsheet or a script.
    """
    title = lang.t("all_figures_site")
    head = [lang.t("article"), lang.t("date"), lang.t("figure_count")]
    header = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    rows = [_cached("figures-index", lang, project, a, partial(_index_row, lang, head, a)) for a in project.articles]
    here = lang.root + page_url("figures.md", lang.use_directory_urls)
    downloads = " · ".join(
        f'<a href="{esc(relative_url(here, lang.source_root + name))}" download>{name}</a>'
        for name in ("figures.csv", "figures.json")
    )
    body = [
        heading(1, esc(title)),
        f'<p class="zp-downloads">{esc(lang.t("download"))}: {downloads}</p>',
        f'<div class="zp-table"><table class="zp-index">\n<caption>{esc(lang.t("figures_index"))}</caption>\n'
        f"<thead><tr>{header}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table></div>",
    ]
    # Left out of search: it names the articles, whose own pages are indexed.
    return Page("figures.md", title, front_matter(title, search=False) + "\n\n".join(body) + "\n")


def _index_row(lang: Lang, head: list[str], article) -> str:
    """An article's row in the site's figures index: title (a row header), date, number of figures."""
    local = lang.for_article(article)
    meta = article.meta
    date = meta.published.isoformat() if meta.published else meta.period
    shown = (esc(date) if lang.english else lang.zh(date, prose=False)) if date else "—"
    count = len(article.figures.figures) if article.figures else 0
    link = href(lang, "figures.md", f"{article.slug}/figures.md")
    return (
        f'<tr data-article="{esc(article.slug)}">'
        f'<th scope="row"><a href="{link}">{esc(article_title(local, article))}</a></th>'
        f'<td class="zp-date" data-label="{esc(head[1])}" data-sort="{esc(date or "")}">{shown}</td>'
        f'<td class="zp-count" data-label="{esc(head[2])}" data-sort="{count}">{count}</td></tr>'
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
