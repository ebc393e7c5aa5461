"""Generated pages are HTML already: their content is taken as it is, without Python-Markdown.

`zhpress.render` writes every generated page as front matter followed by raw HTML
blocks separated by blank lines, with all text escaped. Python-Markdown passes such
blocks through unchanged: its output is the blocks joined by one blank line (runs of
blank lines collapse, for example where an optional block is empty). Converting the
pages anyway took about a third of a build, half of it re-parsing the raw HTML.

`as_html` returns what Python-Markdown would return for such a page, or None when
the text is not of that shape (then the page goes through Markdown as any other).
tests/unit/test_htmlpages.py compares it with MkDocs' own rendering of every
generated page of the test projects.
"""

from __future__ import annotations

import html
import re

from markdown.util import BLOCK_LEVEL_ELEMENTS  # type: ignore[import-untyped]

BLANK_LINES = re.compile(r"\n{2,}")
BLOCK_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)[\s>/]")
# What Python-Markdown would normalise or treat specially: tabs, carriage returns, its own
# placeholder characters, lines of spaces only.
NORMALISED = re.compile(r"[\t\r\x02\x03]|\n +\n|\n +\Z")
ANCHOR = re.compile(r"<[a-zA-Z][^>]*?\sid=\"([^\"]*)\"")
BLOCK_TAGS = frozenset(BLOCK_LEVEL_ELEMENTS)


def as_html(markdown: str) -> str | None:
    """The HTML that Python-Markdown makes of `markdown`, when it is raw HTML blocks only; else None."""
    if NORMALISED.search(markdown):
        return None
    blocks = BLANK_LINES.split(markdown.strip("\n"))
    for block in blocks:
        match = BLOCK_START.match(block)
        if match is None or match.group(1).lower() not in BLOCK_TAGS:
            return None
    return "\n\n".join(blocks)


def anchor_ids(content: str) -> set[str]:
    """The `id`s of the elements in `content` (what MkDocs collects to validate links to anchors)."""
    return {html.unescape(value) for value in ANCHOR.findall(content)}
