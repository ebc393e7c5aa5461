"""The classification table (zhpress.figures.rules.RULES): every rule decides the examples it is for
and does not catch the examples it must not catch."""

import pytest

from zhpress.figures.rules import RULES, Case, decide, uses_roc_calendar
from zhpress.numbers.zh import find_numbers


def reading_in(text: str, quote: str):
    """The reading of `text` that covers the first occurrence of `quote`."""
    start = text.index(quote)
    return next(r for r in find_numbers(text) if r.start <= start < r.end)


EXAMPLES = [
    pytest.param(rule, text, quote, id=f"{rule.name}:{quote}") for rule in RULES for text, quote in rule.examples
]
NOT_EXAMPLES = [
    pytest.param(rule, text, quote, id=f"{rule.name}:not:{quote}")
    for rule in RULES
    for text, quote in rule.not_examples
]


@pytest.mark.parametrize("rule,text,quote", EXAMPLES)
def test_each_rule_decides_its_examples(rule, text, quote):
    decision = decide(text, reading_in(text, quote))
    assert decision.rule.name == rule.name, (decision.rule.name, decision.reason)
    assert (decision.verdict, decision.reason) == (rule.verdict, rule.reason)


@pytest.mark.parametrize("rule,text,quote", NOT_EXAMPLES)
def test_no_rule_catches_what_it_must_not(rule, text, quote):
    assert not rule.applies(Case(text, reading_in(text, quote), uses_roc_calendar(text)))


def test_the_table_is_well_formed():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)
    assert all(rule.verdict in ("figure", "not_figure") and rule.reason for rule in RULES)
    assert RULES[-1].name == "number"  # the last rule takes every number no other rule decided


def test_explain_lists_the_later_rules_that_also_apply():
    text = "其中約7成為60歲以上"
    decision = decide(text, reading_in(text, "60歲以上"), all_rules=True)
    assert decision.rule.name == "age-bracket"
    assert [r.name for r in decision.also] == ["count", "number"]
