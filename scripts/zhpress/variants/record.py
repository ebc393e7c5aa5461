"""The record of confirmed conversions: `data/variants-review.yaml`.

A confirmation is a word and the output an editor accepted for each Traditional
variant; it counts only while both still match (see `review.py`). Writing keeps
comments and order and adds only what is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import DataError, InputError, Problem, rel
from ..io.write import update_text
from ..io.yamlfile import dump_yaml, line_of, load_yaml, parse_yaml
from .items import ReviewItem

REVIEW_FILE = "variants-review.yaml"
ENTRY_FIELDS = ("word", "outputs", "contexts")
HEADER = """\
# Reviewed conversions of ambiguous characters: a Simplified character with
# several Traditional ones (干 → 幹/乾/干/榦, 发 → 發/髮, 余 → 餘/余 …).
# Each entry is a word of the corpus and the output an editor confirmed for each
# Traditional variant. A word of one character is confirmed in its contexts only
# (`contexts: [向前[干]，]`: the characters around it), so 干 confirmed in 向前干
# does not confirm 就干了. `zhpress variants review` lists what is not confirmed
# yet; `zhpress variants confirm WORD` records the current outputs here.
# An entry counts only while every output still matches: when an override or an
# OpenCC upgrade changes a conversion, the word is listed again.
# A wrong output is fixed with an override in data/overrides.yaml, not here.
"""


@dataclass(frozen=True)
class Confirmation:
    word: str
    outputs: tuple[tuple[str, str], ...]  # (locale, output) in file order
    line: int | None = None
    contexts: tuple[str, ...] = ()  # for a one-character word: the contexts confirmed (向前[干]，)

    def matches(self, item: ReviewItem) -> bool:
        """Same word, the same output for every locale the item has (other locales are ignored), and
        for a word in context (a one-character word), that context among the confirmed ones."""
        mine = dict(self.outputs)
        if item.context is not None and item.context not in self.contexts:
            return False
        return self.word == item.word and all(mine.get(loc) == out for loc, out in item.outputs.items())

    def as_dict(self) -> dict:
        data: dict = {"word": self.word, "outputs": dict(self.outputs)}
        if self.contexts:
            data["contexts"] = list(self.contexts)
        return data


def review_path(data_dir: Path) -> Path:
    return Path(data_dir) / REVIEW_FILE


def _is_blank(path: Path) -> bool:
    try:
        return not path.read_bytes().strip()
    except OSError:
        return False


def load_confirmed(path: Path) -> list[Confirmation]:
    """Read `variants-review.yaml`; a missing or empty file confirms nothing. Every problem is reported.

    Args:
        path: the file (`review_path(data_dir)`).
    """
    path = Path(path)
    if not path.exists() or _is_blank(path):
        return []
    data = load_yaml(path)
    shown = rel(path)
    if data is None:
        return []
    if not isinstance(data, dict):
        raise DataError(
            Problem(
                shown, "must be a mapping with a `confirmed:` list", line=1, hint="start the file with `confirmed:`"
            )
        )
    problems: list[Problem] = []
    entries = _entries(data, shown, problems)
    listed = data.get("confirmed")
    # the loader keeps each entry's line; the other shapes are refused by `_entries` before lines matter
    lines = list(getattr(listed, "item_lines", [])) if entries else []
    confirmed: list[Confirmation] = []
    seen: dict[tuple, tuple[int, int | None]] = {}
    for index, entry in enumerate(entries):
        where = f"confirmed[{index}]"
        line = lines[index] if index < len(lines) else line_of(data, "confirmed")
        if not isinstance(entry, dict):
            problems.append(Problem(shown, "must be a mapping with `word` and `outputs`", line=line, field=where))
            continue
        found = _entry_problems(entry, shown, where, line)
        if found:
            problems += found
            continue
        word, outputs, contexts = entry["word"], entry["outputs"], entry.get("contexts") or []
        confirmation = Confirmation(word, tuple((str(k), v) for k, v in outputs.items()), line, tuple(contexts))
        ident = (word, tuple(sorted(confirmation.outputs)), confirmation.contexts)
        if ident in seen:
            first_index, first_line = seen[ident]
            problems.append(
                Problem(
                    shown,
                    f"repeats confirmed[{first_index}] (line {first_line})",
                    line=line,
                    field=where,
                    hint="remove one of them",
                )
            )
            continue
        seen[ident] = (index, line)
        confirmed.append(confirmation)
    if problems:
        raise DataError(sorted(problems, key=lambda p: p.line or 0))
    return confirmed


def _entries(data: dict, shown: str, problems: list[Problem]) -> list:
    """The `confirmed` list of the file's mapping; unknown keys and a wrong type are problems."""
    for key in data:
        if key != "confirmed":
            problems.append(
                Problem(shown, f"unknown key {key!r}", line=line_of(data, key), hint="the only key is `confirmed`")
            )
    entries = data.get("confirmed")
    if entries is None:
        return []
    if not isinstance(entries, list):
        problems.append(
            Problem(shown, "must be a list of {word, outputs}", line=line_of(data, "confirmed"), field="confirmed")
        )
        return []
    return entries


def _entry_problems(entry: dict, shown: str, where: str, line: int | None) -> list[Problem]:
    """What is wrong with one entry: unknown keys, its word, its outputs, its contexts."""
    problems = [
        Problem(shown, f"unknown key {key!r}", line=line_of(entry, key), field=where, hint="expected word, outputs")
        for key in entry
        if key not in ENTRY_FIELDS
    ]
    word = entry.get("word")
    if "word" not in entry:
        problems.append(
            Problem(shown, "missing", line=line, field=f"{where}.word", hint="the Simplified word, e.g. word: 干部")
        )
    elif not isinstance(word, str) or not word.strip() or word != word.strip():
        problems.append(
            Problem(
                shown,
                f"{word!r} is not a word",
                line=line_of(entry, "word"),
                field=f"{where}.word",
                hint="non-empty text without surrounding spaces",
            )
        )
    problems += _outputs_problems(entry, shown, where, line)
    contexts = entry.get("contexts") or []
    if not isinstance(contexts, list) or not all(isinstance(c, str) and f"[{word}]" in c for c in contexts):
        problems.append(
            Problem(
                shown,
                "must list the word in its contexts",
                line=line_of(entry, "contexts"),
                field=f"{where}.contexts",
                hint=f"e.g. contexts: [向前[{word}]，]",
            )
        )
    return problems


def _outputs_problems(entry: dict, shown: str, where: str, line: int | None) -> list[Problem]:
    """What is wrong with an entry's `outputs`: missing, not a mapping, or a locale without a word."""
    outputs = entry.get("outputs")
    if "outputs" not in entry:
        return [
            Problem(
                shown,
                "missing",
                line=line,
                field=f"{where}.outputs",
                hint="map each locale to the converted word, e.g. zh-Hant: 幹部",
            )
        ]
    if not isinstance(outputs, dict) or not outputs:
        return [
            Problem(
                shown,
                "must map each locale to the converted word",
                line=line_of(entry, "outputs"),
                field=f"{where}.outputs",
                hint="e.g. zh-Hant: 幹部",
            )
        ]
    return [
        Problem(
            shown,
            f"{out!r} is not a converted word",
            line=line_of(outputs, locale),
            field=f"{where}.outputs.{locale}",
            hint="non-empty text",
        )
        for locale, out in outputs.items()
        if not isinstance(out, str) or not out.strip()
    ]


def is_confirmed(item: ReviewItem, confirmed: list[Confirmation]) -> bool:
    return any(c.matches(item) for c in confirmed)


def by_word(confirmed: list[Confirmation]) -> dict[str, list[Confirmation]]:
    """The confirmations of each word (a confirmation only ever matches its own word)."""
    index: dict[str, list[Confirmation]] = {}
    for confirmation in confirmed:
        index.setdefault(confirmation.word, []).append(confirmation)
    return index


def unreviewed(
    items: list[ReviewItem], confirmed: list[Confirmation], index: dict[str, list[Confirmation]] | None = None
) -> list[ReviewItem]:
    """The items no confirmation covers (same word and same outputs), in their order.

    Args:
        items: the review items.
        confirmed: the confirmations (`load_confirmed`).
        index: `by_word(confirmed)`, when the caller checks many item lists against them.
    """
    index = by_word(confirmed) if index is None else index
    return [item for item in items if not is_confirmed(item, index.get(item.word, []))]


def _append_text(text: str, new: list[dict]) -> str | None:
    """`text` with `new` entries appended to its block `confirmed:` list (keeps comments), or None."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:  # pragma: no cover
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    sequence = next((v for k, v in root.value if getattr(k, "value", None) == "confirmed"), None)
    if not isinstance(sequence, yaml.SequenceNode) or sequence.flow_style or not sequence.value:
        return None
    indent = " " * sequence.start_mark.column
    block = "".join(indent + line if line.strip() else line for line in dump_yaml(new).splitlines(keepends=True))
    return text + ("" if text.endswith("\n") else "\n") + block


def confirm(path: Path, items: list[ReviewItem]) -> list[ReviewItem]:
    """Record the outputs of `items` as confirmed; returns the items newly added.

    Existing entries are never dropped or reordered; items already confirmed
    are skipped, so running it twice adds nothing. The file is written atomically,
    under the writers' lock, and only when something is added; a malformed file is
    reported and left as is, and an edit saved meanwhile is never overwritten.
    """
    path = Path(path)
    added: list[ReviewItem] = []

    def change(_: str | None) -> str | None:
        nonlocal added
        confirmed = load_confirmed(path)
        added = []
        for item in items:
            if not is_confirmed(item, confirmed) and all(a.key != item.key for a in added):
                added.append(item)
        if not added:
            return None
        return _confirmed_text(path, confirmed, added)

    update_text(path, change)
    return added


def _confirmed_text(path: Path, confirmed: list[Confirmation], added: list[ReviewItem]) -> str:
    """The file's new text with `added` appended to its `confirmed:` list."""
    old = [c.as_dict() for c in confirmed]
    new: list[dict] = []
    for item in added:
        entry: dict = {"word": item.word, "outputs": dict(item.outputs)}
        if item.context is not None:
            same = next((e for e in new if e["word"] == item.word and e["outputs"] == entry["outputs"]), None)
            if same is not None and "contexts" in same:
                same["contexts"].append(item.context)
                continue
            entry["contexts"] = [item.context]
        new.append(entry)
    text = None
    if path.exists() and not _is_blank(path):
        current = path.read_text(encoding="utf-8")
        text = _append_text(current, new)
        if text is not None:
            try:
                parsed = parse_yaml(text, rel(path))
            except (DataError, InputError):  # pragma: no cover - fall back to rewriting
                parsed = None
            if not isinstance(parsed, dict) or parsed.get("confirmed") != old + new:
                text = None
        if text is None:  # rewrite: keep the file's leading comments
            lead = []
            for line in current.splitlines(keepends=True):
                if not line.lstrip().startswith("#") and line.strip():
                    break
                lead.append(line)
            header = "".join(lead).strip("\n")
            text = (header + "\n" if header else HEADER) + dump_yaml({"confirmed": old + new})
    else:
        text = HEADER + dump_yaml({"confirmed": new})
    return text
