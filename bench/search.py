"""Part search: each language's Pagefind index at 100 and 1,000 articles, and what a first query fetches.

The corpus site is built once per size (`mkdocs build`, a child process). Then, per language: the
index on disk (files, bytes, the largest file, the seconds the build spent writing it, from its
log), and in Chromium (Debian's /usr/bin/chromium through Playwright, a fresh profile per query)
one query typed into the header search box of an article's home page: the bytes of every file
fetched from the first keystroke until the results are shown, the largest of them, and the time to
the results. Nothing is fetched for search before the box is used, so these are the bytes a
reader's first query costs.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .common import Context, child_env, children_cpu, sample_load, say, with_stamp

SEARCH_SIZES = (100, 1000)
LANGUAGES = {"zh-Hans": "", "zh-Hant": "zh-Hant/", "zh-HK": "zh-HK/", "en": "en/"}
QUERIES = {"zh-Hans": "党组织", "zh-Hant": "平台", "zh-HK": "群眾", "en": "party"}
START_PAGE = "bench-0001/"  # an article's home page: any page holds the header box
LIMIT = 1_000_000  # no file a page fetches for search may be larger (the target at 100 articles)
CHROMIUM = Path("/usr/bin/chromium")
INDEX_LOG = re.compile(r"zhpress: search index of (\S+): (\d+) pages, (\d+) files, ([\d.]+) KB in ([\d.]+) s")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def build_site(corpus: Path, out: Path) -> dict:
    """`mkdocs build` of the corpus into `out`: wall and CPU seconds, and each language's index seconds."""
    if out.exists():
        shutil.rmtree(out)
    sample_load()
    cpu0, t0 = children_cpu(), time.perf_counter()
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(corpus / "mkdocs.yml"), "-d", str(out)]
    done = subprocess.run(cmd, cwd=corpus, env=child_env(), capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    if done.returncode != 0:
        raise RuntimeError(f"mkdocs build of {corpus.name} failed:\n{done.stderr[-3000:]}")
    index_seconds = {m.group(1): float(m.group(5)) for m in INDEX_LOG.finditer(done.stderr)}
    return {"wall": wall, "cpu": cpu, "index_seconds": index_seconds}


def index_on_disk(site: Path, root: str) -> dict:
    folder = site / root / "pagefind"
    files = [p for p in folder.rglob("*") if p.is_file()]
    largest = max(files, key=lambda p: p.stat().st_size)
    return {
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "fragments": len(list((folder / "fragment").glob("*"))),
        "index_bytes": sum(p.stat().st_size for p in (folder / "index").glob("*")),
        "largest": (largest.relative_to(folder).as_posix(), largest.stat().st_size),
    }


def first_query(site: Path, lang: str, query: str) -> dict:
    """One query in a fresh Chromium profile: bytes fetched for it, the largest file, results, seconds."""
    from playwright.sync_api import sync_playwright

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    profile = tempfile.mkdtemp(prefix="zhpress-bench-chromium-")
    fetched: list[tuple[str, int]] = []
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            page = context.new_page()
            page.goto(base + LANGUAGES[lang] + START_PAGE, wait_until="load")
            page.wait_for_load_state("networkidle")
            page.on("response", lambda r: fetched.append((r.url, int(r.headers.get("content-length") or 0))))
            t0 = time.perf_counter()
            box = page.locator("input.md-search__input")
            box.click()
            box.fill(query)
            page.wait_for_function(
                "q => { const r = document.querySelector('.md-search[data-zp-search]');"
                " return r.dataset.zpState === 'done' && r.querySelector('input').value === q; }",
                arg=query,
                timeout=300_000,
            )
            seconds = time.perf_counter() - t0
            meta = page.locator(".md-search-result__meta").inner_text()
            page.wait_for_load_state("networkidle")
            context.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    search = [(u, b) for u, b in fetched if "/pagefind/" in u]
    largest = max(search, key=lambda f: f[1]) if search else ("", 0)
    return {
        "bytes": sum(b for _, b in search),
        "requests": len(search),
        "other_requests": [u.replace(base, "/") for u, _ in fetched if "/pagefind/" not in u],
        "other_hosts": [u for u, _ in fetched if not u.startswith(base)],
        "largest": (largest[0].replace(base, "/"), largest[1]),
        "seconds": seconds,
        "results": meta,
    }


def measure(corpus: Path) -> dict:
    site = Path(tempfile.mkdtemp(prefix=f"zhpress-bench-site-{corpus.name}-"))
    try:
        say(f"search: building the {corpus.name}-article site …")
        built = build_site(corpus, site)
        say(f"search: built in {built['wall']:.1f} s wall, {built['cpu']:.1f} s CPU; index {built['index_seconds']}")
        langs = {}
        for lang, root in LANGUAGES.items():
            disk = index_on_disk(site, root)
            query = first_query(site, lang, QUERIES[lang])
            langs[lang] = {"disk": disk, "query": query}
            say(
                f"search {corpus.name} {lang}: index {disk['bytes'] / 1e6:.2f} MB in {disk['files']} files, "
                f"first query {QUERIES[lang]!r}: {query['bytes'] / 1024:.0f} KB in {query['requests']} files "
                f"(largest {query['largest'][0]} {query['largest'][1] / 1024:.0f} KB), {query['seconds']:.2f} s, "
                f"{query['results']}"
            )
        return {"articles": int(corpus.name), "built": built, "languages": langs}
    finally:
        shutil.rmtree(site, ignore_errors=True)


def report(results: list[dict]) -> list[str]:
    lines = [
        "## Search: Pagefind index per language, bytes per first query",
        "",
        "Each language's index in its own folder (`<language>/pagefind/`); Chinese pages indexed as folded "
        "single characters, English as words; the site-wide figures page left out. A first query: a fresh "
        "Chromium profile opens an article's home page, then types the query into the header box; counted are "
        "the search files fetched from then until the results are shown (nothing is fetched for search "
        "before). Queries: " + ", ".join(f"{lang} {q}" for lang, q in QUERIES.items()) + ".",
        "",
        "| articles | language | index on disk | files | largest index file | written in | "
        "first query fetches | files | largest fetched | to results | results |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    verdicts = []
    for result in results:
        n = result["articles"]
        for lang, data in result["languages"].items():
            disk, query = data["disk"], data["query"]
            seconds = result["built"]["index_seconds"].get(lang)
            lines.append(
                f"| {n:,} | {lang} | {disk['bytes'] / 1e6:.2f} MB | {disk['files']:,} | "
                f"{disk['largest'][1] / 1024:.0f} KB | {f'{seconds:.1f} s' if seconds is not None else '–'} | "
                f"{query['bytes'] / 1024:.0f} KB | {query['requests']} | {query['largest'][1] / 1024:.0f} KB "
                f"(`{query['largest'][0].rsplit('/', 1)[-1]}`) | {query['seconds']:.2f} s | {query['results']} |"
            )
            if n == 100:
                verdicts.append(query["largest"][1] <= LIMIT and not query["other_hosts"])
        lines.append(
            f"| {n:,} | (whole build) | | | | | | | | | {result['built']['wall']:.0f} s wall, "
            f"{result['built']['cpu']:.0f} s CPU |"
        )
    lines += [
        "",
        f"Target: no file a page fetches for search larger than 1 MB at 100 articles, no request to another "
        f"host: {'met' if verdicts and all(verdicts) else 'NOT met'}.",
        "",
    ]
    return lines


def run_part(ctx: Context) -> dict[str, list[str]]:
    """Build the 100- and 1,000-article sites (1,000 unless --no-large) and measure their search."""
    sizes = [n for n in SEARCH_SIZES if not (ctx.args.no_large and n > 100)]
    if not CHROMIUM.is_file():
        say(f"search: {CHROMIUM} is missing; skipped")
        return {}
    results = [measure(ctx.corpus(n)) for n in sizes]
    return {"search": with_stamp(report(results), ctx.info)}
