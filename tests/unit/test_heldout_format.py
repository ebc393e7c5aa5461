"""The held-out and tuning corpora (bench/heldout/texts, bench/tuning/texts) are well-formed.

Format only: every text has its gold and every gold its text, each gold statistic has exactly the fields of
tests/fixtures/corpus/*.gold.yaml, its quote occurs at least `occurrence` times in the text, its value is a
finite number and its approx a known qualifier. The suggester's scores on these texts are not asserted here:
they are measured once per release by `make bench` (bench/heldout_score.py).
"""

import math
import re
from pathlib import Path

import pytest
import yaml

try:
    from zhpress.figures.model import APPROX
except ImportError:  # before the library moved into packages
    from zhpress.figures import APPROX

BENCH = Path(__file__).resolve().parents[2] / "bench"
SETS = ("heldout", "tuning")
FIELDS = {"quote", "occurrence", "value", "unit", "approx"}


def texts(name: str) -> list[Path]:
    return sorted((BENCH / name / "texts").glob("*.txt"))


ALL = [p for name in SETS for p in texts(name)]


def test_the_sets_have_their_texts():
    assert len(texts("heldout")) >= 10
    assert len(texts("tuning")) >= 1
    for name in SETS:
        folder = BENCH / name / "texts"
        golds = {p.name[: -len(".gold.yaml")] for p in folder.glob("*.gold.yaml")}
        assert golds == {p.stem for p in texts(name)}, name
        assert (BENCH / name / "README.md").exists()


def test_no_text_is_in_both_sets():
    held = {p.read_text(encoding="utf-8") for p in texts("heldout")}
    assert not held & {p.read_text(encoding="utf-8") for p in texts("tuning")}


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_is_well_formed(path: Path):
    text = path.read_text(encoding="utf-8")
    assert text.strip(), "empty text"
    gold = yaml.safe_load(path.with_name(path.stem + ".gold.yaml").read_text(encoding="utf-8"))
    assert isinstance(gold, list) and gold, "the gold is a non-empty list"
    seen = set()
    for item in gold:
        assert isinstance(item, dict) and set(item) == FIELDS, item
        quote, occurrence = item["quote"], item["occurrence"]
        assert isinstance(quote, str) and quote.strip(), item
        assert isinstance(occurrence, int) and not isinstance(occurrence, bool) and occurrence >= 1, item
        assert len(re.findall(re.escape(quote), text)) >= occurrence, f"{quote!r} occurs fewer than {occurrence} times"
        value = item["value"]
        assert isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value), item
        assert isinstance(item["unit"], str), item
        assert item["approx"] in APPROX, item
        assert (quote, occurrence) not in seen, f"{quote!r} #{occurrence} labelled twice"
        seen.add((quote, occurrence))
