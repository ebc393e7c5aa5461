"""Part a: `zhpress check` on 1,000 articles, in-process, against libyaml + OpenCC.

The CLI's sequence through the library (load_project, check_project, drift statuses,
review_status; each run in a fresh process, timed after its imports), against the libraries underneath:
every YAML file read with libyaml (CSafeLoader) and every source converted by OpenCC (s2tw, s2hk)
once. Best of 3 each.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from pathlib import Path

import yaml

from .common import (
    TARGETS,
    Clock,
    Context,
    best,
    child_env,
    children_cpu,
    in_child,
    row,
    sample_load,
    say,
    verdict,
    with_stamp,
)

CHECK_SIZE = 1000
REPEATS = 3  # check and its baseline: best of 3


def check_in_process(data_dir: Path) -> dict:
    """The work of `zhpress check` (cli.check), through the library, timed per stage."""
    from zhpress import project as project_module
    from zhpress.checks import check_project
    from zhpress.siteconfig import read_site_settings
    from zhpress.translations.drift import drift_problems, statuses
    from zhpress.variants.review import review_status

    project_module._ARTICLE_CACHE.clear()  # load_project caches articles (stamps, content hash): measure a cold load
    gc.collect()
    sample_load()
    clock = Clock()
    project = project_module.load_project(data_dir)
    clock.lap("load_project")
    problems = check_project(project)
    clock.lap("check_project")
    settings = read_site_settings(data_dir.resolve().parent)
    problems += drift_problems(
        statuses(project, settings.docs_dir, settings.locales), "error" if settings.drift == "error" else "warning"
    )
    clock.lap("drift")
    pending = review_status(project, project.data_dir)[0]
    clock.lap("review")
    clock.total()
    errors = [p for p in problems if p.severity == "error"]
    return {
        "wall": clock.wall,
        "cpu": clock.cpu,
        "articles": len(project.articles),
        "errors": len(errors),
        "figures": sum(len(a.figures.figures) for a in project.articles if a.figures),
        "warnings": len(problems) - len(errors),
        "first_errors": [str(p) for p in errors[:5]],
        "unreviewed": pending,
    }


def baseline(data_dir: Path) -> dict:
    """What the libraries underneath need: libyaml on every YAML file, OpenCC on every source once per variant."""
    import opencc

    gc.collect()
    sample_load()
    clock = Clock()
    yaml_files = sorted(data_dir.rglob("*.yaml"))
    for path in yaml_files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    clock.lap("yaml")
    converters = [opencc.OpenCC("s2tw.json"), opencc.OpenCC("s2hk.json")]
    sources = sorted((data_dir / "articles").glob("*/source.txt"))
    chars = 0
    for path in sources:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        for converter in converters:
            converter.convert(text)
    clock.lap("opencc")
    clock.total()
    return {
        "wall": clock.wall,
        "cpu": clock.cpu,
        "yaml_files": len(yaml_files),
        "yaml_bytes": sum(p.stat().st_size for p in yaml_files),
        "sources": len(sources),
        "chars": chars,
    }


def jieba_baseline(data_dir: Path) -> dict:
    """jieba over every source once: a library `review_status` also needs (informational, not in the baseline)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    clock = Clock()
    for path in sorted((data_dir / "articles").glob("*/source.txt")):
        list(jieba.cut(path.read_text(encoding="utf-8")))
    clock.total()
    return {"wall": clock.wall["total"], "cpu": clock.cpu["total"]}


def check_cli(corpus: Path) -> dict:
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "zhpress.cli", "check", "--data", str(corpus / "data"), "--no-warnings"],
        cwd=corpus,
        env=child_env(),
        capture_output=True,
        text=True,
    )
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    last = (done.stdout.strip() or done.stderr.strip()).splitlines()[-1:] or [""]
    return {"wall": wall, "cpu": cpu, "status": f"exit {done.returncode}: {last[0]}"}


def measure_check(corpus: Path, with_cli: bool) -> dict:
    data_dir = corpus / "data"
    runs, bases = [], []
    for attempt in range(REPEATS):
        runs.append(in_child("check", "check_in_process", str(data_dir)))
        r = runs[-1]
        say(
            f"check (in-process) {attempt + 1}/{REPEATS}: {r['wall']['total']:.2f}s wall, {r['cpu']['total']:.2f}s CPU "
            f"(load {r['cpu']['load_project']:.2f}, check {r['cpu']['check_project']:.2f}, drift "
            f"{r['cpu']['drift']:.2f}, review {r['cpu']['review']:.2f} CPU); {r['errors']} error(s)"
        )
        bases.append(in_child("check", "baseline", str(data_dir)))
        b = bases[-1]
        say(
            f"baseline (libyaml + OpenCC) {attempt + 1}/{REPEATS}: {b['wall']['total']:.2f}s wall, "
            f"{b['cpu']['total']:.2f}s CPU (yaml {b['cpu']['yaml']:.2f}, opencc {b['cpu']['opencc']:.2f} CPU)"
        )
    result = {
        "runs": runs,
        "bases": bases,
        "check_wall": best(runs, "wall"),
        "check_cpu": best(runs, "cpu"),
        "base_wall": best(bases, "wall"),
        "base_cpu": best(bases, "cpu"),
        "last": runs[-1],
        "base_info": bases[-1],
    }
    result["jieba"] = in_child("check", "jieba_baseline", str(data_dir))
    say(f"jieba over every source once (informational): {result['jieba']['cpu']:.2f}s CPU")
    if with_cli:
        result["cli"] = check_cli(corpus)
        say(f"check (CLI subprocess): {result['cli']['wall']:.2f}s wall — {result['cli']['status']}")
    return result


def report(check: dict) -> list[str]:
    """The section's Markdown."""
    lines: list[str] = []
    last, base = check["last"], check["base_info"]
    cc, cw, bc, bw = check["check_cpu"], check["check_wall"], check["base_cpu"], check["base_wall"]
    ratio, ratio_wall = cc["total"] / bc["total"], cw["total"] / bw["total"]
    lines += [
        f"## a. `zhpress check` on {last['articles']:,} articles against libyaml + OpenCC",
        "",
        f"The corpus checks clean: {last['articles']} articles, {last['figures']:,} figures, "
        f"{last['errors']} error(s), {last['warnings']} warning(s), {last['unreviewed']} unreviewed "
        "conversion(s). The check runs in-process through the library, the same sequence as "
        "`zhpress check` (cli.check): load_project, check_project, drift statuses + drift_problems, "
        "review_status; each run (and each baseline run) in a fresh Python process, timed after its imports.",
        "",
        f"| best of {REPEATS} | CPU s | wall s |",
        "|---|---:|---:|",
        row("**zhpress check** (in-process)", {"cpu": cc, "wall": cw}, "total"),
        row("… load_project (read + validate all YAML and sources)", {"cpu": cc, "wall": cw}, "load_project"),
        row("… check_project (figures against the sources, completeness)", {"cpu": cc, "wall": cw}, "check_project"),
        row("… drift statuses", {"cpu": cc, "wall": cw}, "drift"),
        row(
            "… review_status (the variant review; jieba + OpenCC over sources not cached)",
            {"cpu": cc, "wall": cw},
            "review",
        ),
        row("**baseline**: libyaml + OpenCC", {"cpu": bc, "wall": bw}, "total"),
        row(
            f"… yaml.load(CSafeLoader) on {base['yaml_files']:,} YAML files ({base['yaml_bytes'] / 1e6:.1f} MB)",
            {"cpu": bc, "wall": bw},
            "yaml",
        ),
        row(
            f"… OpenCC s2tw.json + s2hk.json on {base['sources']:,} sources ({base['chars'] / 1e6:.2f} M characters)",
            {"cpu": bc, "wall": bw},
            "opencc",
        ),
        f"| (informational, not in the baseline) jieba over every source once | "
        f"{check['jieba']['cpu']:.2f} | {check['jieba']['wall']:.2f} |",
    ]
    if check.get("cli"):
        lines.append(
            f"| (informational) CLI subprocess `python -m zhpress.cli check`, once | "
            f"{check['cli']['cpu']:.2f} | {check['cli']['wall']:.2f} |"
        )
    lines += [
        "",
        f"**Ratio check / baseline: {ratio:.2f}× CPU** ({ratio_wall:.2f}× wall); target ≤ "
        f"{TARGETS['check']:.0f}×: {verdict(ratio, TARGETS['check'])}.",
        "",
        "All runs, CPU s (wall s): check "
        + ", ".join(f"{r['cpu']['total']:.2f} ({r['wall']['total']:.2f})" for r in check["runs"])
        + "; baseline "
        + ", ".join(f"{b['cpu']['total']:.2f} ({b['wall']['total']:.2f})" for b in check["bases"])
        + ".",
        "",
    ]
    return lines


def run_part(ctx: Context) -> dict[str, list[str]]:
    """Measure the check on the 1,000-article corpus; return the section `check`."""
    corpus, info = ctx.corpus(CHECK_SIZE), ctx.info
    say(f"a. zhpress check on {corpus.name} articles against libyaml + OpenCC")
    result = measure_check(corpus, with_cli=ctx.args.cli)
    last = result["last"]
    lines = with_stamp(report(result), info)
    if last["errors"]:
        lines += [f"**The corpus has {last['errors']} check error(s):** " + " | ".join(last["first_errors"]), ""]
    return {"check": lines}
