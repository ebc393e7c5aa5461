"""Fixtures of the browser tests: the site built once, served on 127.0.0.1, and Chromium driven by Playwright.

The browser tests need Debian's `chromium` (/usr/bin/chromium) and the Python
package `playwright` (the `test` extra); Playwright's own browser download is
never used. Without them the browser tests are skipped with the reason, unless
the environment variable CI is set: then a missing browser is a failure.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..conftest import PROJECT, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LANGS = {"zh-Hans": "", "zh-Hant": "zh-Hant/", "zh-HK": "zh-HK/", "en": "en/"}
SITE_URL = re.search(
    r"^site_url:\s*[\"']?([^\s\"']+)", (PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), re.M
).group(1)
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_SCHEMES = ("data", "blob", "about", "chrome-error")  # not network requests
METRICS = pytest.StashKey[dict]()  # the zh-Hans home page's requests and bytes, set by test_home_metrics


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    metrics = config.stash.get(METRICS, None)
    if metrics:
        failed = sum(1 for r in metrics["resources"] if r["status"] is None)
        terminalreporter.write_sep("-", "zh-Hans home page in Chromium")
        terminalreporter.write_line(
            f"{metrics['requests']} requests ({failed} without answer), {metrics['bytes']} bytes "
            f"({metrics['bytes'] / 1024:.1f} KiB); see {ARTIFACTS.name}/home-metrics.json"
        )


@pytest.fixture(scope="session")
def site(built_site) -> Path:
    """The repository's site, built once for the whole run (tests/conftest.py)."""
    return built_site


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    missing = []
    if not CHROMIUM.is_file():
        missing.append(f"{CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright is missing (pip install -e '.[test]')")
    return "; ".join(missing) or None


@pytest.fixture(scope="session")
def chromium_available() -> None:
    reason = browser_missing()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run: {reason}; CI is set, so this is a failure, not a skip")
    pytest.skip(f"browser tests skipped: {reason} (set CI=1 to make this a failure)")


EXTRA_SITES: dict[str, Path] = {}  # name → a further built site, served by `server` under /_sites/<name>/


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def translate_path(self, path: str) -> str:
        parts = urlsplit(path).path.split("/", 3)  # "", "_sites", name, rest
        if len(parts) >= 3 and parts[1] == "_sites" and parts[2] in EXTRA_SITES:
            handler = SimpleHTTPRequestHandler.translate_path(self, "/" + (parts[3] if len(parts) > 3 else ""))
            return str(EXTRA_SITES[parts[2]] / Path(handler).relative_to(self.directory))
        return super().translate_path(path)


@pytest.fixture(scope="session")
def server(site: Path):
    """Base URL (ending in /) of the built site, served by the standard library on a free port of 127.0.0.1."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@dataclass
class Entry:
    """One request a page made, and what came of it."""

    url: str
    page_url: str  # the page's URL when it made the request
    resource_type: str
    page: object = field(repr=False, compare=False)
    status: int | None = None  # HTTP status, None while unanswered or when it failed
    failure: str | None = None
    bytes: int = 0  # body size (Content-Length) of the response


class RequestLog:
    """Every request of every page of the browser, in order, with its status and size."""

    def __init__(self):
        self.entries: list[Entry] = []
        self._by_request: dict[object, Entry] = {}
        self.origin: str | None = None  # the test server's, set by browser_context

    def watch(self, page) -> None:
        page.on("request", lambda request: self._request(page, request))
        page.on("response", self._response)
        page.on("requestfailed", self._failed)

    def _request(self, page, request) -> None:
        entry = Entry(request.url, page.url, request.resource_type, page)
        self.entries.append(entry)
        self._by_request[request] = entry

    def _response(self, response) -> None:
        entry = self._by_request.get(response.request)
        if entry is not None:
            entry.status = response.status
            length = response.headers.get("content-length")
            entry.bytes = int(length) if length and length.isdigit() else 0

    def _failed(self, request) -> None:
        entry = self._by_request.get(request)
        if entry is not None:
            entry.failure = request.failure or "failed"

    def of(self, page) -> list[Entry]:
        return [e for e in self.entries if e.page is page]

    def local(self, entry: Entry) -> bool:
        return urlsplit(entry.url).scheme in LOCAL_SCHEMES

    def other_hosts(self) -> list[str]:
        """Requests to another host than 127.0.0.1."""
        return [
            f"{e.url} (from {e.page_url})"
            for e in self.entries
            if not self.local(e) and urlsplit(e.url).hostname != "127.0.0.1"
        ]

    def foreign(self) -> list[str]:
        """Requests that left the test server: another host, or 127.0.0.1 on another port."""
        return [
            f"{e.url} (from {e.page_url})"
            for e in self.entries
            if not self.local(e) and not e.url.startswith(self.origin + "/")
        ]

    def to_site_url(self) -> list[Entry]:
        """Requests to the published site (mkdocs.yml's site_url) rather than to the test server."""
        return [e for e in self.entries if e.url.startswith(SITE_URL) and not e.url.startswith(self.origin + "/")]

    def failed(self) -> list[str]:
        """Requests to the test server that failed or got an HTTP error (404 …); foreign() has the others.

        net::ERR_ABORTED is left out: the page navigated away before the answer came.
        """
        return [
            f"{e.url}: {f'HTTP {e.status}' if e.status else e.failure} (from {e.page_url})"
            for e in self.entries
            if e.url.startswith(self.origin + "/")
            and ((e.status or 0) >= 400 or (e.failure and "ERR_ABORTED" not in e.failure))
        ]


@pytest.fixture(scope="session")
def request_log() -> RequestLog:
    return RequestLog()


@pytest.fixture(scope="session")
def browser_context(chromium_available, server: str, request_log: RequestLog):
    """One Chromium (a fresh profile) for the session. Requests that leave the server are recorded, then aborted."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="zhpress-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=str(CHROMIUM),
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
                service_workers="block",
            )
            context.set_default_timeout(10_000)

            context.on("page", request_log.watch)
            for page in context.pages:
                request_log.watch(page)
            origin = server.rstrip("/")
            request_log.origin = origin
            context.route(
                lambda url: urlsplit(url).scheme not in LOCAL_SCHEMES and not url.startswith(origin + "/"),
                lambda route: route.abort("blockedbyclient"),
            )
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    try:
        yield page
    finally:
        page.close()
