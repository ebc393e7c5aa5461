"""What every `zhpress` command shares: the `--data` option, finding the data folder, errors as click errors."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ZhpressError
from ..project import Project, load_project
from ..siteconfig import SiteSettings, read_site_settings
from ..translations.drift import Status, statuses

data_option = click.option(
    "--data",
    "data",
    type=click.Path(file_okay=False),
    default=None,
    help="The data folder (default: ./data, or the nearest one above).",
)


def data_dir(data: str | None) -> Path:
    """The data folder: `--data` when given, else ./data or the nearest `data/articles` above.

    Args:
        data: the value of `--data`, or None.
    """
    if data:
        return Path(data)
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "data" / "articles").is_dir():
            return folder / "data"
    return here / "data"


def fail(exc: ZhpressError) -> click.ClickException:
    """A library error as one click error: one `file:line: field: message (fix)` line per problem.

    Args:
        exc: the library error.
    """
    return click.ClickException("\n".join(str(p) for p in exc.problems))


def load(data: str | None) -> tuple[Project, SiteSettings]:
    """The project of the data folder and the settings of the mkdocs.yml next to it (errors as click errors).

    Args:
        data: the value of `--data`, or None.
    """
    folder = data_dir(data)
    try:
        project = load_project(folder)
    except ZhpressError as exc:
        raise fail(exc) from None
    return project, read_site_settings(folder.resolve().parent)


def translation_statuses(project: Project, settings: SiteSettings) -> list[Status]:
    """Every translation's status (errors as click errors)."""
    try:
        return statuses(project, settings.docs_dir, settings.locales)
    except ZhpressError as exc:
        raise fail(exc) from None
