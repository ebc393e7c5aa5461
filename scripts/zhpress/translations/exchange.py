"""PO and XLIFF exchange: every translatable unit out to a translator's tool, edited units back in.

Units (each named by a context that says where it lives):

| context | source → target | kept in |
|---|---|---|
| `<slug>/title`, `<slug>/subtitle`, `<slug>/byline` | the source's headline … → `title_en` … | article.yaml |
| `<slug>/sections/<section>/title` | the section heading → its `title_en` | article.yaml |
| `<slug>/figures/<id>/label` | `label.zh` → `label.en` | figures.yaml |
| `<slug>/en/<part>/title` | the part's source heading (or headline) → the text's `title` | en/<part>.md |
| `<slug>/en/<part>/<n>` | the source the text covers → its paragraph n | en/<part>.md |
| `glossary/<zh>` | the term or name → its approved `en` | glossary.yaml |

An English paragraph's unit carries the whole source its text covers (a
summary is not a sentence-by-sentence translation). A drifted text's units are
fuzzy, with the reviewed source as the previous source (`#| msgid`).

Serialising is left to translate-toolkit (`translate.storage.po`, `.xliff`).
`import_units` applies only the units whose target differs from the data,
refuses a unit whose source changed since the export, runs the translation QA
on every English text it changes, and writes nothing unless everything passes;
each file is then written atomically, and only if nobody changed it meanwhile.
Values in YAML files are replaced in place (`io/yamledit.py`): comments, order
and quoting stay. A round trip without edits writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ..errors import DataError, InputError, Problem, rel
from ..io.text import read_source
from ..io.write import atomic_write
from ..io.yamledit import PathKey, set_scalars
from ..project import ArticleData, Project
from .drift import Status
from .qa import check_translation
from .records import FRONT_MATTER, EnglishText

FORMATS = ("po", "xliff")
PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|\Z))+")
PO_HEADER = (
    "Project-Id-Version: zhpress\n"
    "Language: en\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "X-Source-Language: zh-Hans\n"
)


@dataclass
class Unit:
    """One translatable unit and where its target is kept."""

    context: str
    source: str
    target: str
    notes: list[str] = field(default_factory=list)
    fuzzy: bool = False
    previous: str | None = None
    file: Path | None = None
    yaml_path: tuple[PathKey, ...] | None = None  # the target's value in a YAML file
    paragraph: int | None = None  # the target's paragraph (0-based) of an English text's body
    front_title: bool = False  # the target is an English text's front-matter title


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a Markdown body: runs of non-blank lines, without the last newline."""
    spans = []
    for match in PARAGRAPH.finditer(body):
        end = match.end()
        while end > match.start() and body[end - 1] == "\n":
            end -= 1
        spans.append((match.start(), end))
    return spans


def _index_of(items, key: str, value: str) -> int | None:
    if not isinstance(items, list):
        return None
    return next((i for i, item in enumerate(items) if isinstance(item, dict) and item.get(key) == value), None)


def _article_units(article: ArticleData) -> list[Unit]:
    meta_path = article.dir / "article.yaml"
    units = []
    for key, source, target in (
        ("title", article.headline, article.meta.title_en),
        ("subtitle", article.article.subtitle, article.meta.subtitle_en),
        ("byline", article.article.byline, article.meta.byline_en),
    ):
        if source:
            units.append(
                Unit(
                    f"{article.slug}/{key}",
                    source,
                    target or "",
                    [f"article.yaml: {key}_en"],
                    file=meta_path,
                    yaml_path=(f"{key}_en",),
                )
            )
    for index, section in enumerate(article.sections):
        units.append(
            Unit(
                f"{article.slug}/sections/{section.slug}/title",
                section.title,
                article.meta.section_title_en(section.slug) or "",
                [f"article.yaml: sections[{index}].title_en"],
                file=meta_path,
                yaml_path=("sections", index, "title_en"),
            )
        )
    if article.figures is not None:
        figures_path = Path(article.figures.path)
        raw = yaml.safe_load(read_source(figures_path)) or {}
        for figure in article.figures.figures:
            found = _index_of(raw.get("figures") if isinstance(raw, dict) else None, "id", figure.id)
            if found is None:
                continue
            units.append(
                Unit(
                    f"{article.slug}/figures/{figure.id}/label",
                    figure.label_zh,
                    figure.label_en,
                    [f"figure {figure.id}: {figure.quote} ({figure.section})"],
                    file=figures_path,
                    yaml_path=("figures", found, "label", "en"),
                )
            )
    return units


def _english_units(article: ArticleData, text: EnglishText, status: Status | None) -> list[Unit]:
    source = article.section_text(text.key)
    heading = article.headline if text.key == "summary" else source.split("\n", 1)[0]
    fuzzy = status is not None and status.state == "drifted"
    previous = "\n".join(status.review.paragraphs) if fuzzy and status and status.review else None
    where = f"{article.slug}/en/{text.key}"
    units = [
        Unit(f"{where}/title", heading, text.title, [f"{rel(text.path)}: title"], file=text.path, front_title=True)
    ]
    spans = paragraph_spans(text.body)
    for n, (start, end) in enumerate(spans):
        units.append(
            Unit(
                f"{where}/{n + 1}",
                source,
                text.body[start:end],
                [f"{rel(text.path)}: paragraph {n + 1} of {len(spans)}; the source is all the text covers"],
                fuzzy=fuzzy,
                previous=previous,
                file=text.path,
                paragraph=n,
            )
        )
    return units


def collect_units(project: Project, statuses: list[Status] | None = None) -> list[Unit]:
    """Every translatable unit of the project, in a stable order."""
    by_path = {s.path.resolve(): s for s in statuses or [] if s.path is not None}
    units: list[Unit] = []
    for article in sorted(project.articles, key=lambda a: a.slug):
        units.extend(_article_units(article))
        for key in ["summary"] + [s.slug for s in article.sections]:
            text = article.english.get(key)
            if text is not None:
                units.extend(_english_units(article, text, by_path.get(text.path.resolve())))
    glossary = project.data_dir / "glossary.yaml"
    if project.glossary:
        raw = yaml.safe_load(read_source(glossary))
        items = raw["terms"] if isinstance(raw, dict) else raw
        prefix: tuple[PathKey, ...] = ("terms",) if isinstance(raw, dict) else ()
        for term in project.glossary:
            index = _index_of(items, "zh", term.zh)
            if index is None:
                continue
            notes = [f"{term.kind}: {term.note}" if term.note else term.kind]
            units.append(
                Unit(f"glossary/{term.zh}", term.zh, term.en, notes, file=glossary, yaml_path=prefix + (index, "en"))
            )
    return units


# --- files ---------------------------------------------------------------------------------


def write_store(units: list[Unit], fmt: str) -> bytes:
    """The units as a PO or XLIFF file (bytes), through translate-toolkit."""
    # translate-toolkit (with lxml) is imported here: the commands that never exchange files
    # (`zhpress check` above all) do not pay for it.
    from translate.storage import po, xliff

    if fmt == "po":
        store = po.pofile()
        store.units = []
        header = store.UnitClass("")
        header.target = PO_HEADER
        store.addunit(header)
        for unit in units:
            entry = store.UnitClass(unit.source)
            entry.target = unit.target
            entry.setcontext(unit.context)
            for note in unit.notes:
                entry.addnote(note, origin="developer")
            if unit.fuzzy:
                entry.markfuzzy(True)
                if unit.previous is not None:
                    entry.prev_source = unit.previous
            store.addunit(entry)
        return bytes(store)
    if fmt == "xliff":
        xstore: xliff.xlifffile = xliff.xlifffile(sourcelanguage="zh-Hans", targetlanguage="en")
        for unit in units:
            entry = xstore.addsourceunit(unit.source)
            entry.setid(unit.context)
            entry.target = unit.target
            for note in unit.notes:
                entry.addnote(note, origin="developer")
            if unit.previous is not None:
                entry.addnote("previous source: " + unit.previous, origin="previous-source")
            if unit.fuzzy:
                entry.markfuzzy(True)
        return bytes(xstore)
    raise InputError(Problem("--format", f"{fmt!r} is not one of " + ", ".join(FORMATS)))


def read_store(path: Path) -> dict[str, tuple[str, str]]:
    """context → (source, target) of every unit of a PO or XLIFF file."""
    from translate.storage import factory, po

    shown = rel(path)
    try:
        store = factory.getobject(str(path))
    except Exception as exc:  # translate-toolkit raises many kinds on a broken file
        raise InputError(Problem(shown, f"cannot read it as PO or XLIFF: {exc}", hint="export it again")) from None
    found: dict[str, tuple[str, str]] = {}
    problems = []
    for unit in store.units:
        if unit.isheader():
            continue
        # XLIFF ids come back as "<file>\x04<id>"
        context = unit.getcontext() if isinstance(store, po.pofile) else unit.getid().rpartition("\x04")[2]
        if not context:
            problems.append(Problem(shown, f"a unit without context ({str(unit.source)[:30]!r})", hint="export again"))
            continue
        found[context] = (str(unit.source or ""), str(unit.target or ""))
    if problems:
        raise InputError(problems)
    return found


# --- import --------------------------------------------------------------------------------


@dataclass
class Applied:
    context: str
    old: str
    new: str
    file: Path


def _new_english_text(path: Path, text: str, units: list[tuple[Unit, str]]) -> str:
    match = FRONT_MATTER.match(text)
    head_end = match.end() if match else 0
    head, body = text[:head_end], text[head_end:]
    spans = paragraph_spans(body)
    for unit, new in sorted(
        ((u, n) for u, n in units if u.paragraph is not None), key=lambda x: x[0].paragraph or 0, reverse=True
    ):
        start, end = spans[unit.paragraph or 0]
        body = body[:start] + new + body[end:]
    for unit, new in units:
        if unit.front_title:
            if not match:
                raise ValueError("no front matter")
            inner_start = match.start("yaml")
            yaml_text = set_scalars(match.group("yaml") or "", [(("title",), new)])
            head = text[:inner_start] + yaml_text + text[match.end("yaml") : head_end]
    return head + body


def _planned(path: Path, text: str, units: list[tuple[Unit, str]]) -> str:
    if units[0][0].yaml_path is not None:
        return set_scalars(text, [(u.yaml_path or (), new) for u, new in units])
    return _new_english_text(path, text, units)


def import_units(
    project: Project,
    path: Path,
    statuses: list[Status] | None = None,
) -> list[Applied]:
    """Apply the edited units of a PO or XLIFF file to the data (rules: the module's text).

    Args:
        project: the loaded project.
        path: the PO or XLIFF file.
        statuses: the translations' statuses (for fuzzy states; not needed to import).

    Raises:
        DataError: unknown or stale units, values that cannot be written, or QA errors; nothing is written.
    """
    incoming = read_store(Path(path))
    shown = rel(path)
    current = {u.context: u for u in collect_units(project, statuses)}
    problems: list[Problem] = []
    by_file: dict[Path, list[tuple[Unit, str]]] = {}
    unknown = [c for c in incoming if c not in current]
    if unknown:
        listed = ", ".join(repr(c) for c in unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3 else "")
        problems.append(
            Problem(shown, f"{len(unknown)} unit(s) are not units of the data: {listed}", hint="export again")
        )
    for context, (source, target) in incoming.items():
        unit = current.get(context)
        if unit is None:
            continue
        if source != unit.source:
            problems.append(
                Problem(shown, f"unit {context!r}: its source changed since the export", hint="export again")
            )
            continue
        if target == unit.target or not target.strip():
            continue
        if unit.paragraph is not None and "\n\n" in target.strip("\n"):
            problems.append(Problem(shown, f"unit {context!r}: one paragraph per unit", hint="no blank lines"))
            continue
        if unit.file is not None:
            by_file.setdefault(unit.file, []).append((unit, target))
    originals: dict[Path, str] = {}
    planned: dict[Path, str] = {}
    for file, units in by_file.items():
        originals[file] = read_source(file)
        try:
            planned[file] = _planned(file, originals[file], units)
        except (KeyError, ValueError, yaml.YAMLError) as exc:
            problems.append(Problem(rel(file), f"cannot write the imported value: {exc}", hint="edit the file"))
    problems.extend(_qa(project, planned))
    if problems:
        raise DataError(problems)
    applied: list[Applied] = []
    for file, text in planned.items():
        if read_source(file) != originals[file]:
            raise DataError(Problem(rel(file), "changed while importing", hint="import again"))
        atomic_write(file, text)
        applied.extend(Applied(u.context, u.target, new, file) for u, new in by_file[file])
    return applied


def _qa(project: Project, planned: dict[Path, str]) -> list[Problem]:
    """The translation QA of every English text as the import would leave it."""
    problems: list[Problem] = []
    for article in project.articles:
        for text in article.english.values():
            new = planned.get(text.path)
            if new is None:
                continue
            match = FRONT_MATTER.match(new)
            body = new[match.end() :] if match else new
            edited = replace(text, body=body)
            problems.extend(p for p in check_translation(article, edited, project.glossary) if p.severity == "error")
    return problems


def export_units(project: Project, fmt: str, statuses: list[Status] | None = None) -> bytes:
    return write_store(collect_units(project, statuses), fmt)
