"""Smaller rough edges, and no command ending in a traceback whatever the input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.errors import ZhpressError
from zhpress.project import load_project

from .helpers import HOSTILE_SOURCE, SCRIPT, write_project

SOURCE = "安康新建学校综述\n今年以来，全市新建学校12所。\n一、抓好学校建设\n全年建成学校12所，招聘教师300名。\n"


def run(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def data(in_tmp) -> Path:
    return write_project(in_tmp, SOURCE, slug="schools")


def test_a_broken_variants_review_keeps_the_count_in_the_summary(data):
    (data / "variants-review.yaml").write_text("confirmed: [\n", encoding="utf-8")
    result = run("check", "--data", data)
    assert result.exit_code == 1
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("1 article(s), 0 figure(s): ") and summary.endswith(" error(s)"), summary
    assert ", :" not in result.output


def test_an_unknown_locale_in_overrides_is_an_error(data):
    (data / "overrides.yaml").write_text("traditional: {}\nvariants:\n  xx-YY:\n    发展: 發展\n", encoding="utf-8")
    result = run("check", "--data", data)
    assert result.exit_code == 1
    assert (
        "data/overrides.yaml:3: variants.xx-YY: unknown locale 'xx-YY' "
        "(the site's converted languages are zh-Hant, zh-HK)" in result.output
    )
    (data / "overrides.yaml").write_text("variants:\n  zh-HK:\n    发展: 發展\n", encoding="utf-8")
    assert "unknown locale" not in run("check", "--data", data).output


def test_numbers_in_pasted_markup_are_no_figures(in_tmp):
    data = write_project(in_tmp, HOSTILE_SOURCE)
    result = run("figures", "suggest", "hostile", "--data", data)
    assert result.exit_code == 0, result.output
    assert "alert" in HOSTILE_SOURCE and SCRIPT in HOSTILE_SOURCE
    candidates = result.output.split("- quote: ")[1:]
    markup = [c for c in candidates if c.startswith("'1'") or c.startswith("1\n")]
    assert markup and all("verdict: not_figure" in c for c in markup)
    assert all("pasted markup or code" in c for c in markup if "section: title" not in c)  # the headline's own
    assert any("pasted markup or code" in c for c in markup)
    assert any("verdict: figure" in c for c in candidates)  # 200场次 still is one


# --- no traceback, whatever the input ----------------------------------------------------------

HOSTILE_INPUTS = {
    "figures.yaml": [
        "figures: !!python/object/apply:os.system ['true']\n",
        "figures:\n  - {id: a, quote: 12所, value: .nan, unit: 所, approx: exact, section: s1, label: {zh: a, en: b}}\n",
        "figures: [\n",
        "ignore:\n  - 12所\n",
        "\x00\x01",
    ],
    "article.yaml": [
        "title_en: [a, b]\nperiod: {a: b}\npublished: yesterday\n",
        "published: 2017-13-45\n",
        "sections: 3\n",
        "- a\n- b\n",
    ],
    "variants-review.yaml": ["confirmed: [\n", "confirmed: 3\n"],
    "overrides.yaml": ["variants:\n  xx-YY: {发展: 發展}\n", "traditional: [1]\n"],
}
COMMANDS = [
    ["check"],
    ["status"],
    ["figures", "suggest", "schools"],
    ["figures", "suggest", "schools", "--write"],
    ["variants", "review"],
    ["variants", "confirm", "--all"],
    ["translations", "diff"],
    ["new", "{file}", "--slug", "other"],
    ["new", "{file}", "--slug", "../../etc"],
    ["new", "{file}", "--slug", "x" * 300],
    ["new", "{file}", "--slug", "glossary"],
]


def _cases():
    for name, texts in HOSTILE_INPUTS.items():
        for number, text in enumerate(texts):
            yield pytest.param(name, text, id=f"{name}-{number}")


@pytest.mark.parametrize(("name", "text"), list(_cases()))
def test_no_command_ends_in_a_traceback(in_tmp, name, text):
    data = write_project(in_tmp, SOURCE, slug="schools")
    target = data / "articles/schools" / name if name in ("figures.yaml", "article.yaml") else data / name
    target.write_bytes(text.encode("utf-8"))
    (in_tmp / "other.txt").write_text(SOURCE, encoding="utf-8")
    for command in COMMANDS:
        args = [a.replace("{file}", str(in_tmp / "other.txt")) for a in command] + ["--data", str(data)]
        result = CliRunner().invoke(main, args)
        where = f"{' '.join(command)} with a hostile {name}"
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            where,
            repr(result.exception),
        )
        assert "Traceback" not in result.output, where
        if result.exit_code:
            assert result.output.strip(), where  # a failure always says why
        # the project stays loadable or fails with messages, never with an exception of another kind
        try:
            load_project(data)
        except ZhpressError:
            pass
