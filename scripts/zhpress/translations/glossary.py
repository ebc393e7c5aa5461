"""The glossary: the articles' terms, slogans and proper names with their approved English rendering.

An entry with `kind: person`, `place` or `organisation` is a proper name: its
`en` is the approved romanisation (旬阳 → Xunyang, 黄璐琦 → Huang Luqi), which
`names.py` checks the English texts against. Other entries are terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, Problem, rel
from ..io.yamlfile import line_of, load_yaml

FIELDS = {"zh", "en", "note", "aliases_en", "kind"}
KINDS = ("term", "person", "place", "organisation")
NAME_KINDS = ("person", "place", "organisation")


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    note: str
    aliases_en: tuple[str, ...] = field(default_factory=tuple)
    line: int = 0
    kind: str = "term"  # or person, place, organisation (a proper name)

    @property
    def is_name(self) -> bool:
        return self.kind in NAME_KINDS


def load_glossary(path: Path) -> list[Term]:
    path = Path(path)
    if not path.exists():
        return []
    shown = rel(path)
    data = load_yaml(path) or []
    if isinstance(data, dict) and "terms" in data:
        data = data["terms"]
    if not isinstance(data, list):
        raise DataError(Problem(shown, "must be a list of terms (zh, en, note)", line=1))
    terms: list[Term] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data):
        line = getattr(item, "line", None)
        if not isinstance(item, dict):
            problems.append(Problem(shown, "must be a mapping with zh, en, note", line=line, field=f"[{index}]"))
            continue
        name = f"[{index}]" if not isinstance(item.get("zh"), str) else item["zh"]
        for key in item:
            if key not in FIELDS:
                problems.append(
                    Problem(
                        shown,
                        f"unknown field {key!r}",
                        line=line_of(item, key),
                        field=name,
                        hint="expected " + ", ".join(sorted(FIELDS)),
                    )
                )
        for key in ("zh", "en"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                problems.append(Problem(shown, f"needs a non-empty `{key}`", line=line, field=name))
        aliases = item.get("aliases_en") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(Problem(shown, "`aliases_en` must be a list of texts", line=line, field=name))
            aliases = []
        kind = item.get("kind", "term")
        if kind not in KINDS:
            problems.append(
                Problem(
                    shown,
                    f"kind {kind!r} is not one of " + ", ".join(KINDS),
                    line=line_of(item, "kind"),
                    field=name,
                    hint="person, place or organisation for a proper name; leave it out for a term",
                )
            )
            kind = "term"
        if isinstance(item.get("zh"), str) and item["zh"] in seen:
            problems.append(
                Problem(shown, f"term listed twice (first on line {seen[item['zh']]})", line=line, field=name)
            )
        if isinstance(item.get("zh"), str) and isinstance(item.get("en"), str):
            seen.setdefault(item["zh"], line or 0)
            terms.append(
                Term(
                    zh=item["zh"].strip(),
                    en=item["en"].strip(),
                    note=str(item.get("note") or "").strip(),
                    aliases_en=tuple(a.strip() for a in aliases),
                    line=line or 0,
                    kind=kind,
                )
            )
    if problems:
        raise DataError(problems)
    return terms
