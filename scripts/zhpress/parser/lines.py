"""Classifying single lines: numbering, line kinds (byline, dateline, caption …) and heading shapes."""

from __future__ import annotations

import re

from .patterns import (
    _AUTHOR_NOTE,
    _BRACKETED,
    _BYLINE_LABEL,
    _BYLINE_TOKEN,
    _COMMENTATOR,
    _DATE_LINE_ANY,
    _DATELINE_ANY,
    _FURNITURE_ANY,
    _FURNITURE_STRIP,
    _LABEL,
    _NOT_A_NAME,
    _NUMBERING_ANY,
    _NUMERIC,
    _PUBLISHED,
    _SENTENCE_MARK,
    _SPEAKER,
    _STOP,
    _STOP_MARK,
    _TABLE_SPLIT,
    CAPTION_END,
    CAPTION_START,
    CLOSE_QUOTES,
    FURNITURE,
    HEADING_MAX_CHARS,
    NUMBERED_HEADING_MAX_CHARS,
    OPEN_QUOTES,
    PATTERN_MAX_CHARS,
    SPACED_NAME,
)


def numbering(stripped: str) -> str | None:
    """The numbering style a line starts with (cn: 一、, paren_cn: （一）, di: 第一、, shi: 一是, dash: ——, …)."""
    match = _NUMBERING_ANY.match(stripped)
    return match.lastgroup if match else None


def _ending(stripped: str) -> str:
    body = stripped.rstrip(CLOSE_QUOTES + " \u3000")
    return body[-1:] if body else ""


def _is_byline(stripped: str) -> bool:
    if len(stripped) > 60:
        return False
    text = stripped.lstrip("□■◎●◇◆★☆·•▌｜|—- \u3000")
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    if _AUTHOR_NOTE.match(stripped) or _BYLINE_LABEL.match(text) or _COMMENTATOR.match(text):
        return True
    if not text or _NOT_A_NAME.match(text) or any(mark in text for mark in "。！？!?；;"):
        return False
    position, keys, names = 0, 0, 0
    while position < len(text):
        match = _BYLINE_TOKEN.match(text, position)
        if not match or match.end() == position:
            return False
        kind = match.lastgroup
        keys += kind in ("key", "short")
        names += kind == "name"
        position = match.end()
    return keys > 0 and names > 0


_BYLINE_HINT = re.compile(
    "记者|記者|通讯员|通訊員|实习生|實習生|撰|作者|摄|攝|文|图|圖|编译|編譯|视频|視頻|评论员|評論員"
)


def _is_table_row(stripped: str) -> bool:
    fields = [f for f in _TABLE_SPLIT.split(stripped) if f]
    if len(fields) >= 3:
        return True
    words = stripped.split()
    return len(words) >= 3 and sum(bool(_NUMERIC.match(w)) for w in words) >= 2


def _is_quote(stripped: str) -> bool:
    """A line that is one quotation: “…” or 「…」 (a quoted speech line, never a heading)."""
    if len(stripped) < 2 or stripped[0] not in OPEN_QUOTES or stripped[-1] not in "”’\"'」』":
        return False
    closer = {"“": "”", "‘": "’", "「": "」", "『": "』"}.get(stripped[0], stripped[0])
    return stripped.find(closer, 1) == len(stripped) - 1


def _joined(match: re.Match) -> str:
    return "".join(group or "" for group in match.groups())


def line_kind(stripped: str) -> str | None:
    """furniture, dateline, date (a dateline only under the headline or at the end), caption, photo (a photo
    credit: 记者 王五 摄), byline or None (text)."""
    if not stripped or len(stripped) > PATTERN_MAX_CHARS:
        return None
    stripped = SPACED_NAME.sub(_joined, stripped)  # 本报记者  王  明 → 本报记者  王明
    compact = _FURNITURE_STRIP.sub("", stripped)
    if compact and FURNITURE[0].match(compact) and (compact != stripped or len(compact) >= 4 or compact == "完"):
        return "furniture"
    segments = _BRACKETED.findall(stripped)
    if (
        segments
        and not _BRACKETED.sub("", stripped).strip()
        and all(
            FURNITURE[0].match(_FURNITURE_STRIP.sub("", seg) or "-") or FURNITURE[1].match(seg.strip())
            for seg in segments
        )
    ):
        return "furniture"  # 【纠错】 【责任编辑：刘阳】
    if _FURNITURE_ANY.match(stripped):
        return "furniture"
    if _DATELINE_ANY.match(stripped):
        if not _SENTENCE_MARK.search(stripped) or stripped.startswith(("《", "来源", "來源")):
            return "dateline"
    if _DATE_LINE_ANY.match(stripped) and not _SENTENCE_MARK.search(stripped):
        return "dateline" if _PUBLISHED.search(stripped) else "date"
    if CAPTION_START.match(stripped):
        return "caption"
    byline = _BYLINE_HINT.search(stripped) is not None and _is_byline(stripped)
    if CAPTION_END.search(stripped):
        return "photo" if byline else "caption"
    return "byline" if byline else None


def is_heading_line(text: str) -> bool:
    """A short line that is not a sentence (no sentence-final punctuation), nor a list item, quotation,
    label (单位：…), table row, byline, dateline, caption or page furniture."""
    stripped = text.strip()
    return bool(stripped) and _heading_shape(stripped, numbering(stripped), None)


def _heading_shape(stripped: str, style: str | None, kind: str | None | bool) -> bool:
    """is_heading_line with the line's numbering style and kind (None: not computed yet; False: no kind)."""
    if style in ("shi", "dash"):
        return False
    limit = NUMBERED_HEADING_MAX_CHARS if style else HEADING_MAX_CHARS
    if len(stripped) > limit:
        return False
    if _STOP_MARK.search(stripped):
        return False
    if _ending(stripped) in ("：", ":", "，", ",", "、", "…") or stripped.endswith(("：", ":", "…")):
        return False
    if stripped in _STOP or _LABEL.match(stripped) or _is_table_row(stripped) or _SPEAKER.match(stripped):
        return False
    return (line_kind(stripped) if kind is None else kind or None) is None


def _single_sentence_heading(stripped: str) -> bool:
    """一、…。 / （一）…？ / 二、存在的问题：: a numbered line of one short sentence or label (a heading in work
    reports and Q&A explainers when each one heads paragraphs)."""
    style = numbering(stripped)
    if style not in ("chapter", "formal", "di", "cn", "paren_cn") or len(stripped) > HEADING_MAX_CHARS:
        return False
    if _ending(stripped) not in ("。", "？", "?", "：", ":") or any(m in stripped for m in "；;"):
        return False
    if _ending(stripped) in ("：", ":") and (len(stripped) > 30 or any(m in stripped[:-1] for m in "：:，,")):
        return False
    body = stripped.rstrip(CLOSE_QUOTES + " \u3000")[:-1]
    return not any(mark in body for mark in "。！？!?") and line_kind(stripped) is None


# -- the parser ---------------------------------------------------------------------------------
