"""bench/results.md: a run rewrites the sections it measured and keeps every other one."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench import common  # noqa: E402  (bench is a package at the repository root)

INFO = dict.fromkeys(
    ("cpu", "cores", "platform", "python", "mkdocs", "material", "opencc", "pyyaml", "jieba", "markdown", "jinja2"),
    "x",
)


def test_sections_not_measured_are_kept_whatever_their_name(tmp_path, monkeypatch):
    results = tmp_path / "results.md"
    monkeypatch.setattr(common, "RESULTS", results)
    order = ["check", "check_process", "search"]
    common.update_results(INFO, order, {name: [f"## {name}", "", f"first {name}"] for name in order})
    common.update_results(INFO, order, {"search": ["## search", "", "second search"]})
    text = results.read_text(encoding="utf-8")
    assert "first check\n" in text and "first check_process\n" in text
    assert "second search" in text and "first search" not in text
    assert text.index("first check_process") < text.index("second search")
