"""`zhpress figures explain`: the reading, the deciding rule and its reason for any number of a text."""

from click.testing import CliRunner

from zhpress.cli import main

TEXT = "安康市党建工作综述\n\n本报讯 2017年，全市各级党组织开展各类宣讲活动近3000场次，其中60岁及以上党员参加1200人次。新的一年，全市继续努力。\n"


def run(*args):
    return CliRunner().invoke(main, ["figures", "explain", *map(str, args)], catch_exceptions=False)


def test_explains_a_figure_with_its_reading_and_rule(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run(path, "近3000场次")
    assert result.exit_code == 0, result.output
    assert "'近3000场次': occurrence 1 of 1, line 3" in result.output
    assert "reading: value 3000, unit 场次, qualifier nearly" in result.output
    assert "verdict: figure by rule `count`: count or amount" in result.output


def test_explains_a_number_that_is_no_figure(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run(path, "60岁及以上党员")
    assert result.exit_code == 0, result.output
    assert "verdict: not_figure by rule `age-bracket`: age bracket" in result.output
    assert "later rules that also apply: `count` (figure)" in result.output
    year = run(path, "2017年")
    assert "verdict: not_figure by rule `year`: year" in year.output


def test_every_number_of_a_longer_quote_is_explained(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run(path, "近3000场次，其中60岁及以上党员参加1200人次")
    assert result.exit_code == 0, result.output
    assert result.output.count("number '") == 3
    assert "unit 人次" in result.output


def test_a_quote_not_in_the_text_or_a_missing_occurrence_is_a_clear_error(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    missing = run(path, "近4000场次")
    assert missing.exit_code == 1
    assert "'近4000场次' is not in the source (copy the quote verbatim)" in missing.output
    assert "Traceback" not in missing.output
    beyond = run(path, "全市", "--occurrence", 5)
    assert beyond.exit_code == 1
    assert "occurs 2 time(s), not 5 (use 1 to 2)" in beyond.output
    none = run(path, "继续努力")
    assert none.exit_code == 1
    assert "the reader finds no number in '继续努力'" in none.output


def test_explain_has_help_with_an_example():
    result = CliRunner().invoke(main, ["figures", "explain", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--occurrence" in result.output
