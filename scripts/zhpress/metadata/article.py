"""`article.yaml`: an article's curated metadata as one typed, validated model.

The structure (headline, sections) is parsed from the source; `article.yaml`
names the parts and adds what the text does not say. `read_article_meta` checks
every field as strictly as figures.yaml is checked (known keys, types, one-line
texts, dates) and reports each problem as `article.yaml:LINE: field: message
(fix)`, all of them at once. The rest of the code reads attributes of
`ArticleMeta`, never the raw YAML.

Texts that are not filled in yet (`title_en: null` in a freshly imported
article) are None: a to-do, not an error. A value of the wrong type
(`title_en: [a, b]`, `period: {a: b}`, `published: yesterday`) is an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, Problem, rel
from ..io.yamlfile import Node, line_of_item, load_yaml
from .slugs import SECTION_RESERVED, SLUG_RE, slug_problem

SCRIPTS = ("hans", "hant")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
SECTION_FIELDS = ("slug", "heading", "title_en")
# The one-line texts of article.yaml, each with an example for the message that refuses a bad one.
TEXT_FIELDS = {
    "title": "title: 全国“冰雪进校园”活动启动",
    "title_en": "title_en: Winter sports reach the schools",
    "subtitle_en": "subtitle_en: A review of the year",
    "byline_en": "byline_en: By Wang Xiping",
    "publication": "publication: 人民日报",
    "place_en": "place_en: Ankang, Shaanxi Province",
}
ARTICLE_FIELDS = frozenset({"slug", "script", "draft", "published", "period", "sections", "warnings", *TEXT_FIELDS})
SECTION_SLUG_HINT = "lower-case ASCII words joined by hyphens, not " + ", ".join(sorted(SECTION_RESERVED))


@dataclass(frozen=True)
class SectionMeta:
    """One entry of `sections:`: the slug of a parsed section, its heading (to catch a changed source), its English title.

    `slug` is None when the entry's slug is unusable (reported as a problem).
    """

    slug: str | None
    heading: str | None = None
    title_en: str | None = None
    line: int | None = None
    lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def line_of(self, key: str) -> int | None:
        return self.lines.get(key, self.line)


@dataclass(frozen=True)
class ArticleMeta:
    """The metadata of one article, every field typed.

    `published` is a date; `period` is text (a year written as a number is read as text).
    `sections` is None when article.yaml has no usable `sections:` list.
    """

    slug: str | None = None
    script: str = "hans"
    draft: bool = False  # true: previewed by `mkdocs serve`, left out of `mkdocs build`
    title: str | None = None
    title_en: str | None = None
    subtitle_en: str | None = None
    byline_en: str | None = None
    publication: str | None = None
    published: dt.date | None = None
    period: str | None = None
    place_en: str | None = None
    sections: tuple[SectionMeta, ...] | None = None
    warnings: tuple[str, ...] = ()
    line: int = 1
    lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def line_of(self, key: str) -> int:
        """The line of a field in article.yaml (the file's first line when the field is absent)."""
        return self.lines.get(key, self.line)

    def section(self, slug: str) -> SectionMeta | None:
        """The curated entry of the section named `slug`, if any."""
        return next((s for s in self.sections or () if s.slug == slug), None)

    def section_title_en(self, slug: str) -> str | None:
        """The English title curated for a section (None when not given yet)."""
        entry = self.section(slug)
        return entry.title_en if entry else None


class _Reader:
    """Reads the fields of one mapping, collecting a problem for each bad value."""

    def __init__(self, data: Node | dict, shown: str, problems: list[Problem], prefix: str = ""):
        self.data = data
        self.shown = shown
        self.problems = problems
        self.prefix = prefix

    def line(self, key: str) -> int | None:
        if isinstance(self.data, Node):
            return self.data.line_of(key)
        return None

    def bad(self, key: str, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.shown, message, line=self.line(key), field=self.prefix + key, hint=hint))

    def text(self, key: str, example: str) -> str | None:
        """A one-line text; None when absent or null (not filled in yet)."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or "\n" in value.strip():
            self.bad(key, f"{value!r} is not one line of text", f"e.g. {example}")
            return None
        return value.strip() or None


def _date(reader: _Reader, key: str) -> dt.date | None:
    value = reader.data.get(key)
    if value is None:
        return None
    hint = f"write the date as YYYY-MM-DD, e.g. {key}: 2018-01-15"
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            reader.bad(key, f"{value!r} is not a real date ({exc})", hint)
            return None
    reader.bad(key, f"{value!r} is not a date", hint)
    return None


def _title(reader: _Reader) -> str | None:
    value = reader.data.get("title")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
        reader.bad("title", "must be the headline as one line of text", f"e.g. {TEXT_FIELDS['title']}")
        return None
    return value.strip()


def _period(reader: _Reader) -> str | None:
    value = reader.data.get("period")
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and "\n" not in value.strip():
        return value.strip() or None
    reader.bad("period", f"{value!r} is not a year or a one-line text", 'e.g. period: 2017, or period: "2017年1-11月"')
    return None


def _script(reader: _Reader) -> str:
    value = reader.data.get("script", "hans")
    if value is None:
        return "hans"
    if value not in SCRIPTS:
        reader.bad(
            "script",
            f"script {value!r} is not `hans` or `hant`",
            "hant: the source is Traditional Chinese; the Simplified pages are converted",
        )
        return "hans"
    return value


def _draft(reader: _Reader) -> bool:
    value = reader.data.get("draft")
    if value is None:
        return False
    if not isinstance(value, bool):
        reader.bad(
            "draft",
            f"draft {value!r} is not true or false",
            "draft: true keeps the article off the built site; false (or no `draft`) publishes it",
        )
        return False
    return value


def _warnings(reader: _Reader) -> tuple[str, ...]:
    value = reader.data.get("warnings")
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        reader.bad("warnings", "must be a list of texts", "remove `warnings` once each one is settled")
        return ()
    return tuple(value)


def _section(entry: Any, index: int, items: Any, shown: str, problems: list[Problem]) -> SectionMeta:
    where = f"sections[{index}]"
    if not isinstance(entry, dict):
        problems.append(
            Problem(
                shown,
                "must be a mapping with slug, heading, title_en",
                line=line_of_item(items, index),
                field=where,
            )
        )
        return SectionMeta(slug=None, line=line_of_item(items, index))
    reader = _Reader(entry, shown, problems, prefix=where + ".")
    for key in entry:
        if key not in SECTION_FIELDS:
            reader.bad(str(key), f"unknown field {key!r}", "expected " + ", ".join(SECTION_FIELDS))
    slug = entry.get("slug")
    if not isinstance(slug, str) or not SLUG_RE.match(slug) or slug in SECTION_RESERVED:
        reader.bad("slug", f"{slug!r} is not a usable slug", SECTION_SLUG_HINT)
        slug = None
    elif (why := slug_problem(slug)) is not None:
        reader.bad("slug", *why)
        slug = None
    heading = entry.get("heading")
    if heading is not None and not isinstance(heading, str):
        reader.bad("heading", f"{heading!r} is not text", "copy the section's heading from the source")
        heading = None
    return SectionMeta(
        slug=slug,
        heading=heading,
        title_en=reader.text("title_en", "title_en: Building platforms for talent"),
        line=getattr(entry, "line", None),
        lines=dict(getattr(entry, "key_lines", {})),
    )


def _sections(reader: _Reader) -> tuple[SectionMeta, ...] | None:
    items = reader.data.get("sections")
    if items is None:
        return None
    if not isinstance(items, list):
        reader.bad("sections", "must be a list of {slug, heading, title_en}")
        return None
    return tuple(_section(entry, index, items, reader.shown, reader.problems) for index, entry in enumerate(items))


def _text_reader(key: str) -> Callable[[_Reader], str | None]:
    def read(reader: _Reader) -> str | None:
        return reader.text(key, TEXT_FIELDS[key])

    return read


_FIELD_READERS: dict[str, Callable[[_Reader], Any]] = {
    "script": _script,
    "draft": _draft,
    "published": lambda reader: _date(reader, "published"),
    "period": _period,
    "sections": _sections,
    "warnings": _warnings,
    "title": _title,
    **{key: _text_reader(key) for key in TEXT_FIELDS if key != "title"},
}


def article_meta_from_data(data: Any, shown: str) -> tuple[ArticleMeta, list[Problem]]:
    """The typed metadata of parsed article.yaml data, and every problem found in it.

    Bad fields are left at their defaults in the model, so the caller can go on
    checking (e.g. the sections against the source) and report everything at once.

    Args:
        data: what `load_yaml` returned (None for an empty file).
        shown: the file as shown in messages.
    """
    if data is None:
        return ArticleMeta(), []
    if not isinstance(data, dict):
        return ArticleMeta(), [Problem(shown, "must be a mapping of fields (slug, title_en, sections …)", line=1)]
    problems: list[Problem] = []
    reader = _Reader(data, shown, problems)
    for key in data:
        if key not in ARTICLE_FIELDS:
            problems.append(
                Problem(
                    shown,
                    f"unknown field {key!r}",
                    line=reader.line(str(key)),
                    hint="expected one of " + ", ".join(sorted(ARTICLE_FIELDS)),
                )
            )
    slug = data.get("slug")
    if slug is not None and not isinstance(slug, str):
        reader.bad("slug", f"{slug!r} is not text", "the slug is the article's folder name")
        slug = None
    values = {key: read(reader) for key, read in _FIELD_READERS.items()}
    meta = ArticleMeta(
        slug=slug,
        line=getattr(data, "line", 1) or 1,
        lines=dict(getattr(data, "key_lines", {})),
        **values,
    )
    problems.sort(key=lambda p: p.line or 0)
    return meta, problems


def read_article_meta(path: Path) -> tuple[ArticleMeta, list[Problem]]:
    """article.yaml read and checked (a missing file is empty metadata); YAML syntax errors raise DataError.

    Args:
        path: the article's `article.yaml`.
    """
    path = Path(path)
    data = load_yaml(path) if path.exists() else None
    return article_meta_from_data(data, rel(path))


def load_article_meta(path: Path) -> ArticleMeta:
    """article.yaml as a typed model; raises DataError with every problem of the file."""
    meta, problems = read_article_meta(path)
    if problems:
        raise DataError(problems)
    return meta
