"""The suggester measured on real articles it was not written for: two Taiwanese government texts.

The gold (tests/fixtures/corpus/*.gold.yaml) lists every statistic of each text by hand.
A suggested figure counts as found when its span overlaps a gold statistic's span; it is
right when value and qualifier agree (the issue's measure), and its unit is scored apart.
"""

import re
import pytest
import yaml

from zhpress.project import article_from_file
from zhpress.suggest import suggest

from ..conftest import CORPUS

TEXTS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def gold_spans(name: str, text: str) -> dict[tuple[int, int], dict]:
    spans = {}
    for item in yaml.safe_load((CORPUS / f"{name}.gold.yaml").read_text(encoding="utf-8")):
        starts = [m.start() for m in re.finditer(re.escape(item["quote"]), text)]
        start = starts[item["occurrence"] - 1]
        spans[(start, start + len(item["quote"]))] = item
    return spans


def score(name: str) -> dict:
    article = article_from_file(CORPUS / f"{name}.txt")
    gold = gold_spans(name, article.source)
    found = [c for c in suggest(article) if c.verdict == "figure"]
    matched = {}
    for c in found:
        span = next((s for s in gold if s[0] < c.start + len(c.quote) and c.start < s[1]), None)
        if span is not None and span not in matched:
            matched[span] = c
    right = [s for s, c in matched.items()
             if float(c.value) == float(gold[s]["value"]) and c.approx == gold[s]["approx"]]
    units = [s for s, c in matched.items() if c.unit == gold[s]["unit"]]
    return {"gold": len(gold), "found": len(found), "matched": len(matched),
            "recall": len(matched) / len(gold), "precision": len(matched) / len(found),
            "value": len(right) / len(matched), "unit": len(units) / len(matched),
            "missed": [gold[s]["quote"] for s in gold if s not in matched],
            "extra": [c.quote for c in found if not any(m is c for m in matched.values())],
            "wrong": [(gold[s]["quote"], matched[s].value, matched[s].approx) for s in matched if s not in right]}


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
