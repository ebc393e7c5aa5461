"""Shared pieces of page rendering: the language, escaping, paths and links between pages."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NewType

from ..project import ArticleData, source_hash
from ..translations.completeness import english_complete, is_placeholder
from ..typeset import typeset, typeset_headline
from ..urls import page_url, relative_url

SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")

ZH = {
    "home": "首页",
    "figures": "数据一览",
    "figures_of": "数据",
    "label": "指标",
    "value": "数值",
    "section": "章节",
    "where": "出处",
    "goto": "原文",
    "lead": "导语",
    "closing": "结语",
    "contents": "目录",
    "read_more": "阅读全文",
    "all_figures": "本文全部数据",
    "none": "本节没有统计数据。",
    "byline": "作者",
    "period": "时期",
    "publication": "刊载",
    "download": "下载全部数据",
    "drift_title": "译文可能已过时",
    "not_stated": "原文未注明",
    "not_found": "404 - 找不到页面",
    "not_found_text": "这个地址没有页面。",
    "back_home": "返回首页",
    "glossary": "术语表",
    "charts": "各节数据图",
    "all_figures_site": "全部数据",
    "figures_index": "各篇文章的数据：点击标题查看该文全部数据",
    "article": "文章",
    "date": "时间",
    "figure_count": "数据条数",
    "term": "术语",
    "rendering": "英文译法",
    "note": "说明",
    "drift": "本页译自原文的较早版本，可能与现行原文不一致。",
    "search_placeholder": "键入以开始搜索",
    "search_loading": "正在加载搜索索引",
    "search_none": "没有找到符合条件的结果",
    "search_one": "找到 1 个结果",
    "search_other": "找到 # 个结果",
    "search_more": "显示更多结果",
    "search_reset": "清空",
    "data_errors": "数据有误",
    "data_errors_text": "网站没有更新：data/ 中的数据有以下问题。改正后本页会自动重新加载。",
    "draft_title": "草稿",
    "draft": "本文是草稿，只在预览中显示，发布的网站不收录。在 article.yaml 中把 draft 设为 false 即可发布。",
}
EN = {
    "home": "Home",
    "figures": "Figures",
    "figures_of": "Figures",
    "label": "Figure",
    "value": "Value",
    "section": "Section",
    "where": "Chinese original",
    "goto": "source",
    "lead": "Introduction",
    "closing": "Outlook",
    "contents": "Contents",
    "read_more": "Read the summary",
    "all_figures": "All figures of this article",
    "none": "This section has no statistics.",
    "summary_note": "This is an English summary of a Chinese original, not a full translation.",
    "original": "Read the Chinese original",
    "no_summary": "No English summary of this section yet.",
    "download": "Download all figures",
    "drift_title": "This translation may be out of date",
    "not_stated": "not stated in the source",
    "not_found": "404 - Page not found",
    "charts": "Figures by section",
    "all_figures_site": "All figures",
    "figures_index": "Figures by article: select a title to see that article's figures",
    "article": "Article",
    "date": "Date",
    "figure_count": "Figures",
    "not_found_text": "There is no page at this address.",
    "back_home": "Back to the home page",
    "glossary": "Glossary",
    "term": "Chinese term",
    "rendering": "Approved English rendering",
    "note": "Note",
    "byline": "Byline",
    "period": "Period covered",
    "publication": "Publication",
    "drift": "This page was translated from an earlier version of the source; the Chinese original has changed since.",
    "search_placeholder": "Type to start searching",
    "search_loading": "Loading the search index",
    "search_none": "No matching pages",
    "search_one": "1 matching page",
    "search_other": "# matching pages",
    "search_more": "Show more results",
    "search_reset": "Clear",
    "data_errors": "The data has problems",
    "data_errors_text": "The site was not rebuilt: the data in data/ has the problems below. Fix them and this page reloads by itself.",
    "in_preparation": "English version in preparation: parts of this article are not translated yet.",
    "draft_title": "Draft",
    "draft": "This article is a draft: it is shown in the preview only and left out of the published site. Set draft: false in article.yaml to publish it.",
}


ZH_MEMO_LIMIT = 50_000  # entries kept per language before the memo starts again


@dataclass
class Lang:
    locale: str
    english: bool = False
    convert: Callable[[str], str] = lambda text: text  # article text (and labels) → this language
    convert_markdown: Callable[[str], str] = lambda text: text
    root: str = ""  # URL prefix of this language from the site root ("" or "zh-Hant/")
    source_root: str = ""  # URL prefix of the Simplified original
    use_directory_urls: bool = True
    ui: Callable[[str], str] | None = None  # interface strings (written in Simplified); default: convert
    hant_convert: Callable[[str], str] | None = None  # article text of a Traditional-Chinese source
    cache_key: tuple | None = None  # identifies the conversions; None: rendered pages are not cached
    # zh() results: figure labels and headings recur on many pages (a section, its article's and the
    # site's figures pages). Not copied by dataclasses.replace: a Lang with another convert starts empty.
    _shown: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        if self.ui is None:
            self.ui = self.convert

    def t(self, key: str) -> str:
        return EN[key] if self.english else self.ui_text(ZH[key])

    def ui_text(self, text: str) -> str:
        """Interface text (written in Simplified) in this language."""
        return (self.ui or self.convert)(text)

    def for_article(self, article: ArticleData) -> Lang:
        """This language for one article: a Traditional source is converted with `hant_convert`."""
        if article.meta.script == "hant" and self.hant_convert is not None:
            return replace(self, convert=self.hant_convert, ui=self.ui)
        return self

    def zh(self, text: str, prose: bool = True) -> Markup:
        """Chinese text as shown in this language (converted, typeset, escaped)."""
        key = (text, prose)
        shown = self._shown.get(key)
        if shown is None:
            if len(self._shown) >= ZH_MEMO_LIMIT:
                self._shown.clear()
            shown = self._shown[key] = esc(typeset(self.convert(text), prose))
        return shown


@dataclass
class Page:
    path: str
    title: str
    markdown: str
    description: str = ""
    canonical: str = ""  # path of the page this one repeats at another address ("" for none)


@dataclass
class Site:
    pages: list[Page] = field(default_factory=list)
    nav: list = field(default_factory=list)


def drift_notice(lang: Lang, recorded, current_source: str) -> str:
    """A visible notice when a translation was made from an earlier version of its source."""
    if recorded is None or str(recorded) == source_hash(current_source):
        return ""
    return (
        f'<div class="admonition warning zp-drift"><p class="admonition-title">{esc(lang.t("drift_title"))}</p>'
        f"<p>{esc(lang.t('drift'))}</p></div>"
    )


# HTML that is safe to print as it is: escaped text, or markup built from escaped text. Every function
# that returns page HTML says so with this type; text that is not Markup is escaped before it is shown.
Markup = NewType("Markup", str)


def esc(text: str) -> Markup:
    return Markup(html.escape(text, quote=True))


def draft_banner(lang: Lang, article: ArticleData) -> list[Markup]:
    """A visible banner for every page of a draft article (drafts are rendered by `mkdocs serve` only).

    A list of HTML blocks: empty for a published article, so pages add it to their body as it is.
    """
    if not article.draft:
        return []
    return [
        Markup(
            f'<div class="admonition warning zp-draft"><p class="admonition-title">{esc(lang.t("draft_title"))}</p>'
            f"<p>{esc(lang.t('draft'))}</p></div>"
        )
    ]


def front_matter(title: str, description: str = "", search: bool = True) -> str:
    """YAML front matter of a generated page; `search=False` keeps the page out of the search index."""
    # MkDocs and Material print titles and descriptions into HTML unescaped: escape them here.
    lines = ["---", f"title: {json.dumps(esc(title), ensure_ascii=False)}"]
    if description:
        lines.append(f"description: {json.dumps(esc(description[:160]), ensure_ascii=False)}")
    if not search:
        lines.append("search: {exclude: true}")
    return "\n".join(lines + ["---", ""])


def heading(level: int, text_html: Markup, anchor: str = "") -> Markup:
    ident = f' id="{anchor}"' if anchor else ""
    return Markup(f"<h{level}{ident}>{text_html}</h{level}>")


def article_paths(article: ArticleData, single: bool) -> dict[str, str]:
    """Page paths of an article's parts: "home", "figures" and every section slug.

    Args:
        article: the article.
        single: whether it is the site's only article (its home is then the site's root).
    """
    paths = {"home": "index.md" if single else f"{article.slug}/index.md", "figures": f"{article.slug}/figures.md"}
    for section in article.sections:
        paths[section.slug] = f"{article.slug}/{section.slug}.md"
    return paths


def href(lang: Lang, from_path: str, to_path: str, anchor: str = "") -> str:
    return esc(
        relative_url(page_url(from_path, lang.use_directory_urls), page_url(to_path, lang.use_directory_urls), anchor)
    )


def original_href(lang: Lang, from_path: str, to_path: str) -> str:
    """Link from a page of this language to the same page of the Simplified original."""
    here = lang.root + page_url(from_path, lang.use_directory_urls)
    there = lang.source_root + page_url(to_path, lang.use_directory_urls)
    return esc(relative_url(here, there))


def markdown_block(text: str) -> str:
    """A translation's Markdown body as escaped HTML paragraphs (emphasis and headings kept).

    The page's own title is its h1, so the body's headings start at h2 and never skip a
    level: the highest level the translator wrote becomes h2, the next h3, and so on
    (`## A` / `#### B` → h2 / h3), whichever number of `#` marks they used.
    """
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", text.strip()) if chunk.strip()]
    levels = sorted({lvl for lvl in map(_heading_level, chunks) if lvl})
    shown = {lvl: min(2 + rank, 6) for rank, lvl in enumerate(levels)}
    out: list[str] = []
    for chunk in chunks:
        level = _heading_level(chunk)
        if level:
            out.append(heading(shown[level], esc(chunk[level:].strip())))
            continue
        escaped: str = esc(" ".join(line.strip() for line in chunk.splitlines()))
        escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
        escaped = re.sub(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])", r"<em>\1</em>", escaped)
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)


def _heading_level(chunk: str) -> int:
    """The level of a Markdown heading (`## Title` → 2), 0 for anything else."""
    level = len(chunk) - len(chunk.lstrip("#"))
    return level if 0 < level <= 4 and chunk[level : level + 1] == " " else 0


def section_titles(lang: Lang, article: ArticleData) -> dict[str, str]:
    """The plain-text title of every part of an article (lead, sections, closing) in this language."""
    titles = {"lead": lang.t("lead"), "closing": lang.t("closing")}
    for section in article.sections:
        if lang.english:
            titles[section.slug] = english_section_title(article, section)
        else:
            titles[section.slug] = typeset(lang.convert(section.title))
    return titles


def article_title(lang: Lang, article: ArticleData) -> str:
    if lang.english:
        return article.meta.title_en or typeset_headline(article.headline)  # never the slug: the Chinese headline
    return typeset_headline(lang.convert(article.headline))


def english_section_title(article: ArticleData, section) -> str:
    """A section's English title; its Chinese heading while none is given (never the slug)."""
    return article.meta.section_title_en(section.slug) or typeset(section.title)


def english_label(figure) -> str:
    """A figure's English label; its Chinese label while the English is a placeholder."""
    return (figure.label_zh or "—") if is_placeholder(figure.label_en) else figure.label_en


def preparation_notice(lang: Lang, article: ArticleData, path: str) -> list[str]:
    """On the English pages of an article whose English is unfinished: a notice linking to the Chinese.

    The policy: such an article is published in English with its Chinese title and headings where
    the English ones are missing, and this notice on every page; placeholders are never shown.
    """
    if not lang.english or english_complete(article):
        return []
    return [
        f'<div class="admonition info zp-in-preparation"><p class="admonition-title">{esc(lang.t("in_preparation"))}</p>'
        f'<p><a href="{original_href(lang, path, path)}" hreflang="zh-Hans">{esc(lang.t("original"))}</a></p></div>'
    ]


def metadata_html(lang: Lang, article: ArticleData) -> str:
    """Publication, byline and period of an article, as a definition list."""
    meta = article.meta
    missing = esc(lang.t("not_stated"))

    def value(raw: str | None) -> str:
        if not raw:
            return missing
        return esc(raw) if lang.english else lang.zh(raw, prose=False)

    byline = (
        esc(meta.byline_en or article.article.byline or "")
        if lang.english
        else lang.zh(article.article.byline, prose=False)
    ) or missing
    period = value(meta.period) + ("" if lang.english or not meta.period else lang.ui_text("年"))
    items = [(lang.t("publication"), value(meta.publication)), (lang.t("byline"), byline), (lang.t("period"), period)]
    if meta.published:
        items.append(("Published" if lang.english else lang.ui_text("发布日期"), esc(meta.published.isoformat())))
    return '<dl class="zp-meta">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"
