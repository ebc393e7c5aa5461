"""`zhpress figures …`: suggest figures for an article and merge them into figures.yaml."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import click

from ..errors import Problem, ZhpressError, rel
from ..figures.renumber import Repair, repair_occurrences
from ..io.write import update_text
from ..io.yamlfile import dump_yaml
from ..project import article_from_file, load_article
from .common import data_dir as _data_dir
from .common import data_option, fail

if TYPE_CHECKING:
    from ..figures.suggest import Explained


def _suggest() -> ModuleType:
    """The suggester, imported when a figures command runs (its rule table costs every other command)."""
    from ..figures import suggest

    return suggest


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
        candidates = _suggest().suggest(loaded)
        if write:
            if not in_project:
                raise click.ClickException(
                    "--write needs an article of the project: import the file with `zhpress new`"
                )
            path = loaded.dir / "figures.yaml"
            added, ignored = _suggest().merge(path, loaded.figures, loaded.source, candidates)
            for c in added:
                click.echo(f"added figure {c.id}: {c.quote} (line {c.line}, {c.section})")
            for c in ignored:
                click.echo(f"added ignore {c.quote} (line {c.line}): {c.reason}")
            click.echo(
                f"{path}: {len(added)} figure(s) and {len(ignored)} ignore entr{'y' if len(ignored) == 1 else 'ies'} added"
            )
            return
        spans = _suggest().curated_spans(loaded.figures, loaded.source)
        shown = [c for c in candidates if show_all or not _suggest().covered(loaded.figures, loaded.source, c, spans)]
        click.echo(dump_yaml({"candidates": [c.as_dict() for c in shown]}), nl=False)
        figures_n = sum(c.verdict == "figure" for c in shown)
        click.echo(f"# {len(shown)} candidate(s): {figures_n} figure, {len(shown) - figures_n} not_figure", err=True)
    except ZhpressError as exc:
        raise click.ClickException("\n".join(str(p) for p in exc.problems)) from None


def _explained_lines(item: Explained) -> list[str]:
    reading, decision, candidate = item.reading, item.decision, item.candidate
    lines = [
        f"number {reading.numeral!r} at line {item.line}:",
        f"  reading: value {reading.value}, unit {reading.unit or '(none)'}, qualifier {reading.approx}"
        f" ({reading.kind} numeral)",
        f"  verdict: {decision.verdict} by rule `{decision.rule.name}`: {decision.reason}",
    ]
    if candidate is not None:
        lines.append(f"  suggested quote: {candidate.quote!r} (occurrence {candidate.occurrence})")
        if candidate.verdict == "figure":
            lines.append(f"  suggested label: {candidate.label_zh or '(none: to write)'}")
    else:
        lines.append("  not suggested on its own: the same characters stand inside an earlier, longer quote")
    if decision.also:
        lines.append("  later rules that also apply: " + ", ".join(f"`{r.name}` ({r.verdict})" for r in decision.also))
    return lines


@figures.command()
@click.argument("article")
@click.argument("quote")
@click.option("--occurrence", type=click.IntRange(min=1), default=1, show_default=True, help="Which match of QUOTE.")
@data_option
def explain(article: str, quote: str, occurrence: int, data: str | None) -> None:
    """Explain why each number in QUOTE of ARTICLE is taken as a figure or not.

    ARTICLE is a slug, an article folder or a text file; QUOTE a verbatim passage
    of its source holding one number or more (any number, also one that is no
    figure). For each number it prints the reading (value, unit, qualifier), the
    rule of the classification table that decided, its reason, and the later
    rules that would also have applied.

    \b
    Example:
        zhpress figures explain ankang-2017 近3000场次
        zhpress figures explain ankang-2017 一年 --occurrence 2
    """

    try:
        loaded, in_project = _article(article, data)
        result = _suggest().explain(loaded, quote, occurrence, shown=str(loaded.source_path) if in_project else article)
    except ZhpressError as exc:
        raise fail(exc) from None
    click.echo(
        f"{quote!r}: occurrence {result.occurrence} of {result.occurrences}, line {result.line}, "
        f"section {result.section}"
    )
    for item in result.numbers:
        click.echo("\n".join(_explained_lines(item)))


@figures.command()
@click.argument("articles", nargs=-1)
@data_option
@click.option("--dry-run", is_flag=True, help="Print what would change and write nothing.")
def renumber(articles: tuple[str, ...], data: str | None, dry_run: bool) -> None:
    """Move `occurrence`s counted the old way to the place they named.

    An occurrence counts the matches of the quote at number boundaries (8名 is
    not in 18名); figures.yaml files written by earlier versions counted every
    match. This rewrites only the entries `zhpress check` rejects (an occurrence
    beyond the matches, or in another section than the figure's) when the old
    counting names a place that fits, and lists the others to fix by hand. No
    other byte changes, and running it again changes nothing. ARTICLES are slugs
    (default: every article).

    \b
    Example:
        zhpress figures renumber --dry-run
        zhpress figures renumber ankang-2017
    """
    folder = _data_dir(data)
    if not articles:
        root = folder / "articles"
        articles = (
            tuple(sorted(p.name for p in root.iterdir() if (p / "figures.yaml").is_file())) if root.is_dir() else ()
        )
    moved = left = 0
    errors: list[ZhpressError] = []
    for slug in articles:
        if slug != Path(slug).name or slug in (".", ".."):
            errors.append(
                ZhpressError(Problem(slug, "not an article slug", hint="give a folder name under data/articles/"))
            )
            continue
        try:
            found, unfixed = _renumber_article(folder / "articles" / slug, dry_run)
        except ZhpressError as exc:
            errors.append(exc)
            continue
        moved, left = moved + found, left + unfixed
    click.echo(
        f"{moved} occurrence(s) {'to move (dry run: nothing written)' if dry_run else 'moved'}, "
        f"{left} left to fix by hand"
    )
    if errors:
        raise fail(ZhpressError([p for exc in errors for p in exc.problems]))


def _renumber_article(folder: Path, dry_run: bool) -> tuple[int, int]:
    """Repair one article's figures.yaml (see `renumber`); prints each change. Returns (moved, left)."""
    if not folder.is_dir():
        raise ZhpressError(
            Problem(rel(folder), "no such article", hint="the folder names under data/articles/ are the slugs")
        )
    article = load_article(folder)
    path = folder / "figures.yaml"
    shown = rel(path)
    report: list[Repair] = []

    def change(current: str | None) -> str | None:
        if current is None:
            return None
        text, repairs = repair_occurrences(current, article.source, article.section_of, shown)
        report[:] = repairs
        return None if dry_run else text

    if dry_run:
        change(path.read_text(encoding="utf-8"))
    else:
        update_text(path, change)
    for r in report:
        if r.new is not None:
            click.echo(f"{shown}:{r.line}: {r.quote!r} occurrence {r.old} -> {r.new}")
        else:
            click.echo(f"{shown}:{r.line}: {r.quote!r} occurrence {r.old} left as it is: {r.why}")
    moved = sum(r.new is not None for r in report)
    return moved, len(report) - moved
