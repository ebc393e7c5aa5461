"""Which not-found page `mkdocs serve` answers a missing address with (zhpress.mkdocs.serve)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhpress.mkdocs.serve import not_found_page

ROOTS = ["", "zh-Hant/", "zh-HK/", "en/"]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for root in ROOTS:
        (tmp_path / root).mkdir(exist_ok=True)
        (tmp_path / root / "404.html").write_text(root or "source", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "path,mount,expected",
    [
        ("/zh-Hant/nope/", "/", "zh-Hant/"),
        ("/zh-HK/ankang-2017/nope.html", "/", "zh-HK/"),
        ("/en/nope", "/", "en/"),
        ("/en", "/", "en/"),
        ("/nope/", "/", None),  # the source language: MkDocs' own answer (the root's 404.html)
        ("/zh-Hantx/nope/", "/", None),
        ("/docs/zh-Hant/nope/", "/docs/", "zh-Hant/"),
        ("/zh-Hant/nope/", "/docs/", None),  # outside the mount path
    ],
)
def test_the_not_found_page_follows_the_address(site, path, mount, expected):
    page = not_found_page(site, path, mount, ROOTS)
    assert (page.read_text(encoding="utf-8") if page else None) == expected


def test_a_language_without_its_page_falls_back(site):
    (site / "en" / "404.html").unlink()
    assert not_found_page(site, "/en/nope/", "/", ROOTS) is None
