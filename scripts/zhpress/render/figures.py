"""Figures tables: every row links to the sentence of the source the figure stands in."""

from __future__ import annotations

from ..figures.model import Figure
from ..numbers.en import figure_en
from ..project import ArticleData
from ..typeset import typeset
from ..urls import page_url, relative_url
from .base import Lang, Markup, english_label, esc, href
from .charts import section_chart_svg
from .context import ArticleContext


def figure_link(lang: Lang, paths: dict[str, str], figure: Figure, from_path: str) -> str:
    """Link (unescaped) from a page to the sentence a figure stands in.

    English pages summarise: there the sentence is in the Chinese original.
    """
    target = paths.get(figure.section, paths["home"])
    here = lang.root + page_url(from_path, lang.use_directory_urls)
    there = (lang.source_root if lang.english else lang.root) + page_url(target, lang.use_directory_urls)
    return relative_url(here, there, f"fig-{figure.id}")


def section_charts(ctx: ArticleContext, figures: list[Figure], from_path: str) -> Markup:
    """One chart per section (bars grouped by unit), each bar leading to its sentence."""
    lang, paths = ctx.lang, ctx.paths
    out = []
    for slug in dict.fromkeys(f.section for f in figures):
        group = [f for f in figures if f.section == slug]
        labels = {f.id: english_label(f) if lang.english else typeset(lang.convert(f.label_zh)) for f in group}
        values = {
            f.id: figure_en(f.value, f.approx, f.unit) if lang.english else typeset(lang.convert(f.quote))
            for f in group
        }
        units = None if lang.english else {f.unit: lang.convert(f.unit) for f in group}
        hrefs = {f.id: figure_link(lang, paths, f, from_path) for f in group}
        title = ctx.titles.get(slug, slug)
        svg = section_chart_svg(group, labels, title, lang.locale, values=values, units=units, hrefs=hrefs)
        if svg:
            out.append(f'<div class="zp-chart">{svg}</div>'.replace("\n\n", "\n"))
    return Markup("\n\n".join(out))


def figure_value(lang: Lang, figure: Figure) -> str:
    if lang.english:
        return esc(figure_en(figure.value, figure.approx, figure.unit))
    return lang.zh(figure.quote)


def _section_order(article: ArticleData, figures: list[Figure]) -> list[str]:
    """The sections that hold figures, in the article's order (lead, sections, closing, then any other)."""
    order = ["lead"] + [s.slug for s in article.sections] + ["closing"]
    present = dict.fromkeys(f.section for f in figures)
    return [slug for slug in order if slug in present] + [slug for slug in present if slug not in order]


def figures_table(ctx: ArticleContext, figures: list[Figure], from_path: str, by_section: bool) -> Markup:
    """A table of `figures`: label, value and the quote linking to its sentence.

    With `by_section`, the rows are grouped by section (one `<tbody>` each, headed by a row
    naming and linking the section) instead of repeating the section's title in every row.
    Every cell names its column in `data-label`, which the stylesheet shows when a narrow
    screen lays each row out as a card.
    """
    lang, article, paths = ctx.lang, ctx.article, ctx.paths
    if not figures:
        return Markup(f"<p>{esc(lang.t('none'))}</p>")
    head = [lang.t("label"), lang.t("value"), lang.t("where")]
    hreflang = ' hreflang="zh-Hans"' if lang.english else ""

    def row(figure: Figure) -> str:
        label = esc(english_label(figure)) if lang.english else lang.zh(figure.label_zh)
        link = esc(figure_link(lang, paths, figure, from_path))
        quote = esc(figure.quote) if lang.english else lang.zh(figure.quote)
        return (
            f'<tr data-figure="{esc(figure.id)}">'
            f'<td class="zp-label" data-label="{esc(head[0])}">{label}</td>'
            f'<td class="zp-value" data-label="{esc(head[1])}" data-sort="{figure.value}">{figure_value(lang, figure)}</td>'
            f'<td class="zp-quote" data-label="{esc(head[2])}"><a href="{link}"{hreflang} title="{esc(lang.t("goto"))}">'
            f"{quote}</a></td></tr>"
        )

    if by_section:
        bodies = []
        for slug in _section_order(article, figures):
            target = href(lang, from_path, paths.get(slug, paths["home"]))
            group = (
                f'<tr class="zp-group"><th colspan="{len(head)}" scope="rowgroup">'
                f'<a href="{target}">{ctx.title_html(slug)}</a></th></tr>'
            )
            rows = [row(f) for f in figures if f.section == slug]
            bodies.append("<tbody>\n" + "\n".join([group, *rows]) + "\n</tbody>")
    else:
        bodies = ["<tbody>\n" + "\n".join(row(f) for f in figures) + "\n</tbody>"]
    header = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    grouped = " zp-grouped" if by_section else ""
    return Markup(
        f'<div class="zp-table"><table class="zp-figures{grouped}">\n<thead><tr>{header}</tr></thead>\n'
        + "\n".join(bodies)
        + "\n</table></div>"
    )
