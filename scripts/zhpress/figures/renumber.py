"""Renumbering `occurrence`s counted before quotes matched at number boundaries only.

Occurrences used to count every match of a quote, also inside a longer number (`8名` in
`18名`); now they count only matches at number boundaries (positions.py). `renumber` rewrites
the `occurrence:` of each entry of a figures file (or of a gold file: a list of entries) so it
names the same place of the source as before, changing no other byte; an entry whose old place
stood inside a longer number is left as it is and reported.

Run it once per file, on files counted the old way: it cannot tell the two countings apart, so
a second run would move the occurrences again. The repository's figures and gold files were
renumbered with it when the counting changed.

`repair_occurrences` (`zhpress figures renumber`) is the safe form for users' files: it moves only
the entries the check rejects, so it may be run on any file, any number of times.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..io.yamlfile import Node, parse_yaml
from .positions import source_index, substring_starts


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
        before = substring_starts(source, quote)
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


@dataclass
class Repair:
    """An `occurrence` that `repair_occurrences` moved, or could not move (`new` None, with `why`)."""

    line: int
    quote: str
    old: int
    new: int | None
    why: str = ""


def repair_occurrences(
    yaml_text: str, source: str, section_of: Callable[[int], str], shown: str = "<figures>"
) -> tuple[str, list[Repair]]:
    """`yaml_text` with the occurrences that fail the check moved to the place the old counting named.

    Only an entry the check rejects (its occurrence beyond the matches, or a figure's occurrence in
    another section than its `section`) is considered, so a file counted the new way, or one
    already repaired, is left as it is: the command can be run any number of times. Such an entry
    is moved when the old counting (every match of the quote) names a place at number boundaries
    and, for a figure, in its section; any other is reported and left for an editor. No other byte
    changes.

    Args:
        yaml_text: the text of a figures.yaml.
        source: the article's source.
        section_of: the section slug of an offset of the source (`ArticleData.section_of`).
        shown: the file's name in the messages.
    """
    lines = yaml_text.split("\n")
    index = source_index(source)
    data = parse_yaml(yaml_text, shown)
    repairs: list[Repair] = []
    entries = [
        (entry, kind == "figures")
        for kind in ("figures", "ignore")
        for entry in ((data.get(kind) or []) if isinstance(data, dict) else [])
        if isinstance(entry, Node)
    ]
    for entry, is_figure in entries:
        quote, old = entry.get("quote"), entry.get("occurrence")
        if not isinstance(quote, str) or not quote or not isinstance(old, int) or isinstance(old, bool) or old < 1:
            continue
        section = entry.get("section") if is_figure else None  # ignore entries have no section
        starts = index.occurrences(quote)
        if old <= len(starts) and (section is None or section_of(starts[old - 1]) == section):
            continue  # the check accepts it
        line = entry.line_of("occurrence")
        before = substring_starts(source, quote)
        if old > len(before):
            repairs.append(Repair(line, quote, old, None, f"the quote occurs {len(before)} time(s) in all"))
            continue
        now = index.occurrence_of(quote, before[old - 1])
        if now is None:
            repairs.append(Repair(line, quote, old, None, "the old counting's place stands inside a longer number"))
            continue
        if section is not None and section_of(before[old - 1]) != section:
            repairs.append(Repair(line, quote, old, None, f"the old counting's place is not in section {section!r}"))
            continue
        lines[line - 1] = re.sub(rf"(occurrence:\s*){old}\b", rf"\g<1>{now}", lines[line - 1], count=1)
        repairs.append(Repair(line, quote, old, now))
    return "\n".join(lines), repairs
