"""Display typesetting of Chinese prose. The source stays verbatim; pages normalise.

Rules, applied only where the punctuation stands in Chinese context:
- `,` `;` `:` `!` `?` after a Chinese character (or Chinese punctuation, or a
  closing quote) become `，` `；` `：` `！` `？`; between two digits (2,300; 12:30)
  they stay.
- `(` … `)` become `（` … `）` when the bracket touches Chinese text.
- In prose, spaces between Chinese text and Chinese text or digits are removed
  (“查核, 103名” → “查核，103名”, “较重的 8名” → “较重的8名”); spaces next to Latin
  words stay (支部+X+贫困户, A级 and URLs are never touched).
`typeset_map` also returns where each input character landed, so spans found
in the source (figures) can be marked in the typeset text.

`corner_quotes` sets “…” and ‘…’ as 「…」 and 『…』 for the Traditional variants
that use them (plugin option `corner_quotes` of a variant).
"""

from __future__ import annotations

import re

from .io.text import HAN_CHAR

CJK_PUNCT = set("，。、；：？！“”‘’《》〈〉「」『』【】（）—…·　")
CLOSERS = set("”’》〉」』】）")
FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|\S+@\S+\.\w+")


def _chinese(ch: str) -> bool:
    return bool(ch) and (bool(HAN_CHAR.match(ch)) or ch in CJK_PUNCT)


TRIGGERS = re.compile(r"[,;:!?()]|[ \t]")


class _Brackets:
    """Which "(" became "（", so that the ")" closing it becomes "）" and the others stay."""

    def __init__(self) -> None:
        self.opened: list[int] = []  # indexes in the output of "(" turned into "（"
        self.raw: list[int] = []  # indexes of "(" kept

    def open(self, out: list[str], prev: str, nxt: str) -> None:
        if _chinese(prev) or _chinese(nxt):
            self.opened.append(len(out))
            out.append("（")
        else:
            self.raw.append(len(out))
            out.append("(")

    def close(self, out: list[str]) -> None:
        if self.opened and (not self.raw or self.opened[-1] > self.raw[-1]):
            self.opened.pop()
            out.append("）")
            return
        if self.raw:
            self.raw.pop()
        out.append(")")


def _protected(text: str) -> list[bool]:
    """Characters inside URLs and e-mail addresses, which are never touched."""
    protected = [False] * len(text)
    for match in URL.finditer(text):
        for i in range(match.start(), match.end()):
            protected[i] = True
    return protected


def _dropped_spaces(text: str, i: int, prev: str) -> int | None:
    """The end of the run of spaces at `i` when it stands between Chinese and Chinese or a digit, else None."""
    j = i
    while j < len(text) and text[j] in " \t":
        j += 1
    after = text[j] if j < len(text) else ""
    return j if _chinese(prev) and (_chinese(after) or after.isdigit()) else None


def typeset_map(text: str, prose: bool = True) -> tuple[str, list[int]]:
    """Typeset `text`; `starts[i]` is where input character i begins in the output (len+1 entries)."""
    if not TRIGGERS.search(text):  # nothing to change: most labels, quotes and titles
        return text, list(range(len(text) + 1))
    protected = _protected(text)
    brackets = _Brackets()
    out: list[str] = []
    starts: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        starts.append(len(out))
        prev = out[-1] if out else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if protected[i]:
            out.append(ch)
        elif ch in FULL and (_chinese(prev) or prev in CLOSERS) and not (prev.isdigit() and nxt.isdigit()):
            out.append(FULL[ch])
        elif ch == "(":
            brackets.open(out, prev, nxt)
        elif ch == ")":
            brackets.close(out)
        elif prose and ch in " \t" and out and (end := _dropped_spaces(text, i, prev)) is not None:
            starts.extend([len(out)] * (end - i - 1))
            i = end
            continue
        else:
            out.append(ch)
        i += 1
    starts.append(len(out))
    return "".join(out), starts


def typeset(text: str, prose: bool = True) -> str:
    return typeset_map(text, prose)[0]


# Spaces between the phrases of a headline, except between two Latin letters or digits (GDP 增长, "New Year").
_HEADLINE_SPACE = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")


def typeset_headline(text: str) -> str:
    """A headline or subtitle, typeset: the spaces between its phrases are meaningful and kept.

    杭州 勇立潮头、敢为人先 在改革中走在前列 keeps its breaks, each as one full-width space
    (prose typesetting would drop a space between Chinese characters).
    """

    def space(match: re.Match) -> str:
        before, after = text[match.start() - 1], text[match.end()]
        return " " if before.isascii() and after.isascii() else "\u3000"

    text = text.strip()
    return typeset(_HEADLINE_SPACE.sub(space, text))


# --- corner quotes -------------------------------------------------------------

OPENERS = {"“": "”", "‘": "’"}
CORNERS = (("「", "」"), ("『", "』"))  # by nesting depth: outer, inner, outer …
CORNER_LOCALES = {"zh-Hant", "zh-HK", "zh-TW", "zh-MO"}


def _apostrophe(text: str, i: int) -> bool:
    """A ’ between two letters or digits (Baihe’s, rock’n’roll) is an apostrophe, not a quote."""
    return 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalnum() and text[i + 1].isalnum()


def corner_quotes(text: str) -> str:
    """Curly quotes as the Taiwan and Hong Kong standards set them: “…” → 「…」, ‘…’ → 『…』.

    Brackets follow the nesting depth, not the source's marks: the outer pair is
    「」, a quote inside it 『』, a quote inside that 「」 again (‘…“…”…’ gives
    「…『…』…」 too). A ’ between two letters is an apostrophe and stays, unless
    it is the last ’ that can close an open ‘. One character becomes one character, so offsets into the text hold.
    """
    if "“" not in text and "‘" not in text and "”" not in text:
        return text
    out = list(text)
    stack: list[tuple[str, int]] = []  # (the closer awaited, depth)
    for i, ch in enumerate(text):
        if ch in OPENERS:
            depth = len(stack)
            out[i] = CORNERS[depth % 2][0]
            stack.append((OPENERS[ch], depth))
        elif ch in ("”", "’"):
            if ch == "’" and _apostrophe(text, i) and ("’" in text[i + 1 :] or not any(c == "’" for c, _ in stack)):
                continue  # an apostrophe: no ‘ is open, or a later ’ can close it
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == ch), None)
            if match is None:  # a closer without its opener
                if ch == "”":
                    out[i] = CORNERS[0][1]
                elif not _apostrophe(text, i):
                    out[i] = CORNERS[1][1]
                continue
            _, depth = stack[match]
            del stack[match:]
            out[i] = CORNERS[depth % 2][1]
    return "".join(out)
