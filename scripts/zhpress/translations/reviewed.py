"""The reviewed source of each translation, kept so a later source change can be shown as a diff.

`zhpress translations accept` records, per English text, the source paragraphs
it was reviewed against, with the date, the reviewer and (for an acceptance
forced past failing QA) the reason. They are kept in one lock file per article,
`data/articles/<slug>/en/reviewed.yaml`, written by the tool only:

    reviews:
      cadres:
        source_hash: 8c9c5da05c88        # as in the text's front matter
        accepted: '2026-12-06'
        by: Wang Li
        override: "…"                    # only for `accept --force --reason`
        paragraphs: [3f2a1b9c, …]        # the covered source paragraphs, in order
    paragraphs:
      3f2a1b9c: 贯彻“三项机制”,永葆干部队伍的“红色基因”

Each paragraph's text is stored once (under a short hash of it) however many
translations cover it: the summary covers the whole article, each section its
own paragraphs. A paragraph is a non-empty line of the source. Paragraphs no
review refers to any more are dropped when the file is written.

The translation's `source_hash` front matter stays what drift is judged by, so
texts accepted before this file existed keep working; their next acceptance
records their snapshot here.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import DataError, Problem, rel
from ..io.write import update_text
from ..io.yamlfile import dump_yaml, line_of, load_yaml

LOCK_NAME = "reviewed.yaml"
REVIEW_FIELDS = {"source_hash", "accepted", "by", "override", "paragraphs"}
HEADER = """\
# The source each English text of this article was reviewed against, recorded by
# `zhpress translations accept` (date, reviewer, the covered source paragraphs).
# `zhpress translations diff` compares it with the current source. Written by the
# tool: edit the English texts, not this file.
"""


DOCS_LOCK = "docs-reviewed.yaml"  # in data/: the same record for the hand-written pages' translations
DOCS_HEADER = """\
# The source each translated page of docs/ (about.en.md, about.zh-HK.md …) was
# reviewed against, recorded by `zhpress translations accept`, under
# <locale>/<page>. `zhpress translations diff` compares it with the current
# source. Written by the tool: edit the pages, not this file.
"""


@dataclass(frozen=True)
class Review:
    """One acceptance: the source paragraphs a translation was reviewed against."""

    part: str  # "summary" or a section slug
    source_hash: str
    accepted: str  # ISO date
    by: str
    paragraphs: tuple[str, ...]
    override: str | None = None


@dataclass(frozen=True)
class Change:
    """One paragraph of a part that differs from the reviewed source."""

    kind: str  # "changed", "added" or "removed"
    old: str  # "" for an added paragraph
    new: str  # "" for a removed paragraph
    index: int  # 1-based paragraph number in the current part (the one before it for a removed one)


def lock_path(article_dir: Path) -> Path:
    return Path(article_dir) / "en" / LOCK_NAME


def docs_lock_path(data_dir: Path) -> Path:
    """The record of the hand-written pages' translations."""
    return Path(data_dir) / DOCS_LOCK


def docs_part(locale: str, page: str) -> str:
    """The key of a docs page's translation in `DOCS_LOCK`: `en/about.md`."""
    return f"{locale}/{page}"


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a part's source text: its non-empty lines, as they stand."""
    return [line for line in text.split("\n") if line.strip()]


def paragraph_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _text_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _review(part: str, entry, pool: dict, shown: str, problems: list[Problem]) -> Review | None:
    line = getattr(entry, "line", None)
    if not isinstance(entry, dict):
        problems.append(Problem(shown, "must be a mapping", line=line, field=f"reviews.{part}"))
        return None
    unknown = [k for k in entry if k not in REVIEW_FIELDS]
    for key in unknown:
        problems.append(Problem(shown, f"unknown field {key!r}", line=line_of(entry, key), field=f"reviews.{part}"))
    keys = entry.get("paragraphs") or []
    missing = [k for k in keys if str(k) not in pool] if _text_list(keys) else keys
    if not _text_list(keys) or missing:
        problems.append(
            Problem(
                shown,
                "paragraphs must list keys of the `paragraphs` mapping",
                line=line,
                field=f"reviews.{part}.paragraphs",
                hint="accept the translation again to rewrite the record",
            )
        )
        return None
    if unknown:
        return None
    return Review(
        part=str(part),
        source_hash=str(entry.get("source_hash") or ""),
        accepted=str(entry.get("accepted") or ""),
        by=str(entry.get("by") or ""),
        paragraphs=tuple(pool[k] for k in keys),
        override=str(entry["override"]) if entry.get("override") is not None else None,
    )


def load_reviews(path: Path) -> dict[str, Review]:
    """The reviews recorded in a lock file (none when it does not exist); every problem is reported."""
    path = Path(path)
    if not path.exists():
        return {}
    shown = rel(path)
    data = load_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("reviews") or {}, dict):
        raise DataError(Problem(shown, "must be a mapping with `reviews` and `paragraphs`", line=1))
    pool = data.get("paragraphs") or {}
    if not isinstance(pool, dict) or not all(isinstance(v, str) for v in pool.values()):
        raise DataError(Problem(shown, "`paragraphs` must map keys to source paragraphs", line=1))
    pool = {str(k): v for k, v in pool.items()}
    problems: list[Problem] = []
    reviews = {}
    for part, entry in (data.get("reviews") or {}).items():
        review = _review(str(part), entry, pool, shown, problems)
        if review is not None:
            reviews[review.part] = review
    if problems:
        raise DataError(problems)
    return reviews


def dump_reviews(reviews: dict[str, Review], header: str = HEADER) -> str:
    """The lock file's text for `reviews` (parts in order, each paragraph stored once)."""
    pool: dict[str, str] = {}
    out: dict = {}
    for part in sorted(reviews, key=lambda p: (p != "summary", p)):
        review = reviews[part]
        entry: dict = {"source_hash": review.source_hash, "accepted": review.accepted, "by": review.by}
        if review.override:
            entry["override"] = review.override
        keys = []
        for text in review.paragraphs:
            key = paragraph_key(text)
            pool[key] = text
            keys.append(key)
        entry["paragraphs"] = keys
        out[part] = entry
    # Lists of keys in flow style ([a, b, …]), the paragraphs one per line.
    head = yaml.safe_dump({"reviews": out}, allow_unicode=True, sort_keys=False, width=100, default_flow_style=None)
    return header + head + dump_yaml({"paragraphs": pool})


def record_review(path: Path, review: Review, header: str = HEADER) -> None:
    """Add or replace the review of `review.part` in the lock file (atomic, under the writers' lock;
    other parts kept)."""

    def change(_: str | None) -> str:
        reviews = load_reviews(path)
        reviews[review.part] = review
        return dump_reviews(reviews, header)

    update_text(Path(path), change)


def paragraph_changes(old: list[str], new: list[str]) -> list[Change]:
    """What changed from the reviewed paragraphs `old` to the current `new`, paragraph by paragraph.

    Paragraphs are aligned by content; a replaced run is paired one to one (each
    pair diffed by character), the rest of the longer run is added or removed.
    """
    changes: list[Change] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = min(a1 - a0, b1 - b0) if tag == "replace" else 0
        for k in range(pairs):
            changes.append(Change("changed", old[a0 + k], new[b0 + k], b0 + k + 1))
        for k in range(a0 + pairs, a1):
            changes.append(Change("removed", old[k], "", b0 + pairs))
        for k in range(b0 + pairs, b1):
            changes.append(Change("added", "", new[k], k + 1))
    return changes


TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+|.", re.S)


def inline_diff(old: str, new: str, context: int = 12) -> str:
    """A character-level diff on one line: `…免责[-88-]{+86+}人…`; long unchanged runs are cut to `context`.

    Chinese is compared character by character; a number or a Latin word is one
    unit, so 88 → 86 shows as the whole number.
    """
    a, b = TOKEN.findall(old), TOKEN.findall(new)
    out = []
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    for n, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        if tag == "equal":
            text = "".join(a[a0:a1])
            first, last = n == 0, n == len(opcodes) - 1
            if len(text) > 2 * context + 1 or ((first or last) and len(text) > context):
                head = "" if first else text[:context]
                tail = "" if last else text[-context:]
                text = head + "…" + tail
            out.append(text)
            continue
        if a1 > a0:
            out.append(f"[-{''.join(a[a0:a1])}-]")
        if b1 > b0:
            out.append(f"{{+{''.join(b[b0:b1])}+}}")
    return "".join(out)
