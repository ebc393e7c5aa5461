"""What the translation QA tests share: run the QA on a data copy, plant a fault, find its line."""

from __future__ import annotations

from pathlib import Path

from zhpress.project import load_project
from zhpress.translations.qa import check_translations

EN = "articles/ankang-2017/en"  # the seed's English texts, relative to a data folder


def qa(data: Path) -> list[str]:
    """The QA messages of the seed article in `data`, with paths relative to it."""
    project = load_project(data)
    return [str(p).replace(str(data) + "/", "") for p in check_translations(project.articles[0], project.glossary)]


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in the file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the file holding `needle`."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)
