"""Downloads published with the site: every figure of every article as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from pathlib import Path

from ..project import ArticleData, Project
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


# Per article: (the ArticleData the rows were made from, rows, CSV lines, JSON objects). The project
# loader returns the same ArticleData for an unchanged article, so `mkdocs serve` redoes one article.
_CACHE: dict[Path, tuple[ArticleData, list[dict], str, list[str]]] = {}


def _article_rows(article: ArticleData) -> list[dict]:
    rows: list[dict] = []
    if article.figures is None:
        return rows
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


def _exported(article: ArticleData) -> tuple[list[dict], str, list[str]]:
    """An article's rows, its CSV lines and its rows as the JSON download writes them."""
    hit = _CACHE.get(article.dir)
    if hit is not None and hit[0] is article:
        return hit[1], hit[2], hit[3]
    rows = _article_rows(article)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    for row in rows:
        # A leading =, +, - or @ would make spreadsheets evaluate the cell: quote it.
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()})
    objects = [textwrap.indent(json.dumps(row, ensure_ascii=False, indent=1), "  ") for row in rows]
    _CACHE[article.dir] = (article, rows, buffer.getvalue(), objects)
    return rows, buffer.getvalue(), objects


def figure_rows(project: Project) -> list[dict]:
    return [row for article in project.articles for row in _exported(article)[0]]


def figures_csv(project: Project) -> str:
    header = ",".join(COLUMNS) + "\n"
    # BOM: spreadsheet programs then read the Chinese as UTF-8
    return "\ufeff" + header + "".join(_exported(article)[1] for article in project.articles)


def figures_json(project: Project) -> str:
    """`{"figures": [row, …]}`, as json.dumps(…, ensure_ascii=False, indent=1) writes it."""
    objects = [text for article in project.articles for text in _exported(article)[2]]
    if not objects:
        return '{\n "figures": []\n}\n'
    return '{\n "figures": [\n' + ",\n".join(objects) + "\n ]\n}\n"
