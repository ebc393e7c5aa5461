"""Part suggester: the figure suggester scored on texts with hand-labelled statistics.

Four sets, the same four measures (bench/heldout_score.py: recall, precision, value+qualifier, unit
where the text writes one):

- the genre fixtures (tests/fixtures/genre/*.figures.yaml; invented texts of the genre the rules were
  written on) and the two real texts of tests/fixtures/corpus: seen while writing the rules;
- bench/tuning/texts: real texts the rules may be tuned on;
- bench/heldout/texts: real texts nobody tunes on, scored once per release. Only the totals are
  written here; never read their details to write a rule (bench/heldout/README.md).
"""

from __future__ import annotations

from pathlib import Path

from . import heldout_score
from .common import REPO, Context, say, with_stamp

SETS = (
    ("genre fixtures (tests/fixtures/genre)", REPO / "tests" / "fixtures" / "genre", ".figures.yaml"),
    ("real fixtures (tests/fixtures/corpus)", REPO / "tests" / "fixtures" / "corpus", ".gold.yaml"),
    ("tuning (bench/tuning/texts)", REPO / "bench" / "tuning" / "texts", ".gold.yaml"),
    ("held-out (bench/heldout/texts)", REPO / "bench" / "heldout" / "texts", ".gold.yaml"),
)
TARGETS = {"recall": 0.99, "precision": 0.96, "value": 0.99, "unit": 0.98}


def score_set(folder: Path, suffix: str) -> dict:
    """The pooled measures of every `<id>.txt` of `folder` with its gold `<id><suffix>` beside it."""
    texts = [p for p in sorted(folder.glob("*.txt")) if p.with_name(p.stem + suffix).exists()]
    results = [heldout_score.score_text(p, gold=p.with_name(p.stem + suffix)) for p in texts]
    keys = ("gold", "found", "matched", "right", "unit_gold", "unit_right")
    total = heldout_score._measures(*(sum(r[k] for r in results) for k in keys))
    total["texts"] = len(results)
    return total


def _cell(value: float | None, target: float | None = None) -> str:
    if value is None:
        return "–"
    return f"**{value:.3f}**" if target is not None and value >= target else f"{value:.3f}"


def run_part(ctx: Context) -> dict[str, list[str]]:
    say("suggester: scoring the fixtures, the tuning and the held-out texts")
    lines = [
        "## The figure suggester on labelled texts",
        "",
        "`zhpress figures suggest` against hand-labelled statistics (bench/heldout_score.py's matching and "
        "measures: a suggested figure is found when its span overlaps a gold statistic's; value+qualifier "
        "among the found; unit among the found whose text writes a unit). The fixtures and the tuning texts "
        "were read while writing the rules; the held-out texts never were. Bold: meets the target.",
        "",
        "| set | texts | statistics | suggested | recall | precision | value+qualifier | unit (written) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, folder, suffix in SETS:
        t = score_set(folder, suffix)
        lines.append(
            f"| {name} | {t['texts']} | {t['gold']} | {t['found']} | {_cell(t['recall'], TARGETS['recall'])} "
            f"| {_cell(t['precision'], TARGETS['precision'])} | {_cell(t['value'], TARGETS['value'])} "
            f"| {_cell(t['unit'], TARGETS['unit'])} |"
        )
    lines += [
        f"| **target on unseen text** | | | | ≥ {TARGETS['recall']} | ≥ {TARGETS['precision']} "
        f"| ≥ {TARGETS['value']} | ≥ {TARGETS['unit']} |",
        "",
    ]
    return {"suggester": with_stamp(lines, ctx.info)}
