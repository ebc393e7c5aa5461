"""Data checks run by `zhpress check`, the plugin and the tests.

Each check returns problems (never raises for bad data), so every problem of
the whole project is reported in one run.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass, field

from .errors import Problem, ZhpressError, rel
from .figures.model import Figure, FigureSet, locate, nearest_passage, occurrences
from .figures.positions import Spans, source_index
from .io.cache import Cache, code_digest, digest
from .numbers.zh import Reading, find_numbers, read_quantity
from .project import ArticleData, Project
from .siteconfig import SiteSettings
from .translations.completeness import english_todo
from .translations.drift import drift_problems, statuses
from .translations.qa import check_translations
from .variants.review import review_problems, review_status

LOCAL_HOSTS = ("localhost", "127.0.0.1", "0.0.0.0", "[::1]")


def _context(source: str, start: int, width: int = 12) -> str:
    return source[max(0, start - width) : start + width].replace("\n", " ")


@functools.lru_cache(maxsize=4)
def source_readings(source: str) -> tuple[tuple[Reading, ...], dict[int, Reading]]:
    """Every reading of a source (`find_numbers`), in order and by start (each source read once)."""
    found = tuple(find_numbers(source))
    return found, {reading.start: reading for reading in found}


def quote_reading(source: str, start: int, quote: str) -> Reading | None:
    """The reading of the quote that stands at `start` of `source`, relative to the quote.

    Where the source's own reading spans exactly the quote it is that reading: the characters
    before a quote can decide its qualifier (快 is "nearly" only after 了, 已 …: 翻了快一倍), and
    a figure is the number as the source reads it. Otherwise the quote is read alone, and a quote
    that is not exactly one reading is reported by `check_figure`.

    Args:
        source: the article's source.
        start: where the quote stands in it (`locate`).
        quote: the figure's quote.
    """
    found = source_readings(source)[1].get(start)
    if found is not None and found.end == start + len(quote):
        return Reading(found.value, found.approx, found.unit, 0, len(quote), found.numeral, found.kind)
    return read_quantity(quote)


def check_figure(article: ArticleData, figures: FigureSet, figure: Figure) -> list[Problem]:

    problems = []
    source = article.source
    where = f"figures.{figure.id}"

    def bad(field: str, message: str, hint: str | None = None) -> None:
        problems.append(Problem(figures.path, message, line=figure.line, field=f"{where}.{field}", hint=hint))

    starts = occurrences(source, figure.quote)
    if not starts:
        near = nearest_passage(source, figure.quote)
        bad(
            "quote",
            f"{figure.quote!r} is not in {rel(article.source_path)}",
            f"the nearest passage of the source is {near!r}" if near else None,
        )
        return problems
    if figure.occurrence > len(starts):
        bad(
            "occurrence",
            f"{figure.quote!r} occurs {len(starts)} time(s), not {figure.occurrence}",
            f"use an occurrence from 1 to {len(starts)}",
        )
        return problems
    start = locate(figure, source)
    assert start is not None  # the occurrence exists (checked above)
    section = article.section_of(start)
    if section != figure.section:
        bad(
            "section",
            f"occurrence {figure.occurrence} of {figure.quote!r} stands in section {section!r}, not {figure.section!r}",
            f"set section: {section} or pick another occurrence",
        )
    for lang, text in (("zh", figure.label_zh), ("en", figure.label_en)):
        if not text:  # a suggested figure whose label the suggester could not find: still to write
            problems.append(
                Problem(
                    figures.path,
                    "empty label (to write)",
                    line=figure.line,
                    field=f"{where}.label.{lang}",
                    hint="say what the figure counts",
                    severity="warning",
                )
            )
    reading = quote_reading(source, start, figure.quote)
    if reading is None:
        bad("quote", f"{figure.quote!r} holds no number")
        return problems
    if reading.start != 0 or reading.end != len(figure.quote):
        bad(
            "quote",
            f"{figure.quote!r} is not exactly one quantity (the number reader reads "
            f"{figure.quote[reading.start : reading.end]!r})",
            "quote qualifier + number + unit only",
        )
    if float(reading.value) != float(figure.value):
        bad("value", f"{figure.value!r} does not match the quote {figure.quote!r}", f"value: {reading.value}")
    if reading.unit != figure.unit:
        bad("unit", f"{figure.unit!r} does not match the quote {figure.quote!r}", f"unit: {reading.unit!r}")
    if reading.approx != figure.approx:
        bad("approx", f"{figure.approx!r} does not match the quote {figure.quote!r}", f"approx: {reading.approx}")
    return problems


def check_completeness(article: ArticleData, figures: FigureSet) -> list[Problem]:
    """Every numeral the reader finds is covered by exactly one figure or ignore entry."""

    source = article.source
    spans: list[tuple[int, int, str]] = []
    problems = []
    for figure in figures.figures:
        start = locate(figure, source)
        if start is not None:
            spans.append((start, start + len(figure.quote), f"figures.{figure.id}"))
    for entry in figures.ignore:
        starts = occurrences(source, entry.quote)
        if not starts:
            problems.append(
                Problem(
                    figures.path,
                    f"ignored quote {entry.quote!r} is not in the source",
                    line=entry.line,
                    field="ignore",
                    hint="remove the entry or fix the quote",
                )
            )
            continue
        if entry.occurrence is not None:
            if entry.occurrence > len(starts):
                problems.append(
                    Problem(
                        figures.path,
                        f"{entry.quote!r} occurs {len(starts)} time(s), not {entry.occurrence}",
                        line=entry.line,
                        field="ignore",
                    )
                )
                continue
            starts = [starts[entry.occurrence - 1]]
        spans.extend((s, s + len(entry.quote), f"ignore {entry.quote!r}") for s in starts)
    index, by_span = source_index(source), Spans(spans)
    for reading in source_readings(source)[0]:
        covering = by_span.covering(reading.start, reading.end)
        if len(covering) == 1:
            continue
        line = index.line_of(reading.start)
        quote = source[reading.start : reading.end]
        if not covering:
            problems.append(
                Problem(
                    figures.path,
                    f"number {quote!r} in {rel(article.source_path)}:{line} "
                    f"(…{_context(source, reading.start)}…) is neither a figure nor ignored",
                    hint="add a figure for it, or an `ignore` entry with a reason",
                )
            )
        else:
            problems.append(
                Problem(
                    figures.path,
                    f"number {quote!r} in {rel(article.source_path)}:{line} is "
                    f"covered {len(covering)} times: " + ", ".join(covering),
                    hint="keep exactly one figure or ignore entry for it",
                )
            )
    return problems


def check_article(article: ArticleData) -> list[Problem]:
    problems = [Problem(rel(article.source_path), w, severity="warning") for w in article.article.warnings]
    if article.figures is None:
        problems.append(
            Problem(
                rel(article.dir / "figures.yaml"),
                "no figures file",
                hint="create it with `zhpress figures suggest --write`",
                severity="warning",
            )
        )
        return problems
    known = {"title", "lead", "closing"} | {s.slug for s in article.sections}
    for figure in article.figures.figures:
        if figure.section not in known:
            problems.append(
                Problem(
                    article.figures.path,
                    f"unknown section {figure.section!r}",
                    line=figure.line,
                    field=f"figures.{figure.id}.section",
                    hint="one of " + ", ".join(sorted(known)),
                )
            )
            continue
        problems.extend(check_figure(article, article.figures, figure))
    problems.extend(check_completeness(article, article.figures))
    return problems


def check_project(project: Project, cache: Cache | None = None) -> list[Problem]:
    """Every problem of every article (`check_article` and the translations' checks).

    Each article's problems are kept in `cache` (default: the project's, see
    `zhpress.io.cache`) under a key of every file in its folder, the glossary,
    the working directory (messages name files relative to it) and this
    package's code. A check that reads anything else must add it to the key.
    """
    cache = Cache.for_data(project.data_dir) if cache is None else cache
    glossary = repr(project.glossary)
    cwd = os.getcwd()
    problems: list[Problem] = []
    for article in project.articles:
        checked = _CHECKED.get(article.dir) if cache.folder is not None else None
        if checked is not None and checked[0] is article and checked[1:3] == (glossary, cwd):
            problems.extend(checked[3])
            continue
        key = _article_key(article, glossary)
        found = _problems_from_json(cache.get("check", key)) if key else None
        if found is None:
            found = check_article(article) + check_translations(article, project.glossary)
            if key:
                cache.put("check", key, [dataclasses.asdict(p) for p in found])
        if key and cache.folder is not None:
            _CHECKED[article.dir] = (article, glossary, cwd, found)
        problems.extend(found)
    return problems


# Article folder → (the article checked, the glossary, the working directory, its problems), for the
# checks of every rebuild of `mkdocs serve` (with a cache, not with `Cache(None)`): the project loader
# returns the same ArticleData for a folder whose files did not change, and the checks read nothing but
# it and the glossary, so the article's files are not read again for its cache key.
_CHECKED: dict = {}


def _article_key(article: ArticleData, glossary: str) -> str | None:
    """The cache key of an article's problems, or None when a file of its folder cannot be read."""
    parts: list[str | bytes] = [code_digest(), os.getcwd(), str(article.dir), glossary]
    try:
        for path in sorted(p for p in article.dir.rglob("*") if p.is_file()):
            parts += [path.relative_to(article.dir).as_posix(), path.read_bytes()]
    except OSError:
        return None
    return digest(*parts)


def _problems_from_json(stored) -> list[Problem] | None:
    if not isinstance(stored, list):
        return None
    try:
        return [Problem(**entry) for entry in stored]
    except TypeError:
        return None


@dataclass
class Report:
    """Everything `zhpress check` (and the plugin's `check` option) finds in a project.

    `problems` holds errors and warnings; `todo` the unfinished work of each
    article (by slug; "" for the site itself), which fails only a release.
    """

    project: Project
    problems: list[Problem] = field(default_factory=list)
    todo: dict[str, list[Problem]] = field(default_factory=dict)
    unreviewed: int | None = None  # ambiguous conversions not confirmed; None when the review file is broken

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def drafts(self) -> set[str]:
        return set(self.project.drafts())

    def blocking_todo(self) -> list[Problem]:
        """The todo a release cannot ship with: the site's own and every non-draft article's."""
        return [p for slug, items in self.todo.items() if slug not in self.drafts for p in items]

    def failed(self, release: bool = False) -> bool:
        """Errors fail every check; todo fails a release only."""
        return bool(self.errors) or (release and bool(self.blocking_todo()))

    def summary(self, release: bool = False) -> str:
        """`3 article(s) (2 draft(s)), 202 figure(s), 114 unreviewed conversion(s): 0 error(s), 150 todo`."""
        articles = self.project.articles
        drafts = f" ({len(self.drafts)} draft(s))" if self.drafts else ""
        figures = sum(len(a.figures.figures) for a in articles if a.figures)
        text = f"{len(articles)} article(s){drafts}, {figures} figure(s)"
        text += f", {self.unreviewed} unreviewed conversion(s): " if self.unreviewed is not None else ": "
        todo = sum(len(items) for items in self.todo.values())
        if not self.errors and not todo:
            return text + "ok"
        if self.errors:  # errors fail every check: they end the line
            return text + (f"{todo} todo, " if todo else "") + f"{len(self.errors)} error(s)"
        text += f"0 error(s), {todo} todo"
        if todo and not release:
            text += " (`zhpress check --release` fails on the todo of published articles)"
        elif todo and release:
            blocking = [slug or "the site" for slug, items in self.todo.items() if items and slug not in self.drafts]
            text += (
                f"; release blocked by {len(self.blocking_todo())} todo of " + ", ".join(blocking) if blocking else ""
            )
            if self.drafts:
                text += "; drafts left out: " + ", ".join(sorted(self.drafts))
        return text


def site_todo(settings: SiteSettings) -> list[Problem]:
    """Unfinished site settings: a `site_url` still pointing at this machine."""
    if not (settings.root / "mkdocs.yml").is_file():
        return []  # data checked without a site
    url = settings.site_url or ""
    host = url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0] if url else ""
    if url and host not in LOCAL_HOSTS:
        return []
    return [
        Problem(
            rel(settings.root / "mkdocs.yml"),
            f"site_url {url!r} points at this machine" if url else "no site_url",
            line=settings.site_url_line,
            field="site_url",
            hint="set it to the published address, e.g. https://example.org/reports/",
            severity="todo",
        )
    ]


def _unreviewed_by_article(project: Project, report: Report) -> None:
    """Unconfirmed ambiguous conversions, per article (todo) and in all (the summary's count)."""
    try:
        report.unreviewed, counts = review_status(project, project.data_dir)
        pending = review_problems(project, counts, severity="todo")
    except ZhpressError as exc:
        report.problems.extend(exc.problems)
        return
    slugs = {rel(article.source_path): article.slug for article in project.articles}
    for problem in pending:
        report.todo.setdefault(slugs.get(problem.file, ""), []).append(problem)


def run_checks(
    project: Project, settings: SiteSettings | None = None, drift: str = "error", todo: bool = True
) -> Report:
    """Every data check of a project: errors and warnings, and the todo of each article and the site.

    Args:
        project: the loaded project.
        settings: what mkdocs.yml says (docs folder, languages, site_url); None: no site-level checks.
        drift: "error" or "warn": what a drifted translation is.
        todo: also list the todo (the build needs errors only: it skips the slower variant review).
    """
    report = Report(project=project, problems=check_project(project))
    if settings is not None:
        try:
            translations = statuses(project, settings.docs_dir, settings.locales)
            report.problems += drift_problems(translations, "error" if drift == "error" else "warning")
        except ZhpressError as exc:
            report.problems.extend(exc.problems)
        site = site_todo(settings)
        if site and todo:
            report.todo[""] = site
    if not todo:
        return report
    for article in project.articles:
        items = english_todo(article)
        if items:
            report.todo.setdefault(article.slug, []).extend(items)
    _unreviewed_by_article(project, report)
    return report
