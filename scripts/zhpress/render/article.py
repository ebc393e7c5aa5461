"""Article pages: the article's home, one page per section, and its figures page."""

from __future__ import annotations

from ..figures.model import Figure, locate
from ..project import ArticleData
from ..translations.completeness import translated
from ..typeset import typeset, typeset_headline, typeset_map
from ..urls import page_url, relative_url
from .base import (
    SENTENCE,
    Lang,
    Page,
    article_title,
    draft_banner,
    drift_notice,
    esc,
    front_matter,
    heading,
    href,
    markdown_block,
    metadata_html,
    original_href,
    preparation_notice,
)
from .context import ArticleContext
from .figures import figures_table, section_charts


def paragraph_html(lang: Lang, article: ArticleData, block, figures: list[Figure]) -> str:
    """A source paragraph, converted and typeset; sentences holding figures become link targets."""
    text = block.text
    prose = block.role not in ("caption", "byline", "dateline")
    converted = lang.convert(text)
    if len(converted) != len(text):  # offsets no longer line up: convert sentence by sentence
        converted = "".join(lang.convert(m.group(0)) for m in SENTENCE.finditer(text))
    if len(converted) == len(text):  # character for character: figure offsets hold in the converted text
        shown, starts = typeset_map(converted, prose=prose)

        def piece(a: int, b: int) -> str:
            return esc(shown[starts[a] : starts[b]])

    else:  # a conversion changed a sentence's length: each sentence, or each span around a figure, on its own

        def piece(a: int, b: int) -> str:
            return esc(typeset(lang.convert(text[a:b]), prose=prose))

    marks = []  # (start, end, figure) as offsets within the block
    for figure in figures:
        start = locate(figure, article.source)
        if start is not None and block.start <= start < block.end:
            marks.append((start - block.start, start - block.start + len(figure.quote), figure))
    marks.sort(key=lambda m: m[0])

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
    css = f' class="zp-{block.role}"' if block.role in ("caption", "list") else ""
    return f"<p{css}>{''.join(out)}</p>"


def _home_page(ctx: ArticleContext, home: str) -> Page:
    """The article's home at `home`: title, subtitle, byline, lead (or English summary), contents."""
    lang, article, paths, figures = ctx.lang, ctx.article, ctx.paths, ctx.figures
    title = article_title(lang, article)
    body: list[str] = [heading(1, esc(title)), *draft_banner(lang, article), *preparation_notice(lang, article, home)]
    if lang.english:
        for key, shown in (("subtitle", article.meta.subtitle_en), ("byline", article.meta.byline_en)):
            if shown:
                body.append(f'<p class="zp-{key}">{esc(shown)}</p>')
        body.append(
            f'<p class="zp-note"><em>{esc(lang.t("summary_note"))}</em> '
            f'<a href="{original_href(lang, home, home)}" hreflang="zh-Hans">{esc(lang.t("original"))}</a></p>'
        )
        body.append(metadata_html(lang, article))
        summary = translated(article, "summary")
        if summary:
            body.append(drift_notice(lang, summary.meta.get("source_hash"), article.section_text("summary")))
            body.append(f'<div class="zp-summary">{markdown_block(summary.body)}</div>')
    else:
        if article.article.subtitle:
            body.append(f'<p class="zp-subtitle">——{esc(typeset_headline(lang.convert(article.article.subtitle)))}</p>')
        if article.article.kicker:
            body.insert(0, f'<p class="zp-kicker">{lang.zh(article.article.kicker, prose=False)}</p>')
        byline = next((b.text.strip() for b in article.article.blocks if b.role == "byline"), "")
        if byline:  # a byline inside the lead is shown there, not twice
            body.append(f'<p class="zp-byline">{lang.zh(byline, prose=False)}</p>')
        body.append(metadata_html(lang, article))
        for block in article.article.lead:
            body.append(paragraph_html(lang, article, block, [f for f in figures if f.section == "lead"]))
    items = "".join(
        f'<li><a href="{href(lang, home, paths[s.slug])}">{ctx.title_html(s.slug)}</a></li>' for s in article.sections
    )
    items += f'<li><a href="{href(lang, home, paths["figures"])}">{esc(lang.t("figures"))}</a></li>'
    body.append(heading(2, esc(lang.t("contents")), "contents"))
    body.append(f'<ol class="zp-contents">{items}</ol>')
    if lang.english:  # the English home is the summary: it carries the article's figures with it
        body.append(heading(2, esc(lang.t("figures")), "figures"))
        body.append(figures_table(ctx, figures, home, by_section=True))
    description = (
        (article.meta.subtitle_en or "")
        if lang.english
        else typeset_headline(lang.convert(article.article.subtitle or article.headline))
    )
    canonical = paths["home"] if home != paths["home"] else ""
    front = front_matter(title, description, search=not canonical)
    return Page(home, title, front + "\n\n".join(body) + "\n", description, canonical=canonical)


def render_article(ctx: ArticleContext) -> tuple[list[Page], list]:
    """Every page of one article in one language, and the article's navigation entries.

    Args:
        ctx: the article in its language (`ArticleContext.of`).
    """
    lang, article, paths, figures = ctx.lang, ctx.article, ctx.paths, ctx.figures
    title = article_title(lang, article)
    banner = draft_banner(lang, article)
    pages = [_home_page(ctx, paths["home"])]

    # One page per section, ending with its figures.
    for index, section in enumerate(article.sections):
        path = paths[section.slug]
        section_figures = [f for f in figures if f.section == section.slug]
        plain_title = ctx.titles[section.slug]
        body: list[str] = [heading(1, esc(plain_title)), *banner, *preparation_notice(lang, article, path)]
        if lang.english:
            body.append(
                f'<p class="zp-note"><em>{esc(lang.t("summary_note"))}</em> '
                f'<a href="{original_href(lang, path, path)}" hreflang="zh-Hans">{esc(lang.t("original"))}</a></p>'
            )
            text = translated(article, section.slug)
            if text:
                body.append(drift_notice(lang, text.meta.get("source_hash"), article.section_text(section.slug)))
            body.append(markdown_block(text.body) if text else f"<p>{esc(lang.t('no_summary'))}</p>")
        else:
            for block in section.paragraphs:
                body.append(paragraph_html(lang, article, block, section_figures))
            if index == len(article.sections) - 1:
                for block in article.article.closing:
                    body.append('<hr class="zp-closing-rule">')
                    body.append(paragraph_html(lang, article, block, [f for f in figures if f.section == "closing"]))
        body.append(heading(2, esc(lang.t("figures_of")), "figures"))
        body.append(figures_table(ctx, section_figures, path, by_section=False))
        pages.append(
            Page(path, plain_title, front_matter(plain_title, f"{title}: {plain_title}") + "\n\n".join(body) + "\n")
        )

    # All figures of the article.
    path = paths["figures"]
    figures_title = f"{title} · {lang.t('figures')}" if lang.english else f"{title}：{lang.t('figures')}"
    here = lang.root + page_url(path, lang.use_directory_urls)
    downloads = " · ".join(
        f'<a href="{esc(relative_url(here, lang.source_root + name))}" download>{name}</a>'
        for name in ("figures.csv", "figures.json")
    )
    body = [
        heading(1, esc(figures_title)),
        *banner,
        *preparation_notice(lang, article, path),
        figures_table(ctx, figures, path, by_section=True),
        heading(2, esc(lang.t("charts")), "charts"),
        section_charts(ctx, figures, path),
        f'<p class="zp-downloads">{esc(lang.t("download"))}: {downloads}</p>',
    ]
    pages.append(Page(path, lang.t("figures"), front_matter(figures_title) + "\n\n".join(body) + "\n"))

    if paths["home"] != f"{article.slug}/index.md":
        # A one-article site has the article's home at the site root. /<slug>/, the parent of every
        # section page, shows it too (its canonical URL is the root), so that no parent path is a dead end.
        pages.append(_home_page(ctx, f"{article.slug}/index.md"))

    nav_items: list[dict[str, str]] = [{ctx.title_html(s.slug): paths[s.slug]} for s in article.sections]
    nav_items.append({lang.t("figures"): paths["figures"]})
    return pages, nav_items
