"""Generated pages skip Python-Markdown: `as_html` gives exactly what MkDocs' rendering gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from zhpress.cli import main
from zhpress.mkdocs.htmlpages import anchor_ids, as_html
from zhpress.mkdocs.languages import make_lang, variants_from_config
from zhpress.project import load_project
from zhpress.render import render_site

from ..conftest import PROJECT, ROOT

GENRE = ROOT / "tests" / "fixtures" / "genre"
TEXTS = ("city-stats-bulletin-issuers", "county-media-centre-news", "hk-gov-press-crlf")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("htmlpages")
    (root / "data" / "articles").mkdir(parents=True)
    shutil.copy2(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir()
    for index, text in enumerate(TEXTS):
        result = CliRunner().invoke(
            main, ["new", str(GENRE / f"{text}.txt"), "--slug", f"a{index}", "--data", str(root / "data")]
        )
        assert result.exit_code == 0, result.output
    return root


def test_every_generated_page_renders_as_mkdocs_renders_it(project: Path):
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    data = load_project(project / "data")
    assert len(data.articles) >= 2  # the home and the all-figures page are rendered too
    compared = 0
    for variant in variants_from_config([]):
        site = render_site(data, make_lang(variant, data.overrides, "", True))
        for generated in site.pages:
            file = File(generated.path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=True)
            file.content_string = generated.markdown
            page = Page(None, file, config)
            page.read_source(config)
            assert page.markdown is not None
            html = as_html(page.markdown)
            assert html is not None, f"{variant.locale} {generated.path} is not raw HTML blocks only"
            page.render(config, Files([file]))
            assert html == page.content, f"{variant.locale} {generated.path}"
            assert list(page.toc) == []
            assert anchor_ids(html) == page.present_anchor_ids
            compared += 1
    assert compared > 40


@pytest.mark.parametrize(
    "text",
    [
        "plain *Markdown*",
        "<p>a</p>\n\nthen text",
        "<span>inline elements are wrapped in a paragraph</span>",
        "<p>a\tb</p>",
        "<p>a</p>\n   \n<p>b</p>",
        "",
    ],
)
def test_other_text_goes_through_markdown(text: str):
    assert as_html(text) is None


def test_blank_lines_between_blocks_collapse_as_in_markdown():
    assert as_html("\n<h1>T</h1>\n\n\n\n<p>a</p>\n") == "<h1>T</h1>\n\n<p>a</p>"
