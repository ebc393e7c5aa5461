"""Parts b and c: the plugin's share of `mkdocs build`, growth per page, and the navigation's cost.

b. The full build of 10 and 100 articles against a plain build of the same generated pages
   (render_site per language with the plugin's Lang settings) with the same theme, nav, CSS/JS and
   search, and no zhpress plugin.
c. Build time per page at 100 articles against 10, and one full build of 1,000 articles.
Then the cost of the navigation: the plain source-language pages built with the full nav,
Material's navigation.prune, zhpress's per-article nav and no nav.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import yaml

from .common import LARGE_BUILD, REPO, TARGETS, Context, fmt, run, say, verdict, with_stamp
from .navigation import nav_experiment, report_navigation

BUILD_REPEATS = {
    10: 5,
    100: 1,
}  # plugin and plain builds, interleaved; best of n (a 10-article build takes ~6 s: noise is a large share)
SEPARATE_PLAIN = {10}  # also build the plain pages as one `mkdocs build` subprocess per language


def site_variants(corpus: Path) -> tuple[dict, list]:
    from zhpress.mkdocs.languages import variants_from_config

    config = yaml.safe_load((corpus / "mkdocs.yml").read_text(encoding="utf-8"))
    options = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "zhpress" in plugin:
            options = plugin["zhpress"] or {}
    return config, variants_from_config(options.get("variants") or [])


# A plain MkDocs hook giving every page the navigation the plugin gives it with `navigation: article`
# (zhpress.mkdocs.navigation): the plain build then renders the same sidebar as the plugin's build.
NAV_HOOK = """from zhpress.mkdocs.navigation import NavigationPlan

_plan = None


def on_page_context(context, page, config, nav):
    global _plan
    if _plan is None or _plan.nav is not nav:
        _plan = NavigationPlan(nav)
    context["nav"] = _plan.for_page(page)
    return context
"""


def site_navigation(config: dict) -> str:
    """The plugin's `navigation` option in a corpus's mkdocs.yml ("article" unless set)."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "zhpress" in plugin:
            return (plugin["zhpress"] or {}).get("navigation", "article")
    return "article"


def write_plain(corpus: Path) -> tuple[list[Path], dict[str, int]]:
    """Write the plugin's generated pages of every language as a plain MkDocs project; returns the configs.

    Pages and nav come from render_site with the Lang the plugin makes for each language
    (zhpress.mkdocs.languages.make_lang); the configs keep the theme, its features, the
    interface language, markdown extensions, search, the plugin's CSS/JS and a language
    switcher (extra.alternate), and have no zhpress plugin.
    """
    from zhpress.figures.exports import figures_csv, figures_json
    from zhpress.mkdocs.build import ASSETS, CSS_URI, JS_URI
    from zhpress.mkdocs.languages import make_lang
    from zhpress.project import load_project
    from zhpress.render import render_site

    config, variants = site_variants(corpus)
    project = load_project(corpus / "data")
    use_directory_urls = config.get("use_directory_urls", True)
    site_url = config.get("site_url")
    root = corpus / "plain"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    hook = root / "nav_hook.py"
    hook.write_text(NAV_HOOK, encoding="utf-8")
    configs, pages = [], {}
    for variant in variants:
        lang = make_lang(variant, project.overrides, variants[0].root, use_directory_urls)
        site = render_site(project, lang)
        folder = root / variant.locale
        docs = folder / "docs"
        for page in site.pages:
            target = docs / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.markdown, encoding="utf-8")
        pages[variant.locale] = len(site.pages)
        for uri in (CSS_URI, JS_URI):
            (docs / uri).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ASSETS / Path(uri).name, docs / uri)
        if variant.is_source:
            (docs / "figures.csv").write_text(figures_csv(project), encoding="utf-8")
            (docs / "figures.json").write_text(figures_json(project), encoding="utf-8")
        plain = {key: value for key, value in config.items() if key not in ("plugins", "nav")}
        plain["site_name"] = variant.site_name or (
            config["site_name"] if variant.english else lang.convert(config["site_name"])
        )
        if site_url:
            plain["site_url"] = site_url.rstrip("/") + "/" + variant.root
        plain["docs_dir"] = "docs"
        plain["theme"] = dict(config.get("theme") or {}, language=variant.ui_language)
        plain["plugins"] = ["search"]
        plain["extra_css"] = list(config.get("extra_css") or []) + [CSS_URI]
        plain["extra_javascript"] = list(config.get("extra_javascript") or []) + [JS_URI]
        base = (site_url or "/").rstrip("/") + "/"
        plain["extra"] = dict(
            config.get("extra") or {},
            alternate=[{"name": v.name, "lang": v.locale, "link": base + v.root} for v in variants],
        )
        plain["nav"] = site.nav
        if site_navigation(config) == "article":
            plain["hooks"] = [str(hook)]
        path = folder / "mkdocs.yml"
        path.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
        configs.append(path)
    return configs, pages


def plain_driver(configs: list[str], out: str) -> None:
    """Child process: build every plain config in one process, as the plugin builds its languages."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    times = {}
    for config in configs:
        locale = Path(config).parent.name
        w, c = time.perf_counter(), time.process_time()
        build(load_config(config_file=config, site_dir=str(Path(out) / locale)))
        times[locale] = {"wall": time.perf_counter() - w, "cpu": time.process_time() - c}
    print(json.dumps(times))


def build_plugin(corpus: Path, out: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu, _ = run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(corpus / "mkdocs.yml"), "-d", str(out)],
        corpus,
        f"mkdocs build of {corpus.name}",
    )
    return {"wall": wall, "cpu": cpu}


def build_plain_separately(configs: list[Path], out: Path) -> dict:
    parts = {}
    for config in configs:
        target = out / config.parent.name
        shutil.rmtree(target, ignore_errors=True)
        wall, cpu, _ = run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(target)],
            config.parent,
            f"plain build {config}",
        )
        parts[config.parent.name] = {"wall": wall, "cpu": cpu}
    return {
        "wall": sum(p["wall"] for p in parts.values()),
        "cpu": sum(p["cpu"] for p in parts.values()),
        "parts": parts,
    }


def build_plain_one_process(configs: list[Path], out: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu, stdout = run(
        [sys.executable, "-m", "bench", "--plain-driver", str(out)] + [str(c) for c in configs],
        REPO,
        "plain driver",
    )
    return {"wall": wall, "cpu": cpu, "parts": json.loads(stdout.strip().splitlines()[-1])}


def measure_builds(corpus: Path, repeats: int, separate: bool) -> dict:
    n = corpus.name
    out = corpus / "_out"
    configs, pages = write_plain(corpus)
    total_pages = sum(pages.values())
    plugin, plain_one = [], []
    for attempt in range(repeats):  # interleaved, so a burst of other load hits both sides alike
        plugin.append(build_plugin(corpus, out / "plugin"))
        say(f"build {n} with plugin {attempt + 1}/{repeats}: {fmt(plugin[-1])} ({total_pages} pages)")
        plain_one.append(build_plain_one_process(configs, out / "plain-one"))
        say(
            f"build {n} plain, one process {attempt + 1}/{repeats}: {fmt(plain_one[-1])} ("
            + ", ".join(f"{k} {v['cpu']:.2f}" for k, v in plain_one[-1]["parts"].items())
            + " CPU)"
        )
    plain_sep = None
    if separate:
        plain_sep = build_plain_separately(configs, out / "plain-sep")
        say(f"build {n} plain, one `mkdocs build` per language: {fmt(plain_sep)}")
    built = sum(1 for _ in (out / "plugin").rglob("index.html"))
    shutil.rmtree(out, ignore_errors=True)
    config, _ = site_variants(corpus)
    return {
        "pages": pages,
        "total_pages": total_pages,
        "html_pages": built,
        "features": list((config.get("theme") or {}).get("features") or []),
        "navigation": site_navigation(config),
        "plugin": {k: min(r[k] for r in plugin) for k in ("wall", "cpu")},
        "plugin_runs": plugin,
        "plain_one": {k: min(r[k] for r in plain_one) for k in ("wall", "cpu")},
        "plain_one_runs": plain_one,
        "plain_separate": plain_sep,
    }


def measure_large(corpus: Path) -> dict:
    """One full build of the large corpus with the plugin; pages counted in the output (index.html files)."""
    out = corpus / "_out" / "plugin"
    result = build_plugin(corpus, out)
    result["total_pages"] = sum(1 for _ in out.rglob("index.html"))
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    return result


def report_builds(builds: dict, large_build: dict | None) -> list[str]:
    """Sections b and c."""
    lines: list[str] = []
    lines += [
        "## b. The plugin's share of `mkdocs build`",
        "",
        "Full build: `python -m mkdocs build -q` of the corpus; the plugin builds zh-Hans at the root "
        "and zh-Hant, zh-HK and en as nested builds, in forked worker processes (one per core, the "
        "default; their CPU time is counted), and hands its generated pages to MkDocs as HTML, without "
        "a Python-Markdown pass: so it can take less CPU than the plain build. Plain build: the same "
        "generated pages (render_site per language with the plugin's Lang settings, make_lang) written "
        "as Markdown, with a plain mkdocs.yml per language — same theme and features, interface "
        "language, nav, markdown extensions, search plugin, the plugin's CSS/JS and a static language "
        "switcher, no zhpress — built in one child process that calls mkdocs' build() once per "
        "language (as the plugin's nested builds do), so start-up and imports count once on both "
        "sides. At 10 articles the plain pages are also built as one `mkdocs build` subprocess per "
        "language (start-up and imports four times).",
        "",
        "| corpus | pages, all languages | plugin build: CPU s (wall) | plain, one process: CPU s (wall) "
        "| plugin adds (CPU) | plugin adds (wall) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for n, b in builds.items():
        pc, pw = b["plugin"]["cpu"], b["plugin"]["wall"]
        qc, qw = b["plain_one"]["cpu"], b["plain_one"]["wall"]
        lines.append(
            f"| {n} articles | {b['total_pages']:,} | {pc:.2f} ({pw:.2f}) | {qc:.2f} ({qw:.2f}) | "
            f"{100 * (pc / qc - 1):+.1f}% | {100 * (pw / qw - 1):+.1f}% |"
        )
    lines.append("")
    for n, b in builds.items():
        runs = (
            f"best of {len(b['plugin_runs'])}; plugin runs "
            + ", ".join(f"{r['cpu']:.2f}" for r in b["plugin_runs"])
            + ", plain runs "
            + ", ".join(f"{r['cpu']:.2f}" for r in b["plain_one_runs"])
            + " CPU s"
        )
        parts = ", ".join(f"{k} {v['cpu']:.2f}" for k, v in b["plain_one_runs"][-1]["parts"].items())
        line = f"- {n} articles: {runs}; plain per-language build() CPU s: {parts}"
        if b["plain_separate"]:
            sep = b["plain_separate"]
            line += (
                f"; as four `mkdocs build` subprocesses {sep['cpu']:.2f} CPU s ({sep['wall']:.2f} wall), "
                f"against which the plugin adds {100 * (b['plugin']['cpu'] / sep['cpu'] - 1):+.1f}%"
            )
        lines.append(line + ".")
    shares = "; ".join(
        f"{n} articles {100 * (b['plugin']['cpu'] / b['plain_one']['cpu'] - 1):+.1f}% "
        f"({verdict(b['plugin']['cpu'] / b['plain_one']['cpu'] - 1, TARGETS['plugin_share'])})"
        for n, b in builds.items()
    )
    lines += [
        "",
        f"**What the plugin adds to the build (CPU): {shares}**; target ≤ {100 * TARGETS['plugin_share']:.0f}%.",
        "",
    ]
    if 10 in builds and 100 in builds:
        small, large = builds[10], builds[100]

        def per_page(b: dict, key: str, kind: str = "cpu") -> float:
            return 1000 * b[key][kind] / b["total_pages"]

        growth = per_page(large, "plugin") / per_page(small, "plugin")
        growth_wall = per_page(large, "plugin", "wall") / per_page(small, "plugin", "wall")
        plain_growth = per_page(large, "plain_one") / per_page(small, "plain_one")
        lines += [
            "## c. Growth: build time per page, 100 against 10 articles (all languages)",
            "",
            "| corpus | pages | plugin build CPU s | CPU ms per page | wall ms per page | "
            "plain build CPU s | CPU ms per page |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for n, b in ((10, small), (100, large)):
            lines.append(
                f"| {n} | {b['total_pages']:,} | {b['plugin']['cpu']:.2f} | "
                f"{per_page(b, 'plugin'):.1f} | {per_page(b, 'plugin', 'wall'):.1f} | "
                f"{b['plain_one']['cpu']:.2f} | {per_page(b, 'plain_one'):.1f} |"
            )
        lines += [
            "",
            f"**Growth of the full build: {growth:.2f}× per page (CPU)**, {growth_wall:.2f}× (wall); "
            f"target ≤ {TARGETS['growth']}×: {verdict(growth, TARGETS['growth'])}. The plain build "
            f"of the same pages grows {plain_growth:.2f}×.",
            "",
            f"**Build time of 100 articles in all languages: {large['plugin']['wall']:.1f}s wall, "
            f"{large['plugin']['cpu']:.1f}s CPU** ({large['total_pages']:,} pages).",
            "",
        ]
        if large_build:
            big = 1000 * large_build["cpu"] / large_build["total_pages"]
            lines += [
                f"One full build of {LARGE_BUILD:,} articles with the plugin, all languages: "
                f"**{large_build['wall']:.1f}s wall, {large_build['cpu']:.1f}s CPU** for "
                f"{large_build['total_pages']:,} pages (index.html files in the output; the 10- and "
                f"100-article outputs hold {small['html_pages']:,} and {large['html_pages']:,}), "
                f"{big:.1f} CPU ms per page: **{big / per_page(small, 'plugin'):.2f}× the time per page "
                f"at 10 articles** ({big / per_page(large, 'plugin'):.2f}× at 100).",
                "",
            ]
    return lines


def run_part(ctx: Context) -> dict[str, list[str]]:
    """Measure the builds (b, c) and the navigation; return the sections `builds` and `navigation`."""
    corpora = {n: ctx.corpus(n) for n in BUILD_REPEATS}
    large = None if ctx.args.no_large else ctx.corpus(LARGE_BUILD)
    info, measured = ctx.info, ctx.measured
    results: dict = {}
    navs: dict = {}
    for n, repeats in BUILD_REPEATS.items():
        say(f"b/c. builds of {n} articles (best of {repeats})")
        results[n] = measure_builds(corpora[n], repeats, separate=n in SEPARATE_PLAIN)
        navs[n] = nav_experiment(corpora[n])
    large_build = None
    if large is not None:
        say(f"c. one build of {LARGE_BUILD:,} articles with the plugin")
        large_build = measure_large(large)
        say(f"build {LARGE_BUILD} with plugin: {fmt(large_build)} ({large_build['total_pages']} pages)")
    measured["builds"] = results
    return {
        "builds": with_stamp(report_builds(results, large_build), info),
        "navigation": with_stamp(report_navigation(navs, results, large_build), info),
    }
