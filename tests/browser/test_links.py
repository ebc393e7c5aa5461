"""Every internal link of the built site resolves: pages, assets, anchors, search results. No browser needed."""

from pathlib import Path

from zhpress.linkcheck import check_links

from .conftest import SITE_URL


def test_every_internal_link_of_the_site_resolves(site: Path):
    problems = check_links(site, site_url=SITE_URL)
    shown = "\n".join(str(p) for p in problems[:40]) + (
        f"\n… and {len(problems) - 40} more" if len(problems) > 40 else ""
    )
    assert problems == [], f"{len(problems)} broken link(s):\n{shown}"


def test_the_check_sees_every_language(site: Path):
    """Guard against a vacuous pass: the pages of all four languages are there to be checked."""
    for root in ("", "zh-Hant/", "zh-HK/", "en/"):
        assert (site / root / "index.html").is_file()
        assert (site / root / "pagefind" / "pagefind.js").is_file()


def test_every_parent_path_of_a_page_resolves(site: Path):
    """No dead ends: /a/b/c/ is a page, so /a/b/ and /a/ are pages too (on a one-article site, /<slug>/)."""
    pages = {p.parent.relative_to(site) for p in site.rglob("index.html")}
    missing = sorted(
        f"/{parent.as_posix()}/ (parent of /{page.as_posix()}/)"
        for page in pages
        for parent in page.parents
        if parent != Path(".") and parent not in pages
    )
    assert len(pages) > 4 * 5
    assert missing == [], f"{len(missing)} parent path(s) without a page:\n" + "\n".join(missing[:40])
