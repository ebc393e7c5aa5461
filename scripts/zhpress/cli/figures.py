"""`zhpress figures …`: suggest figures for an article and merge them into figures.yaml."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ZhpressError
from ..figures.suggest import covered, merge
from ..figures.suggest import suggest as suggest_candidates
from ..io.yamlfile import dump_yaml
from ..project import article_from_file, load_article
from .common import data_dir as _data_dir
from .common import data_option


def _article(target: str, data: str | None):
    """An ArticleData from a slug, an article folder, or any plain-text file."""

    path = Path(target)
    if path.is_dir():
        return load_article(path), True
    if path.is_file():
        return article_from_file(path), False
    folder = _data_dir(data) / "articles" / target
    if folder.is_dir():
        return load_article(folder), True
    raise click.ClickException(f"{target}: no such article slug, article folder or text file")


@click.group()
def figures() -> None:
    """Figures: the statistics of an article, bound to the source.

    \b
    Example:
        zhpress figures suggest ankang-2017
    """


@figures.command()
@click.argument("article")
@data_option
@click.option("--write", is_flag=True, help="Merge new candidates into the article's figures.yaml.")
@click.option("--all", "show_all", is_flag=True, help="Also print candidates already covered by figures.yaml.")
def suggest(article: str, data: str | None, write: bool, show_all: bool) -> None:
    """Print candidate figures of ARTICLE (a slug, an article folder or a text file) as YAML.

    Each candidate is marked `figure` or `not_figure` with a reason. With
    --write, candidates that no figure or ignore entry covers yet are added to
    figures.yaml (figures to `figures:`, the others to `ignore:`); curated
    entries are never changed, so running it twice adds nothing.

    \b
    Example:
        zhpress figures suggest ankang-2017 --write
        zhpress figures suggest ~/Downloads/report.txt
    """

    try:
        loaded, in_project = _article(article, data)
        candidates = suggest_candidates(loaded)
        if write:
            if not in_project:
                raise click.ClickException(
                    "--write needs an article of the project: import the file with `zhpress new`"
                )
            path = loaded.dir / "figures.yaml"
            added, ignored = merge(path, loaded.figures, loaded.source, candidates)
            for c in added:
                click.echo(f"added figure {c.id}: {c.quote} (line {c.line}, {c.section})")
            for c in ignored:
                click.echo(f"added ignore {c.quote} (line {c.line}): {c.reason}")
            click.echo(
                f"{path}: {len(added)} figure(s) and {len(ignored)} ignore entr{'y' if len(ignored) == 1 else 'ies'} added"
            )
            return
        shown = [c for c in candidates if show_all or not covered(loaded.figures, loaded.source, c)]
        click.echo(dump_yaml({"candidates": [c.as_dict() for c in shown]}), nl=False)
        figures_n = sum(c.verdict == "figure" for c in shown)
        click.echo(f"# {len(shown)} candidate(s): {figures_n} figure, {len(shown) - figures_n} not_figure", err=True)
    except ZhpressError as exc:
        raise click.ClickException("\n".join(str(p) for p in exc.problems)) from None
