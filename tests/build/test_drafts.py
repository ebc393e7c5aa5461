"""Drafts: `zhpress new` writes `draft: true`; `mkdocs build` leaves drafts out, `mkdocs serve` shows them."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import copy_project, mkdocs_build, publish
from .test_serve import fetch, served, wait_for

WIRE = "新华社北京1月5日电（记者 赵宇航）记者5日获悉，全国“冰雪进校园”活动覆盖1.2万余所中小学。\n主办方安排专项资金两千万元。\n"


@pytest.fixture
def project_with_draft(tmp_path: Path) -> Path:
    project = copy_project(tmp_path)
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    result = CliRunner().invoke(main, ["new", str(wire), "--slug", "snow-schools", "--data", str(project / "data")])
    assert result.exit_code == 0, result.output
    assert "\ndraft: true\n" in (project / "data/articles/snow-schools/article.yaml").read_text(encoding="utf-8")
    return project


def files_mentioning(site: Path, needle: str) -> list[str]:
    return sorted(
        str(path.relative_to(site))
        for path in site.rglob("*")
        if path.is_file()
        and path.suffix in {".html", ".xml", ".json", ".csv", ".js"}
        and needle in path.read_text("utf-8")
    )


def test_build_leaves_a_draft_out_and_says_so(project_with_draft):
    site = project_with_draft / "site"
    result = mkdocs_build(project_with_draft, site)
    assert result.returncode == 0, result.stderr
    assert "zhpress: left out 1 draft(s): snow-schools" in result.stderr
    # Not a page, nor a link, nor an entry of the sitemap, search index or downloads, in any language.
    assert not (site / "snow-schools").exists() and not (site / "en" / "snow-schools").exists()
    assert files_mentioning(site, "snow-schools") == []
    assert files_mentioning(site, "冰雪进校园") == [] and files_mentioning(site, "冰雪進校園") == []
    # The published article is the site's only one: it stays at the home page.
    assert "红色引擎" in (site / "index.html").read_text(encoding="utf-8")


def test_draft_false_publishes_the_article(project_with_draft):
    publish(project_with_draft / "data/articles/snow-schools")
    site = project_with_draft / "site"
    result = mkdocs_build(project_with_draft, site)
    assert result.returncode == 0, result.stderr
    assert "left out" not in result.stderr
    assert (site / "snow-schools" / "index.html").exists()
    assert "zp-draft" not in (site / "snow-schools" / "index.html").read_text(encoding="utf-8")
    assert "snow-schools" in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "snow-schools" in (site / "figures.csv").read_text(encoding="utf-8")


def test_a_draft_that_is_not_true_or_false_is_an_error(project_with_draft):
    meta = project_with_draft / "data/articles/snow-schools/article.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("draft: true", "draft: maybe"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--data", str(project_with_draft / "data")])
    assert result.exit_code == 1
    assert "snow-schools/article.yaml:8: draft: draft 'maybe' is not true or false" in result.output


def test_serve_shows_a_draft_with_a_banner(project_with_draft):
    with served(project_with_draft) as root:
        for page, banner in (("snow-schools/", "本文是草稿"), ("en/snow-schools/", "This article is a draft")):
            url = root + page
            assert wait_for(lambda url=url: "zp-draft" in fetch(url), 60), f"{url} was not served as a draft"
            assert banner in fetch(url)
        assert "zp-draft" not in fetch(root + "ankang-2017/")
