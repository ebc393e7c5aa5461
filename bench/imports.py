"""Part: import scaling — `zhpress new` (importer.import_article) on a source 5× larger.

Sources are made from the seed article: its body repeated, each copy with its numbers shifted
(so quotes vary as in a long report) and its headings numbered. The CPU time of
`import_article` (decode, parse, suggest every figure, write the article folder) on the 1× and
the 5× source is measured, best of 2 each; the ratio should stay near 5 (linear), at most ~6.
"""

from __future__ import annotations

import gc
import re
import shutil
import tempfile
import time
from pathlib import Path

from .common import REPO, Context, sample_load, say, with_stamp

SEED = REPO / "data" / "articles" / "ankang-2017" / "source.txt"
BASE_COPIES = 30  # the 1× source: the seed's body 30 times (~340 KB; 5× stays under the 5 MB figures.yaml limit)
FACTOR = 5
REPEATS = 2
TARGET = 6.0
_CN = "一二三四五六七八九十"


def make_source(copies: int) -> str:
    """The seed's title and lead, then its sections `copies` times, numbers shifted in each copy."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    first_heading = next(i for i, line in enumerate(lines) if i > 3 and len(line) < 40 and "," in line)
    head, body = lines[:first_heading], lines[first_heading:]
    out = list(head)
    for copy in range(copies):
        for line in body:
            shifted = re.sub(r"[0-9]+", lambda m, c=copy: str(int(m.group()) + c), line)
            if len(line) < 40 and "," in line and not line.endswith("。"):  # a heading: keep it unique
                shifted = f"{_CN[copy % 10]}{copy // 10 or ''}、{line}"
            out.append(shifted)
    return "\n".join(out).rstrip("\n") + "\n"


def time_import(text: str) -> dict:
    """CPU and wall seconds of one import of `text` into a fresh data folder."""
    from zhpress.importer import import_article

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "report.txt"
        source.write_text(text, encoding="utf-8")
        data = Path(tmp) / "data"
        data.mkdir()
        gc.collect()
        sample_load()
        cpu, wall = time.process_time(), time.perf_counter()
        result = import_article(source, data, "report")
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        size = (data / "articles/report/figures.yaml").stat().st_size
        shutil.rmtree(data)
    return {"cpu": cpu, "wall": wall, "figures": result.figures, "ignored": result.ignored, "yaml": size}


def run_part(ctx: Context) -> dict[str, list[str]]:
    runs = {}
    for factor in (1, FACTOR):
        text = make_source(BASE_COPIES * factor)
        timings = []
        for attempt in range(REPEATS):
            say(f"import scaling: {factor}x source ({len(text.encode()):,} bytes), run {attempt + 1}")
            timings.append(time_import(text))
        best = min(timings, key=lambda t: t["cpu"])
        runs[factor] = {**best, "bytes": len(text.encode("utf-8"))}
    ratio = runs[FACTOR]["cpu"] / runs[1]["cpu"]
    ctx.measured["imports"] = {"ratio": ratio, "runs": runs}
    verdict = "within" if ratio <= TARGET else "OVER"
    lines = [
        "## Import scaling: `zhpress new` on a source 5× larger",
        "",
        f"`importer.import_article` in-process (best of {REPEATS} CPU times): the seed's body repeated "
        f"{BASE_COPIES}× (1×) and {BASE_COPIES * FACTOR}× (5×), numbers shifted in each copy (bench/imports.py).",
        "",
        "| source | bytes | figures + ignored | figures.yaml bytes | CPU s | wall s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for factor, t in runs.items():
        lines.append(
            f"| {factor}× | {t['bytes']:,} | {t['figures']:,} + {t['ignored']:,} | {t['yaml']:,} | "
            f"{t['cpu']:.2f} | {t['wall']:.2f} |"
        )
    lines += ["", f"**5× source: {ratio:.2f}× the CPU time of 1×** (target at most {TARGET:.0f}×: {verdict})."]
    return {"imports": with_stamp(lines, ctx.info)}
