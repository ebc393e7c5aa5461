"""The lines of a source as the parser sees them: stripped text, numbering style, kind and shape."""

from __future__ import annotations

from dataclasses import dataclass

from .lines import _ending, _heading_shape, line_kind, numbering
from .patterns import MAX_NOTES, QA_LABEL


@dataclass
class Line:
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


def describe(index: int, line: str) -> Line:
    stripped = line.strip()
    style, kind = numbering(stripped), line_kind(stripped)
    return Line(
        index=index,
        text=stripped,
        style=style,
        kind=kind,
        shape=bool(stripped)
        and (_heading_shape(stripped, style, kind if kind else False) or bool(QA_LABEL.match(stripped))),
    )


def show(text: str) -> str:
    """A line quoted for a warning: repr (so control characters show), with ideographic spaces kept readable."""
    return repr(text).replace("\\u3000", "\u3000")


class Notes:
    """Warnings about unsure spots, by line, in the order of the text."""

    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, index: int, message: str) -> None:
        self.items.append((index, message))

    def lines(self) -> list[str]:
        notes = [m for _, m in sorted(self.items, key=lambda item: item[0])]
        if len(notes) > MAX_NOTES:
            notes = notes[:MAX_NOTES] + [f"{len(notes) - MAX_NOTES} more warnings like these"]
        return notes
