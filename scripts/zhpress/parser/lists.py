"""List items: runs of lines ending in ；, numbered sentences, ——… runs and items after a line ending in ：."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lines import _ending
from .patterns import _LEAD_IN
from .scan import Line, Notes, show

# Numbering styles whose runs of sentences (not heading-shaped) are list items.
_ITEM_STYLES = ("shi", "dash", "arabic", "paren_arabic", "circled", "cn", "paren_cn", "di", "formal")
# Numbering styles whose heading-shaped runs, one under the other, are list items too (1、… 2、… 3、…).
_SHORT_ITEM_STYLES = ("arabic", "paren_arabic", "circled")
_ATTACHMENTS = re.compile(r"附件\s*[:：]?\s*[0-9０-９]")


class _Body:
    """The body's lines, which of them are still plain text, and their roles."""

    def __init__(self, body: list[Line], roles: list[str]) -> None:
        self.body = body
        self.roles = roles
        self.texts = [line.kind is None and roles[line.index] == "blank" for line in body]

    def run_from(self, k: int, accept: Callable[[Line], bool]) -> int:
        """The end of the run of plain-text lines from `k` that `accept` takes."""
        end = k
        while end < len(self.body) and self.texts[end] and accept(self.body[end]):
            end += 1
        return end

    def mark(self, start: int, end: int) -> None:
        for m in range(start, end):
            self.roles[self.body[m].index] = "list"


def mark_lists(body: list[Line], roles: list[str], notes: Notes) -> None:
    """Mark list items: runs of lines ending in ；, runs of numbered items that are sentences, ——… runs and
    short items introduced by a line ending in ：.

    Args:
        body: the lines under the headline.
        roles: every line's role, by line index; list items become "list".
        notes: collects the warnings about unsure spots.
    """
    state = _Body(body, roles)
    k = 0
    while k < len(body):
        following = None
        if state.texts[k]:
            for matcher in (_semicolon_run, _numbered_run, _attachments, _introduced_items):
                following = matcher(state, k, notes)
                if following is not None:
                    break
        k = following if following is not None else k + 1


def _semicolon_run(state: _Body, k: int, notes: Notes) -> int | None:
    """Lines ending in ；, one after the other (a heading of another style ends the run)."""
    body, line = state.body, state.body[k]
    if _ending(line.text) not in ("；", ";"):
        return None
    end, style = k, line.style
    while end < len(body) and state.texts[end]:
        current = body[end]
        if end > k and current.shape and current.style != style:
            break  # a heading after the list
        end += 1
        if _ending(current.text) not in ("；", ";"):
            break
    if end - k >= 2:
        state.mark(k, end)
    else:
        notes.add(
            line.index,
            f"line {line.index + 1}: {show(line.text)} ends with ； but no list item follows: kept as a paragraph",
        )
    return max(end, k + 1)


def _numbered_run(state: _Body, k: int, notes: Notes) -> int | None:
    """Two or more numbered sentences of one style; or heading-shaped 1、… 2、… one under the other."""
    line = state.body[k]
    style = line.style
    if style in _ITEM_STYLES and not line.shape:
        end = state.run_from(k, lambda other: other.style == style and not other.shape)
    elif style in _SHORT_ITEM_STYLES and line.shape:
        end = state.run_from(k, lambda other: other.style == style and other.shape)
    else:
        return None
    if end - k < 2:
        return None
    state.mark(k, end)
    return end


def _attachments(state: _Body, k: int, notes: Notes) -> int | None:
    """附件：1.…… / 2.……: the attachments, not headings."""
    line = state.body[k]
    if not (_ATTACHMENTS.match(line.text) and line.kind is None):
        return None
    end = state.run_from(k + 1, lambda other: other.style in ("arabic", "paren_arabic"))
    state.mark(k, end)
    return max(end, k + 1)


def _introduced_items(state: _Body, k: int, notes: Notes) -> int | None:
    """Two or more short items of one style under a line ending in ：."""
    body, line = state.body, state.body[k]
    if not (
        _ending(line.text) in ("：", ":")
        and not _LEAD_IN.search(line.text)
        and k + 1 < len(body)
        and state.texts[k + 1]
        and body[k + 1].shape
    ):
        return None
    style = body[k + 1].style
    end = state.run_from(k + 1, lambda other: other.shape and other.style == style)
    if end - (k + 1) < 2:
        return None
    state.mark(k + 1, end)
    return end
