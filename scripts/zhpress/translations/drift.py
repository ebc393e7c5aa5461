"""Drift tracking: is each translation still a translation of the current source?

A translation records `source_hash` (its source's content hash when it was last
reviewed) in its front matter. English texts in data translate a section of an
article (`summary` translates the whole article); a hand-written page
`docs/x.<locale>.md` translates `docs/x.md`. States: current, drifted (the
source changed since), unreviewed (no hash recorded yet), untranslated (the file
has no text yet), missing (no file). For an English text whose reviewed source
is recorded (`reviewed.py`), a drifted status carries the changed paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError, Problem, rel
from ..io.text import read_source
from ..io.write import update_text
from ..project import Project, source_hash
from .records import FRONT_MATTER, split_front_matter
from .reviewed import (
    Change,
    Review,
    docs_lock_path,
    docs_part,
    load_reviews,
    lock_path,
    paragraph_changes,
    paragraphs_of,
)

STATES = ("current", "drifted", "unreviewed", "untranslated", "missing")


@dataclass(frozen=True)
class Status:
    language: str
    group: str  # article slug, or "docs"
    part: str  # section slug / "summary", or the docs page path
    path: Path | None
    state: str
    expected: str  # hash of the source now
    recorded: str | None
    review: Review | None = None  # the reviewed source, when recorded for this hash
    changes: tuple[Change, ...] = ()  # paragraphs changed since the review (drifted, review known)


def _recorded(path: Path) -> str | None:
    meta, _, _ = split_front_matter(read_source(path, newlines="any", allow_empty=True), rel(path))
    value = meta.get("source_hash")
    return str(value) if value is not None else None


def _state(expected: str, recorded: str | None) -> str:
    if recorded is None:
        return "unreviewed"
    return "current" if recorded == expected else "drifted"


def english_parts(article) -> list[str]:
    return ["summary"] + [s.slug for s in article.sections]


def statuses(project: Project, docs_dir: Path | None = None, locales: tuple[str, ...] = ()) -> list[Status]:
    """The status of every translation the project has or should have."""
    out: list[Status] = []
    for article in project.articles:
        reviews = load_reviews(lock_path(article.dir))
        for part in english_parts(article):
            current = article.section_text(part)
            expected = source_hash(current)
            text = article.english.get(part)
            if text is None:
                out.append(Status("en", article.slug, part, None, "missing", expected, None))
                continue
            recorded = text.meta.get("source_hash")
            recorded = str(recorded) if recorded is not None else None
            translated = text.body.strip() and text.meta.get("untranslated") is not True  # not scaffolding
            state = _state(expected, recorded) if translated else "untranslated"
            review = reviews.get(part)
            if review is not None and review.source_hash != recorded:
                review = None  # recorded for another acceptance (e.g. a hand-edited hash)
            changes: tuple[Change, ...] = ()
            if state == "drifted" and review is not None:
                changes = tuple(paragraph_changes(list(review.paragraphs), paragraphs_of(current)))
            out.append(
                Status("en", article.slug, part, text.path, state, expected, recorded, review=review, changes=changes)
            )
    if docs_dir and Path(docs_dir).is_dir():
        docs_reviews = load_reviews(docs_lock_path(project.data_dir))
        for path in sorted(Path(docs_dir).rglob("*.md")):
            stem, dot, locale = path.stem.rpartition(".")
            if not dot or locale not in locales:
                continue
            original = path.with_name(stem + ".md")
            page = original.relative_to(docs_dir).as_posix()
            source = original_text(project, Path(docs_dir), page)
            if source is None:
                continue
            expected = source_hash(source)
            recorded = _recorded(path)
            state = _state(expected, recorded)
            review = docs_reviews.get(docs_part(locale, page))
            if review is not None and review.source_hash != recorded:
                review = None
            changes = ()
            if state == "drifted" and review is not None:
                changes = tuple(paragraph_changes(list(review.paragraphs), paragraphs_of(source)))
            out.append(Status(locale, "docs", page, path, state, expected, recorded, review=review, changes=changes))
    return out


def original_text(project: Project, docs_dir: Path, page: str) -> str | None:
    """The source a hand-written variant page translates: `docs/<page>`, or a generated section page."""
    original = docs_dir / page
    if original.exists():
        return read_source(original, newlines="any", allow_empty=True)
    slug, _, name = page.removesuffix(".md").partition("/")
    article = project.article(slug)
    if article is not None and article.section(name) is not None:
        return article.section_text(name)
    return None


def drift_problems(items: list[Status], severity: str = "error") -> list[Problem]:
    """A problem per drifted or unreviewed translation (at `severity`), a warning per untranslated one."""
    problems = []
    for item in items:
        if item.path is None or item.state not in ("drifted", "unreviewed", "untranslated"):
            continue
        shown = rel(item.path)
        name = f"{item.language} translation of {item.group}/{item.part}"
        if item.state == "untranslated":
            problems.append(Problem(shown, f"{name}: has no text yet", line=1, hint="translate it", severity="warning"))
            continue
        if item.state == "drifted":
            what = "its source changed since it was reviewed"
            if item.changes:
                what += " (" + changed_paragraphs(item) + ")"
            hint = f"see `zhpress translations diff {shown}`, review it, then run `zhpress translations accept {shown}`"
        else:
            what = "it records no source_hash"
            hint = f"review it, then run `zhpress translations accept {shown}`"
        problems.append(Problem(shown, f"{name}: {what}", line=1, field="source_hash", hint=hint, severity=severity))
    return problems


def changed_paragraphs(item: Status) -> str:
    """`paragraphs 3, 5 changed, 1 added` for a drifted status with a recorded review."""
    kinds: dict[str, list[int]] = {}
    for change in item.changes:
        kinds.setdefault(change.kind, []).append(change.index)
    parts = []
    for kind in ("changed", "added", "removed"):
        if kind in kinds:
            numbers = kinds[kind]
            noun = "paragraph" if len(numbers) == 1 else "paragraphs"
            parts.append(
                f"{noun} {', '.join(map(str, numbers))} {kind}" if kind != "removed" else f"{len(numbers)} removed"
            )
    return "; ".join(parts)


def find_status(items: list[Status], path: Path) -> Status:
    target = Path(path).resolve()
    for item in items:
        if item.path is not None and item.path.resolve() == target:
            return item
    raise DataError(
        Problem(
            rel(path),
            "is not a translation zhpress knows",
            hint="English texts live in data/articles/<slug>/en/; "
            "variant pages are docs/<page>.<locale>.md next to docs/<page>.md",
        )
    )


def set_source_hash(path: Path, value: str) -> bool:
    """Record `source_hash: value` in the file's front matter; True when the file changed.

    Only that one line is added or replaced; the rest of the file stays byte for byte. The
    file is changed under the writers' lock and never over an edit saved meanwhile.
    """
    read_source(path)  # refuses what is not a curated text file
    return update_text(path, lambda text: _with_source_hash(text or "", value)) is not None


def _with_source_hash(text: str, value: str) -> str:
    """`text` with `source_hash: value` in its front matter."""
    line = f"source_hash: {value}"
    match = FRONT_MATTER.match(text)
    if match:
        block = match.group(0)
        if re.search(r"^source_hash:.*$", block, flags=re.M):
            new_block = re.sub(r"^source_hash:.*$", line, block, count=1, flags=re.M)
        else:
            end = block.rstrip().rfind("\n")
            new_block = block[:end] + "\n" + line + block[end:]
        new = new_block + text[match.end() :]
    else:
        new = f"---\n{line}\n---\n" + text
    return new
