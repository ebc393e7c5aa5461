"""A project: the curated `data/` folder loaded into articles ready to render.

`load_project(data_dir)` reads every `data/articles/<slug>/` (source, metadata,
figures, English texts) and the shared overrides; structural problems that make
rendering impossible raise `DataError` (all of them at once). Results are cached
by the content hash of an article's files, checked only when their stamps (time,
size) changed, so `mkdocs serve` re-parses only what an edit really changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import DataError, Problem, rel
from .figures.model import FigureSet, load_figures
from .io.memory import gc_paused
from .io.text import read_any, read_source
from .metadata.article import ARTICLE_FIELDS, ArticleMeta, read_article_meta
from .metadata.slugs import SECTION_RESERVED, SITE_NAMES, SLUG_RE, slug_problem
from .parser.article import Article, Section
from .parser.document import parse_article
from .translations.glossary import Term, load_glossary
from .translations.records import EnglishText, load_english
from .variants.convert import Overrides, load_overrides

RESERVED_SLUGS = SECTION_RESERVED  # names a section slug cannot take
__all__ = ["ARTICLE_FIELDS", "RESERVED_SLUGS", "SLUG_RE", "ArticleData", "Project", "load_article", "load_project"]


@dataclass
class ArticleData:
    slug: str
    dir: Path
    source: str
    article: Article
    meta: ArticleMeta
    sections: list[Section]
    figures: FigureSet | None
    english: dict[str, EnglishText] = field(default_factory=dict)  # "summary" and section slugs

    @property
    def headline(self) -> str:
        """The source's headline; for a source without one, the `title` of article.yaml (else the slug)."""
        return self.article.title or self.meta.title or self.slug

    @property
    def draft(self) -> bool:
        """A draft (`draft: true` in article.yaml) is previewed by `mkdocs serve` but never built."""
        return self.meta.draft

    @property
    def source_path(self) -> Path:
        return self.dir / "source.txt"

    def section_of(self, offset: int) -> str:
        """The slug of the part of the article that contains `offset` ('title', 'lead', 'closing', a section)."""
        block = self.article.block_at(offset)
        if block is None:
            return ""
        part = self.article.part_of(block)
        if part.startswith("section-"):
            index = int(part.removeprefix("section-")) - 1
            return self.sections[index].slug if index < len(self.sections) else ""
        return part

    def section(self, slug: str) -> Section | None:
        return next((s for s in self.sections if s.slug == slug), None)

    def section_text(self, slug: str) -> str:
        """The exact source text a section slug stands for (used for drift hashes)."""
        if slug == "summary":
            return self.source
        if slug == "lead":
            return "\n".join(b.text for b in self.article.lead)
        if slug == "closing":
            return "\n".join(b.text for b in self.article.closing)
        section = self.section(slug)
        if section is None:
            return ""
        return "\n".join([section.heading.text] + [p.text for p in section.paragraphs])


@dataclass
class Project:
    data_dir: Path
    articles: list[ArticleData]
    overrides: Overrides
    glossary: list[Term] = field(default_factory=list)

    def article(self, slug: str) -> ArticleData | None:
        return next((a for a in self.articles if a.slug == slug), None)

    def drafts(self) -> list[str]:
        """The slugs of the draft articles."""
        return [a.slug for a in self.articles if a.draft]

    def published(self) -> Project:
        """This project without its drafts: what `mkdocs build` publishes."""
        return replace(self, articles=[a for a in self.articles if not a.draft])


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _bind_sections(article: Article, meta: ArticleMeta, path: Path, problems: list[Problem]) -> list[Section]:
    """Give each parsed section the slug curated in article.yaml (by order, checked by heading)."""
    shown = rel(path)
    parsed = article.sections
    curated = meta.sections or ()
    if len(curated) != len(parsed):
        problems.append(
            Problem(
                shown,
                f"lists {len(curated)} sections but the source has {len(parsed)}",
                line=meta.line_of("sections"),
                field="sections",
                hint="headings found: " + " | ".join(s.title for s in parsed),
            )
        )
    seen: set[str] = set()
    for index, section in enumerate(parsed):
        entry = curated[index] if index < len(curated) else None
        slug = f"section-{index + 1}"
        if entry is not None and entry.slug is not None:
            if entry.slug in seen:
                problems.append(
                    Problem(
                        shown, f"slug {entry.slug!r} is used twice", line=entry.line, field=f"sections[{index}].slug"
                    )
                )
            else:
                slug = entry.slug
        if entry is not None and entry.heading is not None and entry.heading != section.title:
            problems.append(
                Problem(
                    shown,
                    f"heading {entry.heading!r} does not match the source",
                    line=entry.line_of("heading"),
                    field=f"sections[{index}].heading",
                    hint=f"the source's heading {index + 1} is {section.title!r} (line {section.heading.line})",
                )
            )
        seen.add(slug)
        section.slug = slug
    return parsed


def _slug_problem(directory: Path, reserved: Iterable[str]) -> Problem | None:
    why = slug_problem(directory.name, reserved)
    if why is None:
        return None
    message, hint = why
    return Problem(rel(directory), f"folder name: {message}", hint=f"rename the folder: {hint}")


def load_article(directory: Path) -> ArticleData:
    """One article folder loaded and checked; every problem of its files in one DataError.

    Args:
        directory: `data/articles/<slug>/`; its name, the slug, must not be one of `SITE_NAMES`.
    """
    directory = Path(directory)
    slug = directory.name
    problems: list[Problem] = []
    if (problem := _slug_problem(directory, SITE_NAMES)) is not None:
        problems.append(problem)
    source = read_source(directory / "source.txt")
    article = parse_article(source)
    meta_path = directory / "article.yaml"
    meta, meta_problems = read_article_meta(meta_path)
    problems.extend(meta_problems)
    if meta.slug not in (None, slug):
        problems.append(
            Problem(
                rel(meta_path),
                f"slug {meta.slug!r} differs from the folder name {slug!r}",
                line=meta.line_of("slug"),
                field="slug",
            )
        )
    if meta.title is not None and article.title:
        problems.append(
            Problem(
                rel(meta_path),
                f"the source has its own headline {article.title!r}",
                line=meta.line_of("title"),
                field="title",
                hint="remove `title`: it names articles whose source has no headline",
            )
        )
    sections = _bind_sections(article, meta, meta_path, problems)
    figures_path = directory / "figures.yaml"
    figures = None
    if figures_path.exists():
        try:
            figures = load_figures(figures_path).bound(source)
        except DataError as exc:
            problems.extend(exc.problems)
    english = {}
    try:
        english = load_english(directory / "en")
    except DataError as exc:
        problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    return ArticleData(
        slug=slug,
        dir=directory,
        source=source,
        article=article,
        meta=meta,
        sections=sections,
        figures=figures,
        english=english,
    )


def article_from_file(path: Path) -> ArticleData:
    """An article read from any plain-text file (any common encoding), sections named section-1, -2 …

    For `zhpress figures suggest FILE` and evaluations: no article.yaml, no figures.
    """

    path = Path(path)
    text, _ = read_any(path)
    parsed = parse_article(text)
    sections = parsed.sections  # a new list on every access: name the sections of this one
    for index, section in enumerate(sections, start=1):
        section.slug = f"section-{index}"
    return ArticleData(
        slug=path.stem,
        dir=path.parent,
        source=text,
        article=parsed,
        meta=ArticleMeta(),
        sections=sections,
        figures=None,
    )


def _stamp(paths) -> tuple:
    stamp = []
    for path in paths:
        try:
            st = path.stat()
            stamp.append((str(path), st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append((str(path), None, None))
    return tuple(stamp)


def _digest(paths) -> str:
    """Content hash of an article's files (their names and bytes); "" when one cannot be read."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            return ""
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


# directory → (stamp, content hash, loaded article)
_ARTICLE_CACHE: dict[Path, tuple[tuple, str, ArticleData]] = {}


def _article_files(directory: Path) -> list[Path]:
    """The files of an article folder, without hidden ones (the writers' lock, temporary files)."""
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def load_project(data_dir: Path, reserved: Iterable[str] = ()) -> Project:
    """Load every article under `data_dir/articles` (cached by content hash, see the module's text).

    Args:
        data_dir: the data folder.
        reserved: top-level names of this site that no article slug may take, besides `SITE_NAMES`:
            its hand-written pages and languages (see `metadata.slugs.site_names`).
    """
    with gc_paused():  # many small objects and no cycles: see io/memory.py
        return _load_project(data_dir, reserved)


def _load_project(data_dir: Path, reserved: Iterable[str]) -> Project:
    data_dir = Path(data_dir).resolve()
    reserved = frozenset(reserved) - SITE_NAMES
    articles_dir = data_dir / "articles"
    if not articles_dir.is_dir():
        raise DataError(
            Problem(
                rel(data_dir),
                "has no `articles/` folder",
                hint="create data/articles/<slug>/source.txt, or import one with `zhpress new`",
            )
        )
    articles, problems = [], []
    for directory in sorted(p for p in articles_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if directory.name in reserved and (problem := _slug_problem(directory, reserved | SITE_NAMES)) is not None:
            problems.append(problem)
            continue
        files = _article_files(directory)
        stamp = _stamp(files)
        cached = _ARTICLE_CACHE.get(directory)
        if cached and cached[0] == stamp:
            articles.append(cached[2])
            continue
        digest = _digest(files)
        if cached and digest and cached[1] == digest:  # saved again unchanged: same article object
            _ARTICLE_CACHE[directory] = (stamp, digest, cached[2])
            articles.append(cached[2])
            continue
        try:
            loaded = load_article(directory)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        _ARTICLE_CACHE[directory] = (stamp, digest, loaded)
        articles.append(loaded)
    try:
        overrides = load_overrides(data_dir / "overrides.yaml")
    except DataError as exc:
        problems.extend(exc.problems)
        overrides = Overrides()
    try:
        glossary = load_glossary(data_dir / "glossary.yaml")
    except DataError as exc:
        problems.extend(exc.problems)
        glossary = []
    if problems:
        raise DataError(problems)
    if not articles:
        raise DataError(
            Problem(rel(articles_dir), "holds no article folders", hint="add data/articles/<slug>/source.txt")
        )
    articles.sort(key=lambda a: (a.meta.published.isoformat() if a.meta.published else "", a.slug), reverse=True)
    return Project(data_dir=data_dir, articles=articles, overrides=overrides, glossary=glossary)
