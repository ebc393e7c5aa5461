"""Accepting a reviewed translation: QA first, then the record of what was reviewed, when and by whom.

`accept_translation` runs the translation's QA (numbers with their units and
qualifiers, glossary terms, names) and checks the figures of the part it covers
against the current source; any error refuses the acceptance, unless it is
forced with a reason, which is recorded as an override. An accepted English text
gets the source's hash in its front matter and its reviewed source paragraphs,
the date and the reviewer in `en/reviewed.yaml` (see `reviewed.py`).
"""

from __future__ import annotations

import datetime
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..checks import check_figure
from ..errors import DataError, InputError, Problem, rel
from ..project import Project
from .drift import Status, original_text, set_source_hash
from .qa import check_translation
from .reviewed import DOCS_HEADER, Review, docs_lock_path, docs_part, lock_path, paragraphs_of, record_review


@dataclass
class Acceptance:
    status: Status
    written: bool  # the front matter or the review record changed
    overridden: list[Problem] = field(default_factory=list)  # QA errors accepted with --force


def git_user(cwd: Path | None = None) -> str | None:
    """`git config user.name`, or None when git or the setting is missing."""
    try:
        result = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=10, cwd=cwd, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = result.stdout.strip()
    return name if result.returncode == 0 and name else None


def reviewer(by: str | None, cwd: Path | None = None) -> str:
    """Who accepts: `--by`, else git's user.name; InputError when neither is set."""
    name = (by or "").strip() or git_user(cwd)
    if not name:
        raise InputError(
            Problem("--by", "no reviewer named", hint="pass --by 'Your Name' or set `git config user.name`")
        )
    return name


def acceptance_problems(project: Project, item: Status) -> list[Problem]:
    """The errors that refuse accepting `item`: its QA, and the figures of the part it covers."""
    article = project.article(item.group)
    if item.language != "en" or article is None:
        return []
    text = article.english.get(item.part)
    if text is None:
        return []
    problems = [p for p in check_translation(article, text, project.glossary) if p.severity == "error"]
    if article.figures is not None:
        for figure in article.figures.figures:
            if item.part == "summary" or figure.section == item.part:
                problems.extend(check_figure(article, article.figures, figure))
    return problems


def accept_translation(
    project: Project,
    item: Status,
    by: str,
    reason: str | None = None,
    today: datetime.date | None = None,
) -> Acceptance:
    """Accept the translation `item` as reviewed against the current source.

    Args:
        project: the loaded project.
        item: the translation's status (from `drift.statuses`).
        by: the reviewer's name.
        reason: when given, QA errors are overridden and this reason is recorded.
        today: the date recorded (default: today, UTC).

    Raises:
        DataError: the QA failed and no reason was given (nothing is written).
    """
    if item.path is None:
        raise InputError(Problem(item.part, "has no translation file to accept"))
    problems = acceptance_problems(project, item)
    if problems and not reason:
        refusal = Problem(
            rel(item.path),
            f"not accepted: {len(problems)} QA error(s)",
            hint="fix the translation (or the figures), or accept anyway with --force --reason '…'",
        )
        raise DataError(problems + [refusal])
    written = set_source_hash(item.path, item.expected)
    article = project.article(item.group)
    if item.language == "en" and article is not None:
        date = (today or datetime.datetime.now(datetime.timezone.utc).date()).isoformat()
        previous = item.review if item.recorded == item.expected else None
        override = reason if problems else None
        if previous is None or written or override:
            review = Review(
                part=item.part,
                source_hash=item.expected,
                accepted=date,
                by=by,
                paragraphs=tuple(paragraphs_of(article.section_text(item.part))),
                override=override,
            )
            record_review(lock_path(article.dir), review)
            written = True
    elif item.group == "docs":
        written = _record_docs_review(project, item, by, reason if problems else None, today) or written
    return Acceptance(status=item, written=written, overridden=problems)


def _record_docs_review(
    project: Project, item: Status, by: str, override: str | None, today: datetime.date | None
) -> bool:
    """Record the source a docs page's translation was reviewed against in data/docs-reviewed.yaml."""
    assert item.path is not None
    docs_dir = item.path.parents[len(Path(item.part).parts) - 1]  # docs/<page>.<locale>.md → docs/
    source = original_text(project, docs_dir, item.part)
    previous = item.review if item.recorded == item.expected else None
    if source is None or (previous is not None and not override):
        return False
    review = Review(
        part=docs_part(item.language, item.part),
        source_hash=item.expected,
        accepted=(today or datetime.datetime.now(datetime.timezone.utc).date()).isoformat(),
        by=by,
        paragraphs=tuple(paragraphs_of(source)),
        override=override,
    )
    record_review(docs_lock_path(project.data_dir), review, DOCS_HEADER)
    return True
