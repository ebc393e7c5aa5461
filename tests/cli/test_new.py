"""`zhpress new`: real articles in every common encoding become article folders that check and build."""

import pytest
import yaml
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.project import load_project

from ..conftest import CORPUS, SEED

BUDGET = CORPUS / "06-tw-central-budget-2024.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name,data",
    [
        ("utf8", SEED_TEXT.encode("utf-8")),
        ("utf8-bom", b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8")),
        ("gbk", SEED_TEXT.encode("gbk")),
        ("gb18030", SEED_TEXT.encode("gb18030")),
        ("utf16-bom", SEED_TEXT.encode("utf-16")),
        ("utf16le", SEED_TEXT.encode("utf-16-le")),
        ("crlf", SEED_TEXT.replace("\n", "\r\n").encode("utf-8")),
        ("cr", SEED_TEXT.replace("\n", "\r").encode("gbk")),
    ],
)
def test_import_in_any_encoding_gives_the_same_article(tmp_path, data_copy, name, data):
    path = tmp_path / f"report-{name}.txt"
    path.write_bytes(data)
    result = run("new", path, "--data", data_copy)
    assert result.exit_code == 0, result.output
    folder = data_copy / "articles" / f"report-{name}"
    assert (folder / "source.txt").read_text(encoding="utf-8") == SEED_TEXT
    meta = yaml.safe_load((folder / "article.yaml").read_text(encoding="utf-8"))
    assert meta["script"] == "hans"
    assert [s["heading"] for s in meta["sections"]][0] == "强化思想武装,打牢党员心中的红色烙印"
    assert len(yaml.safe_load((folder / "figures.yaml").read_text(encoding="utf-8"))["figures"]) == 86
    assert run("check", "--data", data_copy).exit_code == 0


def test_big5_traditional_article_is_marked_hant(tmp_path, data_copy):
    path = tmp_path / "budget.txt"
    path.write_bytes(BUDGET.read_text(encoding="utf-8").encode("big5", errors="strict"))
    result = run("new", path, "--slug", "budget-2024", "--data", data_copy)
    assert result.exit_code == 0, result.output
    assert "(big5, Traditional Chinese)" in result.output
    article = load_project(data_copy).article("budget-2024")
    assert article.meta.script == "hant"
    assert article.source == BUDGET.read_text(encoding="utf-8")
    assert run("check", "--data", data_copy).exit_code == 0


def test_an_existing_article_is_never_overwritten(tmp_path, data_copy):
    path = tmp_path / "ankang-2017.txt"
    path.write_text("标题\n正文。\n", encoding="utf-8")
    before = snapshot(data_copy)
    result = run("new", path, "--data", data_copy)
    assert result.exit_code == 1
    assert "ankang-2017: already exists (choose another --slug; nothing was changed)" in result.output
    assert snapshot(data_copy) == before


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "file is empty (put the article's text in it)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "file is a PNG image, not text (save the article as plain text (.txt))"),
    ],
)
def test_bad_input_leaves_data_unchanged(tmp_path, data_copy, content, message):
    path = tmp_path / "broken.txt"
    path.write_bytes(content)
    before = snapshot(data_copy)
    result = run("new", path, "--data", data_copy)
    assert result.exit_code == 1 and message in result.output
    assert snapshot(data_copy) == before


def test_a_file_name_without_a_slug_needs_one(tmp_path, data_copy):
    path = tmp_path / "报告.txt"
    path.write_text("标题\n正文。\n", encoding="utf-8")
    result = run("new", path, "--data", data_copy)
    assert result.exit_code == 1 and "pass one with --slug" in result.output


def test_publication_and_date_are_proposed_from_the_dateline(tmp_path, data_copy):
    path = tmp_path / "jobs.txt"
    path.write_text(
        "就业形势总体稳定\n《人民日报》（2025年01月04日第 06 版）\n全年城镇新增就业1256万人。\n"
        "一、政策\n发放补贴3.5亿元。\n",
        encoding="utf-8",
    )
    assert run("new", path, "--slug", "jobs", "--data", data_copy).exit_code == 0
    meta = yaml.safe_load((data_copy / "articles/jobs/article.yaml").read_text(encoding="utf-8"))
    assert (meta["publication"], meta["published"]) == ("人民日报", "2025-01-04")
    project = load_project(data_copy)
    assert [a.slug for a in project.articles] == ["jobs", "ankang-2017"]  # newest first
    assert run("check", "--data", data_copy).exit_code == 0


def test_a_roc_dateline_gives_a_gregorian_date_and_prose_dates_are_not_taken(tmp_path, data_copy):
    path = tmp_path / "release.txt"
    path.write_text(
        "總統出席記者會\n發布日期：民國113年8月21日\n總統於2023年7月1日表示，已有28,802人參加訓練。\n", encoding="utf-8"
    )
    assert run("new", path, "--slug", "release", "--data", data_copy).exit_code == 0
    meta = yaml.safe_load((data_copy / "articles/release/article.yaml").read_text(encoding="utf-8"))
    assert (meta["publication"], meta["published"]) == (None, "2024-08-21")
    path.write_text("總統出席記者會\n總統於2023年7月1日表示，已有28,802人參加訓練。\n", encoding="utf-8")
    assert run("new", path, "--slug", "release-2", "--data", data_copy).exit_code == 0
    meta = yaml.safe_load((data_copy / "articles/release-2/article.yaml").read_text(encoding="utf-8"))
    assert meta["published"] is None


def test_a_wire_story_without_a_headline_gets_a_proposed_title(tmp_path, data_copy):
    path = tmp_path / "wire.txt"
    path.write_text(
        "新华社北京1月5日电（记者 赵宇航）记者5日获悉，全国“冰雪进校园”活动覆盖1.2万余所中小学。\n"
        "主办方安排专项资金两千万元。\n",
        encoding="utf-8",
    )
    result = run("new", path, "--slug", "wire", "--data", data_copy)
    assert result.exit_code == 0, result.output
    assert "has no headline: give the article a `title` in article.yaml" in result.output
    meta = yaml.safe_load((data_copy / "articles/wire/article.yaml").read_text(encoding="utf-8"))
    assert meta["title"] == "记者5日获悉"
    article = load_project(data_copy).article("wire")
    assert (article.article.title, article.headline) == ("", "记者5日获悉")
    assert article.article.byline == "记者 赵宇航"
    figures = yaml.safe_load((data_copy / "articles/wire/figures.yaml").read_text(encoding="utf-8"))
    assert [f["quote"] for f in figures["figures"]] == ["1.2万余所", "两千万元"]  # the first line is the lead
    assert run("check", "--data", data_copy).exit_code == 0
