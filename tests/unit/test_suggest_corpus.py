"""The suggester measured on texts it was not written for: two real Taiwanese government texts and
thirty-nine invented texts of the genre (tests/fixtures/genre/*.figures.yaml: work reports, statistical
bulletins, news features, a wire story, Taiwan and Hong Kong press releases, a LegCo reply, a budget speech).

The gold (tests/fixtures/corpus/*.gold.yaml, tests/fixtures/genre/*.figures.yaml) lists every
statistic of each text, annotated from the text.
A suggested figure counts as found when its span overlaps a gold statistic's span; it is
right when value and qualifier agree (the issue's measure), and its unit is scored apart.
"""

import re
from pathlib import Path

import pytest
import yaml

from zhpress.figures.suggest import suggest
from zhpress.project import article_from_file

from ..conftest import CORPUS

TEXTS = sorted(p.stem for p in CORPUS.glob("*.txt"))
GENRE = Path(__file__).resolve().parents[1] / "fixtures" / "genre"
GENRE_TEXTS = sorted(p.name[: -len(".figures.yaml")] for p in GENRE.glob("*.figures.yaml"))


def gold_spans(name: str, text: str, gold: Path | None = None) -> dict[tuple[int, int], dict]:
    spans = {}
    for item in yaml.safe_load((gold or CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8")):
        starts = [m.start() for m in re.finditer(re.escape(item["quote"]), text)]
        start = starts[item["occurrence"] - 1]
        spans[(start, start + len(item["quote"]))] = item
    return spans


def score(name: str, folder: Path = CORPUS) -> dict:
    article = article_from_file(folder / f"{name}.txt")
    gold = gold_spans(name, article.source, None if folder == CORPUS else folder / f"{name}.figures.yaml")
    found = [c for c in suggest(article) if c.verdict == "figure"]
    matched = {}
    for c in found:
        span = next((s for s in gold if s[0] < c.start + len(c.quote) and c.start < s[1]), None)
        if span is not None and span not in matched:
            matched[span] = c
    right = [
        s for s, c in matched.items() if float(c.value) == float(gold[s]["value"]) and c.approx == gold[s]["approx"]
    ]
    units = [s for s, c in matched.items() if c.unit == gold[s]["unit"]]
    return {
        "gold": len(gold),
        "found": len(found),
        "matched": len(matched),
        "recall": len(matched) / len(gold),
        "precision": len(matched) / len(found),
        "value": len(right) / len(matched),
        "unit": len(units) / len(matched),
        "missed": [gold[s]["quote"] for s in gold if s not in matched],
        "extra": [c.quote for c in found if not any(m is c for m in matched.values())],
        "wrong": [(gold[s]["quote"], matched[s].value, matched[s].approx) for s in matched if s not in right],
    }


def test_the_gold_quotes_exist_in_the_texts():
    for name in TEXTS:
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        assert len(gold_spans(name, text)) > 60


@pytest.mark.parametrize("name", TEXTS)
def test_suggester_on_unseen_texts_meets_the_targets(name):
    result = score(name)
    assert result["recall"] >= 0.95, result
    assert result["precision"] >= 0.90, result
    assert result["value"] >= 0.98, result


def test_suggester_on_invented_texts_of_the_genre(capsys):
    totals = dict(gold=0, found=0, matched=0, right=0)
    rows = []
    for name in GENRE_TEXTS:
        result = score(name, GENRE)
        for key in ("gold", "found", "matched"):
            totals[key] += result[key]
        totals["right"] += round(result["value"] * result["matched"])
        rows.append(
            f"  {name:36} gold {result['gold']:3} found {result['found']:3} R={result['recall']:.3f} "
            f"P={result['precision']:.3f} value={result['value']:.3f} unit={result['unit']:.3f}"
        )
    recall, precision = totals["matched"] / totals["gold"], totals["matched"] / totals["found"]
    value = totals["right"] / totals["matched"]
    with capsys.disabled():
        print("\nsuggester on the genre fixtures:\n" + "\n".join(rows))
        print(
            f"  {'all':36} gold {totals['gold']} found {totals['found']} R={recall:.3f} P={precision:.3f} "
            f"value={value:.3f}"
        )
    assert len(GENRE_TEXTS) >= 39 and totals["gold"] > 1550
    assert recall >= 0.95 and precision >= 0.90 and value >= 0.98, totals
