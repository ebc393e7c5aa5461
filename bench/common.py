"""What every part of the benchmark shares: paths, targets, timing, machine facts, the results file.

results.md is made of sections, each between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`;
a run rewrites the sections it measured and keeps the others, so one part can be measured again alone
(`python -m bench --only check`). Each section says at which commit and under what load it was measured.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SCRIPTS = REPO / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

CORPORA = BENCH / "corpora"
RESULTS = BENCH / "results.md"
SIZES = (10, 100, 1000)
LARGE_BUILD = 1000  # one full build with the plugin, for growth at the size of a newsroom archive
TARGETS = {"check": 3.0, "plugin_share": 0.10, "growth": 1.3}

START = time.perf_counter()


def say(message: str) -> None:
    sample_load()
    print(f"[{time.perf_counter() - START:7.1f}s] {message}", flush=True)


LOADS: list[float] = []  # 1-minute load averages sampled during the run


def sample_load() -> None:
    try:
        LOADS.append(os.getloadavg()[0])
    except OSError:
        pass


def child_env() -> dict:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(SCRIPTS)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str], cwd: Path, what: str) -> tuple[float, float, str]:
    """Run a child process; (wall seconds, CPU seconds of the child, stdout)."""
    sample_load()
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=child_env(), capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    sample_load()
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return wall, cpu, done.stdout


def in_child(module: str, function: str, *args: str) -> Any:
    """`bench.<module>.<function>(Path(arg), …)` run in a fresh Python process; its JSON result.

    An in-process measurement made after another in the bench's own process would pay for what
    that one left alive (a loaded corpus makes every walk of the garbage collector longer), so each
    runs in a process of its own, started and imported before its clock starts.
    """
    code = (
        "import json, sys\nfrom pathlib import Path\nimport importlib\n"
        f"function = getattr(importlib.import_module('bench.{module}'), {function!r})\n"
        "print(json.dumps(function(*map(Path, sys.argv[1:]))))"
    )
    env = child_env()
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env["PYTHONPATH"]])
    sample_load()
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, env=env, capture_output=True, text=True)
    sample_load()
    if done.returncode != 0:
        raise RuntimeError(f"bench.{module}.{function} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class Clock:
    """Wall and CPU time of the current process, per named stage."""

    def __init__(self):
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._w, self._c = time.perf_counter(), time.process_time()
        self._w0, self._c0 = self._w, self._c

    def lap(self, name: str) -> None:
        w, c = time.perf_counter(), time.process_time()
        self.wall[name], self.cpu[name] = w - self._w, c - self._c
        self._w, self._c = w, c

    def total(self) -> None:
        self.wall["total"] = time.perf_counter() - self._w0
        self.cpu["total"] = time.process_time() - self._c0


def machine() -> dict:
    from importlib import metadata

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(*names: str) -> str:
        for name in names:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
        return "not installed"

    commit = "unknown"
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True
        )
        commit = head.stdout.strip() + (" (+ uncommitted changes)" if dirty.stdout.strip() else "")
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "material": version("mkdocs-material"),
        "opencc": version("OpenCC", "opencc"),
        "pyyaml": version("PyYAML") + (" (libyaml)" if getattr(yaml, "__with_libyaml__", False) else " (no libyaml)"),
        "jieba": version("jieba"),
        "markdown": version("Markdown"),
        "jinja2": version("Jinja2"),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit,
        "platform": platform.platform(),
    }


def verdict(value: float, target: float) -> str:
    return "meets the target" if value <= target else "**misses the target**"


def row(label: str, t: dict, key: str) -> str:
    return f"| {label} | {t['cpu'][key]:.2f} | {t['wall'][key]:.2f} |"


def best(runs: list[dict], kind: str) -> dict[str, float]:
    """Per stage, the minimum over runs of `kind` ("wall" or "cpu") seconds."""
    return {stage: min(r[kind][stage] for r in runs) for stage in runs[0][kind]}


def fmt(t: dict) -> str:
    return f"{t['wall']:.2f}s wall, {t['cpu']:.2f}s CPU"


def stamp(info: dict, loads: list[float]) -> str:
    """The line under a section's heading: when, at which commit and under what load it was measured."""
    load = f"{min(loads):.2f}–{max(loads):.2f}" if loads else "unknown"
    return f"_Measured on {info['date']} at commit {info['commit']}; 1-minute load average {load} on {info['cores']} cores._"


SECTION = re.compile(r"<!-- bench:(?P<name>[a-z0-9_-]+) -->\n(?P<body>.*?)<!-- /bench:(?P=name) -->\n?", re.S)


def update_results(info: dict, order: list[str], fresh: dict[str, list[str]]) -> None:
    """Write results.md: the header, then every section in `order`, the `fresh` ones replacing their old text.

    Args:
        info: machine facts of this run (`machine()`).
        order: every section's name, in the order of the file.
        fresh: the sections measured by this run, as Markdown lines (a heading first).
    """
    old = (
        {m["name"]: m["body"] for m in SECTION.finditer(RESULTS.read_text(encoding="utf-8"))}
        if RESULTS.exists()
        else {}
    )
    out = [
        "# zhpress benchmark",
        "",
        "Written by `make bench` (`python -m bench`; one part alone: `python -m bench --only NAME`). "
        "Each section below says when, at which commit and under what load it was measured.",
        "",
        "## Machine of the last run",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores ({info['platform']})",
        f"- Python {info['python']}; mkdocs {info['mkdocs']}; mkdocs-material {info['material']}; "
        f"OpenCC {info['opencc']}; PyYAML {info['pyyaml']}; jieba {info['jieba']}; "
        f"Markdown {info['markdown']}; Jinja2 {info['jinja2']}",
        "",
        "Every time is given as CPU seconds (user + system of the process doing the work: the bench "
        "process for in-process work, the child for subprocesses) and wall seconds. The ratios use CPU "
        "time, which other load on a shared machine disturbs far less than wall time; on an idle machine "
        "the two agree within a few percent.",
        "",
        "## Corpora",
        "",
        "bench/corpora/<n>/ (git-ignored): synthetic articles made from the seed article "
        "(sections and paragraphs shuffled, statistics re-drawn, figures.yaml by `zhpress.figures.suggest`), "
        "empty docs/, no English texts (their numbers would not match the re-drawn statistics).",
        "",
    ]
    for name in order:
        if name in fresh:
            body = "\n".join(fresh[name]).rstrip() + "\n"
        elif name in old:
            body = old[name]
        else:
            continue
        out += [f"<!-- bench:{name} -->", body.rstrip("\n"), f"<!-- /bench:{name} -->", ""]
    RESULTS.write_text("\n".join(out), encoding="utf-8")


def with_stamp(lines: list[str], info: dict) -> list[str]:
    """A section's lines with the measurement stamp under its heading."""
    if not lines:
        return lines
    return lines[:1] + ["", stamp(info, LOADS)] + lines[1:]


class Context:
    """What a part of the benchmark gets: the command's options, machine facts, corpora made on demand.

    Args:
        args: the parsed command line (`python -m bench …`).
        info: machine facts of this run (`machine()`).
        make_corpus: makes (or reuses) the corpus of n articles and returns its folder.
    """

    def __init__(self, args: Any, info: dict, make_corpus: Callable[[int], Path]) -> None:
        self.args = args
        self.info = info
        self.measured: dict = {}  # raw results of the parts run so far, for parts that reuse them
        self._make = make_corpus
        self._corpora: dict[int, Path] = {}

    def corpus(self, n: int) -> Path:
        """The corpus of `n` articles (bench/corpora/<n>/), generated on first use."""
        if n not in self._corpora:
            self._corpora[n] = self._make(n)
        return self._corpora[n]
