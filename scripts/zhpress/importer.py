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

import datetime as dt
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError, Problem, rel
from .figures.suggest import merge, suggest
from .io.text import HAN_CHAR, read_any
from .io.write import LOCK_NAME, STALE_TEMP_SECONDS, atomic_write, pid_alive, write_error
from .io.yamlfile import MAX_YAML_BYTES, dump_yaml
from .metadata.slugs import MAX_SLUG_CHARS, SECTION_RESERVED, SITE_NAMES, SLUG_RE, slug_problem
from .numbers.zh import find_numbers
from .parser.document import parse_article
from .project import load_article
from .variants.convert import Converter
from .variants.segment import segment


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

    han = "".join(HAN_CHAR.findall(text))
    to_simplified, to_traditional = Converter("t2s").convert(han), Converter("s2t").convert(han)
    traditional_only = sum(a != b for a, b in zip(han, to_simplified, strict=False))
    simplified_only = sum(a != b for a, b in zip(han, to_traditional, strict=False))
    return "hant" if traditional_only > simplified_only else "hans"


def slugify(name: str) -> str:
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9]+", "-", name.lower())).strip("-")


_FULL_DATE = re.compile(
    r"(?P<roc>中华民国|中華民國|民国|民國)?\s*(?P<y>[0-9]{2,4})\s*年\s*(?P<m>[0-9]{1,2})\s*月"
    r"\s*(?P<d>[0-9]{1,2})\s*日|(?<![0-9])(?P<y2>(?:19|20)[0-9]{2})[-/.](?P<m2>[0-9]{1,2})[-/.]"
    r"(?P<d2>[0-9]{1,2})(?![0-9])"
)
_PUBLICATION = re.compile(r"《(?P<name>[^》]{1,30})》")


def proposed_metadata(parsed) -> dict:
    """`published` (ISO date) and `publication` proposed from the article's dateline lines, if any.

    《人民日报》（2025年01月04日第 06 版） gives publication 人民日报 and published 2025-01-04; a
    year of the ROC calendar (民國113年) is converted. Only datelines count, never dates in the prose.
    """
    meta = {}
    for block in parsed.blocks:
        if block.role != "dateline":
            continue
        text = block.text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        if "published" not in meta and (m := _FULL_DATE.search(text)):
            year, month, day = (int(m.group(k) or m.group(k + "2")) for k in ("y", "m", "d"))
            year += 1911 if m.group("roc") or year < 1000 else 0
            try:
                meta["published"] = dt.date(year, month, day).isoformat()
            except ValueError:
                pass
        if "publication" not in meta and (p := _PUBLICATION.search(text)):
            meta["publication"] = p.group("name")
    return meta


def proposed_title(parsed) -> str:
    """A headline for a source without one: the lead's first clause after its dateline (新华社…电（记者…）)."""
    lead = next((b.text.strip() for b in parsed.lead if b.role == "lead"), "")
    inline = parsed.inline_byline()
    if inline is not None and lead.startswith(inline.group(0).strip()):
        lead = lead[len(inline.group(0).strip()) :]
    clause = re.split(r"[，。；！？,;!?]", lead, maxsplit=1)[0].strip()
    return clause[:30] or "（无标题）"


_ENUMERATION = re.compile(  # a heading's list number: 一、 （二） 3. 第四部分 (not the 3 of 3月份)
    r"^\s*(?:第[一二三四五六七八九十百零〇两0-9]+[部分章节条篇]*\s*[、.．:：,，]?"
    r"|[（(][一二三四五六七八九十百零〇0-9]+[)）]\s*[、.．:：,，]?"
    r"|[一二三四五六七八九十百零〇0-9]+\s*[、.．:：,，])\s*"
)
SLUG_WORDS = 4  # pinyin words of a heading kept in its section slug
SLUG_CHARS = 40


def _lazy_pinyin():
    """pypinyin's `lazy_pinyin`, imported on first use: loading its phrase tables costs about 0.15 s,
    which `zhpress check` (importing this module through the CLI) never needs."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin


def section_slug(heading: str) -> str:
    """A readable slug for a section heading: the pinyin of its first few words (一、职业培训 → zhiye-peixun).

    The list number is dropped; words are jieba's, each written as its pinyin without tones.
    """
    text = _ENUMERATION.sub("", heading, count=1) or heading
    words = []
    for word in segment(text):
        pinyin = re.sub(r"[^a-z0-9]+", "", "".join(_lazy_pinyin()(word, errors="default")).lower())
        if pinyin:
            words.append(pinyin)
        if len(words) == SLUG_WORDS:
            break
    slug = "-".join(words)[:SLUG_CHARS].strip("-")
    return slug if SLUG_RE.match(slug) else ""


def section_slugs(headings: list[str]) -> list[str]:
    """Readable, unique slugs for an article's sections (a number is added to a repeated one)."""
    slugs: list[str] = []
    for index, heading in enumerate(headings, start=1):
        base = section_slug(heading)
        if not base or base in SECTION_RESERVED:
            base = f"part-{index}" if not base else f"{base}-part"
        slug, n = base, 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.append(slug)
    return slugs


def article_yaml(slug: str, script: str, parsed) -> str:
    headings = [s.title for s in parsed.sections]
    sections = [
        {"slug": name, "heading": heading, "title_en": None}
        for name, heading in zip(section_slugs(headings), headings, strict=True)
    ]
    data = {
        "slug": slug,
        "draft": True,
        "script": script,
        "title_en": None,
        "subtitle_en": None,
        "byline_en": None,
        "publication": None,
        "published": None,
        "period": None,
        "sections": sections,
    }
    data.update(proposed_metadata(parsed))
    if not parsed.title:
        data = {"slug": slug, "draft": True, "script": script, "title": proposed_title(parsed), **data}
    if parsed.warnings:
        data["warnings"] = list(parsed.warnings)
    header = (
        "# Imported by `zhpress new`: review the structure below against source.txt.\n"
        "# Give each section a readable slug and an English title; fill in or check the\n"
        "# publication and date (proposed from a dateline when the source has one);\n"
        "# remove `warnings` once each one is settled. `draft: true` keeps the article\n"
        "# off the built site (`mkdocs serve` shows it with a draft banner): set it to\n"
        "# false once `zhpress check --release` passes.\n"
    )
    return header + dump_yaml(data)


# The fewest bytes one number takes in figures.yaml (an ignore entry: quote, occurrence, reason).
MIN_ENTRY_BYTES = 60
STAGING_PREFIX = ".zhpress-import."  # + pid + "." + random: a folder being assembled


# A staging folder of an older version: `.<slug>.<8 random characters>` holding `<slug>/` only.
_OLD_STAGING = re.compile(r"\.(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.[a-z0-9_]{8}\Z")


def _stale(entry: Path) -> bool:
    if entry.name.startswith(STAGING_PREFIX):
        pid = entry.name[len(STAGING_PREFIX) :].split(".", 1)[0]
        return pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid))
    old = _OLD_STAGING.match(entry.name)
    if old is None:
        return False
    inside = [p.name for p in entry.iterdir()]
    return inside in ([], [old.group("slug")]) and time.time() - entry.stat().st_mtime > STALE_TEMP_SECONDS


def remove_stale_staging(articles: Path) -> list[Path]:
    """Delete the staging folders of imports whose process is gone (killed mid-import); returns them.

    A folder of an older version names no process: it is stale when it holds nothing but the
    article folder being assembled and is older than `STALE_TEMP_SECONDS`.
    """
    removed = []
    try:
        entries = [entry for entry in Path(articles).iterdir() if entry.name.startswith(".") and entry.is_dir()]
    except OSError:
        return []
    for entry in entries:
        try:
            stale = _stale(entry)
        except OSError:
            continue
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _article_slug(file: Path, slug: str | None, reserved: frozenset[str]) -> str:
    """The slug to import under: `slug` as given (checked), else one made from the file name."""
    if slug is not None:
        why = slug_problem(slug, reserved)
        if why is not None:
            raise DataError(Problem("--slug", why[0], hint=why[1]))
        return slug
    made = slugify(file.stem)[:MAX_SLUG_CHARS].strip("-")
    why = slug_problem(made, reserved)
    if why is not None:
        raise DataError(
            Problem(
                rel(file),
                f"cannot make an article slug from the file name ({made!r}: {why[0]})",
                hint="pass one with --slug, e.g. --slug budget-2024",
            )
        )
    return made


def english_scaffold(title: str, chinese: str) -> str:
    """An English file for a translator to fill in: documented front matter, the Chinese as a comment.

    `untranslated: true` keeps it off the English site and makes it a todo of `zhpress check`
    until the translator removes it. `title` is the Chinese heading until it is translated.
    """
    comment = chinese.replace("--", "- -")  # "--" may not stand inside an HTML comment
    return (
        "---\n"
        "# title: the English heading of this text. untranslated: remove it once the text below is\n"
        "# written; then `zhpress translations accept <this file>` records the source it translates.\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        "untranslated: true\n"
        "---\n\n"
        f"<!-- The Chinese source of this text:\n\n{comment}\n-->\n"
    )


def import_article(
    file: Path, data_dir: Path, slug: str | None = None, reserved: frozenset[str] | set[str] = frozenset()
) -> ImportResult:
    """Import `file` as `data_dir/articles/<slug>/` (see the module's text).

    Args:
        file: the article in any common encoding.
        data_dir: the project's data folder.
        slug: the article's slug; None makes one from the file name.
        reserved: top-level names of the site besides `SITE_NAMES` (its hand-written pages and
            languages, see `metadata.slugs.site_names`) that the slug must not take.
    """
    file = Path(file)
    slug = _article_slug(file, slug, SITE_NAMES | frozenset(reserved))
    text, encoding = read_any(file)
    articles = Path(data_dir) / "articles"
    target = articles / slug
    if target.exists():
        raise DataError(Problem(rel(target), "already exists", hint="choose another --slug; nothing was changed"))
    numbers = len(find_numbers(text))
    if numbers * MIN_ENTRY_BYTES > MAX_YAML_BYTES:
        raise DataError(
            Problem(
                rel(file),
                f"holds {numbers:,} numbers: its figures.yaml would exceed the limit of "
                f"{MAX_YAML_BYTES:,} bytes for curated YAML files",
                hint="split the text into several articles; nothing was changed",
            )
        )
    parsed = parse_article(text)
    script = detect_script(text)
    try:
        articles.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(articles)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}.", dir=articles))
    except OSError as exc:
        raise write_error(articles, exc) from None
    try:
        folder = staging / slug
        folder.mkdir()
        atomic_write(folder / "source.txt", text)
        atomic_write(folder / "article.yaml", article_yaml(slug, script, parsed))
        article = load_article(folder)
        (folder / "en").mkdir()
        atomic_write(folder / "en" / "summary.md", english_scaffold(article.headline, article.section_text("summary")))
        for section in article.sections:
            atomic_write(
                folder / "en" / f"{section.slug}.md",
                english_scaffold(section.title, article.section_text(section.slug)),
            )
        article = load_article(folder)
        added, ignored = merge(folder / "figures.yaml", None, article.source, suggest(article))
        (folder / LOCK_NAME).unlink(missing_ok=True)
        folder.rename(target)
    except OSError as exc:
        raise write_error(target, exc) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ImportResult(
        slug=slug,
        path=target,
        encoding=encoding,
        script=script,
        sections=[s.title for s in parsed.sections],
        figures=len(added),
        ignored=len(ignored),
        warnings=list(parsed.warnings),
    )
