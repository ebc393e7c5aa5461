"""Review of ambiguous conversions: Simplified characters with several Traditional ones.

OpenCC's character table maps some Simplified characters to more than one
Traditional character (干 → 幹 乾 干 榦, 发 → 發 髮, 余 → 餘 余 …); which one a
text gets depends on the phrase dictionaries and on our overrides. This module
lists every word of the corpus holding such a character, with the output each
Traditional variant gives it, so an editor can confirm the choice or add an
override to `data/overrides.yaml`.

Confirmed choices are kept in `data/variants-review.yaml`. A choice counts as
confirmed only while the word AND its outputs still match: when an override or
an OpenCC upgrade changes an output, the word is listed again.
"""

from __future__ import annotations

import bisect
import functools
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import opencc
import yaml

from .errors import ConfigError, DataError, InputError, Problem, rel
from .project import Project
from .segment import segment
from .siteconfig import read_site_settings
from .textio import atomic_write
from .variants import OPENCC_SHARE, Converter
from .yamlio import dump_yaml, load_yaml, parse_yaml

OPENCC_DICT = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
REVIEW_FILE = "variants-review.yaml"
CONTEXT_CHARS = 8
MAX_EXAMPLES = 3
ENTRY_FIELDS = ("word", "outputs")

HEADER = """\
# Reviewed conversions of ambiguous characters: a Simplified character with
# several Traditional ones (干 → 幹/乾/干/榦, 发 → 發/髮, 余 → 餘/余 …).
# Each entry is a word of the corpus and the output an editor confirmed for each
# Traditional variant. `zhpress variants review` lists the words not confirmed
# yet; `zhpress variants confirm WORD` records the current outputs here.
# An entry counts only while every output still matches: when an override or an
# OpenCC upgrade changes a conversion, the word is listed again.
# A wrong output is fixed with an override in data/overrides.yaml, not here.
"""


# --- OpenCC's candidate table ------------------------------------------------

def _cache_dir() -> Path:
    cache = Path(tempfile.gettempdir()) / f"zhpress-opencc-dict-{os.getuid()}"
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    if cache.stat().st_uid != os.getuid():  # someone else's folder: do not trust its contents
        cache = Path(tempfile.mkdtemp(prefix="zhpress-opencc-dict-"))
    return cache


def dictionary_text(name: str) -> str:
    """OpenCC's dictionary `name` (e.g. STCharacters) as text, dumped once per .ocd2 version."""
    ocd2 = OPENCC_SHARE / f"{name}.ocd2"
    try:
        stat = ocd2.stat()
    except OSError:
        raise ConfigError(Problem(str(ocd2), "OpenCC dictionary not found",
                                  hint="reinstall the opencc package")) from None
    cache = _cache_dir()
    target = cache / f"{name}-{stat.st_size}-{stat.st_mtime_ns}.txt"
    if not target.is_file():
        tmp = cache / f".{target.name}.{os.getpid()}.tmp"
        try:
            subprocess.run([str(OPENCC_DICT), "-i", str(ocd2), "-o", str(tmp), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, timeout=120)
            os.replace(tmp, target)
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", None) or b""
            detail = detail.decode("utf-8", "replace").strip() if isinstance(detail, bytes) else str(detail)
            raise ConfigError(Problem(str(OPENCC_DICT), f"could not dump {ocd2.name}: {detail or exc}",
                                      hint="reinstall the opencc package")) from None
        finally:
            if tmp.exists():
                tmp.unlink()
    return target.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=4)
def _candidates(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = []
    for line in dictionary_text(name).splitlines():
        key, _, values = line.partition("\t")
        options = tuple(values.split())
        if key and len(options) >= 2:
            table.append((key, options))
    return tuple(table)


def ambiguous_characters() -> dict[str, list[str]]:
    """Simplified character → its Traditional candidates, OpenCC's preferred first (≥2 only)."""
    return {key: list(options) for key, options in _candidates("STCharacters")}


# --- finding ambiguous conversions ---------------------------------------------

@dataclass(frozen=True)
class Example:
    article: str   # slug
    line: int      # 1-based line of the source
    context: str   # the source around the word, "…" where cut

    def __str__(self) -> str:
        return f"{self.article}:{self.line} {self.context}"


@dataclass
class ReviewItem:
    """One word and the outputs it gets, with every place it occurs."""

    word: str
    chars: dict[str, list[str]]            # ambiguous characters in the word → candidates
    outputs: dict[str, str]                # locale → converted word
    count: int = 0
    examples: list[Example] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a variant converted word by word
    override: bool = False                 # the word is an override phrase of data/overrides.yaml

    @property
    def key(self) -> str:
        return f"{self.word}→{'/'.join(self.outputs.values())}"

    def describe(self) -> str:
        """`干部 → zh-Hant 幹部 · zh-HK 幹部`"""
        return f"{self.word} → " + " · ".join(f"{locale} {out}" for locale, out in self.outputs.items())

    def as_dict(self) -> dict:
        data = {"key": self.key, "word": self.word, "outputs": dict(self.outputs), "count": self.count,
                "chars": {c: list(v) for c, v in self.chars.items()},
                "examples": [{"article": e.article, "line": e.line, "context": e.context} for e in self.examples]}
        if self.override:
            data["override"] = True
        if self.notes:
            data["notes"] = list(self.notes)
        return data


def site_variants(data_dir: Path) -> list[tuple[str, str]]:
    """(locale, OpenCC config) of each converted variant named in the mkdocs.yml next to `data_dir`.

    Without a mkdocs.yml (or without `variants` in its zhpress plugin) the plugin's
    defaults apply: [("zh-Hant", "s2tw"), ("zh-HK", "s2hk")].
    """
    settings = read_site_settings(Path(data_dir).resolve().parent)
    return [(str(locale), str(config)) for locale, config in settings.traditional]


def _override_spans(text: str, phrases: set[str]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping occurrences of override phrases (as OpenCC matches them)."""
    if not phrases:
        return []
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    spans, pos = [], 0
    while pos < len(text):
        hit = next((p for p in by_first.get(text[pos], ()) if text.startswith(p, pos)), None)
        if hit:
            spans.append((pos, pos + len(hit)))
            pos += len(hit)
        else:
            pos += 1
    return spans


def _context(text: str, line_start: int, line_end: int, start: int, end: int) -> str:
    left, right = max(line_start, start - CONTEXT_CHARS), min(line_end, end + CONTEXT_CHARS)
    return ("…" if left > line_start else "") + text[left:right] + ("…" if right < line_end else "")


def find_ambiguous(project: Project, variants: list[tuple[str, str]]) -> list[ReviewItem]:
    """Every word of every Simplified source holding an ambiguous character, grouped by (word, outputs).

    A word is a jieba word, or an override phrase where one covers the character
    (the override is the unit an editor chose). Its output in each variant is cut
    from the conversion of the whole source, so OpenCC's phrase matching across
    word boundaries is what the site shows. Items are ordered by first occurrence.
    """
    table = ambiguous_characters()
    converters = {locale: Converter(config, project.overrides.for_locale(locale)) for locale, config in variants}
    phrases = {p for locale, _ in variants for p in project.overrides.for_locale(locale)}
    items: dict[tuple[str, tuple[str, ...]], ReviewItem] = {}
    for article in project.articles:
        if article.meta.get("script") == "hant":
            continue  # a Traditional source is shown as written; only Simplified sources are converted up
        source = article.source
        converted = {locale: conv.convert(source) for locale, conv in converters.items()}
        whole = {locale: len(text) == len(source) for locale, text in converted.items()}
        line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        spans: list[tuple[int, int, bool]] = []
        pos = 0
        for word in segment(source):
            at = pos if source.startswith(word, pos) else source.find(word, pos)
            if at < 0:  # pragma: no cover - jieba keeps every character, in order
                continue
            spans.append((at, at + len(word), False))
            pos = at + len(word)
        override_spans = _override_spans(source, phrases)
        spans = sorted(spans + [(start, end, True) for start, end in override_spans])
        for start, end, is_override in spans:
            word = source[start:end]
            chars = {ch: list(table[ch]) for ch in word if ch in table}
            if not chars:
                continue
            # Characters of a jieba word covered by an override phrase are reviewed with the phrase.
            if not is_override:
                inside = [i for i in range(start, end) if source[i] in table
                          and not any(a <= i < b for a, b in override_spans)]
                if not inside:
                    continue
            outputs, notes = {}, []
            for locale, conv in converters.items():
                if whole[locale]:
                    outputs[locale] = converted[locale][start:end]
                else:
                    outputs[locale] = conv.convert(word)
                    notes.append(f"{locale}: converted alone (the conversion of {article.slug} changed its length)")
            index = bisect.bisect_right(line_starts, start) - 1
            line_start = line_starts[index]
            line_end = source.find("\n", start)
            line_end = len(source) if line_end < 0 else line_end
            item = items.get((word, tuple(outputs.values())))
            if item is None:
                item = items[(word, tuple(outputs.values()))] = ReviewItem(word=word, chars=chars, outputs=outputs,
                                                                           override=is_override)
            item.count += 1
            for note in notes:
                if note not in item.notes:
                    item.notes.append(note)
            if len(item.examples) < MAX_EXAMPLES:
                item.examples.append(Example(article.slug, index + 1,
                                             _context(source, line_start, line_end, start, end)))
    return list(items.values())


# --- confirmations -------------------------------------------------------------

@dataclass(frozen=True)
class Confirmation:
    word: str
    outputs: tuple[tuple[str, str], ...]   # (locale, output) in file order
    line: int | None = None

    def matches(self, item: ReviewItem) -> bool:
        """Same word, and the same output for every locale the item has (other locales are ignored)."""
        mine = dict(self.outputs)
        return self.word == item.word and all(mine.get(loc) == out for loc, out in item.outputs.items())

    def as_dict(self) -> dict:
        return {"word": self.word, "outputs": dict(self.outputs)}


def review_path(data_dir: Path) -> Path:
    return Path(data_dir) / REVIEW_FILE


def _is_blank(path: Path) -> bool:
    try:
        return not path.read_bytes().strip()
    except OSError:
        return False


def _item_lines(text: str) -> list[int]:
    """1-based line of each entry of the `confirmed:` list (for entries that are not mappings)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:  # pragma: no cover - load_yaml has already accepted the text
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "confirmed" and isinstance(value, yaml.SequenceNode):
            return [node.start_mark.line + 1 for node in value.value]
    return []


def load_confirmed(path: Path) -> list[Confirmation]:
    """Read `variants-review.yaml`; a missing or empty file confirms nothing. Every problem is reported."""
    path = Path(path)
    if not path.exists() or _is_blank(path):
        return []
    data = load_yaml(path)
    shown = rel(path)
    if data is None:
        return []
    if not isinstance(data, dict):
        raise DataError(Problem(shown, "must be a mapping with a `confirmed:` list", line=1,
                                hint="start the file with `confirmed:`"))
    problems: list[Problem] = []
    for key in data:
        if key != "confirmed":
            problems.append(Problem(shown, f"unknown key {key!r}", line=data.line_of(key),
                                    hint="the only key is `confirmed`"))
    entries = data.get("confirmed")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        problems.append(Problem(shown, "must be a list of {word, outputs}", line=data.line_of("confirmed"),
                                field="confirmed"))
        entries = []
    lines = _item_lines(path.read_text(encoding="utf-8")) if entries else []
    confirmed: list[Confirmation] = []
    seen: dict[tuple, tuple[int, int | None]] = {}
    for index, entry in enumerate(entries):
        where = f"confirmed[{index}]"
        line = lines[index] if index < len(lines) else data.line_of("confirmed")
        if not isinstance(entry, dict):
            problems.append(Problem(shown, "must be a mapping with `word` and `outputs`", line=line, field=where))
            continue
        ok = True
        for key in entry:
            if key not in ENTRY_FIELDS:
                problems.append(Problem(shown, f"unknown key {key!r}", line=entry.line_of(key), field=where,
                                        hint="expected word, outputs"))
                ok = False
        word = entry.get("word")
        if "word" not in entry:
            problems.append(Problem(shown, "missing", line=line, field=f"{where}.word",
                                    hint="the Simplified word, e.g. word: 干部"))
            ok = False
        elif not isinstance(word, str) or not word.strip() or word != word.strip():
            problems.append(Problem(shown, f"{word!r} is not a word", line=entry.line_of("word"),
                                    field=f"{where}.word", hint="non-empty text without surrounding spaces"))
            ok = False
        outputs = entry.get("outputs")
        if "outputs" not in entry:
            problems.append(Problem(shown, "missing", line=line, field=f"{where}.outputs",
                                    hint="map each locale to the converted word, e.g. zh-Hant: 幹部"))
            ok = False
        elif not isinstance(outputs, dict) or not outputs:
            problems.append(Problem(shown, "must map each locale to the converted word",
                                    line=entry.line_of("outputs"), field=f"{where}.outputs",
                                    hint="e.g. zh-Hant: 幹部"))
            ok = False
        else:
            for locale, out in outputs.items():
                if not isinstance(out, str) or not out.strip():
                    problems.append(Problem(shown, f"{out!r} is not a converted word", line=outputs.line_of(locale),
                                            field=f"{where}.outputs.{locale}", hint="non-empty text"))
                    ok = False
        if not ok:
            continue
        confirmation = Confirmation(word, tuple((str(k), v) for k, v in outputs.items()), line)
        ident = (word, tuple(sorted(confirmation.outputs)))
        if ident in seen:
            first_index, first_line = seen[ident]
            problems.append(Problem(shown, f"repeats confirmed[{first_index}] (line {first_line})", line=line,
                                    field=where, hint="remove one of them"))
            continue
        seen[ident] = (index, line)
        confirmed.append(confirmation)
    if problems:
        raise DataError(sorted(problems, key=lambda p: p.line or 0))
    return confirmed


def is_confirmed(item: ReviewItem, confirmed: list[Confirmation]) -> bool:
    return any(c.matches(item) for c in confirmed)


def unreviewed(items: list[ReviewItem], confirmed: list[Confirmation]) -> list[ReviewItem]:
    """The items no confirmation covers (same word and same outputs), in their order."""
    return [item for item in items if not is_confirmed(item, confirmed)]


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
    are skipped, so running it twice adds nothing. The file is written atomically
    and only when something is added; a malformed file is reported and left as is.
    """
    path = Path(path)
    confirmed = load_confirmed(path)
    added: list[ReviewItem] = []
    for item in items:
        if not is_confirmed(item, confirmed) and all(a.key != item.key for a in added):
            added.append(item)
    if not added:
        return []
    old = [c.as_dict() for c in confirmed]
    new = [{"word": item.word, "outputs": dict(item.outputs)} for item in added]
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
    atomic_write(path, text)
    return added


def unreviewed_count(project: Project, data_dir: Path) -> int:
    """How many ambiguous conversions of the corpus are not confirmed (for `zhpress check`).

    Raises DataError when data/variants-review.yaml is malformed.
    """
    items = find_ambiguous(project, site_variants(data_dir))
    return len(unreviewed(items, load_confirmed(review_path(data_dir))))
