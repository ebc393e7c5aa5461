"""`mkdocs serve` picks up an edit in data/ by itself."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def served(site: Path, *options: str) -> Iterator[str]:
    """`mkdocs serve` of the site on a free port of 127.0.0.1 (with `options`); yields its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(site / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"]
        + list(options),
        cwd=site,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


# The first build of `mkdocs serve` builds every language and its search index: on a loaded
# machine it takes minutes, so the waits for the site are long (a wait ends as soon as it is served).
def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


@pytest.mark.parametrize("dirty", [[], ["--dirty"]], ids=["clean", "dirty"])
def test_serve_rebuilds_when_data_changes(site_copy, dirty):
    with served(site_copy, *dirty) as root:
        page = root + "en/ankang-2017/talent/"
        assert wait_for(lambda: "Huang Luqi" in fetch(page), 180), "the site was not served"
        summary = site_copy / "data/articles/ankang-2017/en/talent.md"
        summary.write_text(
            summary.read_text(encoding="utf-8").replace("Huang Luqi", "Huang Luqi (黄璐琦)"), encoding="utf-8"
        )
        assert wait_for(lambda: "Huang Luqi (黄璐琦)" in fetch(page), 60), "the edit in data/ was not picked up"


def fetch_missing(url: str) -> tuple[int, str]:
    """(status, body) of an address that has no page."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_serve_answers_a_missing_page_in_the_language_of_its_address(site_copy):
    with served(site_copy) as base:
        assert wait_for(lambda: fetch(base + "en/") != "", 180), "the site was not served"
        expected = {
            "nope/": ("zh-Hans", "404 - 找不到页面"),
            "zh-Hant/nope/": ("zh-Hant", "404 - 找不到頁面"),
            "zh-HK/a/b/nope.html": ("zh-HK", "404 - 找不到頁面"),
            "en/nope/": ("en", "404 - Page not found"),
            "en/ankang/nope": ("en", "404 - Page not found"),
            "english/": ("zh-Hans", "404 - 找不到页面"),  # no language's prefix: the root's page
        }
        for path, (lang, title) in expected.items():
            status, body = fetch_missing(base + path)
            assert status == 404, path
            assert f'<html lang="{lang}"' in body and f"<h1>{title}</h1>" in body, path


def test_serve_indexes_search_once_and_keeps_it_across_rebuilds(site_copy):
    """An edit rebuilds the pages, not the search index: each language's index of the first build is put back."""
    with served(site_copy) as root:
        page = root + "en/ankang-2017/talent/"
        assert wait_for(lambda: "Huang Luqi" in fetch(page), 180), "the site was not served"
        entries = {lang: fetch(root + lang + "pagefind/pagefind-entry.json") for lang in ("", "zh-Hant/", "en/")}
        summary = site_copy / "data/articles/ankang-2017/en/talent.md"
        summary.write_text(summary.read_text(encoding="utf-8").replace("Huang Luqi", "Huang Luqi (黄璐琦)"), "utf-8")
        assert wait_for(lambda: "Huang Luqi (黄璐琦)" in fetch(page), 60), "the edit in data/ was not picked up"
        for lang, entry in entries.items():  # the same index (a new one would name other chunk hashes)
            assert fetch(root + lang + "pagefind/pagefind-entry.json") == entry
            assert fetch(root + lang + "pagefind/pagefind.js")
