"""`zhpress variants review / confirm`, run on a copy of data/ (the group is invoked directly)."""

import re

import pytest
import yaml
from click.testing import CliRunner

from zhpress.cli.variants import variants
from zhpress.errors import rel


@pytest.fixture
def data_copy(data_copy):
    """The repository's data without its review file: every ambiguous conversion unreviewed."""
    (data_copy / "variants-review.yaml").unlink(missing_ok=True)
    return data_copy


def run(*args):
    return CliRunner().invoke(variants, list(args), catch_exceptions=False)


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def count_line(output):
    match = re.search(r"^(\d+) unreviewed of (\d+) ambiguous conversions$", output, re.M)
    assert match, output
    return int(match.group(1)), int(match.group(2))


def test_help_has_examples():
    for args in ([], ["review"], ["confirm"]):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


def test_review_lists_the_seed(data_copy):
    before = snapshot(data_copy)
    result = run("review", "--data", str(data_copy))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "干 → 幹/乾/干/榦  (32 occurrence(s))" in lines
    assert "  干部 → zh-Hant 幹部 · zh-HK 幹部  ×20  e.g. ankang-2017:4 …党组织和广大党员干部用初心指引前行,…" in lines
    assert "  报、[台]、网 → zh-Hant 臺 · zh-HK 台  ×1  e.g. ankang-2017:7 …10期,实行报、台、网、微信公众号…" in lines
    assert any(
        line.startswith("  新征程 → zh-Hant 新征程 · zh-HK 新征程  ×3") and line.endswith("[override]")
        for line in lines
    )
    pending, total = count_line(result.output)
    assert pending == total > 100
    assert lines[-1] == f"{total} unreviewed of {total} ambiguous conversions"
    assert snapshot(data_copy) == before  # review writes nothing


def test_review_as_yaml(data_copy):
    result = run("review", "--data", str(data_copy), "--format", "yaml")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.output)
    assert data["unreviewed"] == data["ambiguous"] == len(data["items"])
    item = next(i for i in data["items"] if i["word"] == "干部")
    assert item["key"] == "干部→幹部/幹部" and item["count"] == 20 and item["confirmed"] is False
    assert item["examples"][0] == {
        "article": "ankang-2017",
        "line": 4,
        "context": "…党组织和广大党员干部用初心指引前行,…",
    }


def test_confirm_all_then_nothing_is_unreviewed(data_copy):
    total = count_line(run("review", "--data", str(data_copy)).output)[1]
    result = run("confirm", "--data", str(data_copy), "--all")
    assert result.exit_code == 0, result.output
    assert "confirmed 干部 → zh-Hant 幹部 · zh-HK 幹部" in result.output.splitlines()
    assert result.output.splitlines()[-1].startswith(f"{total} added to ")
    review_file = data_copy / "variants-review.yaml"
    text = review_file.read_bytes()
    result = run("review", "--data", str(data_copy))
    assert result.exit_code == 0
    assert result.output == f"0 unreviewed of {total} ambiguous conversions\n"
    again = run("confirm", "--data", str(data_copy), "--all")
    assert again.exit_code == 0 and again.output == "nothing to add\n"
    assert review_file.read_bytes() == text
    shown = run("review", "--data", str(data_copy), "--all").output
    assert "✓ 干部 → zh-Hant 幹部 · zh-HK 幹部  ×20" in shown


def test_confirm_words(data_copy):
    total = count_line(run("review", "--data", str(data_copy)).output)[1]
    result = run("confirm", "--data", str(data_copy), "干部", "发展", "台→臺/台")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "confirmed 干部 → zh-Hant 幹部 · zh-HK 幹部",
        "confirmed 发展 → zh-Hant 發展 · zh-HK 發展",
        "confirmed 报、[台]、网 → zh-Hant 臺 · zh-HK 台",
        f"3 added to {rel(data_copy / 'variants-review.yaml')}",
    ]
    assert count_line(run("review", "--data", str(data_copy)).output) == (total - 3, total)
    again = run("confirm", "--data", str(data_copy), "干部", "余名")
    assert again.output.splitlines() == [
        "confirmed 余名 → zh-Hant 餘名 · zh-HK 餘名",
        f"1 added to {rel(data_copy / 'variants-review.yaml')}, 1 already confirmed",
    ]


def test_confirm_an_unknown_word_changes_nothing(data_copy):
    before = snapshot(data_copy)
    result = run("confirm", "--data", str(data_copy), "干部", "不存在")
    assert result.exit_code == 1
    assert "Error: 不存在: no ambiguous conversion of this word in the corpus" in result.output
    assert snapshot(data_copy) == before


def test_confirm_needs_all_or_words(data_copy):
    assert run("confirm", "--data", str(data_copy)).exit_code == 2
    assert run("confirm", "--data", str(data_copy), "--all", "干部").exit_code == 2
    assert not (data_copy / "variants-review.yaml").exists()


def test_malformed_review_file_fails_and_is_left_alone(data_copy):
    (data_copy / "variants-review.yaml").write_text("confirmed:\n- word: 干部\n  outputs: 幹部\n", encoding="utf-8")
    before = snapshot(data_copy)
    for args in (["review"], ["confirm", "--all"], ["confirm", "干部"]):
        result = run(*args, "--data", str(data_copy))
        assert result.exit_code == 1
        assert (
            "variants-review.yaml:3: confirmed[0].outputs: must map each locale to the converted word" in result.output
        )
    assert snapshot(data_copy) == before


def test_broken_data_fails_without_writing(data_copy):
    (data_copy / "articles/ankang-2017/article.yaml").write_text("slug: [ankang\n", encoding="utf-8")
    before = snapshot(data_copy)
    result = run("confirm", "--data", str(data_copy), "--all")
    assert result.exit_code == 1 and "article.yaml:2: YAML syntax:" in result.output
    assert snapshot(data_copy) == before


def test_variants_come_from_mkdocs_yml_next_to_data(data_copy):
    (data_copy.parent / "mkdocs.yml").write_text(
        "site_name: x\n"
        "plugins:\n"
        "  - zhpress:\n"
        "      variants:\n"
        "        - {locale: zh-Hans, name: 简体}\n"
        "        - {locale: zh-HK, name: 香港, opencc: s2hk}\n",
        encoding="utf-8",
    )
    result = run("review", "--data", str(data_copy))
    assert result.exit_code == 0, result.output
    assert (
        "  报、[台]、网 → zh-HK 台  ×1  e.g. ankang-2017:7 …10期,实行报、台、网、微信公众号…"
        in result.output.splitlines()
    )
    assert "zh-Hant" not in result.output
