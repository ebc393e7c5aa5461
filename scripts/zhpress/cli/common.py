"""What every `zhpress` command shares: the `--data` option, finding the data folder, errors as click errors."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ZhpressError
from ..metadata.slugs import site_names
from ..project import Project, load_project
from ..siteconfig import SiteSettings, find_project, read_site_settings
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
    settings = read_site_settings(folder.resolve().parent)
    try:
        project = load_project(folder, reserved=site_names(settings.docs_dir, settings.locales))
    except ZhpressError as exc:
        raise fail(exc) from None
    return project, settings


def project_data_dir(data: str | None) -> tuple[Path, SiteSettings]:
    """The data folder a command may write a new article into, and the project's settings.

    `--data` must name an existing folder; without it, the nearest folder at or above the
    current one whose mkdocs.yml names the zhpress plugin is the project (its `data_dir`).
    Anything else is refused, so no command creates a data folder in a random place.

    Args:
        data: the value of `--data`, or None.
    """
    if data:
        folder = Path(data)
        if not folder.is_dir():
            raise click.ClickException(
                f"{data}: no such data folder (pass --data with an existing folder, or run the command "
                "inside the project, where mkdocs.yml names the zhpress plugin)"
            )
        return folder, read_site_settings(folder.resolve().parent)
    settings = find_project(Path.cwd())
    if settings is None or settings.data_dir is None:
        raise click.ClickException(
            f"{Path.cwd()}: not inside a zhpress project (no mkdocs.yml naming the zhpress plugin here or "
            "in a folder above; run the command inside the project, or pass --data with an existing data folder)"
        )
    return settings.data_dir, settings


def translation_statuses(project: Project, settings: SiteSettings) -> list[Status]:
    """Every translation's status (errors as click errors)."""
    try:
        return statuses(project, settings.docs_dir, settings.locales)
    except ZhpressError as exc:
        raise fail(exc) from None
