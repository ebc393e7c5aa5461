"""Classifying one number of a source: a figure, or not (a year, a date, an ordinal, a name …).

The classification is a table: `rules.yaml`, an ordered list of named rules, read into `RULES`.
Each rule is a predicate over one `Case` (a reading with the text around it; the predicates are the
functions of `predicates.py` and `context.py`) and a verdict with its reason; the first rule whose
predicate holds decides. Every rule carries the examples it is for (`examples`: the rule decides
them) and the examples it must not catch (`not_examples`: its predicate is false there);
tests/unit/test_rules.py runs both for every rule. A rule never silences the rules after it: an
exception to a rule is written into that rule's predicate.

The rules hold for the genre (government and news reviews, statistical bulletins, press
releases, speeches), not for one article; `suggest.py` applies them to every number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import yaml

from ...numbers.zh import Reading
from . import context, predicates
from .case import CLAUSE_END, FIGURE, NOT_FIGURE, Case, Example, Rule, uses_roc_calendar

__all__ = [
    "CLAUSE_END",
    "FIGURE",
    "NOT_FIGURE",
    "RULES",
    "RULES_BY_NAME",
    "Case",
    "Decision",
    "Example",
    "Rule",
    "classify",
    "decide",
    "uses_roc_calendar",
]


def _predicate(name: str) -> Callable[[Case], bool]:
    for module in (predicates, context):
        found = getattr(module, "_" + name, None)
        if callable(found):
            return found
    raise LookupError(f"rules.yaml: no predicate named {name!r} in predicates.py or context.py")


def _examples(pairs: list | None) -> tuple[Example, ...]:
    return tuple((str(text), str(quote)) for text, quote in pairs or ())


def load_rules() -> tuple[Rule, ...]:
    """The table of rules.yaml, in order (shipped with the package; an error in it is a bug)."""
    data = yaml.safe_load(resources.files(__package__).joinpath("rules.yaml").read_text(encoding="utf-8"))
    return tuple(
        Rule(
            item["name"],
            item["verdict"],
            item["reason"],
            _predicate(item["applies"]),
            _examples(item["examples"]),
            _examples(item.get("not_examples")),
        )
        for item in data
    )


RULES: tuple[Rule, ...] = load_rules()
RULES_BY_NAME = {rule.name: rule for rule in RULES}


@dataclass(frozen=True)
class Decision:
    """The verdict on one reading: the rule that decided, and the later rules that would also have caught it."""

    rule: Rule
    also: tuple[Rule, ...] = ()

    @property
    def verdict(self) -> str:
        return self.rule.verdict

    @property
    def reason(self) -> str:
        return self.rule.reason


def decide(text: str, reading: Reading, roc: bool | None = None, *, all_rules: bool = False) -> Decision:
    """The first rule of RULES that applies to `reading`; with `all_rules`, also every later rule that applies.

    Args:
        text: the whole source text.
        reading: one reading of `find_numbers(text)`.
        roc: uses_roc_calendar(text); computed when None.
        all_rules: also evaluate the rules after the deciding one (for `zhpress figures explain`).
    """
    case = Case(text, reading, uses_roc_calendar(text) if roc is None else roc)
    matched = (rule for rule in RULES if rule.applies(case))
    first = next(matched)  # the last rule applies to every case
    return Decision(first, tuple(matched) if all_rules else ())


def classify(text: str, reading: Reading, roc: bool | None = None) -> tuple[str, str]:
    """(verdict, reason) for one reading of `text`; `roc`: uses_roc_calendar(text), computed when None."""
    decision = decide(text, reading, roc)
    return decision.verdict, decision.reason
