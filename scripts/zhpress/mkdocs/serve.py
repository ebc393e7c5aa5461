"""`mkdocs serve` answers an address without a page with the not-found page of that address's language.

MkDocs' development server serves the site root's `404.html` for every missing page: its
error handler is told the status code only, not the address. `localise_not_found` wraps the
server's WSGI application to remember each request's path (per thread: the server answers
every request in a thread of its own) and gives it an error handler that picks
`<locale>/404.html` for an address under `<locale>/`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any


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
