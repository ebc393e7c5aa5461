"""Importing a real article: any common encoding in, a complete article folder out.

`import_article(file, data_dir, slug)` decodes the file (UTF-8 with or without
BOM, UTF-16, GB18030/GBK, Big5; any line ending), detects whether it is
Simplified or Traditional Chinese, and writes `data/articles/<slug>/` with the
source as UTF-8 text, an `article.yaml` holding the parsed structure for review
(with the parser's warnings), and the suggested `figures.yaml`. The folder is
assembled beside its final place and renamed into it, so a failed import leaves
nothing behind, and an existing article is never overwritten.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .parse import parse_article
from .errors import DataError, Problem, rel
from .project import SLUG_RE, load_article
from .suggest import merge, suggest
from .textio import atomic_write, read_any
from .yamlio import dump_yaml

HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class ImportResult:
    slug: str
    path: Path
    encoding: str
    script: str
    sections: list[str]
    figures: int
    ignored: int
    warnings: list[str] = field(default_factory=list)


def detect_script(text: str) -> str:
    """`hant` when the text holds more Traditional-only than Simplified-only characters."""
    from .variants import Converter

    han = "".join(HAN.findall(text))
    to_simplified, to_traditional = Converter("t2s").convert(han), Converter("s2t").convert(han)
    traditional_only = sum(a != b for a, b in zip(han, to_simplified))
    simplified_only = sum(a != b for a, b in zip(han, to_traditional))
    return "hant" if traditional_only > simplified_only else "hans"


def slugify(name: str) -> str:
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]+", "-", name.lower())).strip("-")


def article_yaml(slug: str, script: str, parsed) -> str:
    sections = [{"slug": f"section-{i}", "heading": s.title, "title_en": None}
                for i, s in enumerate(parsed.sections, start=1)]
    data = {"slug": slug, "script": script, "title_en": None, "subtitle_en": None, "byline_en": None,
            "publication": None, "published": None, "period": None, "sections": sections}
    if parsed.warnings:
        data["warnings"] = list(parsed.warnings)
    header = ("# Imported by `zhpress new`: review the structure below against source.txt.\n"
              "# Give each section a readable slug and an English title; fill in the publication\n"
              "# and date; remove `warnings` once each one is settled.\n")
    return header + dump_yaml(data)


def import_article(file: Path, data_dir: Path, slug: str | None = None) -> ImportResult:
    file = Path(file)
    text, encoding = read_any(file)
    slug = slug or slugify(file.stem)
    if not SLUG_RE.match(slug or ""):
        raise DataError(Problem(rel(file), f"cannot make an article slug from the file name ({slug!r})",
                                hint="pass one with --slug, e.g. --slug budget-2024"))
    articles = Path(data_dir) / "articles"
    target = articles / slug
    if target.exists():
        raise DataError(Problem(rel(target), "already exists", hint="choose another --slug; nothing was changed"))
    parsed = parse_article(text)
    script = detect_script(text)
    articles.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{slug}.", dir=articles))
    try:
        folder = staging / slug
        folder.mkdir()
        atomic_write(folder / "source.txt", text)
        atomic_write(folder / "article.yaml", article_yaml(slug, script, parsed))
        article = load_article(folder)
        added, ignored = merge(folder / "figures.yaml", None, article.source, suggest(article))
        folder.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ImportResult(slug=slug, path=target, encoding=encoding, script=script,
                        sections=[s.title for s in parsed.sections], figures=len(added), ignored=len(ignored),
                        warnings=list(parsed.warnings))
