"""Figures tables: every row links to the sentence of the source the figure stands in."""

from __future__ import annotations

import html

from ..figures.model import Figure
from ..numbers.en import figure_en
from ..project import ArticleData, Project
from ..typeset import typeset
from ..urls import page_url, relative_url
from .base import Lang, article_paths, esc, href, section_titles
from .charts import section_chart_svg


def figure_link(lang: Lang, paths: dict[str, str], figure: Figure, from_path: str) -> str:
    """Link (unescaped) from a page to the sentence a figure stands in.

    English pages summarise: there the sentence is in the Chinese original.
    """
    target = paths.get(figure.section, paths["home"])
    here = lang.root + page_url(from_path, lang.use_directory_urls)
    there = (lang.source_root if lang.english else lang.root) + page_url(target, lang.use_directory_urls)
    return relative_url(here, there, f"fig-{figure.id}")


def section_charts(lang: Lang, project: Project, article: ArticleData, figures: list[Figure], from_path: str) -> str:
    """One chart per section (bars grouped by unit), each bar leading to its sentence."""

    paths = article_paths(project, article)
    titles = section_titles(lang, article)
    out = []
    for slug in dict.fromkeys(f.section for f in figures):
        group = [f for f in figures if f.section == slug]
        labels = {f.id: f.label_en if lang.english else typeset(lang.convert(f.label_zh)) for f in group}
        values = {
            f.id: figure_en(f.value, f.approx, f.unit) if lang.english else typeset(lang.convert(f.quote))
            for f in group
        }
        units = None if lang.english else {f.unit: lang.convert(f.unit) for f in group}
        hrefs = {f.id: figure_link(lang, paths, f, from_path) for f in group}
        title = html.unescape(titles.get(slug, slug))
        svg = section_chart_svg(group, labels, title, lang.locale, values=values, units=units, hrefs=hrefs)
        if svg:
            out.append(f'<div class="zp-chart">{svg}</div>'.replace("\n\n", "\n"))
    return "\n\n".join(out)


def figure_value(lang: Lang, figure: Figure) -> str:
    if lang.english:
        return esc(figure_en(figure.value, figure.approx, figure.unit))
    return lang.zh(figure.quote)


def figures_table(
    lang: Lang, project: Project, article: ArticleData, figures: list[Figure], from_path: str, with_section: bool
) -> str:
    if not figures:
        return f"<p>{esc(lang.t('none'))}</p>"
    paths = article_paths(project, article)
    titles = section_titles(lang, article)
    head = [lang.t("label"), lang.t("value")] + ([lang.t("section")] if with_section else []) + [lang.t("where")]
    rows = []
    for figure in figures:
        label = esc(figure.label_en) if lang.english else lang.zh(figure.label_zh)
        target = paths.get(figure.section, paths["home"])
        link = esc(figure_link(lang, paths, figure, from_path))
        cells = [label, figure_value(lang, figure)]
        if with_section:
            cells.append(f'<a href="{href(lang, from_path, target)}">{titles.get(figure.section, "")}</a>')
        quote = esc(figure.quote) if lang.english else lang.zh(figure.quote)
        hreflang = ' hreflang="zh-Hans"' if lang.english else ""
        cells.append(f'<a href="{link}"{hreflang} title="{esc(lang.t("goto"))}">{quote}</a>')
        tds = [f"<td>{c}</td>" for c in cells]
        tds[1] = f'<td data-sort="{figure.value}">{cells[1]}</td>'
        rows.append(f'<tr data-figure="{esc(figure.id)}">' + "".join(tds) + "</tr>")
    header = "".join(f"<th>{esc(h)}</th>" for h in head)
    return (
        f'<div class="zp-table"><table class="zp-figures">\n<thead><tr>{header}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table></div>"
    )
