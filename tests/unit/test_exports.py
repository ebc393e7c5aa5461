"""figures.csv and figures.json, assembled from per-article parts, equal a one-pass export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from zhpress.figures.exports import COLUMNS, figure_rows, figures_csv, figures_json
from zhpress.project import load_project


def one_pass_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()})
    return "\ufeff" + buffer.getvalue()


def test_exports_equal_a_one_pass_export(data_copy: Path):
    project = load_project(data_copy)
    rows = figure_rows(project)
    assert len(rows) > 50
    assert figures_json(project) == json.dumps({"figures": rows}, ensure_ascii=False, indent=1) + "\n"
    assert figures_csv(project) == one_pass_csv(rows)
    assert json.loads(figures_json(project))["figures"] == json.loads(json.dumps(rows))


def test_an_edited_article_is_exported_again(data_copy: Path):
    before = figures_json(load_project(data_copy))
    figures = next(data_copy.glob("articles/*/figures.yaml"))
    text = figures.read_text(encoding="utf-8")
    figures.write_text(text.replace("      zh: ", "      zh: 新", 1), encoding="utf-8")
    after = load_project(data_copy)
    assert figures_json(after) != before
    assert figures_json(after) == json.dumps({"figures": figure_rows(after)}, ensure_ascii=False, indent=1) + "\n"
    assert figures_csv(after) == one_pass_csv(figure_rows(after))
