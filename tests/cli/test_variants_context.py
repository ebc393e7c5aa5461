"""Variant review bound to context: a one-character word is confirmed where it stands only."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.project import load_project
from zhpress.variants.review import unreviewed_by_article

SOURCE = "articles/ankang-2017/source.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def add_sentence(data, sentence="衣服很快就干了。"):
    path = data / SOURCE
    text = path.read_text(encoding="utf-8")
    assert text.count("我们社区党支部") == 1
    path.write_text(text.replace("我们社区党支部", sentence + "我们社区党支部"), encoding="utf-8")


def test_a_new_gan_in_an_unconfirmed_context_is_listed(data_copy):
    assert "0 unreviewed of" in run("variants", "review", "--data", data_copy).output
    add_sentence(data_copy)
    review = run("variants", "review", "--data", data_copy)
    lines = review.output.splitlines()
    assert lines[:2] == [
        "干 → 幹/乾/干/榦  (1 occurrence(s))",
        "  快就[干]了。 → zh-Hant 幹 · zh-HK 幹  ×1  e.g. ankang-2017:8 …一起。衣服很快就干了。我们社区党支…",
    ]
    assert "向前[干]" not in review.output  # the confirmed context stays confirmed
    check = run("check", "--data", data_copy)
    assert (
        "  todo: data/articles/ankang-2017/source.txt: 2 conversion(s) of ambiguous characters not reviewed "
        "for the Traditional pages (see `zhpress variants review`, then `zhpress variants confirm` or add an override)"
    ) in check.output.replace(str(data_copy.parent) + "/", "")
    assert unreviewed_by_article(load_project(data_copy), data_copy) == {"ankang-2017": 2}


def test_confirming_a_context_records_it_and_only_it(data_copy):
    add_sentence(data_copy)
    confirmed = run("variants", "confirm", "快就[干]了。", "--data", data_copy)
    assert confirmed.exit_code == 0, confirmed.output
    assert confirmed.output.splitlines()[0] == "confirmed 快就[干]了。 → zh-Hant 幹 · zh-HK 幹"
    record = yaml.safe_load((data_copy / "variants-review.yaml").read_text(encoding="utf-8"))["confirmed"]
    assert record[-1] == {"word": "干", "outputs": {"zh-Hant": "幹", "zh-HK": "幹"}, "contexts": ["快就[干]了。"]}
    assert "快就[干]" not in run("variants", "review", "--data", data_copy).output
    add_sentence(data_copy, "地面已经干透。")  # 干 again, in another word
    again = run("variants", "review", "--data", data_copy).output.splitlines()
    assert any(line.startswith("  干透 → zh-Hant 乾透 · zh-HK 乾透  ×1") for line in again)
    assert not any("快就[干]了。 →" in line for line in again)


def test_a_one_character_entry_without_contexts_confirms_nothing(data_copy):
    path = data_copy / "variants-review.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- word: 干\n")
    end = text.index("- word:", start + 1)
    entry = text[start:end]
    assert "contexts:" in entry
    path.write_text(
        text[:start] + "".join(x for x in entry.splitlines(True) if "contexts" not in x) + text[end:], encoding="utf-8"
    )
    review = run("variants", "review", "--data", data_copy).output
    assert "  向前[干],交 → zh-Hant 幹 · zh-HK 幹" in review.splitlines()[1]


def test_contexts_must_hold_the_word(data_copy):
    path = data_copy / "variants-review.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("contexts: ['向前[干],交'", "contexts: ['向前干,交'", 1), encoding="utf-8")
    result = run("variants", "review", "--data", data_copy)
    assert result.exit_code == 1
    assert "contexts: must list the word in its contexts (e.g. contexts: [向前[干]，])" in result.output
