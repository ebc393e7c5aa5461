"""Figures tables: every row links to the sentence of the source the figure stands in."""

from __future__ import annotations

from ..figures import Figure
from ..project import ArticleData, Project
from ..urls import page_url, relative_url
from .base import Lang, article_paths, esc, href, section_titles

def figure_value(lang: Lang, figure: Figure) -> str:
    if lang.english:
        from ..numbers_en import format_en
        return esc(format_en(figure.value, figure.approx))
    return lang.zh(figure.quote)


def figures_table(lang: Lang, project: Project, article: ArticleData, figures: list[Figure], from_path: str,
                  with_section: bool) -> str:
    if not figures:
        return f"<p>{esc(lang.t('none'))}</p>"
    paths = article_paths(project, article)
    titles = section_titles(lang, article)
    head = [lang.t("label"), lang.t("value")] + ([lang.t("section")] if with_section else []) + [lang.t("where")]
    rows = []
    for figure in figures:
        label = esc(figure.label_en) if lang.english else lang.zh(figure.label_zh)
        target = paths.get(figure.section, paths["home"])
        if lang.english:  # English pages summarise: the sentence stands in the Chinese original
            here = lang.root + page_url(from_path, lang.use_directory_urls)
            there = lang.source_root + page_url(target, lang.use_directory_urls)
            link = esc(relative_url(here, there, f"fig-{figure.id}"))
        else:
            link = href(lang, from_path, target, f"fig-{figure.id}")
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
    return (f'<div class="zp-table"><table class="zp-figures">\n<thead><tr>{header}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table></div>")


