"""The `zhpress` command line. Library errors become click errors only here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .checks import check_project
from .errors import ZhpressError
from .project import load_project


def _data_dir(data: str | None) -> Path:
    if data:
        return Path(data)
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "data" / "articles").is_dir():
            return folder / "data"
    return here / "data"


def _fail(exc: ZhpressError) -> click.ClickException:
    return click.ClickException("\n".join(str(p) for p in exc.problems))


data_option = click.option("--data", "data", type=click.Path(file_okay=False), default=None,
                           help="The data folder (default: ./data, or the nearest one above).")


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
@click.option("--warnings/--no-warnings", default=True, help="Also print warnings.")
def check(data: str | None, warnings: bool) -> None:
    """Check the data: sources, figures (against the source), translations.

    Exits with status 1 when any error is found; prints every problem as
    `file:line: field: message (fix)`.

    \b
    Example:
        zhpress check --data data
    """
    try:
        project = load_project(_data_dir(data))
    except ZhpressError as exc:
        raise _fail(exc) from None
    problems = check_project(project)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        if problem.severity == "error" or warnings:
            prefix = "" if problem.severity == "error" else "warning: "
            click.echo(prefix + str(problem), err=True)
    figures = sum(len(a.figures.figures) for a in project.articles if a.figures)
    summary = f"{len(project.articles)} article(s), {figures} figure(s): "
    if errors:
        click.echo(summary + f"{len(errors)} error(s)", err=True)
        sys.exit(1)
    click.echo(summary + "ok")
