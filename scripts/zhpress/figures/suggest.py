"""Suggesting figures for an article: every numeral, marked figure or not_figure.

`suggest(article)` reads every number of the source (numbers.find_numbers) and
classifies it with the table of rules in `rules.py`, which hold for the genre
(government and news reviews, statistical bulletins, press releases), not for
one article:
  not_figure: years and dates (also ROC years, 民國101年, and month ranges,
  1-11月); identifiers (hotlines, codes); ordinals (第一, 十八届人大三次会议);
  list numbers; numerals of slogans and names (四个自信, 「長照2.0」, 十九大,
  三倍券, 90后); set phrases; quarters; the base of a rate (每千人口); age
  brackets and thresholds that define a group (60岁及以上人口, 亿元以上项目);
  reference periods, planned periods, time since an event and tenures (较5年前,
  力争5年内, 建成3年来, 执政8年); rankings, place names, a speaker's own points
  (500强, 三门峡, 三项措施); descriptive numbers (400年历史); the indefinite 一
  and bare Chinese numerals; every number of the headline (figures are bound in
  the body). The full list, with examples: `rules.RULES`.
  figure: everything else — counts, money, percentages, with their qualifiers.
`explain(article, quote)` says which rule decided each number of a quote; the
label of a suggested figure is the counted noun phrase, or empty (to write).
`merge(path, candidates)` adds new candidates to figures.yaml without touching
any curated entry; running it twice adds nothing the second time.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from ..errors import DataError, Problem, rel
from ..io.write import update_text
from ..io.yamlfile import MAX_YAML_BYTES, dump_yaml, parse_yaml
from ..numbers.zh import Reading, find_numbers
from ..project import ArticleData
from .model import FigureSet, figures_from_data, ignored_starts, locate, occurrences
from .positions import Spans, source_index
from .rules import CLAUSE_END, NOT_FIGURE, Decision, Rule, classify, decide, uses_roc_calendar

__all__ = ["Candidate", "classify", "covered", "explain", "merge", "suggest"]


@functools.lru_cache(maxsize=1)
def _posseg() -> ModuleType:
    # Imported on first use, not with this module: jieba's tagger costs about a second to load, which
    # every command importing the CLI (`zhpress check` among them) would pay without labelling anything.
    from ..variants.jiebadict import import_jieba

    import_jieba()  # quiet, and without pkg_resources
    from jieba import posseg

    return posseg


# Not a rule of the table: it needs the article's structure, and it overrides a figure verdict only.
HEADLINE = Rule(
    "headline",
    NOT_FIGURE,
    "in the headline, subtitle or byline (figures are bound in the body)",
    lambda case: True,
    (),
)


@dataclass
class Candidate:
    quote: str
    occurrence: int
    value: int | float
    unit: str
    approx: str
    section: str
    start: int
    verdict: str  # "figure" or "not_figure"
    reason: str
    label_zh: str = ""
    id: str = ""
    line: int = 0
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        item = {
            "quote": self.quote,
            "occurrence": self.occurrence,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "section": self.section,
        }
        if self.verdict == "figure":
            english = f"(to translate) {self.label_zh}" if self.label_zh else ""
            item = {"id": self.id, **item, "label": {"zh": self.label_zh, "en": english}}
        return {**item, "verdict": self.verdict, "reason": self.reason, "line": self.line}


_CLAUSE_END_RE = re.compile("[" + re.escape(CLAUSE_END) + "]")


class _Clauses:
    """The clause boundaries of a text, found once (a clause ends at any of CLAUSE_END)."""

    def __init__(self, text: str):
        self.length = len(text)
        self.ends = [m.start() for m in _CLAUSE_END_RE.finditer(text)]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """(first character, end) of the clause holding [start, end)."""
        before = bisect.bisect_left(self.ends, start)
        after = bisect.bisect_left(self.ends, end)
        left = self.ends[before - 1] + 1 if before else 0
        return left, (self.ends[after] if after < len(self.ends) else self.length)


# Parts of speech (jieba's tags) a label may end with or be made of: nouns, place and organisation
# names, verbal and adjectival nouns; a label ends with one of them, and a counted noun starts with them.
_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "eng")


# Words jieba tags as verbs that name what a statistic measures (营业收入, 固定资产投资, 货物出口) …
_MEASURED = {
    "收入",
    "支出",
    "投资",
    "投資",
    "出口",
    "进口",
    "進口",
    "消费",
    "消費",
    "销售",
    "銷售",
    "成交",
    "用电",
    "用電",
}
# … and verbs that only link a phrase to its number (实现营业收入 -> 营业收入).
_LINKING = {
    "实现",
    "實現",
    "完成",
    "达到",
    "達到",
    "开展",
    "開展",
    "新增",
    "累计",
    "累計",
    "增加",
    "减少",
    "減少",
    "提高",
}


def _nounish(flag: str) -> bool:
    return flag in _NOUN_TAGS


def _words(phrase: str) -> list[tuple[str, str]]:
    """jieba's words of a phrase, with their part-of-speech tags (a measured quantity tagged as a noun)."""
    return [(w.word, "n" if w.word in _MEASURED else w.flag) for w in _posseg().lcut(phrase)]


def _phrase_before(before: str) -> str:
    """The noun phrase that ends the text before a number: 各级党组织开展各类宣讲活动 -> 宣讲活动."""
    words = _words(before)
    while words and not _nounish(words[-1][1]):
        words.pop()  # 增长, 达到, 也, 出现: no part of what is counted
    run: list[str] = []
    while words and (
        _nounish(words[-1][1])
        or words[-1][1] in ("a", "b", "j", "l")  # 主要, 第一产业 (an idiom or fixed term); then 宣讲活动:
        or (len(run) == 1 and words[-1][1] == "v" and len(words[-1][0]) == 2 and words[-1][0] not in _LINKING)
    ):
        run.insert(0, words.pop()[0])
    return "".join(run)


def _counted_noun(after: str) -> str:
    """The noun right after a measure word: 3000家企业 -> 企业, 16級強陣風 -> 強陣風."""
    run: list[str] = []
    for word, flag in _words(after[:12]):
        if (_nounish(flag) or (flag in ("a", "b") and not run)) and len(run) < 2:
            run.append(word)
        else:
            break
    return "".join(run) if run and _nounish(_words(run[-1])[-1][1]) else ""


def label_for(text: str, reading: Reading, clauses: _Clauses | None = None) -> str:
    """The label a reader of the figure needs: what it counts, in the source's words, or '' when no such
    phrase stands next to the number (an empty label is a todo for the editor, not a fragment).

    The noun right after a measure word (企业 of 新增3000家企业), else the noun phrase that ends the
    clause before the number (宣讲活动 of 各级党组织开展各类宣讲活动近3000场次, 户籍人口城镇化率 of
    户籍人口城镇化率54.9%), without the words that only link it to the number (为, 达到, 增长 …).
    `clauses`: the clause boundaries of `text`, when already found (suggest finds them once).
    """
    left, right = (clauses or _Clauses(text)).around(reading.start, reading.end)
    before = re.split(r"[^\u4e00-\u9fffA-Za-z]", text[left : reading.start])[-1]
    after = text[reading.end : right]
    label = _counted_noun(after) if reading.unit and not re.search(r"[%‰]", reading.unit) else ""
    if len(label) < 2:
        label = _phrase_before(before)
    if len(label) < 2:
        return ""
    return f"{label}（{reading.unit}）" if reading.unit and reading.unit not in label else label


def _in_headline(article: ArticleData, reading: Reading) -> bool:
    """Whether the reading stands in the headline, subtitle or byline: the parser's title part, unless the
    line is prose (a paragraph of sentences that the parser took for a headline in a text without one)."""
    if (article.section_of(reading.start) or "title") != "title":
        return False
    text = article.source
    line = text[text.rfind("\n", 0, reading.start) + 1 : (text.find("\n", reading.end) + 1 or len(text) + 1) - 1]
    return not (len(line) > 80 or (len(line) > 40 and re.search(r"[。；;！？]", line)))


def decide_in(article: ArticleData, reading: Reading, roc: bool, *, all_rules: bool = False) -> Decision:
    """The rule that decides `reading` of the article's source: the table's, or HEADLINE for a figure in
    the headline (the rule it overrides then comes first in `also`)."""
    decision = decide(article.source, reading, roc, all_rules=all_rules)
    if decision.verdict == "figure" and _in_headline(article, reading):
        return Decision(HEADLINE, (decision.rule, *decision.also))
    return decision


_CALL_BEFORE = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\(\s*$")
_TAG_OPEN = re.compile(r"<[A-Za-z/!][^<>\n]*$")


def _in_markup(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands in pasted markup or code: a call's argument (alert(1)) or inside a tag."""
    before = text[max(0, start - 40) : start]
    if _CALL_BEFORE.search(before):
        return True
    after = text[end : end + 200]
    return _TAG_OPEN.search(before) is not None and ">" in after.split("\n", 1)[0]


def suggest(article: ArticleData) -> list[Candidate]:
    """Every number of the article as a candidate figure (or not), in source order.

    Positions, occurrences, clauses and lines are looked up in indexes built once per source,
    so the time grows in proportion to the length of the source.
    """
    text = article.source
    roc = uses_roc_calendar(text)
    index, clauses = source_index(text), _Clauses(text)
    candidates: list[Candidate] = []
    per_section: dict[str, int] = {}
    for reading in find_numbers(text):
        quote = text[reading.start : reading.end]
        occurrence = index.occurrence_of(quote, reading.start)
        if occurrence is None:
            continue  # the same characters stand inside an earlier, longer match
        section = article.section_of(reading.start) or "title"
        decision = decide_in(article, reading, roc)
        verdict, reason = decision.verdict, decision.reason
        if verdict == "figure" and _in_markup(text, reading.start, reading.end):
            verdict, reason = "not_figure", "part of pasted markup or code (alert(1), <td colspan=2>)"
        per_section[section] = per_section.get(section, 0) + (verdict == "figure")
        candidates.append(
            Candidate(
                quote=quote,
                occurrence=occurrence,
                value=reading.value,
                unit=reading.unit,
                approx=reading.approx,
                section=section,
                start=reading.start,
                verdict=verdict,
                reason=reason,
                label_zh=label_for(text, reading, clauses) if verdict == "figure" else "",
                id=f"{section}-{per_section[section]:02d}" if verdict == "figure" else "",
                line=index.line_of(reading.start),
            )
        )
    return candidates


@dataclass(frozen=True)
class Explained:
    """One number inside an explained quote: its reading, the rule that decided, and the candidate."""

    reading: Reading
    line: int
    decision: Decision
    candidate: Candidate | None  # None: suggest skips it (the same characters inside an earlier, longer match)


@dataclass(frozen=True)
class Explanation:
    quote: str
    occurrence: int
    occurrences: int
    start: int
    line: int
    section: str
    numbers: list[Explained]


def explain(article: ArticleData, quote: str, occurrence: int = 1, shown: str = "source") -> Explanation:
    """Why the suggester takes each number inside `quote` (its `occurrence`-th match) as a figure or not.

    Args:
        article: the article (its source and sections).
        quote: a verbatim passage of the source that holds one number or more.
        occurrence: which match of `quote` (1 = the first).
        shown: the source's name in error messages.

    Raises:
        DataError: when the quote is not in the source, the occurrence does not exist, or no number is in it.
    """
    text, where = article.source, shown
    starts = occurrences(text, quote) if quote else []
    if not starts:
        raise DataError(Problem(where, f"{quote!r} is not in the source", hint="copy the quote verbatim"))
    if not 1 <= occurrence <= len(starts):
        raise DataError(
            Problem(where, f"{quote!r} occurs {len(starts)} time(s), not {occurrence}", hint=f"use 1 to {len(starts)}")
        )
    start = starts[occurrence - 1]
    end = start + len(quote)
    readings = [r for r in find_numbers(text) if r.start < end and start < r.end]
    if not readings:
        raise DataError(
            Problem(
                where,
                f"the reader finds no number in {quote!r}",
                line=text.count("\n", 0, start) + 1,
                hint="numeral characters inside ordinary words (一起, 统一, 这一年) are no numbers",
            )
        )
    roc = uses_roc_calendar(text)
    by_start = {c.start: c for c in suggest(article)}
    return Explanation(
        quote=quote,
        occurrence=occurrence,
        occurrences=len(starts),
        start=start,
        line=text.count("\n", 0, start) + 1,
        section=article.section_of(start) or "title",
        numbers=[
            Explained(
                r, text.count("\n", 0, r.start) + 1, decide_in(article, r, roc, all_rules=True), by_start.get(r.start)
            )
            for r in readings
        ],
    )


def curated_spans(figures: FigureSet | None, source: str) -> Spans:
    """The spans of the source that curated figures and ignore entries cover (positions stored when bound)."""
    spans: list[tuple[int, int, str]] = []
    for figure in figures.figures if figures else ():
        start = locate(figure, source)
        if start is not None:
            spans.append((start, start + len(figure.quote), figure.id))
    for entry in figures.ignore if figures else ():
        starts = entry.starts if entry.starts is not None else ignored_starts(entry, occurrences(source, entry.quote))
        spans.extend((s, s + len(entry.quote), entry.quote) for s in starts)
    return Spans(spans)


def covered(figures: FigureSet | None, source: str, candidate: Candidate, spans: Spans | None = None) -> bool:
    """Whether a curated figure or ignore entry already covers the candidate's span.

    Args:
        figures: the curated figures (None: none).
        source: the article's source.
        candidate: the suggestion.
        spans: `curated_spans(figures, source)`, when already found (for many candidates).
    """
    if figures is None:
        return False
    spans = spans if spans is not None else curated_spans(figures, source)
    return bool(spans.covering(candidate.start, candidate.start + len(candidate.quote)))


def _block(items: list[dict]) -> str:

    return "".join("  " + line + "\n" for line in dump_yaml(items).splitlines())


def _insert(text: str, key: str, block: str) -> str:
    """Add list items under the top-level `key` of a YAML text, touching no other line."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    top = [(i, line.split(":", 1)[0]) for i, line in enumerate(lines) if re.match(r"^[A-Za-z_]+:", line)]
    here = next((i for i, name in top if name == key), None)
    if here is None:
        return "".join(lines) + f"{key}:\n" + block
    if re.match(rf"^{key}:\s*\[\]\s*(#.*)?$", lines[here]):
        lines[here] = f"{key}:\n"
    following = [i for i, _ in top if i > here]
    at = following[0] if following else len(lines)
    while at > here + 1 and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")) and following:
        at -= 1  # keep blank lines and comments that introduce the next key with it
    return "".join(lines[:at]) + block + "".join(lines[at:])


HEADER = (
    "# Figures of this article: see the schema in the project's README.\n"
    "# Suggested by `zhpress figures suggest --write`: review every entry; labels marked\n"
    "# “(to translate)” need an English label, empty labels a label in both languages.\n"
)


def merge(
    path, figures: FigureSet | None, source: str, candidates: list[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """Add candidates no curated entry covers; returns (figures added, ignore entries added).

    The file is read again under the writers' lock (`io.text.file_lock`) and the candidates are
    judged against what it holds now, not against `figures` as loaded earlier: an entry an
    editor saved meanwhile is respected, and two runs at once add each candidate once. The
    write is refused (`ConflictError`) when the file changes between this read and the write.

    Args:
        path: the article's figures.yaml (created when missing).
        figures: the figures as the caller loaded them (used only when the file does not exist).
        source: the article's source text.
        candidates: the suggestions, in source order.
    """
    path = Path(path)
    result: tuple[list[Candidate], list[Candidate]] = ([], [])

    def change(text: str | None) -> str | None:
        nonlocal result
        current = figures if text is None else figures_from_data(parse_yaml(text, rel(path)), rel(path))
        result, new_text = _merged(text, current, source, candidates, rel(path))
        return new_text

    update_text(path, change)
    return result


def _merged(
    text: str | None, figures: FigureSet | None, source: str, candidates: list[Candidate], shown: str
) -> tuple[tuple[list[Candidate], list[Candidate]], str | None]:
    """The candidates to add to the figures file `text` (None: no file yet), and its new text."""
    spans = curated_spans(figures, source)
    new = [c for c in candidates if not covered(figures, source, c, spans)]
    if not new:
        return ([], []), None
    taken = {f.id for f in figures.figures} if figures else set()
    add_figures, add_ignore = [], []
    for c in new:
        if c.verdict == "figure":
            base, n = c.id, 2
            while c.id in taken:
                c.id, n = f"{base}-{n}", n + 1
            taken.add(c.id)
            add_figures.append(c)
        else:
            add_ignore.append(c)
    figure_items = [
        {k: v for k, v in c.as_dict().items() if k not in ("verdict", "reason", "line")} for c in add_figures
    ]
    ignore_items = [{"quote": c.quote, "occurrence": c.occurrence, "reason": c.reason} for c in add_ignore]
    out = HEADER if text is None else text
    if figure_items:
        out = _insert(out, "figures", _block(figure_items))
    if ignore_items:
        out = _insert(out, "ignore", _block(ignore_items))
    size = len(out.encode("utf-8"))
    if size > MAX_YAML_BYTES:
        raise DataError(
            Problem(
                shown,
                f"would grow to {size:,} bytes with {len(new):,} suggestions, more than the limit of "
                f"{MAX_YAML_BYTES:,} bytes for curated YAML files",
                hint="split the article into several articles; nothing was written",
            )
        )
    figures_from_data(parse_yaml(out, shown), shown)  # never write a file that does not validate
    return (add_figures, add_ignore), out
