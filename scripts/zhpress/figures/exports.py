"""Downloads published with the site: every figure of every article as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

from ..project import Project
from .model import locate
from .positions import source_index

COLUMNS = [
    "article",
    "id",
    "section",
    "quote",
    "value",
    "unit",
    "approx",
    "label_zh",
    "label_en",
    "source_line",
    "source_offset",
]


def figure_rows(project: Project) -> list[dict]:
    rows = []
    for article in project.articles:
        if article.figures is None:
            continue
        for figure in article.figures.figures:
            offset = locate(figure, article.source)
            rows.append(
                {
                    "article": article.slug,
                    "id": figure.id,
                    "section": figure.section,
                    "quote": figure.quote,
                    "value": figure.value,
                    "unit": figure.unit,
                    "approx": figure.approx,
                    "label_zh": figure.label_zh,
                    "label_en": figure.label_en,
                    "source_line": source_index(article.source).line_of(offset) if offset is not None else None,
                    "source_offset": offset,
                }
            )
    return rows


def figures_csv(project: Project) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in figure_rows(project):
        # A leading =, +, - or @ would make spreadsheets evaluate the cell: quote it.
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()})
    return "\ufeff" + buffer.getvalue()  # BOM: spreadsheet programs then read the Chinese as UTF-8


def figures_json(project: Project) -> str:
    return json.dumps({"figures": figure_rows(project)}, ensure_ascii=False, indent=1) + "\n"
