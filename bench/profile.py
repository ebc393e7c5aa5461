"""cProfile of the 10- and 100-article builds: key functions and own time by origin (bench/profile-100.txt)."""

from __future__ import annotations

import io
import pstats
import shutil
import sys
from pathlib import Path

from .builds import build_plugin
from .common import BENCH, REPO, Context, run, say, with_stamp

PROFILE_SIZES = (10, 100)  # 10 only to compare time per page with 100

CATEGORIES = [  # (label, test on (filename, function name)) for exclusive (tottime) time
    ("Jinja-compiled Material templates (nav, header, …)", lambda f, n: f.endswith(".html")),
    ("jinja2 runtime", lambda f, n: "/jinja2/" in f),
    ("Python-Markdown + extensions", lambda f, n: "/markdown/" in f or "/pymdownx/" in f),
    ("jieba (variant review, labels)", lambda f, n: "/jieba/" in f),
    ("OpenCC (C)", lambda f, n: "opencc" in f.lower() or "opencc" in n.lower()),
    ("zhpress", lambda f, n: "/zhpress/" in f),
    ("Material plugins (search, …)", lambda f, n: "/material/" in f),
    ("MkDocs core", lambda f, n: "/mkdocs/" in f),
    ("PyYAML", lambda f, n: "/yaml/" in f),
    ("C builtins (str, re, json, io, …)", lambda f, n: f == "~"),
    ("other Python (stdlib, babel, …)", lambda f, n: True),
]
KEY_FUNCTIONS = [  # (label, path substring, function name) for cumulative time
    ("mkdocs build, all languages (root build)", "mkdocs/commands/build.py", "build"),
    ("zhpress: nested builds of zh-Hant, zh-HK, en", "zhpress/mkdocs/build.py", "_build_variant"),
    ("mkdocs: _populate_page (Markdown → HTML)", "mkdocs/commands/build.py", "_populate_page"),
    ("mkdocs: _build_page (on_page_context + template + write)", "mkdocs/commands/build.py", "_build_page"),
    ("jinja2: Template.render (whole page template)", "jinja2/environment.py", "render"),
    (
        "jinja2: Context.call (template calls; here almost all are Material's nav-item macros)",
        "jinja2/runtime.py",
        "call",
    ),
    (
        "Material: partials/nav.html root (the site nav; cProfile undercounts this generator, see the nav experiment)",
        "partials/nav.html",
        "root",
    ),
    ("Material: partials/toc.html (the page's table of contents)", "partials/toc.html", "root"),
    ("mkdocs: get_relative_url (mostly nav links)", "mkdocs/utils/__init__.py", "get_relative_url"),
    ("mkdocs: Page.__eq__ (nav active-state tests)", "mkdocs/structure/pages.py", "__eq__"),
    ("zhpress: LanguageBuild.__init__ (load, render_site)", "zhpress/mkdocs/build.py", "__init__"),
    ("zhpress: _load_shared (load_project + render_site per language)", "zhpress/mkdocs/build.py", "_load_shared"),
    ("zhpress: render_site", "zhpress/render", "render_site"),
    ("zhpress: load_project", "zhpress/project.py", "load_project"),
    ("zhpress: write_index (the Pagefind index of one language)", "zhpress/search/index.py", "write_index"),
    ("zhpress: page_context (language alternates)", "zhpress/mkdocs/build.py", "page_context"),
    ("zhpress: page_markdown", "zhpress/mkdocs/build.py", "page_markdown"),
    ("zhpress: write_sitemaps", "zhpress/mkdocs/sitemap.py", "write_sitemaps"),
    ("mkdocs: load_config", "mkdocs/config/base.py", "load_config"),
]


def profile_build(corpus: Path, write_text: bool) -> dict:
    """cProfile one full build of `corpus`; the raw profile stays in the corpus folder (profile.prof)."""
    out = corpus / "_out" / "profile"
    prof = corpus / "profile.prof"
    shutil.rmtree(out, ignore_errors=True)
    elapsed, _, _ = run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-o",
            str(prof),
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(corpus / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        corpus,
        "profiled build",
    )
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    stats = pstats.Stats(str(prof))
    raw = stats.stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    exclusive = sum(v[2] for v in raw.values())
    categories = {label: 0.0 for label, _ in CATEGORIES}
    templates: dict[str, float] = {}
    for (file, _line, name), (_cc, _nc, tt, _ct, _callers) in raw.items():
        for label, test in CATEGORIES:
            if test(file, name):
                categories[label] += tt
                break
        if file.endswith(".html"):
            short = file.split("/templates/")[-1]
            templates[short] = templates.get(short, 0.0) + tt
    keys = []
    for label, where, name in KEY_FUNCTIONS:
        matches = [v for (file, _line, fn), v in raw.items() if fn == name and where in file]
        if matches:
            keys.append((label, max(m[3] for m in matches), sum(m[1] for m in matches)))
    root = next((seconds for label, seconds, _ in keys if label.startswith("mkdocs build")), exclusive)
    result = {
        "wall": elapsed,
        "exclusive": exclusive,
        "root": root,
        "categories": categories,
        "templates": templates,
        "keys": keys,
        "top_tottime": _top(stats, "tottime"),
    }
    if write_text:
        text = io.StringIO()
        text.write(
            f"cProfile of `mkdocs build` (with the zhpress plugin) on the {corpus.name}-article corpus, "
            f"all languages; wall {elapsed:.1f}s under the profiler. Raw profile: "
            f"{prof.relative_to(REPO)}\n\n"
        )
        for key in ("cumulative", "tottime"):
            text.write(f"==== sorted by {key}, top 25 ====\n")
            stream = io.StringIO()
            pstats.Stats(str(prof), stream=stream).sort_stats(key).print_stats(25)
            body = stream.getvalue()
            text.write(body[body.find("   ncalls") :].rstrip() + "\n\n" if "   ncalls" in body else body)
        text.write("==== exclusive time (tottime) by origin; share of the sum of tottime ====\n")
        for label, seconds in sorted(categories.items(), key=lambda kv: -kv[1]):
            text.write(f"{seconds:9.2f}s {100 * seconds / exclusive:5.1f}%  {label}\n")
        text.write("\n==== exclusive time in Jinja-compiled templates, by template ====\n")
        for name, seconds in sorted(templates.items(), key=lambda kv: -kv[1])[:12]:
            text.write(f"{seconds:9.2f}s {100 * seconds / exclusive:5.1f}%  {name}\n")
        text.write("\n==== cumulative time of key functions (calls); share of the root build ====\n")
        for label, seconds, calls in keys:
            text.write(f"{seconds:9.2f}s {100 * seconds / root:5.1f}%  {label} ({calls} calls)\n")
        (BENCH / f"profile-{corpus.name}.txt").write_text(text.getvalue(), encoding="utf-8")
    return result


def _top(stats: pstats.Stats, key: str, count: int = 12) -> list[tuple]:
    stats.sort_stats(key)
    rows = []
    for func in stats.fcn_list[:count]:
        cc, nc, tt, ct, _ = stats.stats[func]
        file, line, name = func
        where = name if file == "~" else f"{_short(file)}:{line}({name})"
        rows.append((where, nc, tt, ct))
    return rows


def _short(file: str) -> str:
    for marker in ("site-packages/", "/scripts/", "/lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def report(profiles: dict, builds: dict) -> list[str]:
    """The section's Markdown."""
    lines: list[str] = []
    prof = profiles[100]
    lines += [
        "## Profile of the 100-article build",
        "",
        f"cProfile of the full build with the plugin ({prof['wall']:.1f}s wall under the profiler); "
        "the top 25 entries by cumulative and by own time are in bench/profile-100.txt.",
        "",
        "Cumulative time of key functions (share of the whole build under the profiler"
        + (
            "; the last columns compare the time per generated page with the 10-article build"
            if profiles.get(10)
            else ""
        )
        + "):",
        "",
    ]
    small = {label: (seconds, calls) for label, seconds, calls in profiles[10]["keys"]} if profiles.get(10) else {}
    pages_large = builds.get(100, {}).get("total_pages") or 1
    pages_small = builds.get(10, {}).get("total_pages") or 1
    if small:
        lines += [
            "| function | s | share | calls | ms/page at 100 | ms/page at 10 | growth |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
    else:
        lines += ["| function | s | share | calls |", "|---|---:|---:|---:|"]
    for label, seconds, calls in prof["keys"]:
        row = f"| {label} | {seconds:.1f} | {100 * seconds / prof['root']:.1f}% | {calls} |"
        if small:
            per_large = 1000 * seconds / pages_large
            per_small = 1000 * small.get(label, (0, 0))[0] / pages_small
            growth = f"{per_large / per_small:.2f}×" if per_small > 0.05 else "–"
            row += f" {per_large:.2f} | {per_small:.2f} | {growth} |"
        lines.append(row)
    lines += ["", "Own (exclusive) time by origin:", "", "| origin | s | share |", "|---|---:|---:|"]
    for label, seconds in sorted(prof["categories"].items(), key=lambda kv: -kv[1]):
        lines.append(f"| {label} | {seconds:.1f} | {100 * seconds / prof['exclusive']:.1f}% |")
    lines += [
        "",
        "Top 12 by own time:",
        "",
        "| function | calls | tottime (s) | cumtime (s) |",
        "|---|---:|---:|---:|",
    ]
    for where, nc, tt, ct in prof["top_tottime"]:
        lines.append(f"| `{where}` | {nc} | {tt:.2f} | {ct:.2f} |")
    lines.append("")
    return lines


def run_part(ctx: Context) -> dict[str, list[str]]:
    """Profile the builds of PROFILE_SIZES; return the section `profile` (and write bench/profile-100.txt)."""
    corpora = {n: ctx.corpus(n) for n in PROFILE_SIZES}
    measured = ctx.measured
    profiles = {}
    for n in PROFILE_SIZES:
        say(f"profile: cProfile of the {n}-article build")
        profiles[n] = profile_build(corpora[n], write_text=n == 100)
    pages = measured.get("builds") or {n: {"total_pages": count_pages(corpora[n])} for n in PROFILE_SIZES}
    return {"profile": with_stamp(report(profiles, pages), ctx.info)}


def count_pages(corpus: Path) -> int:
    """Pages of one full build of `corpus` with the plugin (index.html files)."""
    out = corpus / "_out" / "count"
    build_plugin(corpus, out)
    total = sum(1 for _ in out.rglob("index.html"))
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    return total
