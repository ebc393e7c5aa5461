"""The article model: a source text split into blocks with roles, losslessly.

`parse.parse_article(text)` assigns every line of the source a role. The blocks keep the
exact text of their line, so `assemble(article) == text` for any input: the source
stays the single source of truth and every block can be located in it.

Roles (one per line):

========== =====================================================================
kicker     a short line above the title: 引题/肩题 (“学习贯彻党的二十大精神”) or a
           column name (“记者调查”, “【新春走基层】”, “人民眼·乡村振兴”)
title      the headline (the first content line that is not page furniture)
subtitle   a line starting with —— (or the title repeated with ——), a short line
           right under the title, or the title of a text that a lead line
           introduces with “全文如下：”
byline     authors: 本报记者 张三 李四, 通讯员…, 记者 王五 摄 (under the title),
           文/…, 作者：…, （记者 张三）, a speech's “市长 张三”, an issuing office
           with its date at the end of a bulletin
dateline   publication lines: 《人民日报》（2025年01月04日第 06 版）, 来源：…,
           发布时间：…, 2018年01月05日 08:30 来源：…, （2024年12月28日）
furniture  page furniture copied with the text: 【字号 大 中 小】, 【打印】【关闭】,
           责任编辑：…, 当前位置：…, （完）, bare URLs
lead       the text before the first heading
heading    a section heading: numbered (一、 第一、 （一） 1. （1） 第一章) or a short
           line without sentence-final punctuation; `Block.level` gives its depth
paragraph  the text of a section
list       a list item: 一是…；二是…, （1）…；, lines ending in ；that form a
           sequence, ——… lines, short items introduced by a line ending in ：
caption    a photo or table caption: 图为…, 图：…, ▲…, （图片来源…）, 图1 …, 表1 …,
           a line ending in “新华社记者 某某 摄” or （某某 摄）
closing    the last paragraph, when it looks forward rather than reports
blank      an empty line
========== =====================================================================

A section's `paragraphs` are its paragraph, list and caption blocks in order (what a
renderer shows under the heading); `lead` likewise holds the lead's list items and
captions. A byline inside the lead (本报西安1月4日电（记者 张三）…) stays lead text
and is exposed by `Article.byline` (and its 本报西安1月4日电 by `Article.dateline`).

Decisions worth knowing:

* Heading levels follow the numbering: 第一章 above 一、/第一、 above （一） above 1. above
  （1）, ranked among the styles the article uses; unnumbered headings are level 1. A heading
  directly above a deeper one (一、… then （一）…) heads nothing without a warning.
* A full sentence is not a heading, with one exception: numbered one-sentence lines
  (（一）大力推进…，加快…。, 一、…是什么？, 二、存在的问题：) that each stand above
  paragraphs, at least two of one style, are headings (with a warning each) — the form of
  work reports and Q&A explainers.
* A quotation on its own line without punctuation inside (“低层不同意，高层干着急”) is a
  heading (warned), unless the next line speaks of it (这是…); a punctuated one is text.
* Dates on their own and generic labels (时间：…) are datelines only under the headline or
  at the end; in the body they stay text (a timeline, a meeting notice): a block with any
  role but lead/paragraph/list/caption/closing is not shown by the renderer.
* The line after a lead line ending in 全文如下： is the title of the text it introduces:
  the subtitle when there is none yet (a speech's own title), with a warning.

Every unsure decision adds a warning naming the line (`zhpress new` writes them into
article.yaml for the editor's review).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from .patterns import BODY_ROLES, PATTERN_MAX_CHARS, SUBTITLE_DASH, inline_byline


@dataclass(frozen=True)
class Block:
    """One line of the source with its role. `start` is its character offset; `level` a heading's depth (1 = top)."""

    role: str
    text: str
    line: int
    start: int
    level: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Section:
    heading: Block
    paragraphs: list[Block]  # the paragraph, list and caption blocks under the heading, in order
    slug: str = ""
    blocks: list[Block] = field(default_factory=list)  # every non-blank block under the heading (but the closing)

    @property
    def title(self) -> str:
        return self.heading.text.strip()

    @property
    def level(self) -> int:
        return self.heading.level or 1

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

    def _all(self, role: str) -> list[Block]:
        return [b for b in self.blocks if b.role == role]

    @property
    def title(self) -> str:
        block = self._first("title")
        return block.text.strip() if block else ""

    @property
    def kicker(self) -> str:
        block = self._first("kicker")
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
        """The first byline line; else the byline inside the lead (本报西安1月4日电（记者 张三）→ 记者 张三)."""
        block = self._first("byline")
        if block:
            return block.text.strip()
        inline = self.inline_byline()
        return inline.group("byline").strip() if inline else ""

    @property
    def dateline(self) -> str:
        """The first dateline line; else the dateline opening the lead (本报西安1月4日电)."""
        block = self._first("dateline")
        if block:
            return block.text.strip()
        inline = self.inline_byline()
        return inline.group("dateline").strip() if inline else ""

    def inline_byline(self) -> re.Match | None:
        """The dateline and byline opening the lead (本报西安1月4日电（记者 张三）), as a match with groups
        `dateline` and `byline`; None when the lead does not open with one."""
        for block in self.blocks:
            if block.role == "heading":
                return None
            if block.role == "lead":
                text = block.text[:PATTERN_MAX_CHARS]
                return inline_byline(text)
        return None

    @property
    def lead(self) -> list[Block]:
        """The text before the first heading: lead paragraphs with the list items and captions among them."""
        first = next((b.line for b in self.blocks if b.role == "heading"), None)
        return [
            b
            for b in self.blocks
            if b.role == "lead" or (b.role in ("list", "caption") and (first is None or b.line < first))
        ]

    @property
    def closing(self) -> list[Block]:
        return self._all("closing")

    @property
    def headings(self) -> list[Block]:
        return self._all("heading")

    @property
    def captions(self) -> list[Block]:
        return self._all("caption")

    @property
    def list_items(self) -> list[Block]:
        return self._all("list")

    @cached_property
    def sections(self) -> list[Section]:
        """The sections, each a heading with its blocks; built once (the blocks do not change after parsing)."""
        sections: list[Section] = []
        for block in self.blocks:
            if block.role == "heading":
                sections.append(Section(heading=block, paragraphs=[]))
            elif sections and block.role in BODY_ROLES:
                sections[-1].paragraphs.append(block)
                sections[-1].blocks.append(block)
            elif sections and block.role not in ("blank", "closing"):
                sections[-1].blocks.append(block)
        return sections

    def part_of(self, block: Block) -> str:
        """Which part of the article a block belongs to: 'title', 'lead', 'closing', 'section-N' (1-based) or ''."""
        if block.role in ("kicker", "title", "subtitle", "byline", "dateline", "furniture"):
            return "title"
        if block.role in ("lead", "closing"):
            return block.role
        lines, headings = self._positions[1], self._positions[2]
        at = bisect.bisect_right(lines, block.line)
        number = headings[at - 1] if at else 0
        if number == 0:
            return "lead" if block.role in BODY_ROLES else ""
        return f"section-{number}" if block.role in BODY_ROLES + ("heading",) else ""

    def block_at(self, offset: int) -> Block | None:
        at = bisect.bisect_right(self._positions[0], offset) - 1
        if at < 0:
            return None
        block = self.blocks[at]
        if block.start <= offset < block.end or (block.start == offset == block.end):
            return block
        return None

    @cached_property
    def _positions(self) -> tuple[list[int], list[int], list[int]]:
        """For bisection: each block's start offset, its line, and the number of headings up to it."""
        starts, lines, headings, count = [], [], [], 0
        for block in self.blocks:
            count += block.role == "heading"
            starts.append(block.start)
            lines.append(block.line)
            headings.append(count)
        return starts, lines, headings


def assemble(article: Article) -> str:
    """The exact source text the article was parsed from."""
    text = "\n".join(block.text for block in article.blocks)
    return text + ("\n" if article.trailing_newline else "")


# -- line shapes --------------------------------------------------------------------------------
