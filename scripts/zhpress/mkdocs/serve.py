"""`mkdocs serve`: the not-found page of an address's language, and a cheaper watch of `data/`.

MkDocs' development server serves the site root's `404.html` for every missing page: its
error handler is told the status code only, not the address. `localise_not_found` wraps the
server's WSGI application to remember each request's path (per thread: the server answers
every request in a thread of its own) and gives it an error handler that picks
`<locale>/404.html` for an address under `<locale>/`.

MkDocs watches folders by polling them twice a second with watchdog's snapshots, which cost
about 16 µs per file: at 100 articles (some 400 files in `data/`) 1.3 % of a core while the
server waits, 13 % at 1,000, and as much again during every rebuild. `watch_data` polls
`data/` on any file system as MkDocs does, comparing each file's size, modification time and
inode in a plain scan (a quarter of the cost), and hands a change to the handler MkDocs made
for the folder, so the server rebuilds as it would for its own watch. It scans as often as a
scan may take 5 % of the time, between ten times a second (a small site: an edit is seen
within 0.1 s) and twice a second (1,000 articles, where a scan takes about 27 ms).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

from watchdog.events import FileModifiedEvent

log = logging.getLogger("mkdocs.plugins.zhpress")
POLL = 0.5  # the longest time between two scans of data/ (MkDocs' own watcher polls as often)
POLL_MIN = 0.1  # the shortest
SCAN_SHARE = 0.05  # the share of the time the scans may take


def next_interval(scan_seconds: float, longest: float = POLL) -> float:
    """Seconds to wait before the next scan of data/, after one that took `scan_seconds`.

    Args:
        scan_seconds: how long the last scan took.
        longest: the longest wait (`POLL`; a test may ask for less).
    """
    return min(longest, max(min(POLL_MIN, longest), scan_seconds / SCAN_SHARE))


def not_found_page(site_dir: Path, path: str, mount_path: str, roots: list[str]) -> Path | None:
    """The not-found page for the address `path`, or None to leave it to MkDocs (the site root's 404.html).

    Args:
        site_dir: the folder the site is built into.
        path: the request's path, e.g. `/zh-Hant/nope/`.
        mount_path: where the site is served (the path of `site_url`, e.g. `/` or `/docs/`).
        roots: every language's URL prefix from the site root: `""` for the source, `zh-Hant/` …
    """
    mount = "/" + mount_path.strip("/") + "/" if mount_path.strip("/") else "/"
    if not (path + "/").startswith(mount):
        return None
    rel = path[len(mount) :]
    for root in sorted((r for r in roots if r), key=len, reverse=True):
        if rel.startswith(root) or rel + "/" == root:
            page = site_dir / root / "404.html"
            return page if page.is_file() else None
    return None


def localise_not_found(server: Any, roots: list[str]) -> None:
    """Make MkDocs' LiveReloadServer answer a missing page in the language of its address."""
    current = threading.local()
    app = server.get_app()
    fallback = server.error_handler

    def remember_path(environ, start_response):
        current.path = environ.get("PATH_INFO", "")
        return app(environ, start_response)

    def error_page(code: int) -> bytes | None:
        if code == 404:
            page = not_found_page(Path(server.root), getattr(current, "path", ""), server.mount_path, roots)
            if page is not None:
                return page.read_bytes()
        return fallback(code)

    server.set_app(remember_path)
    server.error_handler = error_page


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file under `folder` (not following links to folders): path → (modification time, size, inode)."""
    files: dict[str, tuple[int, int, int]] = {}
    stack = [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                        else:
                            st = entry.stat()
                            files[entry.path] = (st.st_mtime_ns, st.st_size, st.st_ino)
                    except OSError:  # removed while scanned: the next scan sees it gone
                        continue
        except OSError:
            continue
    return files


class _Capture:
    """Stands in for the server's observer while `watch` registers a folder: keeps the handler."""

    def __init__(self) -> None:
        self.handler: Any = None

    def schedule(self, handler, path, recursive=True):
        self.handler = handler


def watch_data(server: Any, folder: Path, interval: float = POLL) -> threading.Event | None:
    """Watch `folder` for MkDocs' LiveReloadServer: an edit there rebuilds the site.

    Args:
        server: MkDocs' LiveReloadServer.
        folder: the data folder.
        interval: the longest time between two scans (see `next_interval`).

    Returns the event that stops the watch (None when the server's handler could not be taken).
    """
    capture, observer = _Capture(), server.observer
    server.observer = capture
    try:
        server.watch(str(folder))
    finally:
        server.observer = observer
    if capture.handler is None:  # a server that registers its watches otherwise (not MkDocs 1.6)
        log.warning("zhpress: %s is not watched: restart `mkdocs serve` after an edit there", folder)
        return None
    handler, stop = capture.handler, threading.Event()

    def scan() -> None:
        last = snapshot(folder)
        wait = interval
        while not stop.wait(wait):
            started = time.perf_counter()
            now = snapshot(folder)
            wait = next_interval(time.perf_counter() - started, interval)
            if now != last:
                changed = sorted(set(now.items()) ^ set(last.items()))
                last = now
                handler.dispatch(FileModifiedEvent(changed[0][0] if changed else str(folder)))

    threading.Thread(target=scan, name="zhpress-watch-data", daemon=True).start()
    return stop
