"""Parsing a source into an Article: every line gets a role (see `article.py`), losslessly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article, Block
from .lines import _ending, _heading_shape, _is_quote, _single_sentence_heading, line_kind, numbering
from .patterns import (
    _COMMA,
    _DATE,
    _KICKER_CUE,
    _LEAD_IN,
    _NAME_LINE,
    _NOT_NAMES,
    _OFFICE_BYLINE,
    _ORG_STRONG,
    _ORG_WEAK,
    _REFERS_BACK,
    _SENTENCE_MARK,
    _SLOGAN,
    _STOP_MARK,
    BODY_ROLES,
    CLOSING_MARKERS,
    HEADING_STYLES,
    MAX_EMPTY_SECTION_WARNINGS,
    MAX_NOTES,
    MONTH_LINE,
    PATTERN_MAX_CHARS,
    QA_LABEL,
    RANK,
    SUBTITLE_DASH,
    inline_byline,
)


@dataclass
class _Line:
    index: int
    text: str  # stripped
    style: str | None
    kind: str | None
    shape: bool  # heading-shaped on its own

    @property
    def dash(self) -> bool:
        return self.text.startswith(("——", "—", "--"))

    @property
    def short(self) -> bool:
        """A short, unnumbered line that is not a sentence (a title, kicker or subtitle candidate)."""
        return self.shape and self.style is None

    @property
    def title_like(self) -> bool:
        return (
            self.kind is None
            and self.style is None
            and len(self.text) <= 80
            and not any(m in self.text for m in "。；;")
            and _ending(self.text) not in ("：", ":", "，", ",", "、")
        )


def _describe(index: int, line: str) -> _Line:
    stripped = line.strip()
    style, kind = numbering(stripped), line_kind(stripped)
    return _Line(
        index=index,
        text=stripped,
        style=style,
        kind=kind,
        shape=bool(stripped)
        and (_heading_shape(stripped, style, kind if kind else False) or bool(QA_LABEL.match(stripped))),
    )


def _show(text: str) -> str:
    """A line quoted for a warning: repr (so control characters show), with ideographic spaces kept readable."""
    return repr(text).replace("\\u3000", "\u3000")


class _Notes:
    def __init__(self):
        self.items: list[tuple[int, str]] = []

    def add(self, index: int, message: str) -> None:
        self.items.append((index, message))

    def lines(self) -> list[str]:
        notes = [m for _, m in sorted(self.items, key=lambda item: item[0])]
        if len(notes) > MAX_NOTES:
            notes = notes[:MAX_NOTES] + [f"{len(notes) - MAX_NOTES} more warnings like these"]
        return notes


def _is_subtitle_of(line: _Line, title: str) -> bool:
    return line.dash or bool(line.text.startswith(title) and SUBTITLE_DASH.match(line.text))


def _subtitle_note(line: _Line) -> str:
    return (
        f"line {line.index + 1}: {_show(line.text)} is taken as the subtitle "
        "(if it is the first section heading, add a lead paragraph or edit article.yaml)"
    )


def _issuer(line: _Line, following: _Line | None) -> bool:
    """An issuing office (国家统计局, 行政院新聞傳播處), with its date beside it or a distinctive name."""
    if line.kind is not None or line.style is not None or len(line.text) > 44:
        return False
    dated = following is not None and following.kind in ("dateline", "date")
    parts = [p for p in re.split(r"[\s\u3000、]+", line.text) if p]  # 岚州市统计局 国家统计局岚州调查队
    if len(parts) > 3 or any(len(p) > 22 for p in parts):
        return False
    strong = [bool(_ORG_STRONG.match(p)) for p in parts]
    return all(s or _ORG_WEAK.match(p) for s, p in zip(strong, parts)) and (any(strong) or dated)


def _header(lines: list[_Line], roles: list[str], notes: _Notes) -> int:  # noqa: C901  (to split)
    """Kicker, title, subtitle, byline, dateline and furniture at the top; returns the position of the lead."""
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        if line.kind in ("furniture", "dateline", "date"):
            roles[line.index] = "furniture" if line.kind == "furniture" else "dateline"
        elif pos + 1 < len(lines) and lines[pos + 1].kind in ("dateline", "date") and _issuer(line, lines[pos + 1]):
            roles[line.index] = "byline"  # 行政院新聞傳播處 / 發布日期：113-05-16 above the title
        else:
            break
        pos += 1
    if pos >= len(lines):
        return pos

    def at(k: int) -> _Line | None:
        return lines[k] if k < len(lines) else None

    first, second, third = lines[pos], at(pos + 1), at(pos + 2)
    if _opens_with_lead(first):
        notes.add(
            first.index,
            f"line {first.index + 1}: the text starts with its lead ({_show(first.text[:16])}…) and has "
            "no headline: give the article a `title` in article.yaml",
        )
        return pos
    if second and _is_subtitle_of(second, first.text):
        roles[first.index], roles[second.index] = "title", "subtitle"
        pos += 2
    elif (
        first.short
        and second
        and second.title_like
        and not second.dash
        and third
        and _is_subtitle_of(third, second.text)
        and not _STOP_MARK.search(third.text)
    ):
        roles[first.index], roles[second.index], roles[third.index] = "kicker", "title", "subtitle"
        pos += 3
    elif (
        first.short
        and second
        and second.title_like
        and not second.dash
        and not _issuer(second, third)
        and (_KICKER_CUE.match(first.text) or _slogan(first.text))
    ):
        roles[first.index], roles[second.index] = "kicker", "title"
        notes.add(
            first.index,
            f"line {first.index + 1}: {_show(first.text)} is taken as a kicker (引题 or column name) "
            f"above the title {_show(second.text)} (if it is the title, the next line is its subtitle)",
        )
        pos += 2
        candidate = at(pos)
        if candidate and _is_subtitle_of(candidate, second.text):
            roles[candidate.index] = "subtitle"
            pos += 1
        elif candidate and candidate.short and not _issuer(candidate, at(pos + 1)):
            roles[candidate.index] = "subtitle"
            notes.add(candidate.index, _subtitle_note(candidate))
            pos += 1
    else:
        roles[first.index] = "title"
        pos += 1
        candidate = at(pos)
        if candidate and candidate.short and _author_name(candidate):
            pass  # the author's bare name: a byline (below)
        elif candidate and candidate.short and not _issuer(candidate, at(pos + 1)):
            roles[candidate.index] = "subtitle"
            notes.add(candidate.index, _subtitle_note(candidate))
            pos += 1

    # Bylines, datelines, photo credits, captions and furniture right under the headline.
    title = next((line.text for line in lines[:pos] if roles[line.index] == "title"), "")
    while pos < len(lines):
        line, following = lines[pos], at(pos + 1)
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
        elif line.short and _author_name(line):
            roles[line.index] = "byline"
            notes.add(
                line.index,
                f"line {line.index + 1}: {_show(line.text)} under the headline is taken as the byline "
                "(an author's name)",
            )
        elif _issuer(line, following):
            roles[line.index] = "byline"
            if not (following and following.kind in ("dateline", "date")):
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {_show(line.text)} is taken as the byline (the issuing "
                    "office), not as a subtitle or heading",
                )
        else:
            break
        pos += 1
    return pos


def _opens_with_lead(line: _Line) -> bool:
    """A wire story pasted without its headline: 新华社北京1月5日电（记者 赵宇航）记者5日从…获悉，…。"""
    text = line.text[:PATTERN_MAX_CHARS]
    inline = inline_byline(text)
    return inline is not None and line.kind is None and bool(_SENTENCE_MARK.search(line.text[inline.end() :]))


def _author_name(line: _Line) -> bool:
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


def _lists(body: list[_Line], roles: list[str], notes: _Notes) -> None:  # noqa: C901  (to split)
    """Mark list items: runs of lines ending in ；, runs of numbered items that are sentences, ——… runs and
    short items introduced by a line ending in ：."""
    texts = [line.kind is None and roles[line.index] == "blank" for line in body]

    def run_from(k: int, accept) -> int:
        end = k
        while end < len(body) and texts[end] and accept(body[end]):
            end += 1
        return end

    k = 0
    while k < len(body):
        line = body[k]
        if not texts[k]:
            k += 1
            continue
        if _ending(line.text) in ("；", ";"):
            end, style = k, line.style
            while end < len(body) and texts[end]:
                current = body[end]
                if end > k and current.shape and current.style != style:
                    break  # a heading after the list
                end += 1
                if _ending(current.text) not in ("；", ";"):
                    break
            if end - k >= 2:
                for m in range(k, end):
                    roles[body[m].index] = "list"
            else:
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {_show(line.text)} ends with ； but no list item "
                    "follows: kept as a paragraph",
                )
            k = max(end, k + 1)
            continue
        if (
            line.style in ("shi", "dash", "arabic", "paren_arabic", "circled", "cn", "paren_cn", "di", "formal")
            and not line.shape
        ):
            style = line.style
            end = run_from(k, lambda other, style=style: other.style == style and not other.shape)
            if end - k >= 2:
                for m in range(k, end):
                    roles[body[m].index] = "list"
                k = end
                continue
        if line.style in ("arabic", "paren_arabic", "circled") and line.shape:
            style = line.style
            end = run_from(k, lambda other, style=style: other.style == style and other.shape)
            if end - k >= 2:  # 1、… 2、… 3、… one under the other, with no text between: items, not headings
                for m in range(k, end):
                    roles[body[m].index] = "list"
                k = end
                continue
        if re.match(r"附件\s*[:：]?\s*[0-9０-９]", line.text) and line.kind is None:
            end = run_from(k + 1, lambda other: other.style in ("arabic", "paren_arabic"))
            for m in range(k, end):  # 附件：1.…… / 2.……: the attachments, not headings
                roles[body[m].index] = "list"
            k = max(end, k + 1)
            continue
        if (
            _ending(line.text) in ("：", ":")
            and not _LEAD_IN.search(line.text)
            and k + 1 < len(body)
            and texts[k + 1]
            and body[k + 1].shape
        ):
            style = body[k + 1].style
            end = run_from(k + 1, lambda other, style=style: other.shape and other.style == style)
            if end - (k + 1) >= 2:
                for m in range(k + 1, end):
                    roles[body[m].index] = "list"
                k = end
                continue
        k += 1


def parse_article(text: str) -> Article:  # noqa: C901  (to split)
    """Split a source text into roles. Never raises; unsure spots become warnings."""
    trailing = text.endswith("\n")
    raw_lines = (text[:-1] if trailing else text).split("\n")
    starts, offset = [], 0
    for raw in raw_lines:
        starts.append(offset)
        offset += len(raw) + 1

    roles = ["blank"] * len(raw_lines)
    levels = [0] * len(raw_lines)
    notes = _Notes()
    lines = [_describe(i, line) for i, line in enumerate(raw_lines) if line.strip()]
    pos = _header(lines, roles, notes)
    body = lines[pos:]

    # Page furniture, datelines, captions and bylines anywhere in the body.
    for line in body:
        if line.kind in ("furniture", "dateline", "caption", "byline"):
            roles[line.index] = line.kind
        elif line.kind == "photo":
            roles[line.index] = "caption"
    _signature(body, roles, notes)
    _lists(body, roles, notes)

    # The title of a text a lead line introduces (总统致词全文如下： / 傾聽青年心聲 實現世代正義).
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
                has_subtitle = True
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {_show(line.text)} follows {_show(body[k - 1].text[-12:])} "
                    "and is taken as the subtitle (the title of the text it introduces)",
                )
            break

    # Headings.
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
                f"line {line.index + 1}: {_show(line.text)} follows a line ending in ： and is kept as "
                "text, not taken as a heading",
            )
            continue
        if _is_quote(line.text):
            following = body[k + 1] if k + 1 < len(body) else None
            if following is not None and following.text.startswith(_REFERS_BACK):
                notes.add(
                    line.index,
                    f"line {line.index + 1}: {_show(line.text)} is a quotation the next line speaks of: "
                    "kept as text, not taken as a heading",
                )
                continue
            notes.add(
                line.index,
                f"line {line.index + 1}: {_show(line.text)} is a quotation on its own line: taken as a heading",
            )
        roles[line.index] = "heading"
    _sentence_headings(body, roles, notes)
    _shi_headings(body, roles, notes)

    # A long unnumbered line with a comma that heads nothing is a sentence missing its final 。
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
                f"line {heading.index + 1}: {_show(heading.text)} heads nothing and reads like a "
                "sentence without its final punctuation: kept as text, not taken as a heading",
            )

    # Lead before the first heading, paragraphs after it.
    in_sections = False
    for line in body:
        if roles[line.index] == "heading":
            in_sections = True
        elif roles[line.index] == "blank":
            roles[line.index] = "paragraph" if in_sections else "lead"

    headings = [line for line in lines if roles[line.index] == "heading"]
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
                    f"line {heading.index + 1}: {_show(heading.text)} is taken as a heading although "
                    "the other headings are numbered",
                )

    warnings: list[str] = []
    if not headings and len(lines) > pos:
        warnings.append("no section headings found: the whole text is treated as the lead")
    empty = []  # headings followed by another heading of their level (or above) or by the end of the text
    for heading, following in zip(headings, headings[1:] + [None]):
        stop = following.index if following else len(raw_lines)
        if any(roles[i] in BODY_ROLES for i in range(heading.index + 1, stop)):
            continue
        if following is not None and levels[following.index] > levels[heading.index]:
            continue  # 一、… directly above its （一）…
        empty.append(heading.index)
    for index in empty[:MAX_EMPTY_SECTION_WARNINGS]:
        warnings.append(
            f"line {index + 1}: heading {_show(raw_lines[index].strip())} has no paragraph under it "
            "(if it is a paragraph, end it with 。)"
        )
    if len(empty) > MAX_EMPTY_SECTION_WARNINGS:
        warnings.append(f"{len(empty) - MAX_EMPTY_SECTION_WARNINGS} more headings have no paragraph under them")

    # The closing paragraph: the last paragraph, when it looks forward rather than reports.
    shown = [line.index for line in body if roles[line.index] in BODY_ROLES]
    if headings and shown and roles[shown[-1]] == "paragraph" and shown[-1] > headings[-1].index:
        last = shown[-1]
        if any(marker in raw_lines[last] for marker in CLOSING_MARKERS):
            if len([i for i in shown if i > headings[-1].index]) > 1:
                roles[last] = "closing"

    blocks = [
        Block(role=roles[i], text=line, line=i + 1, start=starts[i], level=levels[i])
        for i, line in enumerate(raw_lines)
    ]
    return Article(blocks=blocks, trailing_newline=trailing, warnings=notes.lines() + warnings)


def _signature(body: list[_Line], roles: list[str], notes: _Notes) -> None:
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
        if not _issuer(before, trailing[0]):
            notes.add(
                before.index,
                f"line {before.index + 1}: {_show(before.text)} above the closing date is taken "
                "as the byline (signature), not as a heading",
            )
    elif k == len(body) and (_issuer(before, None) or _author_name(before) or _ORG_WEAK.match(before.text)):
        roles[before.index] = "byline"
        notes.add(
            before.index,
            f"line {before.index + 1}: {_show(before.text)} at the end is taken as the byline "
            "(an author's name or the issuing office), not as a heading",
        )


def _sentence_headings(body: list[_Line], roles: list[str], notes: _Notes) -> None:
    """Numbered one-sentence lines (（一）大力推进…，加快…。) that each head paragraphs are headings."""
    found: dict[str | None, list[_Line]] = {}
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
                f"line {line.index + 1}: {_show(line.text)} ends like a sentence (or with ：) but "
                "stands alone above paragraphs like a numbered heading: taken as a heading",
            )


def _shi_headings(body: list[_Line], roles: list[str], notes: _Notes) -> None:
    """一是抓理论学习，筑牢思想根基 standing alone above its paragraph, two or more times: headings.

    一是… usually runs on inside a paragraph or opens list items (sentences ending in 。 or ；);
    a short 一是 line with no final punctuation that has a paragraph of its own is a subheading.
    """
    group: list[_Line] = []
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
            f"line {line.index + 1}: {_show(line.text)} stands alone above a paragraph and is "
            "taken as a subheading (一是…, 二是…)",
        )
