"""What every `zhpress` command shares: the `--data` option, finding the data folder, errors as click errors."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ZhpressError

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
