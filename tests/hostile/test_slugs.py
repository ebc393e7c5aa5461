"""Slugs that would break the site or the file system, and `zhpress new` outside a project."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.errors import DataError
from zhpress.metadata.slugs import MAX_SLUG_CHARS, SITE_NAMES, site_names, slug_problem
from zhpress.project import load_project

from .helpers import write_project

SOURCE = "安康新建学校综述\n今年以来，全市新建学校12所。\n一、抓好学校建设\n全年建成学校12所。\n"
MKDOCS = "site_name: Test\nplugins:\n  - zhpress:\n      data_dir: data\n  - search\n"


def run(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def project(in_tmp) -> Path:
    """A project: mkdocs.yml naming the plugin, docs/ with an about page and a folder, one article."""
    (in_tmp / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (in_tmp / "docs/guides").mkdir(parents=True)
    (in_tmp / "docs/about.md").write_text("# About\n", encoding="utf-8")
    (in_tmp / "docs/about.en.md").write_text("# About\n", encoding="utf-8")
    (in_tmp / "docs/colophon.zh-HK.md").write_text("# 版權\n", encoding="utf-8")
    write_project(in_tmp, SOURCE, slug="schools")
    (in_tmp / "article.txt").write_text(SOURCE, encoding="utf-8")
    return in_tmp


# --- item 1: names the site uses ------------------------------------------------------------


@pytest.mark.parametrize(
    "slug", ["glossary", "about", "figures", "en", "zh-hant", "zh-hk", "assets", "search", "404", "guides", "colophon"]
)
def test_new_refuses_a_slug_the_site_uses(project, slug):
    result = run("new", "article.txt", "--slug", slug)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert f"Error: --slug: slug {slug!r} is a name the site already uses (choose another slug; reserved: " in (
        result.output
    )
    assert not (project / "data/articles" / slug).exists()


def test_site_names_include_the_hand_written_pages_and_languages(project):
    names = site_names(project / "docs", ("zh-Hans", "zh-Hant", "zh-HK", "en", "ja"))
    assert {"about", "guides", "colophon", "ja", "glossary", "figures", "404", "search", "assets"} <= names
    assert "schools" not in names
    (project / "docs/schools").mkdir()
    (project / "docs/schools/s1.zh-HK.md").write_text("# 一、抓好學校建設\n", encoding="utf-8")
    assert "schools" not in site_names(project / "docs", ("zh-Hans", "zh-HK"))  # an editor's wording of its pages


@pytest.mark.parametrize("slug", ["glossary", "figures", "en", "404"])
def test_check_refuses_an_article_folder_named_like_a_site_page(in_tmp, slug):
    data = write_project(in_tmp, SOURCE, slug=slug)
    with pytest.raises(DataError) as info:
        load_project(data)
    assert str(info.value).startswith(
        f"data/articles/{slug}: folder name: slug {slug!r} is a name the site already uses (rename the folder: "
    )


def test_check_refuses_an_article_named_like_a_hand_written_page(project):
    (project / "data/articles/schools").rename(project / "data/articles/about")
    (project / "data/articles/about/article.yaml").write_text(
        (project / "data/articles/about/article.yaml")
        .read_text(encoding="utf-8")
        .replace("slug: schools", "slug: about"),
        encoding="utf-8",
    )
    result = run("check")
    assert result.exit_code == 1, result.output
    assert "data/articles/about: folder name: slug 'about' is a name the site already uses" in result.output
    assert "Traceback" not in result.output


# --- item 5: slug length ----------------------------------------------------------------------


def test_a_300_character_slug_is_refused_with_the_limit(project):
    result = run("new", "article.txt", "--slug", "a" * 300)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert (
        f"Error: --slug: slug is 300 characters long, more than the limit of {MAX_SLUG_CHARS} "
        "(choose a shorter slug: it names a folder and the pages' URLs)"
    ) in result.output


def test_a_long_file_name_gives_a_slug_within_the_limit(project):
    name = "-".join(["report"] * 30) + ".txt"  # 209 characters
    (project / name).write_text(SOURCE, encoding="utf-8")
    result = run("new", name)
    assert result.exit_code == 0, result.output
    (made,) = [p.name for p in (project / "data/articles").iterdir() if p.name != "schools"]
    assert len(made) <= MAX_SLUG_CHARS and made.startswith("report-report") and not made.endswith("-")


def test_a_section_slug_over_the_limit_is_refused(in_tmp):
    data = write_project(in_tmp, SOURCE, slug="schools", meta={"sections": [{"slug": "s" * 65}]})
    with pytest.raises(DataError) as info:
        load_project(data)
    assert "sections[0].slug: slug is 65 characters long, more than the limit of 64" in str(info.value)


def test_slug_problem():
    assert slug_problem("budget-2024") is None
    assert slug_problem("glossary", SITE_NAMES)[0] == "slug 'glossary' is a name the site already uses"
    assert slug_problem(None)[0] == "None is not a usable slug"


# --- item 10: a given slug is reported as given -------------------------------------------------


@pytest.mark.parametrize("slug", ["../../etc", "Budget", "a/b", ""])
def test_an_unusable_given_slug_is_reported_as_the_given_slug(project, slug):
    result = run("new", "article.txt", "--slug", slug)
    assert result.exit_code == 1, result.output
    assert (
        f"Error: --slug: {slug!r} is not a usable slug (lower-case ASCII words joined by hyphens, e.g. budget-2024)"
        in result.output
    )
    assert "file name" not in result.output


def test_a_file_name_without_a_usable_slug_says_so(project):
    (project / "报告.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", "报告.txt")
    assert result.exit_code == 1
    assert "报告.txt: cannot make an article slug from the file name ('': '' is not a usable slug" in result.output


# --- item 9: `new` outside a project --------------------------------------------------------------


def test_new_outside_a_project_is_refused(in_tmp):
    (in_tmp / "article.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", "article.txt", "--slug", "schools")
    assert result.exit_code == 1, result.output
    assert "not inside a zhpress project (no mkdocs.yml naming the zhpress plugin" in result.output
    assert sorted(p.name for p in in_tmp.iterdir()) == ["article.txt"]


def test_new_with_a_mkdocs_yml_without_the_plugin_is_refused(in_tmp):
    (in_tmp / "mkdocs.yml").write_text("site_name: Other\nplugins:\n  - search\n", encoding="utf-8")
    (in_tmp / "article.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", "article.txt", "--slug", "schools")
    assert result.exit_code == 1 and "not inside a zhpress project" in result.output
    assert not (in_tmp / "data").exists()


def test_new_with_data_naming_a_missing_folder_is_refused(in_tmp):
    (in_tmp / "article.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", "article.txt", "--slug", "schools", "--data", "nowhere/data")
    assert result.exit_code == 1
    assert "Error: nowhere/data: no such data folder" in result.output
    assert not (in_tmp / "nowhere").exists()


def test_new_with_data_naming_an_existing_folder_works_anywhere(in_tmp):
    (in_tmp / "mine").mkdir()
    (in_tmp / "article.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", "article.txt", "--slug", "schools", "--data", "mine")
    assert result.exit_code == 0, result.output
    assert (in_tmp / "mine/articles/schools/source.txt").is_file()


def test_new_inside_a_project_finds_its_data_folder_from_a_subfolder(project, monkeypatch):
    monkeypatch.chdir(project / "docs/guides")
    result = run("new", project / "article.txt", "--slug", "budget")
    assert result.exit_code == 0, result.output
    assert (project / "data/articles/budget/source.txt").is_file()
    assert not (project / "docs/guides/data").exists()
