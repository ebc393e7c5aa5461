"""Parsing a source into an Article: every line gets a role (see `article.py`), losslessly.

The steps: the top (`header.py`), furniture and signatures in the body, list items (`lists.py`),
headings and their levels, lead and paragraphs, the closing paragraph, and warnings on unsure spots.
"""

from __future__ import annotations

import re

from .article import Article, Block
from .header import author_name, header, issuer
from .lines import _ending, _heading_shape, _is_quote, _single_sentence_heading
from .lists import mark_lists
from .patterns import (
    _COMMA,
    _DATE,
    _LEAD_IN,
    _ORG_WEAK,
    _REFERS_BACK,
    BODY_ROLES,
    CLOSING_MARKERS,
    HEADING_STYLES,
    MAX_EMPTY_SECTION_WARNINGS,
    QA_LABEL,
    RANK,
)
from .scan import Line, Notes, describe, show


def parse_article(text: str) -> Article:
    """Split a source text into roles. Never raises; unsure spots become warnings.

    Args:
        text: the source, verbatim.
    """
    trailing = text.endswith("\n")
    raw_lines = (text[:-1] if trailing else text).split("\n")
    starts, offset = [], 0
    for raw in raw_lines:
        starts.append(offset)
        offset += len(raw) + 1
    roles = ["blank"] * len(raw_lines)
    notes = Notes()
    lines = [describe(i, line) for i, line in enumerate(raw_lines) if line.strip()]
    pos = header(lines, roles, notes)
    body = lines[pos:]
    for line in body:  # page furniture, datelines, captions and bylines anywhere in the body
        if line.kind in ("furniture", "dateline", "caption", "byline"):
            roles[line.index] = line.kind
        elif line.kind == "photo":
            roles[line.index] = "caption"
    _signature(body, roles, notes)
    mark_lists(body, roles, notes)
    _introduced_title(body, roles, notes)
    _headings(body, roles, notes)
    _sentence_headings(body, roles, notes)
    _shi_headings(body, roles, notes)
    _unpunctuated_sentences(body, roles, notes, raw_lines)
    in_sections = False  # lead before the first heading, paragraphs after it
    for line in body:
        if roles[line.index] == "heading":
            in_sections = True
        elif roles[line.index] == "blank":
            roles[line.index] = "paragraph" if in_sections else "lead"
    headings = [line for line in lines if roles[line.index] == "heading"]
    levels = _levels(headings, len(raw_lines), notes)
    warnings = _empty_sections(headings, roles, levels, raw_lines)
    if not headings and len(lines) > pos:
        warnings.insert(0, "no section headings found: the whole text is treated as the lead")
    _closing(body, headings, roles, raw_lines)
    blocks = [
        Block(role=roles[i], text=line, line=i + 1, start=starts[i], level=levels[i])
        for i, line in enumerate(raw_lines)
    ]
    return Article(blocks=blocks, trailing_newline=trailing, warnings=notes.lines() + warnings)


def _introduced_title(body: list[Line], roles: list[str], notes: Notes) -> None:
    """The title of a text a lead line introduces (总统致词全文如下： / 傾聽青年心聲 實現世代正義)."""
    has_subtitle = "subtitle" in roles
    for k, line in enumerate(body):
        if line.shape and roles[line.index] == "blank":
            if (
                not has_subtitle
                and line.style is None
                and k > 0
                and _LEAD_IN.search(body[k - 1].text)
                and roles[body[k - 1].index] == "blank"
            ):
                roles[line.index] = "subtitle"
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {show(line.text)} follows {show(body[k - 1].text[-12:])} "
                    "and is taken as the subtitle (the title of the text it introduces)",
                )
            break


def _headings(body: list[Line], roles: list[str], notes: Notes) -> None:
    """Heading-shaped lines are headings, but for a line after a lead-in ending in ： and a quotation the
    next line speaks of."""
    candidates = [k for k, line in enumerate(body) if roles[line.index] == "blank" and line.shape]
    for k in candidates:
        line = body[k]
        previous = body[k - 1] if k > 0 else None
        if (
            line.style is None
            and previous is not None
            and _ending(previous.text) in ("：", ":")
            and not QA_LABEL.match(line.text)
            and roles[previous.index] == "blank"
            and previous.kind is None
        ):
            notes.add(
                line.index,
                f"line {line.index + 1}: {show(line.text)} follows a line ending in ： and is kept as "
                "text, not taken as a heading",
            )
            continue
        if _is_quote(line.text):
            following = body[k + 1] if k + 1 < len(body) else None
            if following is not None and following.text.startswith(_REFERS_BACK):
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {show(line.text)} is a quotation the next line speaks of: "
                    "kept as text, not taken as a heading",
                )
                continue
            notes.add(
                line.index,
                f"line {line.index + 1}: {show(line.text)} is a quotation on its own line: taken as a heading",
            )
        roles[line.index] = "heading"


def _unpunctuated_sentences(body: list[Line], roles: list[str], notes: Notes, raw_lines: list[str]) -> None:
    """A long unnumbered line with a comma that heads nothing is a sentence missing its final 。."""
    heads = [line for line in body if roles[line.index] == "heading"]
    for heading, following in zip(heads, heads[1:] + [None]):
        stop = following.index if following else len(raw_lines)
        if (
            heading.style is None
            and len(heading.text) > 20
            and _COMMA.search(heading.text)
            and not any(raw_lines[i].strip() for i in range(heading.index + 1, stop))
        ):
            roles[heading.index] = "blank"
            notes.add(
                heading.index,
                f"line {heading.index + 1}: {show(heading.text)} heads nothing and reads like a "
                "sentence without its final punctuation: kept as text, not taken as a heading",
            )


def _levels(headings: list[Line], count: int, notes: Notes) -> list[int]:
    """Every line's heading level (0 for other lines), from the headings' numbering styles."""
    levels = [0] * count
    ranked = HEADING_STYLES + ("shi",)  # 一是… lines are headings only as _shi_headings found them
    ranks = sorted({RANK[h.style] for h in headings if h.style in ranked})
    # Unnumbered headings above numbered ones (經濟表現 / (一) 穩定樓市): the numbered ones are subheadings.
    below = 1 if headings and headings[0].style not in ranked and any(h.style in ranked for h in headings) else 0
    for heading in headings:
        levels[heading.index] = ranks.index(RANK[heading.style]) + 1 + below if heading.style in ranked else 1
    numbered = [h for h in headings if h.style in HEADING_STYLES]
    if len(numbered) >= 2:
        for heading in headings:
            if heading.style is None:
                notes.add(
                    heading.index,
                    f"line {heading.index + 1}: {show(heading.text)} is taken as a heading although "
                    "the other headings are numbered",
                )
    return levels


def _empty_sections(headings: list[Line], roles: list[str], levels: list[int], raw_lines: list[str]) -> list[str]:
    """Warnings for headings followed by another heading of their level (or above) or by the end of the text."""
    warnings: list[str] = []
    empty = []
    for heading, following in zip(headings, headings[1:] + [None]):
        stop = following.index if following else len(raw_lines)
        if any(roles[i] in BODY_ROLES for i in range(heading.index + 1, stop)):
            continue
        if following is not None and levels[following.index] > levels[heading.index]:
            continue  # 一、… directly above its （一）…
        empty.append(heading.index)
    for index in empty[:MAX_EMPTY_SECTION_WARNINGS]:
        warnings.append(
            f"line {index + 1}: heading {show(raw_lines[index].strip())} has no paragraph under it "
            "(if it is a paragraph, end it with 。)"
        )
    if len(empty) > MAX_EMPTY_SECTION_WARNINGS:
        warnings.append(f"{len(empty) - MAX_EMPTY_SECTION_WARNINGS} more headings have no paragraph under them")
    return warnings


def _closing(body: list[Line], headings: list[Line], roles: list[str], raw_lines: list[str]) -> None:
    """The closing paragraph: the last paragraph, when it looks forward rather than reports."""
    shown = [line.index for line in body if roles[line.index] in BODY_ROLES]
    if headings and shown and roles[shown[-1]] == "paragraph" and shown[-1] > headings[-1].index:
        last = shown[-1]
        if any(marker in raw_lines[last] for marker in CLOSING_MARKERS):
            if len([i for i in shown if i > headings[-1].index]) > 1:
                roles[last] = "closing"


def _signature(body: list[Line], roles: list[str], notes: Notes) -> None:
    """Datelines at the end, and the issuing office above the closing date (安康市统计局 / 2025年3月20日)."""
    k = len(body)
    while k > 0 and body[k - 1].kind in ("furniture", "date", "dateline", "byline", "photo"):
        k -= 1
    trailing = body[k:]
    for line in trailing:
        if line.kind == "date":
            roles[line.index] = "dateline"  # 2024年11月15日（星期五） at the end
    dated = (
        bool(trailing)
        and trailing[0].kind in ("date", "dateline")
        and bool(re.fullmatch(rf"[（(]?{_DATE}[）)]?", trailing[0].text))
    )
    if k == 0:
        return
    before = body[k - 1]
    if roles[before.index] != "blank" or before.kind is not None or before.style is not None or not before.shape:
        return
    if dated:
        roles[before.index] = "byline"
        if not issuer(before, trailing[0]):
            notes.add(
                before.index,
                f"line {before.index + 1}: {show(before.text)} above the closing date is taken "
                "as the byline (signature), not as a heading",
            )
    elif k == len(body) and (issuer(before, None) or author_name(before) or _ORG_WEAK.match(before.text)):
        roles[before.index] = "byline"
        notes.add(
            before.index,
            f"line {before.index + 1}: {show(before.text)} at the end is taken as the byline "
            "(an author's name or the issuing office), not as a heading",
        )


def _sentence_headings(body: list[Line], roles: list[str], notes: Notes) -> None:
    """Numbered one-sentence lines (（一）大力推进…，加快…。) that each head paragraphs are headings."""
    found: dict[str | None, list[Line]] = {}
    for k, line in enumerate(body):
        if roles[line.index] != "blank" or not _single_sentence_heading(line.text):
            continue
        following = body[k + 1] if k + 1 < len(body) else None
        if following is None or following.kind is not None or following.style == line.style or following.shape:
            continue
        if roles[following.index] not in ("blank", "list"):
            continue  # a paragraph or list items under it: 一、…。 / 二、存在的问题：
        found.setdefault(line.style, []).append(line)
    for style, group in found.items():
        others = sum(1 for line in body if roles[line.index] == "heading" and line.style == style)
        if len(group) + others < 2:
            continue
        for line in group:
            roles[line.index] = "heading"
            notes.add(
                line.index,
                f"line {line.index + 1}: {show(line.text)} ends like a sentence (or with ：) but "
                "stands alone above paragraphs like a numbered heading: taken as a heading",
            )


def _shi_headings(body: list[Line], roles: list[str], notes: Notes) -> None:
    """一是抓理论学习，筑牢思想根基 standing alone above its paragraph, two or more times: headings.

    一是… usually runs on inside a paragraph or opens list items (sentences ending in 。 or ；);
    a short 一是 line with no final punctuation that has a paragraph of its own is a subheading.
    """
    group: list[Line] = []
    for k, line in enumerate(body):
        if (
            line.style != "shi"
            or roles[line.index] != "blank"
            or not _heading_shape(line.text, None, line.kind or False)
        ):
            continue  # heading-shaped apart from its numbering: short, no sentence mark, no trailing ：，、
        following = body[k + 1] if k + 1 < len(body) else None
        if (
            following is None
            or following.kind is not None
            or following.style is not None
            or following.shape
            or roles[following.index] != "blank"
        ):
            continue
        group.append(line)
    if len(group) < 2:
        return
    for line in group:
        roles[line.index] = "heading"
        notes.add(
            line.index,
            f"line {line.index + 1}: {show(line.text)} stands alone above a paragraph and is "
            "taken as a subheading (一是…, 二是…)",
        )
