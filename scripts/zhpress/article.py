"""The article model: a source text split into blocks with roles, losslessly.

`parse_article(text)` assigns every line of the source a role (title, subtitle,
byline, lead, heading, paragraph, closing, blank). The blocks keep the exact
text of their line, so `assemble(article) == text` for any input: the source
stays the single source of truth and every block can be located in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SENTENCE_END = "。！？!?；;…"
CLOSE_QUOTES = "”’\"'）)》」』】"
HEADING_MAX_CHARS = 40
SUBTITLE_DASH = re.compile(r"^(?P<head>.*?)(?:——|--|—)(?P<sub>.+)$")
BYLINE = re.compile(
    r"^\s*(?:本报)?(?:通讯员|记者|特约记者|撰稿|作者|文/|文 /|文：|编辑)[\s:：]*\S"
)
NUMBERED_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[、,，是]|（[一二三四五六七八九十]+）)")
CLOSING_MARKERS = ("新的一年", "下一步", "今后", "展望", "新征程", "未来")
MAX_EMPTY_SECTION_WARNINGS = 20


@dataclass(frozen=True)
class Block:
    """One line of the source with its role. `start` is its character offset."""

    role: str
    text: str
    line: int
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Section:
    heading: Block
    paragraphs: list[Block]
    slug: str = ""

    @property
    def title(self) -> str:
        return self.heading.text.strip()

    @property
    def start(self) -> int:
        return self.heading.start

    @property
    def end(self) -> int:
        return (self.paragraphs[-1] if self.paragraphs else self.heading).end


@dataclass
class Article:
    blocks: list[Block]
    trailing_newline: bool = False
    warnings: list[str] = field(default_factory=list)

    def _first(self, role: str) -> Block | None:
        return next((b for b in self.blocks if b.role == role), None)

    @property
    def title(self) -> str:
        block = self._first("title")
        return block.text.strip() if block else ""

    @property
    def subtitle(self) -> str:
        """The subtitle without the title it may repeat and without the dash."""
        block = self._first("subtitle")
        if not block:
            return ""
        match = SUBTITLE_DASH.match(block.text.strip())
        return match.group("sub").strip() if match else block.text.strip()

    @property
    def byline(self) -> str:
        block = self._first("byline")
        return block.text.strip() if block else ""

    @property
    def lead(self) -> list[Block]:
        return [b for b in self.blocks if b.role == "lead"]

    @property
    def closing(self) -> list[Block]:
        return [b for b in self.blocks if b.role == "closing"]

    @property
    def sections(self) -> list[Section]:
        sections: list[Section] = []
        for block in self.blocks:
            if block.role == "heading":
                sections.append(Section(heading=block, paragraphs=[]))
            elif block.role == "paragraph" and sections:
                sections[-1].paragraphs.append(block)
        return sections

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end or (block.start == offset == block.end):
                return block
        return None


def assemble(article: Article) -> str:
    """The exact source text the article was parsed from."""
    text = "\n".join(block.text for block in article.blocks)
    return text + ("\n" if article.trailing_newline else "")


def is_heading_line(text: str) -> bool:
    """A short line that is not a sentence: no sentence-final punctuation."""
    stripped = text.strip()
    if not stripped:
        return False
    if NUMBERED_HEADING.match(stripped) and len(stripped) <= HEADING_MAX_CHARS * 2:
        # 一、… ending like a sentence or a list item (；，) is a paragraph of a list, not a heading
        return not stripped.rstrip(CLOSE_QUOTES).endswith(tuple("。！？!?；;，,、"))
    if len(stripped) > HEADING_MAX_CHARS:
        return False
    body = stripped.rstrip(CLOSE_QUOTES)
    if any(mark in body for mark in "。！？!?；;"):
        return False
    return not body.endswith(("：", ":", "，", ",", "、", "…"))


def parse_article(text: str) -> Article:
    """Split a source text into roles. Never raises; unsure spots become warnings."""
    trailing = text.endswith("\n")
    raw_lines = (text[:-1] if trailing else text).split("\n")
    starts, offset = [], 0
    for line in raw_lines:
        starts.append(offset)
        offset += len(line) + 1

    content = [i for i, line in enumerate(raw_lines) if line.strip()]
    roles = ["blank"] * len(raw_lines)
    warnings: list[str] = []
    cursor = 0
    if content:
        roles[content[0]] = "title"
        cursor = 1
        title = raw_lines[content[0]].strip()
        if cursor < len(content):
            candidate = raw_lines[content[cursor]].strip()
            if candidate.startswith(("——", "—", "--")) or (
                candidate.startswith(title) and SUBTITLE_DASH.match(candidate)
            ):
                roles[content[cursor]] = "subtitle"
                cursor += 1
            elif is_heading_line(candidate) and not NUMBERED_HEADING.match(candidate) and not BYLINE.match(candidate):
                # A short line right under the title, not a sentence: a subtitle (or a first heading).
                roles[content[cursor]] = "subtitle"
                warnings.append(f"line {content[cursor] + 1}: {candidate!r} is taken as the subtitle "
                                "(if it is the first section heading, add a lead paragraph or edit article.yaml)")
                cursor += 1
        if cursor < len(content) and BYLINE.match(raw_lines[content[cursor]]):
            roles[content[cursor]] = "byline"
            cursor += 1

    in_sections = False
    for index in content[cursor:]:
        line = raw_lines[index]
        if is_heading_line(line):
            roles[index] = "heading"
            in_sections = True
        else:
            roles[index] = "paragraph" if in_sections else "lead"

    headings = [i for i in content if roles[i] == "heading"]
    if not headings and len(content) > cursor:
        warnings.append("no section headings found: the whole text is treated as the lead")
    empty = []  # headings followed by another heading or by the end of the text
    for index, following in zip(headings, headings[1:] + [len(raw_lines)]):
        if following == index + 1 or not any(roles[i] == "paragraph" for i in range(index + 1, following)):
            empty.append(index)
    for index in empty[:MAX_EMPTY_SECTION_WARNINGS]:
        warnings.append(f"line {index + 1}: heading {raw_lines[index].strip()!r} has no paragraph under it "
                        "(if it is a paragraph, end it with 。)")
    if len(empty) > MAX_EMPTY_SECTION_WARNINGS:
        warnings.append(f"{len(empty) - MAX_EMPTY_SECTION_WARNINGS} more headings have no paragraph under them")
    # The closing paragraph: the last paragraph, when it looks forward rather than reports.
    paragraphs = [i for i in content if roles[i] == "paragraph"]
    if paragraphs and any(marker in raw_lines[paragraphs[-1]] for marker in CLOSING_MARKERS):
        last_section = [i for i in paragraphs if i > headings[-1]]
        if len(last_section) > 1:
            roles[paragraphs[-1]] = "closing"

    blocks = [Block(role=roles[i], text=line, line=i + 1, start=starts[i]) for i, line in enumerate(raw_lines)]
    return Article(blocks=blocks, trailing_newline=trailing, warnings=warnings)
