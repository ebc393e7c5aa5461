"""Site rendering: articles and figures → Markdown pages, per language. Pure functions.

Text from the source, YAML labels and translations is HTML-escaped and emitted
inside raw HTML blocks, so no Markdown or template syntax in it takes effect.
Chinese text passes through the language's `convert` (OpenCC plus overrides
for Traditional variants, identity for the Simplified source).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Callable

from .figures import Figure, locate
from .project import ArticleData, Project, source_hash
from .typeset import typeset, typeset_map
from .urls import page_url, relative_url

SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")

ZH = {
    "home": "首页", "figures": "数据一览", "figures_of": "数据", "label": "指标", "value": "数值",
    "section": "章节", "where": "出处", "goto": "原文", "lead": "导语", "closing": "结语",
    "contents": "目录", "read_more": "阅读全文", "all_figures": "本文全部数据", "none": "本节没有统计数据。",
    "byline": "作者", "period": "时期", "publication": "刊载",
    "download": "下载全部数据", "drift_title": "译文可能已过时", "drift": "本页译自原文的较早版本，可能与现行原文不一致。",
}
EN = {
    "home": "Home", "figures": "Figures", "figures_of": "Figures", "label": "Figure", "value": "Value",
    "section": "Section", "where": "Chinese original", "goto": "source", "lead": "Introduction",
    "closing": "Outlook", "contents": "Contents", "read_more": "Read the summary",
    "all_figures": "All figures of this article", "none": "This section has no statistics.",
    "summary_note": "This is an English summary of a Chinese original, not a full translation.",
    "original": "Read the Chinese original", "no_summary": "No English summary of this section yet.",
    "download": "Download all figures", "drift_title": "This translation may be out of date",
    "drift": "This page was translated from an earlier version of the source; the Chinese original has changed since.",
}


@dataclass
class Lang:
    locale: str
    english: bool = False
    convert: Callable[[str], str] = lambda text: text
    convert_markdown: Callable[[str], str] = lambda text: text
    root: str = ""          # URL prefix of this language from the site root ("" or "zh-Hant/")
    source_root: str = ""   # URL prefix of the Simplified original
    use_directory_urls: bool = True

    def t(self, key: str) -> str:
        return EN[key] if self.english else self.convert(ZH[key])

    def zh(self, text: str, prose: bool = True) -> str:
        """Chinese text as shown in this language (converted, typeset, escaped)."""
        return esc(typeset(self.convert(text), prose))


@dataclass
class Page:
    path: str
    title: str
    markdown: str
    description: str = ""


@dataclass
class Site:
    pages: list[Page] = field(default_factory=list)
    nav: list = field(default_factory=list)


def drift_notice(lang: Lang, recorded, current_source: str) -> str:
    """A visible notice when a translation was made from an earlier version of its source."""
    if recorded is None or str(recorded) == source_hash(current_source):
        return ""
    return (f'<div class="admonition warning zp-drift"><p class="admonition-title">{esc(lang.t("drift_title"))}</p>'
            f'<p>{esc(lang.t("drift"))}</p></div>')


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def front_matter(title: str, description: str = "") -> str:
    import json
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
    if description:
        lines.append(f"description: {json.dumps(description[:160], ensure_ascii=False)}")
    return "\n".join(lines + ["---", ""])


def heading(level: int, text_html: str, anchor: str = "") -> str:
    ident = f' id="{anchor}"' if anchor else ""
    return f"<h{level}{ident}>{text_html}</h{level}>"


def article_paths(project: Project, article: ArticleData) -> dict[str, str]:
    """Page paths of an article's parts: "home", "figures" and every section slug."""
    single = len(project.articles) == 1
    paths = {"home": "index.md" if single else f"{article.slug}/index.md",
             "figures": f"{article.slug}/figures.md"}
    for section in article.sections:
        paths[section.slug] = f"{article.slug}/{section.slug}.md"
    return paths


def href(lang: Lang, from_path: str, to_path: str, anchor: str = "") -> str:
    return esc(relative_url(page_url(from_path, lang.use_directory_urls),
                            page_url(to_path, lang.use_directory_urls), anchor))


def original_href(lang: Lang, from_path: str, to_path: str) -> str:
    """Link from a page of this language to the same page of the Simplified original."""
    here = lang.root + page_url(from_path, lang.use_directory_urls)
    there = lang.source_root + page_url(to_path, lang.use_directory_urls)
    return esc(relative_url(here, there))


def figure_value(lang: Lang, figure: Figure) -> str:
    if lang.english:
        from .numbers_en import format_en
        return esc(format_en(figure.value, figure.approx))
    return lang.zh(figure.quote)


def paragraph_html(lang: Lang, article: ArticleData, block, figures: list[Figure]) -> str:
    """A source paragraph, converted and typeset; sentences holding figures become link targets."""
    text = block.text
    converted = lang.convert(text)
    if len(converted) != len(text):  # offsets no longer line up: convert sentence by sentence
        converted = "".join(lang.convert(m.group(0)) for m in SENTENCE.finditer(text))
        if len(converted) != len(text):
            converted = text
    shown, starts = typeset_map(converted)
    marks = []  # (start, end, figure) as offsets within the block
    for figure in figures:
        start = locate(figure, article.source)
        if start is not None and block.start <= start < block.end:
            marks.append((start - block.start, start - block.start + len(figure.quote), figure))
    marks.sort(key=lambda m: m[0])

    def piece(a: int, b: int) -> str:
        return esc(shown[starts[a]:starts[b]])

    out = []
    for match in SENTENCE.finditer(text):
        s_start, s_end = match.start(), match.end()
        inside = [m for m in marks if s_start <= m[0] < s_end]
        if not inside:
            out.append(piece(s_start, s_end))
            continue
        pieces, cursor = [], s_start
        for start, end, figure in inside:
            if start < cursor:
                continue
            pieces.append(piece(cursor, start))
            pieces.append(f'<span class="zp-fig" id="fig-{esc(figure.id)}">{piece(start, end)}</span>')
            cursor = end
        pieces.append(piece(cursor, s_end))
        out.append(f'<span class="zp-sentence">{"".join(pieces)}</span>')
    return f"<p>{''.join(out)}</p>"


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
    return (f'<table class="zp-figures">\n<thead><tr>{header}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>")


def section_titles(lang: Lang, article: ArticleData) -> dict[str, str]:
    titles = {"lead": esc(lang.t("lead")), "closing": esc(lang.t("closing"))}
    curated = {s.get("slug"): s for s in article.meta.get("sections") or [] if isinstance(s, dict)}
    for section in article.sections:
        if lang.english:
            titles[section.slug] = esc(str(curated.get(section.slug, {}).get("title_en") or section.slug))
        else:
            titles[section.slug] = lang.zh(section.title)
    return titles


def article_title(lang: Lang, article: ArticleData) -> str:
    if lang.english:
        return str(article.meta.get("title_en") or article.slug)
    return typeset(lang.convert(article.article.title))


def render_article(lang: Lang, project: Project, article: ArticleData) -> tuple[list[Page], list]:
    paths = article_paths(project, article)
    figures = article.figures.figures if article.figures else []
    titles = section_titles(lang, article)
    pages: list[Page] = []
    title = article_title(lang, article)

    # Home of the article: title, subtitle, byline, lead (or English summary), contents.
    home = paths["home"]
    body = [heading(1, esc(title))]
    if lang.english:
        meta = article.meta
        for key in ("subtitle_en", "byline_en"):
            if meta.get(key):
                body.append(f'<p class="zp-{key[:-3]}">{esc(str(meta[key]))}</p>')
        body.append(f'<p class="zp-note"><em>{esc(lang.t("summary_note"))}</em> '
                    f'<a href="{original_href(lang, home, home)}" hreflang="zh-Hans">{esc(lang.t("original"))}</a></p>')
        summary = article.english.get("summary")
        if summary:
            body.append(drift_notice(lang, summary.meta.get("source_hash"), article.section_text("summary")))
            body.append(f'<div class="zp-summary">{markdown_block(summary.body)}</div>')
    else:
        if article.article.subtitle:
            body.append(f'<p class="zp-subtitle">——{lang.zh(article.article.subtitle)}</p>')
        if article.article.byline:
            body.append(f'<p class="zp-byline">{lang.zh(article.article.byline, prose=False)}</p>')
        for block in article.article.lead:
            body.append(paragraph_html(lang, article, block, [f for f in figures if f.section == "lead"]))
    items = "".join(f'<li><a href="{href(lang, home, paths[s.slug])}">{titles[s.slug]}</a></li>'
                    for s in article.sections)
    items += f'<li><a href="{href(lang, home, paths["figures"])}">{esc(lang.t("figures"))}</a></li>'
    body.append(heading(2, esc(lang.t("contents")), "contents"))
    body.append(f'<ol class="zp-contents">{items}</ol>')
    description = (str(article.meta.get("subtitle_en") or "") if lang.english
                   else typeset(lang.convert(article.article.subtitle or article.article.title)))
    pages.append(Page(home, title, front_matter(title, description) + "\n\n".join(body) + "\n", description))

    # One page per section, ending with its figures.
    for index, section in enumerate(article.sections):
        path = paths[section.slug]
        section_figures = [f for f in figures if f.section == section.slug]
        plain_title = (str(next((s.get("title_en") for s in article.meta.get("sections") or []
                                 if isinstance(s, dict) and s.get("slug") == section.slug), section.slug))
                       if lang.english else typeset(lang.convert(section.title)))
        body = [heading(1, esc(plain_title))]
        if lang.english:
            body.append(f'<p class="zp-note"><em>{esc(lang.t("summary_note"))}</em> '
                        f'<a href="{original_href(lang, path, path)}" hreflang="zh-Hans">{esc(lang.t("original"))}</a></p>')
            text = article.english.get(section.slug)
            if text:
                body.append(drift_notice(lang, text.meta.get("source_hash"), article.section_text(section.slug)))
            body.append(markdown_block(text.body) if text else f'<p>{esc(lang.t("no_summary"))}</p>')
        else:
            for block in section.paragraphs:
                body.append(paragraph_html(lang, article, block, section_figures))
            if index == len(article.sections) - 1:
                for block in article.article.closing:
                    body.append('<hr class="zp-closing-rule">')
                    body.append(paragraph_html(lang, article, block, [f for f in figures if f.section == "closing"]))
        body.append(heading(2, esc(lang.t("figures_of")), "figures"))
        body.append(figures_table(lang, project, article, section_figures, path, with_section=False))
        pages.append(Page(path, plain_title, front_matter(plain_title, f"{title}: {plain_title}")
                          + "\n\n".join(body) + "\n"))

    # All figures of the article.
    path = paths["figures"]
    figures_title = f"{title} · {lang.t('figures')}" if lang.english else f"{title}：{lang.t('figures')}"
    here = lang.root + page_url(path, lang.use_directory_urls)
    downloads = " · ".join(f'<a href="{esc(relative_url(here, lang.source_root + name))}" download>{name}</a>'
                           for name in ("figures.csv", "figures.json"))
    body = [heading(1, esc(figures_title)),
            figures_table(lang, project, article, figures, path, with_section=True),
            f'<p class="zp-downloads">{esc(lang.t("download"))}: {downloads}</p>']
    pages.append(Page(path, lang.t("figures"), front_matter(figures_title) + "\n\n".join(body) + "\n"))

    nav_items = [{titles_plain(lang, article, s.slug): paths[s.slug]} for s in article.sections]
    nav_items.append({lang.t("figures"): paths["figures"]})
    return pages, nav_items


def titles_plain(lang: Lang, article: ArticleData, slug: str) -> str:
    return html.unescape(section_titles(lang, article)[slug])


def markdown_block(text: str) -> str:
    """A translation's Markdown body as escaped HTML paragraphs (emphasis and ## headings kept)."""
    out = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        chunk = chunk.strip()
        if not chunk:
            continue
        level = len(chunk) - len(chunk.lstrip("#"))
        if 0 < level <= 4 and chunk[level:level + 1] == " ":
            out.append(heading(level + 1, esc(chunk[level:].strip())))
            continue
        escaped = esc(" ".join(line.strip() for line in chunk.splitlines()))
        escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
        escaped = re.sub(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])", r"<em>\1</em>", escaped)
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)


def render_site(project: Project, lang: Lang) -> Site:
    """Every generated page of one language, and its navigation."""
    site = Site()
    if len(project.articles) == 1:
        article = project.articles[0]
        pages, nav = render_article(lang, project, article)
        site.pages.extend(pages)
        site.nav = [{lang.t("home"): "index.md"}] + nav
        return site
    items = []
    for article in project.articles:
        pages, nav = render_article(lang, project, article)
        site.pages.extend(pages)
        title = article_title(lang, article)
        site.nav.append({title: [f"{article.slug}/index.md"] + nav})
        items.append(f'<li><a href="{href(lang, "index.md", f"{article.slug}/index.md")}">{esc(title)}</a></li>')
    home_title = lang.t("home")
    site.pages.insert(0, Page("index.md", home_title,
                              front_matter(home_title) + heading(1, esc(home_title)) + "\n\n"
                              + f'<ul class="zp-articles">{"".join(items)}</ul>\n'))
    site.nav.insert(0, {home_title: "index.md"})
    return site
