"""Is an article's English finished? The unfinished parts, as todo problems.

An English title, a title per section, a summary and a text per section, and an
English label per figure make an article's English complete. A figure label
that still starts with `PLACEHOLDER` (as `zhpress new` and `figures suggest`
write them) is not a translation, nor is an English file whose front matter
says `untranslated: true` (the scaffolding `zhpress new` writes). `zhpress
check` lists what is missing as todo; the English site shows an incomplete
article with its Chinese title and an "English version in preparation" notice
(render/article.py), never with a placeholder.
"""

from __future__ import annotations

from ..errors import Problem, rel
from ..project import ArticleData
from .records import EnglishText

PLACEHOLDER = "(to translate)"  # the prefix of a suggested figure's English label


def is_placeholder(text: object) -> bool:
    """Whether an English text is missing or still a placeholder."""
    return not isinstance(text, str) or not text.strip() or text.strip().startswith(PLACEHOLDER)


def _meta_todo(article: ArticleData) -> list[Problem]:
    shown = rel(article.dir / "article.yaml")
    meta = article.meta
    todo = []
    if is_placeholder(meta.title_en):
        todo.append(
            Problem(
                shown, "no English title", line=meta.line_of("title_en"), field="title_en", hint="the English headline"
            )
        )
    for index, section in enumerate(article.sections):
        entry = meta.section(section.slug)
        if entry is None or is_placeholder(entry.title_en):
            todo.append(
                Problem(
                    shown,
                    f"no English title for section {section.slug!r} ({section.title})",
                    line=entry.line_of("title_en") if entry else meta.line_of("sections"),
                    field=f"sections[{index}].title_en",
                )
            )
    if meta.warnings:
        todo.append(
            Problem(
                shown,
                f"{len(meta.warnings)} import warning(s) not settled",
                line=meta.line_of("warnings"),
                field="warnings",
                hint="check each against source.txt, fix article.yaml, then remove `warnings`",
            )
        )
    return todo


def english_todo(article: ArticleData) -> list[Problem]:
    """Every unfinished part of an article's English, as problems of severity `todo`."""
    todo = _meta_todo(article)
    for part in ["summary"] + [s.slug for s in article.sections]:
        text = article.english.get(part)
        path = rel(article.dir / "en" / f"{part}.md")
        if text is None:
            todo.append(Problem(path, "no English text", hint=f"write en/{part}.md (zhpress new scaffolds it)"))
        elif text.meta.get("untranslated") is True or not text.body.strip():
            todo.append(
                Problem(
                    path,
                    "not translated yet",
                    line=text.body_line,
                    hint="translate it, then remove `untranslated: true` from its front matter",
                )
            )
    if article.figures is not None:
        pending = [f for f in article.figures.figures if is_placeholder(f.label_en) or not f.label_zh]
        if pending:
            todo.append(
                Problem(
                    rel(article.figures.path),
                    f"{len(pending)} figure label(s) not translated: "
                    + ", ".join(f.id for f in pending[:5])
                    + (" …" if len(pending) > 5 else ""),
                    line=pending[0].line,
                    field=f"figures.{pending[0].id}.label.en",
                    hint=f"write each empty label, and replace each {PLACEHOLDER!r} label with its English",
                )
            )
    return [Problem(p.file, p.message, p.line, p.field, p.hint, severity="todo") for p in todo]


def translated(article: ArticleData, part: str) -> EnglishText | None:
    """The English text of a part ("summary" or a section slug), None while it is missing or scaffolding."""
    text = article.english.get(part)
    if text is None or text.meta.get("untranslated") is True or not text.body.strip():
        return None
    return text


def english_complete(article: ArticleData) -> bool:
    """Whether the article's English can be published as it is (no todo)."""
    return not english_todo(article)
