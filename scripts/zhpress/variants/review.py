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
import re
import subprocess
import tempfile
from pathlib import Path

import opencc

from ..errors import ConfigError, Problem, rel
from ..io.cache import Cache, code_digest, digest, library_stamp
from ..project import Project
from ..siteconfig import read_site_settings
from .convert import OPENCC_SHARE, Converter
from .items import Example, ReviewItem
from .record import (  # noqa: F401  (the review API)
    Confirmation,
    by_word,
    confirm,
    is_confirmed,
    load_confirmed,
    review_path,
    unreviewed,
)
from .segment import spans_holding

OPENCC_DICT = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
CONTEXT_CHARS = 8
# A one-character word (干 in 就干了 or 向前干) says nothing of its sense alone: it is reviewed in
# its context, the characters around it. A longer jieba word (干部, 干净) is its own context.
WORD_CONTEXT = 2
MAX_EXAMPLES = 3


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
        raise ConfigError(
            Problem(str(ocd2), "OpenCC dictionary not found", hint="reinstall the opencc package")
        ) from None
    cache = _cache_dir()
    target = cache / f"{name}-{stat.st_size}-{stat.st_mtime_ns}.txt"
    if not target.is_file():
        tmp = cache / f".{target.name}.{os.getpid()}.tmp"
        try:
            subprocess.run(
                [str(OPENCC_DICT), "-i", str(ocd2), "-o", str(tmp), "-f", "ocd2", "-t", "text"],
                check=True,
                capture_output=True,
                timeout=120,
            )
            os.replace(tmp, target)
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", None) or b""
            detail = detail.decode("utf-8", "replace").strip() if isinstance(detail, bytes) else str(detail)
            raise ConfigError(
                Problem(
                    str(OPENCC_DICT),
                    f"could not dump {ocd2.name}: {detail or exc}",
                    hint="reinstall the opencc package",
                )
            ) from None
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
    return [m.span() for m in _phrase_pattern(frozenset(phrases)).finditer(text)]


@functools.lru_cache(maxsize=4)
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern:
    # An alternation tries its branches in order: longest first gives the longest phrase at each position.
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p))))


def _context(text: str, line_start: int, line_end: int, start: int, end: int) -> str:
    left, right = max(line_start, start - CONTEXT_CHARS), min(line_end, end + CONTEXT_CHARS)
    return ("…" if left > line_start else "") + text[left:right] + ("…" if right < line_end else "")


def word_context(text: str, line_start: int, line_end: int, start: int, end: int) -> str:
    """The word with up to WORD_CONTEXT characters of its line on each side: `向前[干]，`."""
    left, right = max(line_start, start - WORD_CONTEXT), min(line_end, end + WORD_CONTEXT)
    return f"{text[left:start]}[{text[start:end]}]{text[end:right]}"


def find_ambiguous(project: Project, variants: list[tuple[str, str]], cache: Cache | None = None) -> list[ReviewItem]:
    """Every word of every Simplified source holding an ambiguous character, grouped by (word, outputs).

    A word is a jieba word, or an override phrase where one covers the character
    (the override is the unit an editor chose). Its output in each variant is cut
    from the conversion of the whole source, so OpenCC's phrase matching across
    word boundaries is what the site shows. Items are ordered by first occurrence.

    Each article's findings are kept in `cache` (default: the project's, see
    `zhpress.io.cache`) under a key of its source, the variants, their overrides,
    the versions of OpenCC and jieba and the code of `zhpress.variants`, so
    unchanged sources are not segmented or converted again.
    """
    cache = Cache.for_data(project.data_dir) if cache is None else cache
    return _merge(found for _, found in _findings(project, variants, cache))


def _findings(project: Project, variants: list[tuple[str, str]], cache: Cache):
    """(article slug, its review items) of each Simplified source, from the cache where it has them."""
    pass_ = _ReviewPass(project, variants)
    for article in _simplified(project):
        yield article.slug, _cached_items(pass_, article, cache, digest(pass_.settings, article.slug, article.source))


def _simplified(project: Project):
    """The articles whose sources are converted (a Traditional source is shown as written)."""
    return [article for article in project.articles if article.meta.script != "hant"]


def _cached_items(pass_: _ReviewPass, article, cache: Cache, key: str) -> list[ReviewItem]:
    """An article's review items from the cache, or found (and stored) when not there."""
    stored = cache.get("review", key)
    found = _items_from_json(stored) if stored is not None else None
    if found is None:
        found = pass_.article_items(article.slug, article.source)
        cache.put("review", key, [item.as_dict() for item in found])
    return found


def _merge(per_article) -> list[ReviewItem]:
    """The items of several articles as one list: the same (word, context, outputs) once, counts added."""
    items: dict[tuple[str, str | None, tuple[str, ...]], ReviewItem] = {}
    for found in per_article:
        for item in found:
            ident = _ident(item)
            merged = items.get(ident)
            if merged is None:
                items[ident] = item
                continue
            merged.count += item.count
            merged.notes.extend(n for n in item.notes if n not in merged.notes)
            merged.examples.extend(item.examples[: max(0, MAX_EXAMPLES - len(merged.examples))])
    return list(items.values())


def _ident(item: ReviewItem) -> tuple[str, str | None, tuple[str, ...]]:
    """What makes two findings one item: the word, its context (a one-character word) and its outputs."""
    return (item.word, item.context, tuple(item.outputs.values()))


def _items_from_json(stored) -> list[ReviewItem] | None:
    """Items as `ReviewItem.as_dict` wrote them, or None when the entry is not such a list."""
    try:
        return [ReviewItem.from_dict(entry) for entry in stored]
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


class _ReviewPass:
    """What the review of one source needs, made only when a source is not cached."""

    def __init__(self, project: Project, variants: list[tuple[str, str]]):
        self.project = project
        self.variants = variants
        overrides = {locale: sorted(project.overrides.for_locale(locale).items()) for locale, _ in variants}
        # What decides the findings: this package's variant code and its cache, OpenCC, jieba (its code
        # and dictionary), the variants and their overrides; the source is added per article. Other
        # changes to the package (a new release) keep the entries.
        self.settings = digest(
            code_digest("variants", "io/cache.py"),
            f"opencc {getattr(opencc, '__version__', '')}",
            library_stamp("jieba", "__init__.py", "dict.txt"),
            repr(variants),
            repr(overrides),
        )

    @functools.cached_property
    def table(self) -> dict[str, list[str]]:
        return ambiguous_characters()

    @functools.cached_property
    def converters(self) -> dict[str, Converter]:
        return {
            locale: Converter(config, self.project.overrides.for_locale(locale)) for locale, config in self.variants
        }

    @functools.cached_property
    def phrases(self) -> set[str]:
        return {p for locale, _ in self.variants for p in self.project.overrides.for_locale(locale)}

    def convert_all(self, sources: list[str]) -> list[dict[str, str]]:
        """Each source converted into every variant (locale → text), one variant at a time.

        OpenCC converts a batch of texts about twice as fast as the same texts interleaved with
        segmentation (its dictionaries stay in the processor's caches).
        """
        by_locale = {locale: [conv.convert(source) for source in sources] for locale, conv in self.converters.items()}
        return [{locale: texts[i] for locale, texts in by_locale.items()} for i in range(len(sources))]

    def spans(self, source: str) -> list[tuple[int, int, bool]]:
        """(start, end, is_override) of each reviewed word of `source`, in order: every jieba word that
        holds an ambiguous character not covered by an override phrase, and every override phrase that
        holds one."""
        table = self.table
        ambiguous = _ambiguous_pattern(tuple(table))
        override_spans = _override_spans(source, self.phrases)
        covered = {i for a, b in override_spans for i in range(a, b)}
        # a character covered by an override phrase is reviewed with the phrase
        positions = [m.start() for m in ambiguous.finditer(source) if m.start() not in covered]
        spans = [(start, end, False) for start, end in spans_holding(source, positions)]
        spans += [(a, b, True) for a, b in override_spans if ambiguous.search(source, a, b)]
        return sorted(spans)

    def _outputs(self, source: str, converted: dict[str, str], slug: str, start: int, end: int):
        """The word's output in each variant, cut from the converted source (converted alone where
        the conversion changed the source's length), and a note for each such variant."""
        outputs, notes = {}, []
        for (locale, text), conv in zip(converted.items(), self.converters.values()):
            if len(text) == len(source):
                outputs[locale] = text[start:end]
            else:
                outputs[locale] = conv.convert(source[start:end])
                notes.append(f"{locale}: converted alone (the conversion of {slug} changed its length)")
        return outputs, notes

    def article_items(self, slug: str, source: str, converted: dict[str, str] | None = None) -> list[ReviewItem]:
        """The review items of one source, in order of first occurrence, with at most MAX_EXAMPLES examples each.

        Args:
            slug: the article's slug (for examples and notes).
            source: its Simplified source.
            converted: the source in each variant, as `convert_all` gives it (converted here when None).
        """
        table = self.table
        converted = self.convert_all([source])[0] if converted is None else converted
        line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        items: dict[tuple[str, str | None, tuple[str, ...]], ReviewItem] = {}
        for start, end, is_override in self.spans(source):
            word = source[start:end]
            outputs, notes = self._outputs(source, converted, slug, start, end)
            index = bisect.bisect_right(line_starts, start) - 1
            line_start = line_starts[index]
            line_end = source.find("\n", start)
            line_end = len(source) if line_end < 0 else line_end
            context = word_context(source, line_start, line_end, start, end) if len(word) == 1 else None
            ident = (word, context, tuple(outputs.values()))
            item = items.get(ident)
            if item is None:
                chars = {ch: list(table[ch]) for ch in word if ch in table}
                item = items[ident] = ReviewItem(
                    word=word, chars=chars, outputs=outputs, override=is_override, context=context
                )
            item.count += 1
            item.notes.extend(note for note in notes if note not in item.notes)
            if len(item.examples) < MAX_EXAMPLES:
                item.examples.append(Example(slug, index + 1, _context(source, line_start, line_end, start, end)))
        return list(items.values())

    def status_entries(self, source: str, converted: dict[str, str]) -> list[list]:
        """[word, context, outputs] of each item `article_items` would give, in the same order, without
        what only the review listing shows (examples, counts, notes, candidates).

        Args:
            source: the Simplified source.
            converted: the source in each variant, as `convert_all` gives it.
        """
        entries: dict[tuple[str, str | None, tuple[str, ...]], list] = {}
        for start, end, _ in self.spans(source):
            word = source[start:end]
            outputs, _notes = self._outputs(source, converted, "", start, end)
            context = None
            if end - start == 1:
                line_end = source.find("\n", start)
                context = word_context(
                    source, source.rfind("\n", 0, start) + 1, len(source) if line_end < 0 else line_end, start, end
                )
            ident = (word, context, tuple(outputs.values()))
            if ident not in entries:
                entries[ident] = [word, context, outputs]
        return list(entries.values())


@functools.lru_cache(maxsize=2)
def _ambiguous_pattern(chars: tuple[str, ...]) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile(r"(?!)")


# --- confirmations -------------------------------------------------------------


def review_status(project: Project, data_dir: Path) -> tuple[int, dict[str, int]]:
    """The unconfirmed ambiguous conversions: how many in the whole corpus (the same word in the same
    context with the same outputs counted once), and how many per article slug (articles with none left out).

    One pass over the sources, for `zhpress check`. It needs only each item's word, context and
    outputs, which the cache keeps apart from the full findings (examples, candidates), so a warm
    run reads little, and a cold one finds only those (`_ReviewPass.status_entries`).
    Raises DataError when data/variants-review.yaml is malformed.
    """
    confirmed = load_confirmed(review_path(data_dir))
    cache = Cache.for_data(data_dir)
    pass_ = _ReviewPass(project, site_variants(data_dir))
    articles = _simplified(project)
    keys = [digest(pass_.settings, article.slug, article.source) for article in articles]
    found: list[list[ReviewItem] | None] = []
    for key in keys:
        stored = cache.get("review-status", key)
        found.append(_status_items(stored) if stored is not None else None)
    missing = [i for i, items in enumerate(found) if items is None]
    # A source not seen by the status before: its full findings where `variants review` stored them,
    # else only what the status needs, found here with every such source converted first (convert_all).
    full: dict[int, list[ReviewItem]] = {}
    for i in missing:
        stored = cache.get("review", keys[i])
        items = _items_from_json(stored) if stored is not None else None
        if items is not None:
            full[i] = items
    todo = [i for i in missing if i not in full]
    converted = dict(zip(todo, pass_.convert_all([articles[i].source for i in todo]))) if todo else {}
    for i in missing:
        if i in full:
            entries = [[item.word, item.context, item.outputs] for item in full[i]]
        else:
            entries = pass_.status_entries(articles[i].source, converted[i])
        cache.put("review-status", keys[i], entries)
        found[i] = _status_items(entries)
    pending_all: set[tuple[str, str | None, tuple[str, ...]]] = set()
    counts: dict[str, int] = {}
    index = by_word(confirmed)
    for article, items in zip(articles, found):
        pending = unreviewed(items or [], confirmed, index)
        if pending:
            counts[article.slug] = len(pending)
        pending_all.update(map(_ident, pending))
    return len(pending_all), counts


def _status_items(stored) -> list[ReviewItem] | None:
    """The [word, context, outputs] entries `review_status` stored, as items; None when malformed."""
    try:
        items = [
            ReviewItem(word=word, chars={}, outputs=dict(outputs.items()), context=context)
            for word, context, outputs in stored
        ]
    except (TypeError, ValueError, AttributeError):
        return None
    well_formed = all(
        isinstance(i.word, str)
        and isinstance(i.context, (str, type(None)))
        and all(isinstance(k, str) and isinstance(v, str) for k, v in i.outputs.items())
        for i in items
    )
    return items if well_formed else None


def unreviewed_by_article(project: Project, data_dir: Path) -> dict[str, int]:
    """Unreviewed conversions per article slug (each word, or one-character word in its context, once).

    Raises DataError when data/variants-review.yaml is malformed.
    """
    return review_status(project, data_dir)[1]


def review_problems(project: Project, counts: dict[str, int], severity: str = "warning") -> list[Problem]:
    """One problem per article of `counts` (slug → unreviewed conversions, as `review_status` gives)."""
    paths = {article.slug: rel(article.source_path) for article in project.articles}
    return [
        Problem(
            paths[slug],
            f"{count} conversion(s) of ambiguous characters not reviewed for the Traditional pages",
            hint="see `zhpress variants review`, then `zhpress variants confirm` or add an override",
            severity=severity,
        )
        for slug, count in counts.items()
    ]


def unreviewed_count(project: Project, data_dir: Path) -> int:
    """How many ambiguous conversions of the corpus are not confirmed (for `zhpress check`).

    Raises DataError when data/variants-review.yaml is malformed.
    """
    return review_status(project, data_dir)[0]
