"""Page paths and the relative URLs between them (directory URLs, as MkDocs builds them)."""

from __future__ import annotations

import posixpath


def page_url(path: str, use_directory_urls: bool = True) -> str:
    """The URL of a Markdown page relative to its site root: `a/b.md` → `a/b/`, `a/index.md` → `a/`."""
    stem = path[:-3] if path.endswith(".md") else path
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/" if use_directory_urls else stem + ".html"


def _relpath(target: str, base: str) -> str:
    """posixpath.relpath for paths relative to one root, without touching the file system."""
    to = [p for p in target.split("/") if p not in ("", ".")]
    start = [p for p in base.split("/") if p not in ("", ".")]
    common = 0
    while common < min(len(to), len(start)) and to[common] == start[common]:
        common += 1
    parts = [".."] * (len(start) - common) + to[common:]
    return "/".join(parts) or "."


def relative_url(from_url: str, to_url: str, anchor: str = "") -> str:
    """Relative link from the page at `from_url` to `to_url` (both relative to one site root)."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
    target = to_url or "./"
    rel_path = _relpath(target, base or ".")
    if to_url.endswith("/") or not to_url:
        rel_path = rel_path.rstrip("/") + "/"
        if rel_path == "./" and anchor:
            rel_path = ""
    return rel_path + (f"#{anchor}" if anchor else "")
