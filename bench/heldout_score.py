"""Score the figure suggester on a folder of real texts with hand-labelled statistics.

    python bench/heldout_score.py bench/heldout/texts            # the held-out set (once per release)
    python bench/heldout_score.py bench/tuning/texts --details   # the tuning set, with misses and errors

Each text is `<id>.txt` with `<id>.gold.yaml` beside it (the format of tests/fixtures/corpus/*.gold.yaml).
The matching is that of tests/unit/test_suggest_corpus.py: a suggested figure (verdict "figure") is found
when its span overlaps a gold statistic's span (each gold statistic matched once); it is right when value
and qualifier agree. Four measures, per text and in total (pooled over all statistics):

- recall: matched gold statistics / gold statistics
- precision: matched suggestions / suggestions
- value: matched suggestions with the gold value and approx / matched
- unit: matched suggestions with the gold unit / matched gold statistics whose text writes a unit
  (gold unit not ''); a statistic written without a measure word (1,150億, 15萬青年) is left out.

`score(folder)` returns {"texts": {id: result}, "total": result}; `--out FILE` also writes the table there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import yaml

# The only imports of the library (those of tests/unit/test_suggest_corpus.py); update them here if the
# modules move again. The suggester moved to zhpress.figures.suggest; the fallback is its older home.
from zhpress.project import article_from_file

try:
    from zhpress.figures.suggest import suggest
except ImportError:
    from zhpress.suggest import suggest

HAN_TRADITIONAL = set("與為萬億國們這個發會來過經說後對時從還總統業處臺區數點區際聞")
HAN_SIMPLIFIED = set("与为万亿国们这个发会来过经说后对时从还总统业处台区数点际闻")


def script(text: str) -> str:
    """'zh-Hant' or 'zh-Hans', by which of a few common characters the text uses more."""
    hant = sum(ch in HAN_TRADITIONAL for ch in text)
    hans = sum(ch in HAN_SIMPLIFIED for ch in text)
    return "zh-Hant" if hant > hans else "zh-Hans"


def gold_spans(text: str, gold_file: Path) -> dict[tuple[int, int], dict]:
    """The gold statistics by span (as tests/unit/test_suggest_corpus.py locates them)."""
    spans = {}
    for item in yaml.safe_load(gold_file.read_text(encoding="utf-8")) or []:
        starts = [m.start() for m in re.finditer(re.escape(item["quote"]), text)]
        start = starts[item["occurrence"] - 1]
        spans[(start, start + len(item["quote"]))] = item
    return spans


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _measures(gold: int, found: int, matched: int, right: int, unit_gold: int, unit_right: int) -> dict:
    return {
        "gold": gold,
        "found": found,
        "matched": matched,
        "right": right,
        "unit_gold": unit_gold,
        "unit_right": unit_right,
        "recall": _ratio(matched, gold),
        "precision": _ratio(matched, found),
        "value": _ratio(right, matched),
        "unit": _ratio(unit_right, unit_gold),
    }


def score_text(path: Path, gold: Path | None = None) -> dict:
    """One text against its gold (`<id>.gold.yaml` beside it unless `gold` is given): the counts, the four
    measures, and what was missed or wrong."""
    article = article_from_file(path)
    gold = gold_spans(article.source, gold or path.with_name(path.stem + ".gold.yaml"))
    found = [c for c in suggest(article) if c.verdict == "figure"]
    matched = {}
    for c in found:
        span = next((s for s in gold if s[0] < c.start + len(c.quote) and c.start < s[1]), None)
        if span is not None and span not in matched:
            matched[span] = c
    right = [
        s for s, c in matched.items() if float(c.value) == float(gold[s]["value"]) and c.approx == gold[s]["approx"]
    ]
    unit_gold = [s for s in matched if gold[s]["unit"]]
    unit_right = [s for s in unit_gold if matched[s].unit == gold[s]["unit"]]
    result = _measures(len(gold), len(found), len(matched), len(right), len(unit_gold), len(unit_right))
    result["script"] = script(article.source)
    result["missed"] = [gold[s]["quote"] for s in sorted(gold) if s not in matched]
    result["extra"] = [c.quote for c in found if not any(m is c for m in matched.values())]
    result["wrong"] = [
        (gold[s]["quote"], matched[s].value, matched[s].approx) for s in sorted(matched) if s not in right
    ]
    result["wrong_unit"] = [
        (gold[s]["quote"], gold[s]["unit"], matched[s].unit) for s in sorted(unit_gold) if s not in unit_right
    ]
    return result


def score(folder: str | Path) -> dict:
    """Every `<id>.txt` of `folder` that has a `<id>.gold.yaml`: per text and pooled."""
    folder = Path(folder)
    texts = {p.stem: score_text(p) for p in sorted(folder.glob("*.txt")) if p.with_name(p.stem + ".gold.yaml").exists()}
    keys = ("gold", "found", "matched", "right", "unit_gold", "unit_right")
    total = _measures(*(sum(r[k] for r in texts.values()) for k in keys))
    return {"texts": texts, "total": total}


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def table(result: dict, title: str) -> str:
    rows = [
        f"## {title}",
        "",
        "| text | script | gold | found | matched | recall | precision | value+qualifier | unit (written) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in result["texts"].items():
        rows.append(
            f"| {name} | {r['script']} | {r['gold']} | {r['found']} | {r['matched']} | {_pct(r['recall'])} "
            f"| {_pct(r['precision'])} | {_pct(r['value'])} | {_pct(r['unit'])} |"
        )
    t = result["total"]
    rows.append(
        f"| **all {len(result['texts'])} texts** | | {t['gold']} | {t['found']} | {t['matched']} "
        f"| **{_pct(t['recall'])}** | **{_pct(t['precision'])}** | **{_pct(t['value'])}** "
        f"| **{_pct(t['unit'])}** |"
    )
    return "\n".join(rows) + "\n"


def details(result: dict) -> str:
    lines = []
    for name, r in result["texts"].items():
        lines.append(
            f"- {name}: missed {r['missed']}; extra {r['extra']}; wrong value/approx {r['wrong']}; "
            f"wrong unit (gold, suggested) {r['wrong_unit']}"
        )
    return "\n".join(lines) + "\n"


def _stamp() -> str:
    """When and at which commit the scores were taken (for the file written by --out)."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parent,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return f"Scored by bench/heldout_score.py on {now}, library at commit {commit} (`make bench`)."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="+", help="folders of <id>.txt + <id>.gold.yaml")
    parser.add_argument(
        "--details",
        action="store_true",
        help="list missed, extra and wrong figures (for the tuning set; see bench/heldout/README.md)",
    )
    parser.add_argument("--out", help="also write the tables to this file")
    args = parser.parse_args(argv)
    out = []
    for folder in args.folder:
        result = score(folder)
        out.append(table(result, folder))
        if args.details:
            out.append(details(result))
    text = "\n".join(out)
    sys.stdout.write(text)
    if args.out:
        text = f"# Figure suggester on real texts\n\n{_stamp()}\n\n{text}"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
