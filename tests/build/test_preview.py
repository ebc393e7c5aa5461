"""`mkdocs serve --dirty` rebuilds only what an edit changes, and the result equals a clean build.

The builds of `serve --dirty` run in `serve_builds.py` (the same calls as `mkdocs serve`,
without the HTTP server), on a project of three imported genre texts. After each round of
edits the served folder is compared byte for byte with a clean `mkdocs build` of the same
project. Documented exception: the search index (`pagefind/` of every language, kept in the
served root's `.zhpress-search/`) is the one of the server's first build: serve does not
index again on an edit (zhpress/mkdocs/search.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import PROJECT, ROOT, mkdocs_build, publish

GENRE = ROOT / "tests" / "fixtures" / "genre"
TEXTS = {  # slug → genre text
    "metro": "city-daily-metro-report",
    "county": "county-media-centre-news",
    "bulletin": "city-stats-bulletin-issuers",
}
DRIVER = Path(__file__).with_name("serve_builds.py")
DIFFERING = {"search/search_index.json"}  # in every language folder
SEARCH_INDEX = ("pagefind", ".zhpress-search")  # folders of the search index, in every language folder


def import_article(project: Path, slug: str, text: str) -> None:
    result = CliRunner().invoke(
        main, ["new", str(GENRE / f"{text}.txt"), "--slug", slug, "--data", str(project / "data")]
    )
    assert result.exit_code == 0, result.output
    publish(project / "data" / "articles" / slug)  # a draft is served but not built: compare published ones


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "data" / "articles").mkdir(parents=True)
    shutil.copy2(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(PROJECT / "docs", root / "docs")
    for slug, text in TEXTS.items():
        import_article(root, slug, text)
    return root


class Server:
    """The builds of `mkdocs serve --dirty`, one per call of `rebuild`."""

    def __init__(self, project: Path, site: Path):
        self.site = site
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(project / "mkdocs.yml"), str(site)],
            cwd=project,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def rebuild(self) -> None:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write("build\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "ok"

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=60)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file of a built site but the search index's."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not set(SEARCH_INDEX) & set(p.relative_to(folder).parts)
    }


def assert_same_site(served: Path, project: Path, clean: Path) -> None:
    shutil.rmtree(clean, ignore_errors=True)
    result = mkdocs_build(project, clean)
    assert result.returncode == 0, result.stderr
    a, b = tree(served), tree(clean)
    assert sorted(a) == sorted(b)
    differing = sorted(name for name in a if a[name] != b[name])
    assert [name for name in differing if name.split("/", 1)[-1] not in DIFFERING and name not in DIFFERING] == []


def stamps(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


def written(site: Path) -> dict[str, int]:
    """Change times of the served pages, downloads, sitemaps and search index (not the CSS and scripts)."""
    kinds = (".html", ".csv", ".json", ".xml", ".gz", ".pf_fragment", ".pf_index", ".pf_meta")
    return {p.relative_to(site).as_posix(): p.stat().st_ctime_ns for p in site.rglob("*") if p.name.endswith(kinds)}


def search_stamps(site: Path) -> dict[str, int]:
    """Change times of every language's search index in the served folder (a copy keeps the modification time)."""
    return {
        p.relative_to(site).as_posix(): p.stat().st_ctime_ns
        for p in site.rglob("*")
        if p.is_file() and "pagefind" in p.relative_to(site).parts
    }


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_dirty_serve_equals_a_clean_build_after_edits(project: Path, tmp_path: Path):
    served, clean = tmp_path / "served", tmp_path / "clean"
    server = Server(project, served)
    try:
        server.rebuild()
        assert_same_site(served, project, clean)
        before = stamps(served)
        index = search_stamps(served)

        # A figure's label and an article's English title: that article's pages, its neighbours,
        # the home and the English figures index change; the Chinese figures index (titles, dates
        # and numbers of figures) does not, and is not written again.
        articles = project / "data" / "articles"
        edit(articles / "metro" / "figures.yaml", "      zh: ", "      zh: 改")
        edit(articles / "metro" / "article.yaml", "title_en: null", "title_en: Metro report")
        server.rebuild()
        assert_same_site(served, project, clean)
        after = stamps(served)
        rewritten = {name for name in after if after[name] != before[name]}
        assert "en/figures/index.html" in rewritten and "en/metro/index.html" in rewritten
        assert "figures/index.html" not in rewritten and "metro/figures/index.html" in rewritten
        untouched = [name for name in after if name.startswith(("bulletin/", "en/bulletin/"))]
        assert untouched and not rewritten & set(untouched[1:])  # the first page may neighbour metro's
        # The search index of the first build stays in place, copied to no file again.
        assert index and search_stamps(served) == index

        # A new article, a renamed section and an edited hand-written page.
        import_article(project, "another", "commentary-signed-at-end")
        meta = (articles / "county" / "article.yaml").read_text(encoding="utf-8")
        old = meta.split("- slug: ", 1)[1].split("\n", 1)[0]  # the first section's slug, as imported
        edit(articles / "county" / "article.yaml", f"- slug: {old}\n", "- slug: first\n")
        edit(articles / "county" / "figures.yaml", f"section: {old}\n", "section: first\n", count=-1)
        if (articles / "county" / "en" / f"{old}.md").exists():  # the English file scaffolded by `new`
            (articles / "county" / "en" / f"{old}.md").rename(articles / "county" / "en" / "first.md")
        about = project / "docs" / "about.md"
        about.write_text(about.read_text(encoding="utf-8") + "\n追加的一段。\n", encoding="utf-8")
        server.rebuild()
        assert_same_site(served, project, clean)

        # A build with no edit writes no page (but the not-found page, a template MkDocs always
        # renders), no download, no sitemap and no search index.
        before = written(served)
        server.rebuild()
        assert_same_site(served, project, clean)
        again = written(served)
        assert sorted(name for name in again if again[name] != before[name]) == [
            f"{root}404.html" for root in ("", "en/", "zh-HK/", "zh-Hant/")
        ]

        # An article removed: its pages go from the served folder too.
        shutil.rmtree(articles / "bulletin")
        server.rebuild()
        assert_same_site(served, project, clean)
        assert not (served / "bulletin").exists() and not (served / "en" / "bulletin").exists()
    finally:
        server.close()


def test_an_unchanged_page_keeps_its_file_and_a_changed_one_gets_a_new_one(tmp_path: Path):
    """MkDocs works out a file's paths and URL once: the preview hands it the last build's file of a page
    whose Markdown is the same object (the render cache's), as MkDocs found it before the build."""
    from types import SimpleNamespace

    from mkdocs.structure.files import InclusionLevel

    from zhpress.mkdocs.preview import Preview

    def config(site: Path):
        return SimpleNamespace(
            site_dir=str(site), use_directory_urls=True, plugins=SimpleNamespace(_current_plugin="zhpress")
        )

    preview, site = Preview(), config(tmp_path)
    markdown = "---\ntitle: A\n---\n<p>a</p>\n"
    first = preview.page_file(site, "a/b.md", markdown, InclusionLevel.UNDEFINED)
    assert first.url == "a/b/" and first.abs_dest_path == str(tmp_path / "a" / "b" / "index.html")
    first.page, first.inclusion = object(), InclusionLevel.INCLUDED  # as a build leaves it
    again = preview.page_file(site, "a/b.md", markdown, InclusionLevel.UNDEFINED)
    assert again is first and again.page is None and again.inclusion == InclusionLevel.UNDEFINED
    edited = markdown.replace("<p>a</p>", "<p>b</p>")
    assert preview.page_file(site, "a/b.md", edited, InclusionLevel.UNDEFINED) is not first
    latest = preview.page_file(site, "a/b.md", edited, InclusionLevel.UNDEFINED)
    assert preview.page_file(site, "a/b.md", edited, InclusionLevel.NOT_IN_NAV) is not latest
    moved = preview.page_file(config(tmp_path / "en"), "a/b.md", edited, InclusionLevel.NOT_IN_NAV)
    assert moved.abs_dest_path == str(tmp_path / "en" / "a" / "b" / "index.html")
