"""The navigation's cost: the plain source-language pages built with four navigations (full, prune,
zhpress's per-article nav, none), and what that predicts for 1,000 articles."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

from .common import LARGE_BUILD, fmt, run, say

NAV_VARIANTS = {
    "full": (
        "the site nav as the plugin makes it (every article with its pages), without `navigation.prune`",
        None,
        None,
    ),
    "prune": (
        "the same nav with Material's `navigation.prune` feature (only the current article's part expanded)",
        "navigation.prune",
        None,
    ),
    "article": (
        "zhpress's `navigation: article` (the plugin's default): each page's nav holds the site's "
        "pages and its own article only (zhpress.mkdocs.navigation, applied here by a plain MkDocs hook), "
        "with `navigation.prune`",
        "navigation.prune",
        None,
    ),
    "none": ("no site nav at all (an empty partials/nav.html): the floor", None, ""),
}
NAV_LOCALE = "zh-Hans"


def nav_experiment(corpus: Path) -> dict:
    """Build the source language's plain pages with each navigation of NAV_VARIANTS (CPU s, wall s)."""
    source = corpus / "plain" / NAV_LOCALE
    config = yaml.safe_load((source / "mkdocs.yml").read_text(encoding="utf-8"))
    results = {}
    for name, (_, feature, partial) in NAV_VARIANTS.items():
        variant = dict(config)
        theme = dict(config["theme"])
        theme["features"] = [f for f in theme.get("features") or [] if f != "navigation.prune"]
        if feature:
            theme["features"].append(feature)
        variant.pop("hooks", None)
        if name == "article":
            variant["hooks"] = [str(corpus / "plain" / "nav_hook.py")]
        if partial is not None:
            overrides = corpus / "plain" / f"nav-{name}"
            (overrides / "partials").mkdir(parents=True, exist_ok=True)
            (overrides / "partials" / "nav.html").write_text(partial, encoding="utf-8")
            theme["custom_dir"] = str(overrides)
        variant["theme"] = theme
        variant["docs_dir"] = str(source / "docs")
        path = source / f"mkdocs-nav-{name}.yml"
        path.write_text(yaml.safe_dump(variant, allow_unicode=True, sort_keys=False), encoding="utf-8")
        out = corpus / "_out" / f"nav-{name}"
        shutil.rmtree(out, ignore_errors=True)
        wall, cpu, _ = run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(path), "-d", str(out)],
            source,
            f"nav experiment {name}",
        )
        results[name] = {"wall": wall, "cpu": cpu, "html_bytes": sum(p.stat().st_size for p in out.rglob("*.html"))}
        say(f"nav experiment, {corpus.name} articles, {NAV_LOCALE}, nav={name}: {fmt(results[name])}")
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    return results


def report_navigation(navs: dict, builds: dict, large_build: dict | None) -> list[str]:
    """The navigation's cost."""
    lines: list[str] = []
    lines += [
        "## The navigation's cost",
        "",
        f"The plain {NAV_LOCALE} pages (one language, no zhpress plugin) built with four navigations "
        "(one `mkdocs build` each, once):",
        "",
    ]
    for name, (text, _, _) in NAV_VARIANTS.items():
        lines.append(f"- **{name}**: {text}")
    sizes = sorted(navs)
    header = "| nav | " + " | ".join(f"{n} articles: CPU s | ms/page | HTML MB" for n in sizes)
    lines += [
        "",
        header + (" | growth per page |" if len(sizes) > 1 else " |"),
        "|---|" + "---:|---:|---:|" * len(sizes) + ("---:|" if len(sizes) > 1 else ""),
    ]
    for name in NAV_VARIANTS:
        cells = []
        per = []
        for n in sizes:
            r = navs[n][name]
            pages = builds.get(n, {}).get("pages", {}).get(NAV_LOCALE) or 1
            per.append(1000 * r["cpu"] / pages)
            cells.append(f"{r['cpu']:.2f} | {per[-1]:.1f} | {r['html_bytes'] / 1e6:.1f}")
        growth = f" | {per[-1] / per[0]:.2f}× |" if len(sizes) > 1 else " |"
        lines.append(f"| {name} | " + " | ".join(cells) + growth)
    lines.append("")
    if len(sizes) > 1 and builds.get(sizes[0]) and builds.get(sizes[-1]):
        lines += nav_estimate(navs, builds, sizes[0], sizes[-1], measured_large=bool(large_build))
    return lines


def nav_estimate(navs: dict, builds: dict, small: int, large: int, measured_large: bool = False) -> list[str]:
    """Split the source-language build into start-up, per-page work and nav, and extrapolate to 1,000 articles."""
    p1 = builds[small]["pages"][NAV_LOCALE]
    p2 = builds[large]["pages"][NAV_LOCALE]
    none1, none2 = navs[small]["none"]["cpu"], navs[large]["none"]["cpu"]
    per_page = (none2 - none1) / (p2 - p1)  # work per page without nav
    fixed = none1 - p1 * per_page  # start-up, theme, search set-up
    p3 = p2 + (1000 - large) * (p2 - p1) / (large - small)
    share = builds[large]["plugin"]["cpu"] / builds[large]["plain_one"]["cpu"]
    languages = len(builds[large]["pages"])
    features = builds[large].get("features") or []
    lines = [
        f"Reading ({NAV_LOCALE}, CPU): start-up ≈ {fixed:.1f}s per build and page work without nav ≈ "
        f"{1000 * per_page:.1f} ms per page, the same at both sizes; the nav's cost per page (build time "
        "minus the no-nav build, per page) grows with the number of articles in the nav, i.e. the build "
        "grows with the square of the corpus unless the nav per page is bounded. Extrapolated linearly "
        f"(nav per page) to 1,000 articles (~{p3:,.0f} pages per language):",
        "",
        f"| nav | nav ms/page at {small} | at {large} | est. at 1,000 | est. min per language at 1,000 | "
        f"est. min, whole site with the plugin (×{languages} languages, ×{share:.2f}) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in NAV_VARIANTS:
        nav1 = (navs[small][name]["cpu"] - none1) / p1
        nav2 = (navs[large][name]["cpu"] - none2) / p2
        nav3 = max(0.0, nav2 + (nav2 - nav1) / (large - small) * (1000 - large))
        one = fixed + p3 * (per_page + nav3)
        lines.append(
            f"| {name} | {1000 * nav1:.1f} | {1000 * nav2:.1f} | {1000 * nav3:.1f} | {one / 60:.1f} | "
            f"{one * languages * share / 60:.0f} |"
        )
    if measured_large:
        lines += [
            "",
            f"The extrapolation rests on two sizes and small differences; the {LARGE_BUILD:,}-article build "
            "measured under c. is the real figure for the site's own navigation.",
        ]
    row = (
        "article"
        if builds[large].get("navigation") == "article"
        else "prune"
        if "navigation.prune" in features
        else "full"
    )
    lines += [
        "",
        f"The site's mkdocs.yml at this commit (zhpress `navigation: {builds[large].get('navigation')}`, "
        + ("with" if "navigation.prune" in features else "without")
        + " `navigation.prune`) makes the builds "
        f"in b. and c. use the **{row}** row.",
        "",
    ]
    return lines
