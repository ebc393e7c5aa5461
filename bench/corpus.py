"""Synthetic corpora: n articles made from the seed article, each a complete project (cached by a stamp).

Every article is built from data/articles/ankang-2017/source.txt: the four sections in a shuffled
order, the paragraphs of each section shuffled (one dropped at random when a section has more than
three), every statistic re-drawn (same number of digits; years, months, days and identifiers kept),
the year changed, a title and byline of its own. figures.yaml is written by the project's own
suggester (`zhpress.figures.suggest` + `merge`); article.yaml carries the parsed headings and a
distinct `published` date. English texts are left out: the seed's English summaries quote the seed's
numbers, which the synthetic articles no longer have. A corpus is reused while its `.generator` stamp
(generator version, seed files, and the library modules that decide what the generator writes) is
unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
from pathlib import Path

import yaml

from zhpress.parser.document import parse_article

from .common import CORPORA, REPO, SCRIPTS, say

GENERATOR_VERSION = "3"
SEED_DIR = REPO / "data" / "articles" / "ankang-2017"
SHARED_DATA = ("overrides.yaml", "glossary.yaml", "variants-review.yaml")
# Library code whose behaviour decides what the generator writes (figures.yaml, headings).
GENERATOR_INPUTS = (
    [SEED_DIR / "source.txt", SEED_DIR / "article.yaml", REPO / "mkdocs.yml"]
    + [REPO / "data" / name for name in SHARED_DATA]
    + sorted((SCRIPTS / "zhpress" / "figures").glob("*.py"))
    + sorted((SCRIPTS / "zhpress" / "numbers").glob("*.py"))
    + sorted((SCRIPTS / "zhpress" / "parser").glob("*.py"))
)

PLACES = ["汉滨", "汉阴", "石泉", "宁陕", "紫阳", "岚皋", "平利", "镇坪", "旬阳", "白河"]
MOTTOS = [
    "红色引擎",
    "绿色崛起",
    "秦巴明珠",
    "红色堡垒",
    "初心使命",
    "先锋旗帜",
    "红色基因",
    "党旗飘扬",
    "基层堡垒",
    "人才高地",
]
CLAIMS = [
    "激活发展新动能",
    "引领追赶超越",
    "助力脱贫攻坚",
    "凝聚奋进力量",
    "筑牢基层根基",
    "点燃创业激情",
    "汇聚人才活力",
    "护航绿色崛起",
    "彰显使命担当",
    "书写时代答卷",
]
BYLINES = ["通讯员 汪西平 石为径", "记者 张明 通讯员 李华", "通讯员 王磊", "本报记者 陈静 刘洋", "通讯员 赵强 周敏"]
NUMBER = re.compile(r"\d+(?:\.\d+)?")
KEEP_AFTER = tuple("年月日号")  # years, dates and durations stay as written


def generator_stamp(n: int) -> dict:
    digest = hashlib.sha256()
    for path in GENERATOR_INPUTS:
        digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return {"version": GENERATOR_VERSION, "articles": n, "inputs": digest.hexdigest()[:16]}


def _random_digits(rng: random.Random, count: int, first_nonzero: bool, last_nonzero: bool) -> str:
    digits = [str(rng.randint(0, 9)) for _ in range(count)]
    if first_nonzero:
        digits[0] = str(rng.randint(1, 9))
    if last_nonzero:
        digits[-1] = str(rng.randint(1, 9))
    return "".join(digits)


def vary_numbers(text: str, rng: random.Random) -> str:
    """Every statistic gets other digits (same count); years, dates and long identifiers stay."""

    def repl(match: re.Match) -> str:
        quote = match.group(0)
        if text[match.end() : match.end() + 1].startswith(KEEP_AFTER):
            return quote
        whole, dot, frac = quote.partition(".")
        if not dot and len(whole) >= 5:  # a hotline or code (12380)
            return quote
        new = _random_digits(rng, len(whole), first_nonzero=len(whole) > 1 or not dot, last_nonzero=False)
        if dot:
            new += "." + _random_digits(rng, len(frac), first_nonzero=False, last_nonzero=True)
        return new

    return NUMBER.sub(repl, text)


def seed_material() -> dict:
    text = (SEED_DIR / "source.txt").read_text(encoding="utf-8")
    article = parse_article(text)
    meta = yaml.safe_load((SEED_DIR / "article.yaml").read_text(encoding="utf-8"))
    curated = {s["heading"]: s for s in meta["sections"]}
    sections = []
    for section in article.sections:
        entry = curated.get(section.title, {})
        sections.append(
            {
                "heading": section.heading.text,
                "slug": entry.get("slug"),
                "title_en": entry.get("title_en", section.title),
                "paragraphs": [p.text for p in section.paragraphs],
            }
        )
    return {
        "lead": [b.text for b in article.lead],
        "closing": [b.text for b in article.closing],
        "sections": sections,
        "meta": meta,
    }


def article_text(index: int, seed: dict, rng: random.Random) -> tuple[str, list[dict], dict]:
    """(source text, sections in order, article facts) of synthetic article number `index` (1-based)."""
    place = PLACES[(index - 1) % 10]
    motto = MOTTOS[((index - 1) // 10) % 10]
    claim = CLAIMS[((index - 1) // 100) % 10]
    year = 2008 + (index * 7) % 16
    title = f"{place}“{motto}”{claim}"
    lines = [title, f"{title}——{year}年我市党建引领追赶超越综述", rng.choice(BYLINES)]

    def body(paragraph: str) -> str:
        return vary_numbers(paragraph.replace("2017", str(year)), rng)

    lines += [body(p) for p in seed["lead"]]
    sections = list(seed["sections"])
    rng.shuffle(sections)
    for section in sections:
        paragraphs = list(section["paragraphs"])
        rng.shuffle(paragraphs)
        if len(paragraphs) > 3 and rng.random() < 0.5:
            paragraphs.pop(rng.randrange(len(paragraphs)))
        lines.append(section["heading"])
        lines += [body(p) for p in paragraphs]
    lines += [body(p) for p in seed["closing"]]
    return "\n".join(lines) + "\n", sections, {"title": title, "year": year, "place": place}


def write_article(folder: Path, index: int, seed: dict) -> int:
    """Write one synthetic article (source.txt, article.yaml, figures.yaml); returns its figure count."""
    from zhpress.figures.suggest import merge, suggest
    from zhpress.io.yamlfile import dump_yaml
    from zhpress.project import load_article

    rng = random.Random(f"zhpress-bench-{index}")
    slug = f"bench-{index:04d}"
    directory = folder / slug
    directory.mkdir(parents=True)
    text, sections, facts = article_text(index, seed, rng)
    parsed = parse_article(text)
    headings = [s.title for s in parsed.sections]
    if headings != [s["heading"].strip() for s in sections] or parsed.warnings:
        raise RuntimeError(f"{slug}: the generated text parses into {headings} ({parsed.warnings})")
    (directory / "source.txt").write_text(text, encoding="utf-8")
    published = dt.date(2010, 1, 1) + dt.timedelta(days=3 * index)
    meta = {
        "slug": slug,
        "title_en": f"Synthetic article {index}: {facts['place']}",
        "subtitle_en": f"Party building in {facts['year']} (benchmark corpus, generated from ankang-2017)",
        "byline_en": "Benchmark generator",
        "publication": None,
        "published": published.isoformat(),
        "period": str(facts["year"]),
        "place_en": seed["meta"].get("place_en"),
        "sections": [{"slug": s["slug"], "heading": s["heading"].strip(), "title_en": s["title_en"]} for s in sections],
    }
    (directory / "article.yaml").write_text(
        "# Synthetic benchmark article (bench/run.py); generated from ankang-2017.\n" + dump_yaml(meta),
        encoding="utf-8",
    )
    article = load_article(directory)
    candidates = suggest(article)
    for candidate in candidates:
        if candidate.verdict == "figure" and not candidate.label_zh:
            candidate.label_zh = candidate.quote
    added, _ = merge(directory / "figures.yaml", None, article.source, candidates)
    return len(added)


def ensure_corpus(n: int, seed: dict) -> Path:
    root = CORPORA / str(n)
    stamp = generator_stamp(n)
    stamp_file = root / ".generator"
    if stamp_file.exists():
        try:
            if json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
                say(f"corpus {n}: cached ({root.relative_to(REPO)})")
                return root
        except ValueError:
            pass
    say(f"corpus {n}: generating {n} articles …")
    tmp = CORPORA / f".tmp-{n}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "docs").mkdir(parents=True)
    (tmp / "data" / "articles").mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in SHARED_DATA:
        if (REPO / "data" / name).exists():
            shutil.copy2(REPO / "data" / name, tmp / "data" / name)
    figures = 0
    for index in range(1, n + 1):
        figures += write_article(tmp / "data" / "articles", index, seed)
        if index % 200 == 0:
            say(f"  … {index}/{n}")
    (tmp / ".generator").write_text(json.dumps(stamp), encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)
    os.replace(tmp, root)
    say(f"corpus {n}: {n} articles, {figures} figures")
    return root
