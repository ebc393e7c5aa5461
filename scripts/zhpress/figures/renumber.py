"""Renumbering `occurrence`s counted before quotes matched at number boundaries only.

Occurrences used to count every match of a quote, also inside a longer number (`8名` in
`18名`); now they count only matches at number boundaries (positions.py). `renumber` rewrites
the `occurrence:` of each entry of a figures file (or of a gold file: a list of entries) so it
names the same place of the source as before, changing no other byte; an entry whose old place
stood inside a longer number is left as it is and reported.

Run it once per file, on files counted the old way: it cannot tell the two countings apart, so
a second run would move the occurrences again. The repository's figures and gold files were
renumbered with it when the counting changed.
"""

from __future__ import annotations

import re
from typing import Any

from ..io.yamlfile import Node, parse_yaml
from .positions import source_index


def _substring_starts(text: str, quote: str) -> list[int]:
    found, pos = [], text.find(quote)
    while pos != -1:
        found.append(pos)
        pos = text.find(quote, pos + len(quote))
    return found


def _entries(data: Any) -> list[Node]:
    if isinstance(data, list):
        return [item for item in data if isinstance(item, Node)]
    if isinstance(data, dict):
        return [item for key in ("figures", "ignore") for item in (data.get(key) or []) if isinstance(item, Node)]
    return []


def renumber(yaml_text: str, source: str, shown: str = "<figures>") -> tuple[str, list[str]]:
    """`yaml_text` with every `occurrence` counted at number boundaries, and what could not be moved.

    Args:
        yaml_text: a figures.yaml (or a gold list of entries) whose occurrences count every match.
        source: the article's source.
        shown: the file's name in the messages.
    """
    lines = yaml_text.split("\n")
    index = source_index(source)
    unmoved: list[str] = []
    for entry in _entries(parse_yaml(yaml_text, shown)):
        quote, old = entry.get("quote"), entry.get("occurrence")
        if not isinstance(quote, str) or not isinstance(old, int) or isinstance(old, bool) or old < 1:
            continue
        before = _substring_starts(source, quote)
        if old > len(before):
            continue
        now = index.occurrence_of(quote, before[old - 1])
        if now is None:
            unmoved.append(f"{shown}:{entry.line_of('occurrence')}: {quote!r} occurrence {old} stands inside a number")
            continue
        if now != old:
            at = entry.line_of("occurrence") - 1
            lines[at] = re.sub(rf"(occurrence:\s*){old}\b", rf"\g<1>{now}", lines[at], count=1)
    return "\n".join(lines), unmoved
