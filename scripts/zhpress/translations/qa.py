"""Translation QA: numbers and glossary terms of English texts against the source.

Numbers are compared by value and qualifier with magnitudes understood
(3.5万余次 ↔ “more than 35,000”; 1000余万元 ↔ “over 10 million yuan”), not as
digit strings. Each English text covers one section (`summary`: the whole
article); its numbers must be figures of that section. Years must be years of
that section's text. Numbers inside a glossary rendering (“Two Studies, One
Action”) are names, not quantities.
"""

from __future__ import annotations

import re

from ..errors import Problem, rel
from ..figures.model import Figure
from ..numbers.approx import Approx
from ..numbers.en import english_value, figure_en, find_english_numbers
from ..numbers.zh import find_numbers
from ..project import ArticleData
from .glossary import Term
from .names import check_names
from .records import EnglishText
from .units import compatible, describe, english_kind, figure_kind


def _line(text: EnglishText, offset: int) -> int:
    return text.body_line + text.body.count("\n", 0, offset)


def _covered_figures(article: ArticleData, key: str) -> list[Figure]:
    figures = article.figures.figures if article.figures else []
    return figures if key == "summary" else [f for f in figures if f.section == key]


def _name_spans(body: str, terms: list[Term]) -> list[tuple[int, int]]:
    spans = []
    for term in terms:
        for rendering in (term.en, *term.aliases_en):
            for match in re.finditer(re.escape(rendering), body, flags=re.I):
                spans.append((match.start(), match.end()))
    return spans


def _expected(figure: Figure) -> str:

    return f"{figure_en(figure.value, figure.approx, figure.unit)} ({figure.quote}, {figure.id})"


def _unit_problem(
    article: ArticleData, text: EnglishText, number, kind: str, same: list[Figure], figures: list[Figure]
) -> Problem:
    """`'6%' is percent, but 6 in … is 6家 (count)`, with the figures of the English unit as the hint."""
    shown = ", ".join(f"{f.quote} ({describe(figure_kind(f.unit))})" for f in same)
    alike = [f for f in figures if compatible(kind, figure_kind(f.unit))]
    near = sorted(alike, key=lambda f: abs(float(english_value(f.value, f.unit)) - float(number.value)))[:2]
    hint = (
        f"closest {describe(kind)} figures: " + "; ".join(_expected(f) for f in near)
        if near
        else f"{article.slug}/{text.key} has no {describe(kind)} figure"
    )
    return Problem(
        rel(text.path),
        f"{number.text!r} is {describe(kind)}, but {_num(number.value)} in {article.slug}/{text.key} is {shown}",
        line=_line(text, number.start),
        hint=hint,
    )


def _num(value) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def check_numbers(article: ArticleData, text: EnglishText, terms: list[Term]) -> list[Problem]:

    shown = rel(text.path)
    source = article.section_text(text.key)
    figures = _covered_figures(article, text.key)
    # Numbers of the section that are not statistics (a hotline, a count inside a name) may be named too.
    ignored = {
        float(r.value)
        for e in (article.figures.ignore if article.figures else [])
        if e.quote in source
        for r in find_numbers(e.quote)
    }
    names = _name_spans(text.body, terms)
    problems = []
    for number in find_english_numbers(text.body):
        if any(s <= number.start and number.end <= e for s, e in names):
            continue
        line = _line(text, number.start)
        if number.is_year:
            if f"{int(number.value)}年" not in source:
                problems.append(
                    Problem(
                        shown,
                        f"year {number.text!r} is not a year of the source's {text.key}",
                        line=line,
                        hint="use only years the Chinese text gives",
                    )
                )
            continue
        same = [f for f in figures if float(english_value(f.value, f.unit)) == float(number.value)]
        kind = english_kind(text.body, number)
        fitting = [f for f in same if compatible(kind, figure_kind(f.unit))]
        if same and not fitting:
            problems.append(_unit_problem(article, text, number, kind, same, figures))
            continue
        same = fitting
        if not same:
            if float(number.value) in ignored:
                continue
            near = sorted(figures, key=lambda f: abs(float(english_value(f.value, f.unit)) - float(number.value)))[:2]
            hint = ("closest figures: " + "; ".join(_expected(f) for f in near)) if near else "this part has no figures"
            problems.append(
                Problem(
                    shown,
                    f"number {number.text!r} matches no figure of {article.slug}/{text.key}",
                    line=line,
                    hint=hint,
                )
            )
            continue
        if any(f.approx == number.approx for f in same):
            continue
        figure = same[0]
        if number.approx == "exact":
            message = f"{number.text!r} drops the qualifier of {figure.quote} ({figure.approx})"
        else:
            message = (
                f"{number.text!r} says {Approx(number.approx).en!r} but {figure.quote} is "
                f"{Approx(figure.approx).en or 'exact'}"
            )
        problems.append(Problem(shown, message, line=line, hint=f"expected {_expected(figure)}"))
    return problems


QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")


def check_glossary(article: ArticleData, text: EnglishText, terms: list[Term]) -> list[Problem]:
    shown = rel(text.path)
    source = article.section_text(text.key).translate(QUOTES)  # 12380系统 stands as “12380”系统
    problems = []
    approved_spans = []
    for term in terms:
        for match in re.finditer(re.escape(term.en), text.body):
            approved_spans.append((match.start(), match.end()))
            if term.zh.translate(QUOTES) not in source:
                problems.append(
                    Problem(
                        shown,
                        f"{term.en!r} renders {term.zh}, which is not in the source's {text.key}",
                        line=_line(text, match.start()),
                        hint="translate what this part of the source says",
                    )
                )
    for term in terms:
        for alias in term.aliases_en:
            for match in re.finditer(re.escape(alias), text.body, flags=re.I):
                if any(s <= match.start() and match.end() <= e for s, e in approved_spans):
                    continue
                problems.append(
                    Problem(
                        shown,
                        f"{match.group(0)!r} is not the approved rendering of {term.zh}",
                        line=_line(text, match.start()),
                        hint=f"write {term.en!r}",
                    )
                )
    return problems


def check_translation(article: ArticleData, text: EnglishText, terms: list[Term]) -> list[Problem]:
    """Every QA problem of one English text: numbers and units, qualifiers, glossary terms, names."""
    names = check_names(
        text, article.section_text(text.key), terms, f"{article.slug}/{text.key}", tuple(english_metadata(article))
    )
    return check_numbers(article, text, terms) + check_glossary(article, text, terms) + names


def english_metadata(article: ArticleData) -> list[str]:
    """The article's curated English (place, byline, titles): the names in it are approved everywhere."""
    meta = article.meta
    texts = [meta.place_en, meta.byline_en, meta.title_en, meta.subtitle_en]
    texts += [s.title_en for s in meta.sections or ()]
    return [t for t in texts if isinstance(t, str)]


def check_translations(article: ArticleData, terms: list[Term]) -> list[Problem]:
    problems = []
    for key, text in article.english.items():
        if key != "summary" and article.section(key) is None:
            problems.append(
                Problem(
                    rel(text.path),
                    f"{key!r} is neither `summary` nor a section of {article.slug}",
                    line=1,
                    hint="name the file after a section slug: " + ", ".join(s.slug for s in article.sections),
                )
            )
            continue
        if text.meta.get("untranslated") is True:
            continue  # scaffolding: listed as todo by `zhpress check`, checked once translated
        problems.extend(check_translation(article, text, terms))
    return problems
