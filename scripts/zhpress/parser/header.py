"""The top of a source: furniture, the headline (kicker, title, subtitle) and the lines under it."""

from __future__ import annotations

import re

from .patterns import (
    _KICKER_CUE,
    _NAME_LINE,
    _NOT_NAMES,
    _OFFICE_BYLINE,
    _ORG_STRONG,
    _ORG_WEAK,
    _SENTENCE_MARK,
    _SLOGAN,
    _STOP_MARK,
    MONTH_LINE,
    PATTERN_MAX_CHARS,
    SUBTITLE_DASH,
    inline_byline,
)
from .scan import Line, Notes, show


def _is_subtitle_of(line: Line, title: str) -> bool:
    return line.dash or bool(line.text.startswith(title) and SUBTITLE_DASH.match(line.text))


def _subtitle_note(line: Line) -> str:
    return (
        f"line {line.index + 1}: {show(line.text)} is taken as the subtitle "
        "(if it is the first section heading, add a lead paragraph or edit article.yaml)"
    )


def issuer(line: Line, following: Line | None) -> bool:
    """An issuing office (国家统计局, 行政院新聞傳播處), with its date beside it or a distinctive name."""
    if line.kind is not None or line.style is not None or len(line.text) > 44:
        return False
    dated = following is not None and following.kind in ("dateline", "date")
    parts = [p for p in re.split(r"[\s\u3000、]+", line.text) if p]  # 岚州市统计局 国家统计局岚州调查队
    if len(parts) > 3 or any(len(p) > 22 for p in parts):
        return False
    strong = [bool(_ORG_STRONG.match(p)) for p in parts]
    return all(s or _ORG_WEAK.match(p) for s, p in zip(strong, parts)) and (any(strong) or dated)


def header(lines: list[Line], roles: list[str], notes: Notes) -> int:
    """Kicker, title, subtitle, byline, dateline and furniture at the top; returns the position of the lead.

    Args:
        lines: the source's non-blank lines.
        roles: every line's role, by line index; filled in here.
        notes: collects the warnings about unsure spots.
    """
    pos = _furniture_above(lines, roles)
    if pos >= len(lines):
        return pos
    after = _headline(lines, pos, roles, notes)
    if after is None:  # no headline: the text opens with its lead
        return pos
    return _under_headline(lines, after, roles, notes)


def _at(lines: list[Line], k: int) -> Line | None:
    return lines[k] if k < len(lines) else None


def _furniture_above(lines: list[Line], roles: list[str]) -> int:
    """Furniture, datelines and issuing offices above the headline; returns the headline's position."""
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        if line.kind in ("furniture", "dateline", "date"):
            roles[line.index] = "furniture" if line.kind == "furniture" else "dateline"
        elif pos + 1 < len(lines) and lines[pos + 1].kind in ("dateline", "date") and issuer(line, lines[pos + 1]):
            roles[line.index] = "byline"  # 行政院新聞傳播處 / 發布日期：113-05-16 above the title
        else:
            break
        pos += 1
    return pos


def _headline(lines: list[Line], pos: int, roles: list[str], notes: Notes) -> int | None:
    """Kicker, title and subtitle from `pos` on; the position after them, or None when there is no headline."""
    first, second, third = lines[pos], _at(lines, pos + 1), _at(lines, pos + 2)
    if _opens_with_lead(first):
        notes.add(
            first.index,
            f"line {first.index + 1}: the text starts with its lead ({show(first.text[:16])}…) and has "
            "no headline: give the article a `title` in article.yaml",
        )
        return None
    if second and _is_subtitle_of(second, first.text):
        roles[first.index], roles[second.index] = "title", "subtitle"
        return pos + 2
    if (
        first.short
        and second
        and second.title_like
        and not second.dash
        and third
        and _is_subtitle_of(third, second.text)
        and not _STOP_MARK.search(third.text)
    ):
        roles[first.index], roles[second.index], roles[third.index] = "kicker", "title", "subtitle"
        return pos + 3
    if (
        first.short
        and second
        and second.title_like
        and not second.dash
        and not issuer(second, third)
        and (_KICKER_CUE.match(first.text) or _slogan(first.text))
    ):
        roles[first.index], roles[second.index] = "kicker", "title"
        notes.add(
            first.index,
            f"line {first.index + 1}: {show(first.text)} is taken as a kicker (引题 or column name) "
            f"above the title {show(second.text)} (if it is the title, the next line is its subtitle)",
        )
        return _subtitle_after(lines, pos + 2, second.text, roles, notes)
    roles[first.index] = "title"
    return _subtitle_after(lines, pos + 1, None, roles, notes)


def _subtitle_after(lines: list[Line], pos: int, title: str | None, roles: list[str], notes: Notes) -> int:
    """A subtitle at `pos` under a title (`title`: the title's text when a kicker stands above it)."""
    candidate = _at(lines, pos)
    if candidate is None:
        return pos
    if title is not None and _is_subtitle_of(candidate, title):
        roles[candidate.index] = "subtitle"
        return pos + 1
    if title is None and candidate.short and author_name(candidate):
        return pos  # the author's bare name: a byline (below)
    if candidate.short and not issuer(candidate, _at(lines, pos + 1)):
        roles[candidate.index] = "subtitle"
        notes.add(candidate.index, _subtitle_note(candidate))
        return pos + 1
    return pos


def _under_headline(lines: list[Line], pos: int, roles: list[str], notes: Notes) -> int:
    """Bylines, datelines, photo credits, captions and furniture right under the headline."""
    title = next((line.text for line in lines[:pos] if roles[line.index] == "title"), "")
    while pos < len(lines):
        line, following = lines[pos], _at(lines, pos + 1)
        if len(line.text) >= 4 and line.kind is None and line.text in title:
            roles[line.index] = "title"  # the headline repeated (or in parts) in a web copy
        elif line.kind in ("byline", "photo"):
            roles[line.index] = "byline"
        elif line.kind in ("dateline", "furniture", "caption"):
            roles[line.index] = line.kind
        elif line.kind == "date" or MONTH_LINE.match(line.text):
            roles[line.index] = "dateline"
        elif _OFFICE_BYLINE.match(line.text) and line.style is None:
            roles[line.index] = "byline"
        elif line.short and author_name(line):
            roles[line.index] = "byline"
            notes.add(
                line.index,
                f"line {line.index + 1}: {show(line.text)} under the headline is taken as the byline "
                "(an author's name)",
            )
        elif issuer(line, following):
            roles[line.index] = "byline"
            if not (following and following.kind in ("dateline", "date")):
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {show(line.text)} is taken as the byline (the issuing "
                    "office), not as a subtitle or heading",
                )
        else:
            break
        pos += 1
    return pos


def _opens_with_lead(line: Line) -> bool:
    """A wire story pasted without its headline: 新华社北京1月5日电（记者 赵宇航）记者5日从…获悉，…。"""
    text = line.text[:PATTERN_MAX_CHARS]
    inline = inline_byline(text)
    return inline is not None and line.kind is None and bool(_SENTENCE_MARK.search(line.text[inline.end() :]))


def author_name(line: Line) -> bool:
    """A bare name or names: 李　斌, 张三 李四 (no other word of two to four characters is likely there)."""
    return (
        line.style is None
        and line.kind is None
        and len(line.text) <= 24
        and bool(_NAME_LINE.match(line.text))
        and not any(word in _NOT_NAMES for word in re.split(r"[\s\u3000、]+", line.text))
    )


def _slogan(text: str) -> bool:
    """Two parallel phrases: 奋进新征程 建功新时代 (a typical kicker)."""
    match = _SLOGAN.match(text)
    return match is not None and abs(len(match.group(1)) - len(match.group(2))) <= 1
