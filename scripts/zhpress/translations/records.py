"""Hand-written translations: English summaries kept as Markdown files in data.

Each file `data/articles/<slug>/en/<key>.md` (`summary` for the whole article,
a section slug for one section) has YAML front matter with at least `title`,
and `source_hash` once reviewed against the source (drift tracking).
`untranslated: true` marks a file `zhpress new` scaffolded and nobody has
translated yet: it counts as todo and is never published as English. HTML
comments (`<!-- … -->`, where `zhpress new` puts the Chinese text for the
translator) are not part of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, Problem, rel
from ..io.text import read_source
from ..io.yamlfile import line_of, parse_yaml

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*\n", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)  # kept out of the text (lines stay where they are)
TRANSLATION_FIELDS = {"title", "source_hash", "translated_from", "untranslated"}


@dataclass
class EnglishText:
    path: Path
    key: str
    title: str
    body: str
    body_line: int  # line number in the file where the body starts
    meta: dict = field(default_factory=dict)


def split_front_matter(text: str, shown: str) -> tuple[dict, str, int]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    meta = parse_yaml(match.group("yaml") or "", shown, first_line=2) or {}
    if not isinstance(meta, dict):
        raise DataError(Problem(shown, "front matter must be a mapping", line=2))
    return meta, text[match.end() :], text[: match.end()].count("\n") + 1


def load_english_text(path: Path) -> EnglishText:
    shown = rel(path)
    text = read_source(path)
    meta, body, body_line = split_front_matter(text, shown)
    problems = []
    for key in meta:
        if key not in TRANSLATION_FIELDS:
            problems.append(
                Problem(
                    shown,
                    f"unknown front-matter field {key!r}",
                    line=line_of(meta, key),
                    hint="expected " + ", ".join(sorted(TRANSLATION_FIELDS)),
                )
            )
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(shown, "front matter needs a `title`", line=1, field="title"))
    if problems:
        raise DataError(problems)
    assert isinstance(title, str)  # validated above
    body = HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), body)  # notes for the translator
    return EnglishText(path=path, key=path.stem, title=title.strip(), body=body, body_line=body_line, meta=meta)


def load_english(directory: Path) -> dict[str, EnglishText]:
    """Every English text of an article, by key ("summary" or a section slug)."""
    if not directory.is_dir():
        return {}
    texts, problems = {}, []
    for path in sorted(directory.glob("*.md")):
        try:
            texts[path.stem] = load_english_text(path)
        except DataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    return texts
