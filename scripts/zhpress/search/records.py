"""What the search index holds for one page: its text, in the page's own script and folded.

Chinese text is indexed as single characters: the folded text (`fold.fold_text`)
split into one token per character, whitespace dropped. A query, folded and
split the same way, is searched as an exact phrase, so a page is found exactly
when it holds the query as a substring. Parts of a page (title, paragraphs, table
cells) are kept apart by `SEPARATOR`, a token no query holds, so a phrase never
runs from one into the next. The page's own text is stored with the record, with
the same tokens at the same positions, so results are shown in the page's own
script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .fold import fold_char

SEPARATOR = "\ue000"  # a private-use character: never typed, never in a page
BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
SKIPPED = {"script", "style", "template", "noscript", "svg", "button"}
SPACES = re.compile(r"[\s\ufeff\u200b]+")


class _Text(HTMLParser):
    """The visible text of an HTML fragment, one string per block, without permalinks or scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip: list[str] = []  # open elements whose text is left out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self._skip or tag in SKIPPED or "headerlink" in classes:
            if tag not in ("br", "hr", "img", "input", "meta", "link"):  # void elements have no end tag
                self._skip.append(tag)
            return
        if tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if self._skip[-1] == tag:
                self._skip.pop()
            return
        if tag in BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        text = SPACES.sub(" ", "".join(self._current)).strip()
        if text:
            self.blocks.append(text)
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def html_blocks(html: str) -> list[str]:
    """The text blocks (paragraphs, headings, cells …) of an HTML fragment, whitespace collapsed."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.blocks


@dataclass
class Record:
    """One page of the index."""

    url: str  # relative to the language's root, as MkDocs gives it ("" for the home page)
    title: str  # in the page's own script
    text: str  # the page's own text: blocks joined by SEPARATOR, single spaces inside

    @classmethod
    def from_html(cls, url: str, title: str, html: str) -> Record:
        blocks = [SPACES.sub(" ", title).strip()] + html_blocks(html)
        return cls(url=url, title=title, text=SEPARATOR.join(b for b in blocks if b))

    def tokens(self) -> str:
        """The indexed content of a Chinese page: every non-space character folded, one per token."""
        return " ".join(fold_char(ch) for ch in self.text if ch != " ")

    def plain(self) -> str:
        """The indexed content of a page in a language written with spaces (English)."""
        return self.text.replace(SEPARATOR, "\n")
