"""Figures: the statistics of an article, curated in `figures.yaml` and verified.

Every figure binds a verbatim quote of the source (qualifier + number + unit)
to one occurrence of it. `check_figures` proves the quote stands there, inside
the section the figure names, and that value, unit and qualifier are what the
number reader reads from the quote; it also proves completeness: every numeral
the reader finds in the source is covered by one figure or one ignore entry.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import DataError, Problem, rel
from ..io.yamlfile import line_of, line_of_item, load_yaml
from ..numbers.approx import APPROX
from .positions import source_index

ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
FIGURE_FIELDS = {"id", "quote", "occurrence", "value", "unit", "approx", "section", "label", "note"}
IGNORE_FIELDS = {"quote", "occurrence", "reason"}


@dataclass(frozen=True)
class Figure:
    id: str
    quote: str
    occurrence: int
    value: int | float
    unit: str
    approx: str
    section: str
    label_zh: str
    label_en: str
    line: int
    start: int | None = field(default=None, compare=False)  # where it stands in the source, once bound


@dataclass(frozen=True)
class IgnoreEntry:
    quote: str
    occurrence: int | None  # None: every occurrence
    reason: str
    line: int
    starts: tuple[int, ...] | None = field(default=None, compare=False)  # what it covers, once bound


@dataclass
class FigureSet:
    path: str
    figures: list[Figure]
    ignore: list[IgnoreEntry]

    def by_section(self, slug: str) -> list[Figure]:
        return [f for f in self.figures if f.section == slug]

    def bound(self, source: str) -> FigureSet:
        """This set with every figure's and ignore entry's position in `source` found once (see `locate`)."""
        index = source_index(source)
        figures = []
        for figure in self.figures:
            starts = index.occurrences(figure.quote)
            start = starts[figure.occurrence - 1] if len(starts) >= figure.occurrence else None
            figures.append(replace(figure, start=start))
        ignore = [
            replace(entry, starts=tuple(ignored_starts(entry, index.occurrences(entry.quote)))) for entry in self.ignore
        ]
        return FigureSet(path=self.path, figures=figures, ignore=ignore)


def ignored_starts(entry: IgnoreEntry, starts: list[int]) -> list[int]:
    """The occurrences an ignore entry covers, of all the `starts` of its quote."""
    if entry.occurrence is None:
        return list(starts)
    return starts[entry.occurrence - 1 : entry.occurrence]


def _is_number(value) -> bool:
    """A plain, finite number (`.nan` and `.inf` are numbers to YAML, not to a reader)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


_Error = tuple[str, str, str | None]  # field, message, fix


def _identity_errors(item: dict) -> list[_Error]:
    """Problems of a figure's id, quote and occurrence."""
    errors: list[_Error] = []
    fid, quote, occurrence = item["id"], item["quote"], item.get("occurrence", 1)
    if not isinstance(fid, str) or not ID_RE.match(fid):
        errors.append(
            ("id", f"{fid!r} is not a valid id", "lower-case ASCII words joined by hyphens, e.g. lecture-sessions")
        )
    if not isinstance(quote, str) or not quote.strip() or quote != quote.strip() or "\n" in quote:
        errors.append(("quote", f"{quote!r} is not a one-line text without surrounding spaces", None))
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        errors.append(("occurrence", f"{occurrence!r} is not a positive whole number", None))
    return errors


def _value_errors(item: dict) -> list[_Error]:
    """Problems of a figure's value, unit, qualifier, section and label."""
    errors: list[_Error] = []
    value = item["value"]
    if isinstance(value, float) and not math.isfinite(value):
        errors.append(("value", f"{value!r} is not a finite number", "write the number the quote states"))
    elif not _is_number(value):
        errors.append(("value", f"{value!r} is not a plain number", "write 35000 for 3.5万"))
    if not isinstance(item["unit"], str):
        errors.append(("unit", f"{item['unit']!r} is not text", "use '' when no unit follows the number"))
    if item["approx"] not in APPROX:
        errors.append(("approx", f"{item['approx']!r} is not one of " + ", ".join(APPROX), None))
    if not isinstance(item["section"], str) or not item["section"]:
        errors.append(("section", f"{item['section']!r} is not a section slug", None))
    label = item["label"]
    if not isinstance(label, dict) or not all(isinstance(label.get(k), str) for k in ("zh", "en")):
        errors.append(("label", "must have `zh` and `en` texts", "an empty text is a label still to write"))
    elif set(label) - {"zh", "en"}:
        errors.append(
            ("label", "unknown languages " + ", ".join(sorted(set(label) - {"zh", "en"})), "expected zh and en")
        )
    return errors


def _parse_figure(item, index: int, path: str, problems: list[Problem], item_line: int | None = None) -> Figure | None:
    where = f"figures[{index}]"
    if not isinstance(item, dict):
        problems.append(Problem(path, "must be a mapping with id, quote, value, …", line=item_line, field=where))
        return None
    line = getattr(item, "line", None)
    fid = item.get("id")
    name = f"figures.{fid}" if isinstance(fid, str) and fid else where
    start = len(problems)

    def bad(field_name: str, message: str, hint: str | None = None) -> None:
        problems.append(
            Problem(
                path,
                message,
                line=item.line_of(field_name) if hasattr(item, "line_of") else line,
                field=f"{name}.{field_name}",
                hint=hint,
            )
        )

    for key in item:
        if key not in FIGURE_FIELDS:
            bad(str(key), f"unknown field {key!r}", "expected one of " + ", ".join(sorted(FIGURE_FIELDS)))
    for key in ("id", "quote", "value", "unit", "approx", "section", "label"):
        if key not in item:
            problems.append(Problem(path, f"missing field {key!r}", line=line, field=name))
    if len(problems) > start:
        return None
    for error in (*_identity_errors(item), *_value_errors(item)):
        bad(*error)
    if len(problems) > start:
        return None
    label = item["label"]
    assert isinstance(fid, str)  # validated above
    return Figure(
        id=fid,
        quote=item["quote"],
        occurrence=item.get("occurrence", 1),
        value=item["value"],
        unit=item["unit"],
        approx=item["approx"],
        section=item["section"],
        label_zh=label["zh"].strip(),
        label_en=label["en"].strip(),
        line=line or 0,
    )


def _parse_ignore(
    item, index: int, path: str, problems: list[Problem], item_line: int | None = None
) -> IgnoreEntry | None:
    where = f"ignore[{index}]"
    line = getattr(item, "line", None) or item_line
    if not isinstance(item, dict):
        problems.append(Problem(path, "must be a mapping with quote, occurrence, reason", line=line, field=where))
        return None
    start = len(problems)
    for key in item:
        if key not in IGNORE_FIELDS:
            problems.append(
                Problem(
                    path, f"unknown field {key!r}", line=line, field=where, hint="expected quote, occurrence, reason"
                )
            )
    quote, reason = item.get("quote"), item.get("reason")
    occurrence = item.get("occurrence", "all")
    if not isinstance(quote, str) or not quote.strip() or "\n" in quote:
        problems.append(Problem(path, f"quote {quote!r} is not a one-line text", line=line, field=where))
    if not isinstance(reason, str) or not reason.strip():
        problems.append(
            Problem(path, "needs a `reason`", line=line, field=where, hint="say why this number is not a statistic")
        )
    if occurrence != "all" and (not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1):
        problems.append(
            Problem(path, f"occurrence {occurrence!r} must be `all` or a positive whole number", line=line, field=where)
        )
    if len(problems) > start:
        return None
    assert isinstance(quote, str) and isinstance(reason, str)  # validated above
    return IgnoreEntry(
        quote=quote, occurrence=None if occurrence == "all" else occurrence, reason=reason.strip(), line=line or 0
    )


def load_figures(path: Path) -> FigureSet:
    """Read and validate figures.yaml, collecting every schema problem before raising."""
    return figures_from_data(load_yaml(Path(path)), rel(path))


def figures_from_data(data, shown: str) -> FigureSet:
    """Validate parsed figures.yaml data (see `load_figures`)."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DataError(Problem(shown, "must be a mapping with `figures:` and `ignore:`", line=1))
    problems: list[Problem] = []
    for key in data:
        if key not in ("figures", "ignore"):
            problems.append(
                Problem(shown, f"unknown key {key!r}", line=line_of(data, key), hint="expected `figures` and `ignore`")
            )
    raw_figures = data.get("figures") or []
    raw_ignore = data.get("ignore") or []
    if not isinstance(raw_figures, list):
        problems.append(Problem(shown, "must be a list", line=line_of(data, "figures"), field="figures"))
        raw_figures = []
    if not isinstance(raw_ignore, list):
        problems.append(Problem(shown, "must be a list", line=line_of(data, "ignore"), field="ignore"))
        raw_ignore = []
    figures = [
        f
        for i, item in enumerate(raw_figures)
        if (f := _parse_figure(item, i, shown, problems, line_of_item(raw_figures, i)))
    ]
    ignore = [
        e
        for i, item in enumerate(raw_ignore)
        if (e := _parse_ignore(item, i, shown, problems, line_of_item(raw_ignore, i)))
    ]
    seen: dict[str, int] = {}
    for figure in figures:
        if figure.id in seen:
            problems.append(
                Problem(
                    shown,
                    f"duplicate id (first on line {seen[figure.id]})",
                    line=figure.line,
                    field=f"figures.{figure.id}.id",
                    hint="give each figure its own id",
                )
            )
        seen.setdefault(figure.id, figure.line)
    if problems:
        raise DataError(problems)
    return FigureSet(path=shown, figures=figures, ignore=ignore)


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of the non-overlapping matches of `quote` in `text`, at number boundaries
    (`88人` is not in `288人`; see `positions.py`). Indexed once per text."""
    return source_index(text).occurrences(quote)


def locate(figure: Figure, source: str) -> int | None:
    """Offset of the figure's bound occurrence in the source, or None (stored when the set was bound)."""
    if figure.start is not None:
        return figure.start
    starts = occurrences(source, figure.quote)
    return starts[figure.occurrence - 1] if len(starts) >= figure.occurrence else None


def nearest_passage(source: str, quote: str) -> str:
    """The passage of the source most like `quote`, to suggest a fix."""
    best, best_ratio = "", 0.0
    width = len(quote)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote)
    for start in range(0, max(len(source) - width + 1, 1)):
        window = source[start : start + width]
        matcher.set_seq1(window)
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = window, ratio
    return best
