"""Part check-process: the whole `zhpress check` process at 100 articles, cold and warm cache.

What a user waits for: `python -m zhpress.cli check` as a child process (interpreter, imports and
all), its CPU seconds from the operating system. Cold: the cache folder (`ZHPRESS_CACHE_DIR`) is
empty; warm: it holds what the previous run stored. Against the libraries underneath, in-process
(libyaml on every YAML file, OpenCC s2tw + s2hk on every source: check.baseline) and as a process
of its own (the same work in `python -c`, interpreter start included). Best of 5 each.

The package's modules are compiled to bytecode first (`compileall`), as an installed package's
are and as yaml's and opencc's are: a process that finds no bytecode compiles every module of
the package again (about 0.06 s of CPU here, where PYTHONDONTWRITEBYTECODE is set).
"""

from __future__ import annotations

import compileall
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from zhpress.variants.jiebadict import index_path

from .common import SCRIPTS, Context, child_env, children_cpu, in_child, sample_load, say, with_stamp

SIZE = 100
REPEATS = 5
TARGETS = {"warm": 2.0, "cold": 3.0}
BASELINE_PROCESS = """
import sys, yaml, opencc
from pathlib import Path
data = Path(sys.argv[1])
for path in sorted(data.rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
converters = [opencc.OpenCC("s2tw.json"), opencc.OpenCC("s2hk.json")]
for path in sorted((data / "articles").glob("*/source.txt")):
    text = path.read_text(encoding="utf-8")
    for converter in converters:
        converter.convert(text)
"""


def _process(cmd: list[str], cwd: Path, env: dict) -> tuple[float, float, str]:
    sample_load()
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    last = (done.stdout.strip() or done.stderr.strip()).splitlines()[-1:] or [""]
    return cpu, wall, f"exit {done.returncode}: {last[0]}"


def measure(corpus: Path) -> dict:
    data = corpus / "data"
    compileall.compile_dir(str(SCRIPTS / "zhpress"), quiet=1)
    check = [sys.executable, "-m", "zhpress.cli", "check", "--data", str(data), "--no-warnings"]
    cold, warm, base_process, base_inline = [], [], [], []
    status = ""
    # The first run on a machine also makes the index of jieba's dictionary (see variants/jiebadict.py).
    index_path().unlink(missing_ok=True)
    cache = Path(tempfile.mkdtemp(prefix="zhpress-bench-cache-"))
    try:
        first = _process(check, corpus, dict(child_env(), ZHPRESS_CACHE_DIR=str(cache)))[:2]
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    say(f"check process, first run on this machine (no jieba index): {first[0]:.2f} s CPU")
    for attempt in range(REPEATS):
        cache = Path(tempfile.mkdtemp(prefix="zhpress-bench-cache-"))
        env = dict(child_env(), ZHPRESS_CACHE_DIR=str(cache))
        try:
            cpu, wall, status = _process(check, corpus, env)
            cold.append((cpu, wall))
            cpu, wall, status = _process(check, corpus, env)
            warm.append((cpu, wall))
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        base_process.append(_process([sys.executable, "-c", BASELINE_PROCESS, str(data)], corpus, child_env())[:2])
        b = in_child("check", "baseline", str(data))  # a fresh process: nothing else alive in it
        base_inline.append((b["cpu"]["total"], b["wall"]["total"]))
        say(
            f"check process {attempt + 1}/{REPEATS}: cold {cold[-1][0]:.2f} s CPU, warm {warm[-1][0]:.2f} s CPU; "
            f"baseline in-process {base_inline[-1][0]:.2f} s, as a process {base_process[-1][0]:.2f} s CPU ({status})"
        )
    return {
        "articles": SIZE,
        "cold": min(cold),
        "warm": min(warm),
        "base_inline": min(base_inline),
        "base_process": min(base_process),
        "runs": {"cold": cold, "warm": warm, "base_inline": base_inline, "base_process": base_process},
        "status": status,
        "first": first,
    }


def report(r: dict) -> list[str]:
    inline, process = r["base_inline"][0], r["base_process"][0]
    rows = []
    verdicts = []
    for name in ("warm", "cold"):
        cpu, wall = r[name]
        ratio = cpu / inline
        verdicts.append(
            f"{name} {ratio:.2f}× (target ≤ {TARGETS[name]:.0f}×: {'met' if ratio <= TARGETS[name] else 'NOT met'})"
        )
        rows.append(f"| `zhpress check`, {name} cache | {cpu:.2f} | {wall:.2f} | {ratio:.2f}× | {cpu / process:.2f}× |")
    return [
        f"## Whole `zhpress check` process at {r['articles']} articles, cold and warm cache",
        "",
        "`python -m zhpress.cli check --no-warnings` as a child process (CPU seconds from the operating system), "
        "with an empty cache folder (cold) and again with what that run stored (warm); against libyaml on every "
        "YAML file and OpenCC s2tw + s2hk on every source, in-process (as in part a) and as a process of its own. "
        "Cold means an empty project cache; the index of jieba's dictionary, which the first run on a machine "
        "makes once per jieba version beside jieba's own cache (variants/jiebadict.py), is there, as jieba's own "
        "cache is. That first run is measured once, below the others. The package's modules are compiled to "
        f"bytecode first, as an installed package's are. Best of {REPEATS}. Last status: {r['status']}.",
        "",
        f"| best of {REPEATS} | CPU s | wall s | / baseline in-process | / baseline as a process |",
        "|---|---:|---:|---:|---:|",
        *rows,
        f"| `zhpress check`, cold cache, first run on the machine (once) | {r['first'][0]:.2f} | {r['first'][1]:.2f} "
        f"| {r['first'][0] / inline:.2f}× | {r['first'][0] / process:.2f}× |",
        f"| baseline: libyaml + OpenCC, in-process | {inline:.2f} | {r['base_inline'][1]:.2f} | 1.00× | |",
        f"| baseline: libyaml + OpenCC, as a process | {process:.2f} | {r['base_process'][1]:.2f} | | 1.00× |",
        "",
        "Ratios against the in-process baseline: " + "; ".join(verdicts) + ".",
        "",
        "All runs, CPU s: cold "
        + ", ".join(f"{c:.2f}" for c, _ in r["runs"]["cold"])
        + "; warm "
        + ", ".join(f"{c:.2f}" for c, _ in r["runs"]["warm"])
        + "; baseline in-process "
        + ", ".join(f"{c:.2f}" for c, _ in r["runs"]["base_inline"])
        + "; as a process "
        + ", ".join(f"{c:.2f}" for c, _ in r["runs"]["base_process"])
        + ".",
        "",
    ]


def run_part(ctx: Context) -> dict[str, list[str]]:
    corpus = ctx.corpus(SIZE)
    say(f"check-process: the whole zhpress check process on {corpus.name} articles, cold and warm")
    return {"check_process": with_stamp(report(measure(corpus)), ctx.info)}
