"""Script variants: OpenCC conversion with curated phrase overrides.

OpenCC's own dictionaries mis-convert a few phrases of news text (新征程 →
新徵程, 更加注重 → 更加註重, …). Overrides kept in `data/overrides.yaml` are
written into a plain-text OpenCC dictionary and placed first in a custom JSON
config derived from the stock one, so they win in segmentation and conversion.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import opencc

from ..errors import ConfigError, DataError, Problem, rel
from ..io.yamlfile import line_of, load_yaml

OPENCC_SHARE = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
TRADITIONAL_KEY = "traditional"


@dataclass
class Overrides:
    """Phrase → phrase, for all Traditional variants and per variant locale."""

    traditional: dict[str, str] = field(default_factory=dict)
    by_locale: dict[str, dict[str, str]] = field(default_factory=dict)
    path: str = "data/overrides.yaml"
    locale_lines: dict[str, int] = field(default_factory=dict)  # line of each locale under `variants:`

    def unknown_locales(self, locales: tuple[str, ...] | list[str]) -> list[Problem]:
        """A problem for each locale under `variants:` that is none of `locales` (the site's converted ones)."""
        return [
            Problem(
                self.path,
                f"unknown locale {locale!r}",
                line=self.locale_lines.get(locale),
                field=f"variants.{locale}",
                hint="the site's converted languages are " + (", ".join(locales) or "none"),
            )
            for locale in self.by_locale
            if locale not in locales
        ]

    def for_locale(self, locale: str) -> dict[str, str]:
        merged = dict(self.traditional)
        merged.update(self.by_locale.get(locale, {}))
        return merged


def load_overrides(path: Path) -> Overrides:
    """Read `overrides.yaml`: `traditional:` and `variants: {locale: {...}}` maps of phrases."""
    path = Path(path)
    if not path.exists():
        return Overrides(path=rel(path))
    data = load_yaml(path) or {}
    problems: list[Problem] = []
    shown = rel(path)

    def phrases(mapping, where: str, line: int) -> dict[str, str]:
        if mapping is None:
            return {}
        if not isinstance(mapping, dict):
            problems.append(Problem(shown, "must be a mapping of phrase: phrase", line=line, field=where))
            return {}
        out = {}
        for key, value in mapping.items():
            kline = mapping.line_of(key) if hasattr(mapping, "line_of") else line
            if not isinstance(key, str) or not isinstance(value, str) or not key.strip() or not value.strip():
                problems.append(Problem(shown, f"{key!r}: both sides must be non-empty text", line=kline, field=where))
            elif len(key) != len(value):
                problems.append(
                    Problem(
                        shown,
                        f"{key} → {value}: the phrases differ in length",
                        line=kline,
                        field=where,
                        hint="an override replaces characters one for one",
                    )
                )
            elif any(ch in key for ch in "\t\n\r ") or any(ch in value for ch in "\t\n\r "):
                problems.append(Problem(shown, f"{key!r}: phrases may not contain whitespace", line=kline, field=where))
            else:
                out[key] = value
        return out

    if not isinstance(data, dict):
        raise DataError(Problem(shown, "must be a mapping with `traditional:` and `variants:`", line=1))
    unknown = set(data) - {TRADITIONAL_KEY, "variants"}
    for key in sorted(unknown, key=str):
        problems.append(
            Problem(shown, f"unknown key {key!r}", line=line_of(data, key), hint="expected `traditional` or `variants`")
        )
    traditional = phrases(data.get(TRADITIONAL_KEY), TRADITIONAL_KEY, line_of(data, TRADITIONAL_KEY))
    by_locale, locale_lines = {}, {}
    variants = data.get("variants") or {}
    if not isinstance(variants, dict):
        problems.append(
            Problem(shown, "must map a locale to phrases", line=line_of(data, "variants"), field="variants")
        )
    else:
        for locale, mapping in variants.items():
            by_locale[str(locale)] = phrases(mapping, f"variants.{locale}", line_of(variants, locale))
            locale_lines[str(locale)] = line_of(variants, locale)
    if problems:
        raise DataError(problems)
    return Overrides(traditional=traditional, by_locale=by_locale, path=shown, locale_lines=locale_lines)


def _absolute(node, share: Path):
    if isinstance(node, dict):
        if node.get("type") == "ocd2" and "file" in node:
            node["file"] = str(share / node["file"])
        for value in node.values():
            _absolute(value, share)
    elif isinstance(node, list):
        for value in node:
            _absolute(value, share)


def _stock_config(name: str) -> dict:
    stem = name[:-5] if name.endswith(".json") else name
    path = OPENCC_SHARE / f"{stem}.json"
    if not path.is_file():
        known = sorted(p.stem for p in OPENCC_SHARE.glob("*.json"))
        raise ConfigError(
            Problem("mkdocs.yml", f"unknown OpenCC config {name!r}", field="opencc", hint="one of " + ", ".join(known))
        )
    return json.loads(path.read_text(encoding="utf-8"))


def custom_config(name: str, phrases: dict[str, str], workdir: Path) -> Path:
    """Write an OpenCC config: the stock `name` with `phrases` taking precedence."""
    config = _stock_config(name)
    _absolute(config, OPENCC_SHARE)
    if phrases:
        dict_path = workdir / "overrides.txt"
        _put(dict_path, "".join(f"{k}\t{v}\n" for k, v in sorted(phrases.items())))
        override = {"type": "text", "file": str(dict_path)}
        first = config["conversion_chain"][0]["dict"]
        segmentation = config.get("segmentation", {"type": "mmseg", "dict": copy.deepcopy(first)})
        segmentation["dict"] = {"type": "group", "match_policy": "union", "dicts": [override, segmentation["dict"]]}
        config["segmentation"] = segmentation
        config["conversion_chain"][0]["dict"] = {
            "type": "group",
            "match_policy": "short_circuit",
            "dicts": [override, first],
        }
        # Later steps (regional variants) must not undo an override: map its output to itself.
        keep = {v: v for v in phrases.values()}
        keep_path = workdir / "keep.txt"
        _put(keep_path, "".join(f"{k}\t{v}\n" for k, v in sorted(keep.items())))
        for step in config["conversion_chain"][1:]:
            step["dict"] = {
                "type": "group",
                "match_policy": "short_circuit",
                "dicts": [{"type": "text", "file": str(keep_path)}, step["dict"]],
            }
    path = workdir / "config.json"
    _put(path, json.dumps(config, ensure_ascii=False, indent=1))
    return path


def _put(path: Path, text: str) -> None:
    """Write a file of the shared work folder so that no process ever reads it half-written.

    Several processes (a build's language workers, other builds of the same site) may set up the
    same converter at once: a file already holding `text` is left alone, any other is replaced
    by a rename of a file of this process's own.
    """
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@functools.lru_cache(maxsize=32)
def _converter(name: str, phrases_key: tuple[tuple[str, str], ...]) -> opencc.OpenCC:
    phrases = dict(phrases_key)
    digest = hashlib.sha256(json.dumps([name, phrases_key], ensure_ascii=False).encode()).hexdigest()[:16]
    workdir = Path(tempfile.gettempdir()) / f"zhpress-opencc-{os.getuid()}-{digest}"
    workdir.mkdir(parents=True, exist_ok=True)
    return opencc.OpenCC(str(custom_config(name, phrases, workdir)))


class Converter:
    """Converts Simplified text into one variant; identity when `opencc` is None."""

    def __init__(self, opencc_config: str | None, phrases: dict[str, str] | None = None):
        self.opencc_config = opencc_config
        self.phrases = dict(phrases or {})
        self._cc = _converter(opencc_config, tuple(sorted(self.phrases.items()))) if opencc_config else None

    def __call__(self, text: str) -> str:
        return self.convert(text)

    def convert(self, text: str) -> str:
        if self._cc is None or not text:
            return text
        return self._cc.convert(text)

    def convert_markdown(self, markdown: str) -> str:
        """Convert prose in Markdown; code, URLs, link targets, HTML tags, attributes and keys stay."""
        if self._cc is None:
            return markdown
        return "".join(chunk if protected else self.convert(chunk) for chunk, protected in split_markdown(markdown))


# A fenced block runs to its closing fence, or to the end of the text when it is never closed;
# an indented code block is a run of lines indented by 4 spaces or a tab after a blank line
# that does not continue a list item.
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,}).*?(?:^[ ]{0,3}(?P=fence)[ \t]*$|\Z)", re.M | re.S)
_INDENTED = re.compile(r"(?:\A|(?<=\n\n))(?:(?: {4}|\t)[^\n]*(?:\n|\Z)|[ \t]*\n(?=(?: {4}|\t)))+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_INLINE_PROTECTED = re.compile(
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<target>\]\([^)\s]*(?:\s+\"[^\"]*\")?\))"  # ](target "title"): the target stays
    r"|(?P<refdef>^[ ]{0,3}\[[^\]]+\]:[ \t]*\S+)"  # [id]: url
    r"|(?P<tag></?[A-Za-z][^>]*>|<!--.*?-->)"  # HTML tags with their attributes, comments
    r"|(?P<url>(?:https?|ftp|mailto):(?:[^\s<>()\]]|\([^\s<>()]*\))+)"
    r"|(?P<entity>&#?\w+;)"
    r"|(?P<attrs>\{[:#.][^}\n]*\})",  # attribute lists {: .class #id }
    re.M | re.S,
)
_FM_LINE = re.compile(r"^(?P<key>\s*(?:-\s+)?[\w.-]+\s*:\s*)(?P<value>.*)$")


def _split_inline(text: str):
    pos = 0
    for match in _INLINE_PROTECTED.finditer(text):
        if match.start() > pos:
            yield text[pos : match.start()], False
        yield match.group(0), True
        pos = match.end()
    if pos < len(text):
        yield text[pos:], False


def _split_front_matter(block: str):
    for line in block.splitlines(keepends=True):
        match = _FM_LINE.match(line.rstrip("\n"))
        if match and match.group("value").strip() and not line.startswith("---"):
            yield match.group("key"), True
            yield from _split_inline(match.group("value"))
            yield line[len(match.group(0)) :], True
        else:
            yield line, True


def _code_blocks(markdown: str, pos: int) -> list[tuple[int, int]]:
    """Spans of fenced and indented code blocks from `pos` on, in order, not overlapping."""
    spans = [(m.start(), m.end()) for m in _FENCE.finditer(markdown, pos)]
    for match in _INDENTED.finditer(markdown, pos):
        before = markdown[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if _LIST_ITEM.match(before) or before.startswith((" " * 4, "\t")):
            continue  # a list item's continuation paragraph, not code
        if not any(s <= match.start() < e for s, e in spans):
            spans.append((match.start(), match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def split_markdown(markdown: str):
    """Yield (chunk, protected) pairs covering `markdown` exactly, in order."""
    pos = 0
    front = _FRONT_MATTER.match(markdown)
    if front:
        yield from _split_front_matter(front.group(0))
        pos = front.end()
    for start, end in _code_blocks(markdown, pos):
        if start > pos:
            yield from _split_inline(markdown[pos:start])
        yield markdown[start:end], True
        pos = end
    if pos < len(markdown):
        yield from _split_inline(markdown[pos:])
