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
        assert (site / root / "search" / "search_index.json").is_file()
