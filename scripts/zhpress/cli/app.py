"""The `zhpress` command line. Library errors become click errors only here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..checks import run_checks
from ..errors import ZhpressError
from ..io.memory import gc_paused
from ..metadata.slugs import site_names
from ..translations.drift import STATES, changed_paragraphs
from .common import data_option, project_data_dir
from .common import fail as _fail
from .common import load as _load
from .common import translation_statuses as _statuses
from .figures import figures
from .translations import translations
from .variants import variants


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhpress")
def main() -> None:
    """zhpress: publish Chinese source articles as a Simplified/Traditional/English site.

    \b
    Example:
        zhpress check
    """


@main.command()
@data_option
@click.option(
    "--drift",
    type=click.Choice(["error", "warn"]),
    default=None,
    help="Whether a drifted translation fails the check (default: the plugin's `drift`, else error).",
)
@click.option("--warnings/--no-warnings", default=True, help="Also print warnings.")
@click.option(
    "--release", is_flag=True, help="Also fail on the todo of every published (non-draft) article and of the site."
)
def check(data: str | None, drift: str | None, warnings: bool, release: bool) -> None:
    """Check the data: sources, figures (against the source), translations; list the todo.

    Prints every problem as `file:line: field: message (fix)`. Errors (a figure
    not in its source, a broken file, a drifted translation) fail the check.
    Todo is unfinished work, listed per article: English titles, texts and
    labels missing, import warnings not settled, conversions not reviewed, a
    `site_url` still pointing at this machine. Todo fails only with
    `--release`, and only for articles that are not drafts (`draft: true`).
    Exit status 1 on any error, or with `--release` on any such todo.

    \b
    Example:
        zhpress check
        zhpress check --release
    """
    with gc_paused():  # a short run that leaves almost no garbage cycles: see io/memory.py
        project, settings = _load(data)
        report = run_checks(project, settings, drift or settings.drift)
    report.problems += project.overrides.unknown_locales([locale for locale, _ in settings.traditional])
    for problem in report.problems:
        if problem.severity == "error" or warnings:
            prefix = "" if problem.severity == "error" else "warning: "
            click.echo(prefix + str(problem), err=True)
    drafts = report.drafts
    for slug, items in report.todo.items():
        name = "the site" if not slug else slug + (" (draft: not published)" if slug in drafts else "")
        click.echo(f"todo: {name}: {len(items)} item(s)")
        for problem in items:
            click.echo(f"  todo: {problem}")
    if report.failed(release):
        click.echo(report.summary(release), err=True)
        sys.exit(1)
    click.echo(report.summary(release))


@main.command()
@data_option
def status(data: str | None) -> None:
    """Print the state of every translation: language × section, then a count per language.

    States: current, drifted (the source changed since review; the changed
    paragraphs are listed when the reviewed source is recorded), unreviewed (no
    source_hash recorded), untranslated (the file has no text yet), missing.

    \b
    Example:
        zhpress status
    """
    project, settings = _load(data)
    items = _statuses(project, settings)
    languages = sorted({i.language for i in items}, key=lambda lang: (settings.locales + (lang,)).index(lang))
    parts = list(dict.fromkeys(f"{i.group}/{i.part}" for i in items))
    cell = {(f"{i.group}/{i.part}", i.language): i.state for i in items}
    rows = [["section"] + languages] + [[p] + [cell.get((p, lang), "-") for lang in languages] for p in parts]
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(text.ljust(widths[c]) for c, text in enumerate(row)).rstrip())
    for item in items:
        if item.changes:
            click.echo(f"{item.language} {item.group}/{item.part}: {changed_paragraphs(item)}")
    for language in languages:
        mine = [i for i in items if i.language == language]
        counts = {state: sum(1 for i in mine if i.state == state) for state in STATES}
        click.echo(f"{language}: " + ", ".join(f"{n} {state}" for state, n in counts.items()))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--slug", help="The article's slug (default: made from the file name).")
@data_option
def new(file: str, slug: str | None, data: str | None) -> None:
    """Import a real article from FILE into data/articles/<slug>/.

    Reads any common encoding (UTF-8 with or without BOM, GB18030/GBK, Big5,
    UTF-16) and line ending; writes the source as UTF-8, an article.yaml with
    the parsed structure to review, and the suggested figures. A Traditional
    Chinese source is marked `script: hant`: its Simplified pages are converted.

    \b
    Example:
        zhpress new ~/Downloads/budget.txt --slug budget-2024
    """

    folder, settings = project_data_dir(data)
    try:
        from ..importer import import_article  # the suggester's rules: loaded by `new` only

        result = import_article(Path(file), folder, slug, site_names(settings.docs_dir, settings.locales))
    except ZhpressError as exc:
        raise _fail(exc) from None
    click.echo(
        f"imported {file} ({result.encoding}, {'Traditional' if result.script == 'hant' else 'Simplified'}"
        f" Chinese) into {result.path}"
    )
    click.echo(f"  {len(result.sections)} section(s): " + " | ".join(result.sections))
    click.echo(f"  {result.figures} figure(s) suggested, {result.ignored} other number(s) ignored")
    for warning in result.warnings:
        click.echo(f"  warning: {warning}")
    click.echo("review article.yaml and figures.yaml, then run `zhpress check`")


main.add_command(figures)
main.add_command(translations)
main.add_command(variants)
