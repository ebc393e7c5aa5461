"""The glossary page: every term with its approved English rendering, in every language."""

from __future__ import annotations

from ..translations.glossary import Term
from .base import Lang, Page, esc, front_matter, heading


def render_glossary(lang: Lang, terms: list[Term]) -> Page | None:
    if not terms:
        return None
    title = lang.t("glossary")
    rows = []
    for term in terms:
        zh = f'<span lang="zh-Hans">{esc(term.zh)}</span>' if lang.english else lang.zh(term.zh, prose=False)
        note = term.note if lang.english else lang.convert(term.note)  # notes quote Chinese words
        rows.append(f'<tr><td>{zh}</td><td>{esc(term.en)}</td><td lang="en">{esc(note)}</td></tr>')
    header = "".join(f"<th>{esc(lang.t(k))}</th>" for k in ("term", "rendering", "note"))
    table = (
        f'<div class="zp-table"><table class="zp-glossary">\n<thead><tr>{header}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table></div>"
    )
    return Page("glossary.md", title, front_matter(title) + heading(1, esc(title)) + "\n\n" + table + "\n")
