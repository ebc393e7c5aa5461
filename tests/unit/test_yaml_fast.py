"""The fast construction of curated YAML gives exactly what the full path gives, lines included."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhpress.errors import DataError
from zhpress.io import yamlfile
from zhpress.io.yamlfile import Node, Seq, parse_yaml

REPO = Path(__file__).resolve().parents[2]


def shape(value):
    """The value with every line number the loader attached, for exact comparison."""
    if isinstance(value, Node):
        assert type(value) is Node
        return ("map", value.line, [(k, value.key_lines[k], shape(v)) for k, v in value.items()])
    if isinstance(value, Seq):
        return ("seq", value.line, value.item_lines, [shape(v) for v in value])
    return (type(value).__name__, value)


def full_path(monkeypatch, text, first_line=1):
    def no_fast(*args, **kwargs):
        raise yamlfile._Fallback

    with monkeypatch.context() as patch:
        patch.setattr(yamlfile, "_fast_construct", no_fast)
        return outcome(text, first_line)


def outcome(text, first_line=1):
    try:
        return shape(parse_yaml(text, "f.yaml", first_line))
    except DataError as exc:
        return ("error", [str(p) for p in exc.problems])


CURATED = sorted(
    p
    for folder in ("data", "tests", "bench/heldout", "bench/tuning")
    for p in (REPO / folder).rglob("*.yaml")
    if "corpora" not in p.parts
)


@pytest.mark.parametrize("path", CURATED, ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_file_of_the_repository_loads_the_same(path, monkeypatch):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert outcome(text) == full_path(monkeypatch, text)


EDGE_CASES = [
    "a: 1\nb: [1, 2.5, yes, ~, 2018-01-15]\nc: {d: e}\n",
    "2017: 年\n1.5: x\ntrue: y\nnull: z\n",
    "a: 1\na: 2\n",  # duplicate key
    "? [a]\n: b\n",  # a list as key
    "a: !!set {x, y}\n",
    "a: !!binary aGVsbG8=\n",
    "a: !unknown x\n",
    "<<: {a: 1}\nb: 2\n",
    "a: 1:30\nb: 0x1F\nc: .inf\nd: -.nan\ne: 1_000\n",
    "n: " + "9" * 1200 + "\n",
    "a:\u2028 b\nc: d\n",
    "a: x\r\nb: y\r\n",
    "a: 'x\u0085y'\nb: z\n",
    "- " * 25 + "deep\n",
    "a: &x 1\nb: *x\n",
    "just text",
    "",
    "- a\n- - b\n  - c: d\n",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_load_or_fail_the_same(text, monkeypatch):
    assert outcome(text) == full_path(monkeypatch, text)
    assert outcome(text, first_line=5) == full_path(monkeypatch, text, first_line=5)


SCALARS = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab1 .:-#[]{},'\"\\\n0xé汉\u3000yesno~")), max_size=8),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
DATA = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(SCALARS, children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300)
@given(DATA, st.booleans())
def test_any_dumped_data_loads_the_same(data, flow):
    import yaml

    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert outcome(text) == full_path(monkeypatch, text)


def test_well_formed_data_never_takes_the_full_path(monkeypatch):
    monkeypatch.setattr(yamlfile, "_structure_problems", lambda *a: pytest.fail("the full path ran"))
    value = parse_yaml("figures:\n- id: a\n  value: 12.5\n  quote: 12.5万\n", "f.yaml")
    assert value["figures"][0]["value"] == 12.5 and value["figures"].line_at(0) == 2


def test_curated_files_read_as_libyaml_reads_them():
    import yaml

    class Libyaml(yaml.CSafeLoader):  # dates kept as written, as our loader keeps them
        pass

    Libyaml.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)
    compared = 0
    for path in CURATED:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            expected = yaml.load(text, Loader=Libyaml)
            got = parse_yaml(text, "f.yaml")
        except (yaml.YAMLError, DataError):
            continue  # a hostile fixture, or refused by a rule of ours (duplicate key, alias): tested above
        assert plain(got) == plain(expected), path
        compared += 1
    assert compared >= 0.9 * len(CURATED), (compared, len(CURATED))


def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
