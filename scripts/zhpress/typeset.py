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


def typeset_map(text: str, prose: bool = True) -> tuple[str, list[int]]:  # noqa: C901  (to split)
    """Typeset `text`; `starts[i]` is where input character i begins in the output (len+1 entries)."""
    if not TRIGGERS.search(text):  # nothing to change: most labels, quotes and titles
        return text, list(range(len(text) + 1))
    protected = [False] * len(text)
    for match in URL.finditer(text):
        for i in range(match.start(), match.end()):
            protected[i] = True
    out: list[str] = []
    starts: list[int] = []
    opened: list[int] = []  # indexes in `out` of "(" turned into "（"
    raw_open: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        starts.append(len(out))
        prev = out[-1] if out else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if protected[i]:
            out.append(ch)
        elif ch in FULL and (_chinese(prev) or prev in CLOSERS) and not (prev.isdigit() and nxt.isdigit()):
            out.append(FULL[ch])
        elif ch == "(":
            if _chinese(prev) or _chinese(nxt):
                opened.append(len(out))
                out.append("（")
            else:
                raw_open.append(len(out))
                out.append(ch)
        elif ch == ")":
            if opened and (not raw_open or opened[-1] > raw_open[-1]):
                opened.pop()
                out.append("）")
            else:
                if raw_open:
                    raw_open.pop()
                out.append(ch)
        elif prose and ch in " \t" and out:
            j = i
            while j < n and text[j] in " \t":
                j += 1
            after = text[j] if j < n else ""
            if _chinese(prev) and (_chinese(after) or after.isdigit()):
                for _ in range(i + 1, j):
                    starts.append(len(out))
                i = j
                continue
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    starts.append(len(out))
    return "".join(out), starts


def typeset(text: str, prose: bool = True) -> str:
    return typeset_map(text, prose)[0]
