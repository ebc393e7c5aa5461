"""Suggesting figures for an article: every numeral, marked figure or not_figure.

`suggest(article)` reads every number of the source (numbers.find_numbers) and
classifies it with rules that hold for the genre (government and news reviews),
not for one article:
  not_figure: years and dates (also years of the ROC calendar, 民國101年, in a
  text that uses it); identifiers (hotlines, codes: long bare numbers, numbers in
  quotation marks with no unit); ordinals (第一); numerals of slogans and names
  (inside “…” with Chinese numerals: 四个自信, 两学一做; a number inside a short
  quoted name: 「長照2.0」; 十九大; 三倍券; 八輪裝甲車; 三次产业); set phrases
  (百年大疫); quarters (二季度); the base of a rate (每千人口, 每万人);
  the indefinite 一 (这一年, 又一次, 一份答卷) and bare Chinese numerals.
  figure: everything else — counts, money, percentages, with their qualifiers.
`merge(path, candidates)` adds new candidates to figures.yaml without touching
any curated entry; running it twice adds nothing the second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .figures import FigureSet, locate, occurrences
from .numbers import Reading, find_numbers
from .project import ArticleData

OPEN_QUOTES, CLOSE_QUOTES = "“「『\"", "”」』\""
CLAUSE_END = "，。；！？,;!?：:、（）()\n"


@dataclass
class Candidate:
    quote: str
    occurrence: int
    value: int | float
    unit: str
    approx: str
    section: str
    start: int
    verdict: str                 # "figure" or "not_figure"
    reason: str
    label_zh: str = ""
    id: str = ""
    line: int = 0
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        item = {"quote": self.quote, "occurrence": self.occurrence, "value": self.value, "unit": self.unit,
                "approx": self.approx, "section": self.section}
        if self.verdict == "figure":
            item = {"id": self.id, **item, "label": {"zh": self.label_zh, "en": f"(to translate) {self.label_zh}"}}
        return {**item, "verdict": self.verdict, "reason": self.reason, "line": self.line}


def _quoted(text: str, start: int, end: int, limit: int = 20) -> tuple[int, int] | None:
    """(opening, closing) quotation mark around [start, end) when it stands inside a short quoted phrase."""
    left = max(text.rfind(q, max(0, start - limit), start) for q in OPEN_QUOTES)
    if left == -1:
        return None
    if any(text.find(q, left + 1, start) != -1 for q in CLOSE_QUOTES if q != '"'):
        return None  # the quotation closed before the number
    right = min((p for p in (text.find(q, end, end + limit) for q in CLOSE_QUOTES) if p != -1), default=-1)
    return (left, right) if right != -1 and "\n" not in text[left:right] else None


def _in_quotes(text: str, start: int, end: int) -> bool:
    return _quoted(text, start, end) is not None


def _in_quoted_name(text: str, reading: Reading) -> bool:
    """A number inside a short quoted name, not ending it: 「長照2.0」, 「0到6歲國家跟你一起養」.

    A quoted phrase that ends with its number (“新增就业300万人”) may quote a statistic and
    is left to the other rules.
    """
    span = _quoted(text, reading.start, reading.end)
    if span is None or span[1] - span[0] - 1 > 12 or re.search(r"[，。；！？,;!?]", text[span[0]:span[1]]):
        return False
    return not reading.unit or span[1] - reading.end >= 2


def uses_roc_calendar(text: str) -> bool:
    """Whether a text counts years in the ROC calendar (民國101年, 113年度)."""
    return "民國" in text or "民国" in text or re.search(r"(?<![0-9])1[0-9]{2}年度", text) is not None


YEAR_UNITS = ("年度", "学年度", "學年度")
DATE_UNITS = ("月", "日", "号", "號", "月份")
ANNIVERSARY_UNITS = ("周年", "週年", "年级", "年級")
FREQUENCY_UNITS = ("次", "回", "遍")
RATE_BASES = {10, 100, 1000, 10000, 100000, 1000000, 100000000}  # 每千人, 每万人, 每十万人 …


def classify(text: str, reading: Reading, roc: bool | None = None) -> tuple[str, str]:
    """(verdict, reason) for one reading of `text`; `roc`: uses_roc_calendar(text), computed when None."""
    quote = text[reading.start:reading.end]
    before = text[max(0, reading.start - 3):reading.start]
    after = text[reading.end:reading.end + 3]
    chinese = reading.kind == "chinese"
    digits_only = bool(re.fullmatch(r"[0-9０-９]+", reading.numeral))
    value = float(reading.value)
    if quote.startswith("第"):
        return "not_figure", "ordinal"
    if reading.approx == "exact" and (
            (reading.unit == "年" and (1900 <= value <= 2100 or before.endswith(("民国", "民國"))))
            or reading.unit in YEAR_UNITS or after.startswith(YEAR_UNITS)
            or (digits_only and 1900 <= value <= 2100 and not reading.unit and re.match(r"[到至~～\-—]", after))):
        return "not_figure", "year"
    if (reading.unit == "年" and reading.approx == "exact" and digits_only and 30 <= value <= 150
            and not re.match(r"[来來前后後间間内內以多半期]", after)
            and (uses_roc_calendar(text) if roc is None else roc)):
        return "not_figure", "year (ROC calendar)"
    if reading.approx == "exact" and (
            (reading.unit in DATE_UNITS and value <= 31)
            or (re.search(r"[（(]$", before) and re.match(r"[）)][日号號]", after))):
        return "not_figure", "date"
    if reading.unit == "季度" and reading.approx == "exact" and value <= 4:
        return "not_figure", "quarter of a year (二季度, 前三季度)"
    if before.endswith("每") and value in RATE_BASES and reading.approx == "exact":
        return "not_figure", "base of a rate (每千人口, 每万人)"
    if reading.unit in ("次",) and after.startswith(("产业", "產業")):
        return "not_figure", "term (三次产业: the three sectors of the economy)"
    if reading.numeral == "1" and re.search(r"[0-9][:：]$", before):
        return "not_figure", "the 1 of a ratio (2.42:1)"
    if reading.kind == "fraction":
        return "figure", "share (三分之一, 1/3, 一半)"
    if reading.unit in ANNIVERSARY_UNITS:
        return "not_figure", "anniversary, grade or generation"
    if re.search(r"[A-Za-z]-?$", before) or (not reading.unit and re.match(r"-?[A-Za-z]", after)):
        return "not_figure", "part of a name or model (F-16, A7)"
    if digits_only and not reading.unit and reading.approx == "exact" and (
            len(reading.numeral) >= 5 or _in_quotes(text, reading.start, reading.end)
            or re.match(r"(热线|熱線|系统|系統|电话|電話|专线|專線)", after)):
        return "not_figure", "identifier (hotline, phone or code)"
    if reading.kind == "arabic" and _in_quoted_name(text, reading):
        return "not_figure", "number inside a quoted name (「長照2.0」)"
    if after.startswith("券") or (reading.unit in ("轮", "輪") and re.match(r"[装裝驱驅传傳]", after)):
        return "not_figure", "part of a name (三倍券, 八輪裝甲車)"
    if chinese and reading.unit == "年" and re.fullmatch(r"[百千万萬]", reading.numeral):
        return "not_figure", "set phrase (百年大疫, 千年: an age, not a count)"
    if chinese and re.fullmatch(r"[十一二三四五六七八九]+大", quote):
        return "not_figure", "name of a congress or campaign (十九大, 六大…)"
    if chinese and _in_quotes(text, reading.start, reading.end):
        return "not_figure", "numeral of a slogan or name in quotation marks"
    if chinese and not reading.unit:
        if re.search(r"[十百千万萬亿億兆]", reading.numeral) and value >= 100:
            return "figure", "amount written in Chinese numerals"
        return "not_figure", "Chinese numeral without a measure word (slogan or set phrase)"
    if chinese and value == 1 and reading.approx == "exact":
        if reading.unit in FREQUENCY_UNITS and "每" in text[max(0, reading.start - 6):reading.start]:
            return "figure", "frequency (每… 一次)"
        return "not_figure", "indefinite 一 (a, one): a set phrase, not a count"
    return "figure", "count or amount" if reading.unit else "number"


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in CLAUSE_END) + 1
    rights = [p for p in (text.find(ch, end) for ch in CLAUSE_END) if p != -1]
    return left, (min(rights) if rights else len(text))


def label_for(text: str, reading: Reading) -> str:
    """A first Chinese label: the clause around the number, the number itself removed."""
    left, right = _clause(text, reading.start, reading.end)
    inner = text[left:reading.start] + text[reading.end:right]
    inner = re.sub(r"^(其中|共|累计|全市|先后|从|为|对|在|将|把)", "", inner).strip(" ,，")
    label = inner[:24] or text[left:right][:24]
    return f"{label}（{reading.unit}）" if reading.unit and reading.unit not in label else label


def suggest(article: ArticleData) -> list[Candidate]:
    text = article.source
    roc = uses_roc_calendar(text)
    candidates, per_section = [], {}
    for reading in find_numbers(text):
        quote = text[reading.start:reading.end]
        starts = occurrences(text, quote)
        if reading.start not in starts:
            continue  # the same characters stand inside an earlier, longer match
        section = article.section_of(reading.start) or "title"
        verdict, reason = classify(text, reading, roc)
        if section == "title" and verdict == "figure":
            verdict, reason = "not_figure", "in the headline, subtitle or byline (figures are bound in the body)"
        per_section[section] = per_section.get(section, 0) + (verdict == "figure")
        candidates.append(Candidate(
            quote=quote, occurrence=starts.index(reading.start) + 1, value=reading.value, unit=reading.unit,
            approx=reading.approx, section=section, start=reading.start, verdict=verdict, reason=reason,
            label_zh=label_for(text, reading) if verdict == "figure" else "",
            id=f"{section}-{per_section[section]:02d}" if verdict == "figure" else "",
            line=text.count("\n", 0, reading.start) + 1))
    return candidates


def covered(figures: FigureSet | None, source: str, candidate: Candidate) -> bool:
    """Whether a curated figure or ignore entry already covers the candidate's span."""
    if figures is None:
        return False
    end = candidate.start + len(candidate.quote)
    for figure in figures.figures:
        start = locate(figure, source)
        if start is not None and start <= candidate.start and end <= start + len(figure.quote):
            return True
    for entry in figures.ignore:
        starts = occurrences(source, entry.quote)
        if entry.occurrence is not None:
            starts = starts[entry.occurrence - 1: entry.occurrence]
        if any(s <= candidate.start and end <= s + len(entry.quote) for s in starts):
            return True
    return False


def _block(items: list[dict]) -> str:
    from .yamlio import dump_yaml

    return "".join("  " + line + "\n" for line in dump_yaml(items).splitlines())


def _insert(text: str, key: str, block: str) -> str:
    """Add list items under the top-level `key` of a YAML text, touching no other line."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    top = [(i, line.split(":", 1)[0]) for i, line in enumerate(lines)
           if re.match(r"^[A-Za-z_]+:", line)]
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


HEADER = ("# Figures of this article: see the schema in the project's README.\n"
          "# Suggested by `zhpress figures suggest --write`: review every entry; labels marked\n"
          "# “(to translate)” need an English label.\n")


def merge(path, figures: FigureSet | None, source: str, candidates: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Add candidates no curated entry covers; returns (figures added, ignore entries added)."""
    from .figures import figures_from_data
    from .textio import atomic_write, read_source
    from .yamlio import parse_yaml

    new = [c for c in candidates if not covered(figures, source, c)]
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
    if not new:
        return [], []
    figure_items = [{k: v for k, v in c.as_dict().items() if k not in ("verdict", "reason", "line")}
                    for c in add_figures]
    ignore_items = [{"quote": c.quote, "occurrence": c.occurrence, "reason": c.reason} for c in add_ignore]
    text = read_source(path) if path.exists() else HEADER
    if figure_items:
        text = _insert(text, "figures", _block(figure_items))
    if ignore_items:
        text = _insert(text, "ignore", _block(ignore_items))
    figures_from_data(parse_yaml(text, str(path)), str(path))  # never write a file that does not validate
    atomic_write(path, text)
    return add_figures, add_ignore
