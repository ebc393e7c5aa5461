"""`zhpress translations`: review, accept and exchange translations."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ZhpressError, rel
from ..io.write import atomic_write
from ..project import Project
from ..translations.accept import accept_translation, reviewer
from ..translations.drift import Status, find_status
from ..translations.exchange import FORMATS, export_units, import_units
from ..translations.reviewed import inline_diff
from .common import data_option, fail, load, translation_statuses


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def translations() -> None:
    """Maintain translations: see what changed in the source, accept reviews.

    \b
    Example:
        zhpress translations diff data/articles/ankang-2017/en/cadres.md
        zhpress translations accept data/articles/ankang-2017/en/cadres.md
    """


def _source_line(project: Project, item: Status, paragraph: str) -> str:
    article = project.article(item.group)
    if article is None or not paragraph:
        return ""
    at = article.source.find(paragraph)
    return f" ({rel(article.source_path)}:{article.source.count(chr(10), 0, at) + 1})" if at >= 0 else ""


def _print_diff(project: Project, item: Status) -> None:
    shown = rel(item.path) if item.path else f"{item.group}/{item.part}"
    if item.state != "drifted":
        click.echo(f"{shown}: {item.state}, nothing changed since the review")
        return
    if item.review is None:
        click.echo(
            f"{shown}: the source of {item.group}/{item.part} changed, but the reviewed text was not recorded "
            "(accepted before zhpress kept it); compare the translation with the whole current source"
        )
        return
    review = item.review
    by = f" by {review.by}" if review.by else ""
    click.echo(f"{shown}: the source of {item.group}/{item.part} changed since the review of {review.accepted}{by}")
    for change in item.changes:
        where = _source_line(project, item, change.new)
        click.echo(f"  paragraph {change.index} {change.kind}{where}:")
        if change.kind == "changed":
            click.echo(f"    - {change.old}")
            click.echo(f"    + {change.new}")
            click.echo(f"    ~ {inline_diff(change.old, change.new)}")
        elif change.kind == "added":
            click.echo(f"    + {change.new}")
        else:
            click.echo(f"    - {change.old}")


@translations.command()
@data_option
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def diff(data: str | None, paths: tuple[str, ...]) -> None:
    """Show what changed in the source since each translation was reviewed.

    Paragraph by paragraph: the reviewed (-) and the current (+) paragraph,
    then a character-level diff (~) with [-removed-] and {+added+} text.
    Without PATHS, every drifted translation.

    \b
    Example:
        zhpress translations diff data/articles/ankang-2017/en/cadres.md
    """
    project, settings = load(data)
    items = translation_statuses(project, settings)
    try:
        targets = [find_status(items, Path(p)) for p in paths] if paths else [i for i in items if i.state == "drifted"]
    except ZhpressError as exc:
        raise fail(exc) from None
    if not targets:
        click.echo("no translation has drifted")
    for item in targets:
        _print_diff(project, item)


@translations.command()
@data_option
@click.option("--by", help="The reviewer's name (default: `git config user.name`).")
@click.option("--force", is_flag=True, help="Accept although the QA fails (needs --reason).")
@click.option("--reason", help="Why the QA errors are acceptable; recorded with the acceptance.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def accept(data: str | None, by: str | None, force: bool, reason: str | None, paths: tuple[str, ...]) -> None:
    """Record reviewed translations as current, after their QA passes.

    Runs the QA of each file first (numbers with units and qualifiers,
    glossary terms, names; the figures of the part it covers) and refuses with
    the messages (exit 1) when any fails; `--force --reason "…"` accepts anyway
    and records the override. Records the source's hash in the front matter and
    the reviewed source paragraphs, the date and the reviewer in
    en/reviewed.yaml (for a page of docs/, in data/docs-reviewed.yaml).

    \b
    Example:
        zhpress translations accept data/articles/ankang-2017/en/summary.md
        zhpress translations accept en/cadres.md --force --reason "the source's 88 is a typo"
    """
    if force and not (reason or "").strip():
        raise click.UsageError("--force needs --reason '…' (it is recorded with the acceptance)")
    if reason and not force:
        raise click.UsageError("--reason goes with --force")
    project, settings = load(data)
    items = translation_statuses(project, settings)
    failed = False
    try:
        name = reviewer(by, project.data_dir)
        targets = [find_status(items, Path(p)) for p in paths]
    except ZhpressError as exc:
        raise fail(exc) from None
    for path, item in zip(paths, targets, strict=True):
        try:
            result = accept_translation(project, item, name, reason.strip() if force and reason else None)
        except ZhpressError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            failed = True
            continue
        state = "accepted" if result.written else "already current"
        if result.overridden:
            state += f" over {len(result.overridden)} QA error(s) (override recorded)"
        click.echo(f"{path}: {state} (source_hash {item.expected}, by {name})")
    if failed:
        sys.exit(1)


@translations.command("export")
@data_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="po", show_default=True, help="PO or XLIFF 1.1.")
@click.argument("out", type=click.Path(dir_okay=False))
def export_command(data: str | None, fmt: str, out: str) -> None:
    """Write every translatable unit to OUT, for a translator's tool.

    Units: article titles, subtitles and bylines, section titles, figure labels,
    the English texts (their title and one unit per paragraph) and the glossary.
    Each unit carries its source, its context (where it lives), notes, and its
    state: a drifted text's units are fuzzy, with the reviewed source as the
    previous source.

    \b
    Example:
        zhpress translations export --format po ankang.po
        zhpress translations export --format xliff ankang.xlf
    """
    project, settings = load(data)
    items = translation_statuses(project, settings)
    try:
        content = export_units(project, fmt, items)
        atomic_write(Path(out), content.decode("utf-8"))
    except ZhpressError as exc:
        raise fail(exc) from None
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot write it: {exc.strerror or exc}") from None
    click.echo(f"{out}: {content.count(b'msgctxt ') if fmt == 'po' else content.count(b'<trans-unit ')} unit(s)")


@translations.command("import")
@data_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def import_command(data: str | None, file: str) -> None:
    """Apply the edited units of a PO or XLIFF FILE to the data.

    Only units whose translation differs from the data are applied; a unit
    whose source changed since the export is refused; English texts that change
    must pass the translation QA. Nothing is written unless every unit can be
    applied; YAML files keep their comments and layout. Importing an unedited
    export changes nothing.

    \b
    Example:
        zhpress translations import ankang.po
    """
    project, settings = load(data)
    items = translation_statuses(project, settings)
    try:
        applied = import_units(project, Path(file), items)
    except ZhpressError as exc:
        raise fail(exc) from None
    for change in applied:
        click.echo(f"{rel(change.file)}: {change.context}: {change.old!r} → {change.new!r}")
    click.echo(f"{len(applied)} unit(s) applied" if applied else "nothing changed")
