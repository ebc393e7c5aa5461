"""`zhpress variants`: review the conversions of ambiguous characters (干 → 幹/乾, 发 → 發/髮 …)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import ZhpressError, rel
from ..io.yamlfile import dump_yaml
from ..project import Project, load_project
from ..variants.review import (
    ReviewItem,
    find_ambiguous,
    is_confirmed,
    load_confirmed,
    review_path,
    site_variants,
    unreviewed,
)
from ..variants.review import confirm as record_confirmations
from .common import data_dir as _data_dir
from .common import data_option
from .common import fail as _fail


def _load(data: str | None) -> tuple[Path, Project, list[ReviewItem], list]:
    data_dir = _data_dir(data)
    try:
        project = load_project(data_dir)
        items = find_ambiguous(project, site_variants(data_dir))
        confirmed = load_confirmed(review_path(data_dir))
    except ZhpressError as exc:
        raise _fail(exc) from None
    return data_dir, project, items, confirmed


def _line(item: ReviewItem) -> str:
    text = f"{item.describe()}  ×{item.count}"
    if item.examples:
        text += f"  e.g. {item.examples[0]}"
    if item.override:
        text += "  [override]"
    for note in item.notes:
        text += f"  ({note})"
    return text


def _grouped(items: list[ReviewItem]) -> dict[str, list[ReviewItem]]:
    """Items under each ambiguous character of their word (党员干部 under 党 and 干), in order of first occurrence."""
    groups: dict[str, list[ReviewItem]] = {}
    for item in items:
        for char in item.chars:
            groups.setdefault(char, []).append(item)
    for members in groups.values():
        members.sort(key=lambda i: -i.count)  # stable: ties keep the order of first occurrence
    return groups


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def variants() -> None:
    """Review conversions of characters with several Traditional forms (干 → 幹/乾, 发 → 發/髮 …).

    `review` lists every such word of the corpus with the output each
    Traditional variant gives it; `confirm` records the outputs an editor
    checked in data/variants-review.yaml. A wrong output is fixed with an
    override in data/overrides.yaml.

    \b
    Example:
        zhpress variants review
        zhpress variants confirm 干部 发展
    """


@variants.command()
@data_option
@click.option("--all", "show_all", is_flag=True, help="List confirmed conversions too.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "yaml"]), default="text", show_default=True, help="Output format."
)
def review(data: str | None, show_all: bool, fmt: str) -> None:
    """List the ambiguous conversions not confirmed yet, with their outputs and contexts.

    Words are grouped by ambiguous character (a word with two of them is listed
    under both). Each line shows the word, its output per variant, how often it
    occurs and where (article:line and the source around it).

    \b
    Example:
        zhpress variants review
        zhpress variants review --all --format yaml
    """
    _, _, items, confirmed = _load(data)
    pending = unreviewed(items, confirmed)
    shown = items if show_all else pending
    if fmt == "yaml":
        listed = []
        for item in shown:
            entry = item.as_dict()
            entry["confirmed"] = is_confirmed(item, confirmed)
            listed.append(entry)
        click.echo(dump_yaml({"unreviewed": len(pending), "ambiguous": len(items), "items": listed}), nl=False)
        return
    for char, members in _grouped(shown).items():
        occurrences = sum(i.count for i in members)
        click.echo(f"{char} → {'/'.join(members[0].chars[char])}  ({occurrences} occurrence(s))")
        for item in members:
            mark = "✓ " if show_all and is_confirmed(item, confirmed) else "  "
            click.echo(mark + _line(item))
    click.echo(f"{len(pending)} unreviewed of {len(items)} ambiguous conversions")


@variants.command()
@data_option
@click.option("--all", "confirm_all", is_flag=True, help="Confirm every unreviewed conversion.")
@click.argument("words", nargs=-1)
def confirm(data: str | None, confirm_all: bool, words: tuple[str, ...]) -> None:
    """Record the current outputs of WORDS (or of all unreviewed words) as confirmed.

    A WORD may also be an item's key (`干部→幹部/幹部`) to confirm only that
    output, or a one-character word in its context as review lists it
    (`向前[干]，`, or the key `干→幹/幹@向前[干]，`) to confirm it there only; a bare
    one-character word confirms it in every context it has now. Entries are added to data/variants-review.yaml; existing ones are
    kept in their order, and words already confirmed are not added again.

    \b
    Example:
        zhpress variants confirm 干部 发展
        zhpress variants confirm --all
    """
    if confirm_all == bool(words):
        raise click.UsageError("give either --all or one or more WORDs")
    data_dir, _, items, confirmed = _load(data)
    if confirm_all:
        targets = unreviewed(items, confirmed)
    else:
        targets, unknown = [], []
        for word in words:
            matched = [i for i in items if word in (i.word, i.key, i.word_key, i.context)]
            if not matched:
                unknown.append(word)
            targets.extend(i for i in matched if i not in targets)
        if unknown:
            raise click.ClickException(
                "\n".join(
                    f"{word}: no ambiguous conversion of this word in the corpus "
                    "(see `zhpress variants review --all` for the words)"
                    for word in unknown
                )
            )
    path = review_path(data_dir)
    try:
        added = record_confirmations(path, targets)
    except ZhpressError as exc:
        raise _fail(exc) from None
    for item in added:
        click.echo(f"confirmed {item.describe()}")
    already = len(targets) - len(added)
    if added:
        click.echo(f"{len(added)} added to {rel(path)}" + (f", {already} already confirmed" if already else ""))
    else:
        click.echo(f"nothing to add: {already} already confirmed" if already else "nothing to add")
