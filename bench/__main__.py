"""Benchmark of zhpress: `python -m bench` (what `make bench` runs), or one part: `python -m bench --only check`.

Generates the synthetic corpora it needs (bench/corpora/, git-ignored, cached), measures each part
and rewrites its section of bench/results.md, keeping the sections it did not measure. The parts:

- check: `zhpress check` on 1,000 articles in-process against libyaml + OpenCC (check.py);
- builds: the plugin's share of `mkdocs build` at 10 and 100 articles, growth per page, one build of
  1,000 articles, and the navigation's cost (builds.py);
- profile: cProfile of the 10- and 100-article builds (profile.py);
- suggester: the figure suggester scored on the fixtures, the tuning and the held-out texts (suggester.py);
- imports: `zhpress new` on a source 5× larger, CPU time against 1× (imports.py);
- preview: edit→visible time in `mkdocs serve --dirty` at 1, 100 (and 1,000) articles (preview.py);
- parallel: the parallel build's speed-up over one process at 100 articles (preview.py);
- check-process: the whole `zhpress check` process at 100 articles, cold and warm cache (check_process.py);
- search: each language's Pagefind index at 100 and 1,000 articles, bytes per first query in Chromium
  (search.py; the 1,000-article site is skipped with --no-large).

All of it takes about 20-25 minutes on 2 cores. Options: --only, --no-large (skip the 1,000-article
build, ~11 minutes), --cli (also time `python -m zhpress.cli check` once).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from . import builds, check, check_process, imports, preview, profile, search, suggester
from .common import CORPORA, Context, machine, say, update_results
from .corpus import ensure_corpus, seed_material

# A part measures something and returns sections of results.md by name. To add one: a module with
# `run_part(ctx: Context) -> dict[str, list[str]]` (each section's Markdown lines, a `## ` heading
# first, passed through common.with_stamp), an entry here and its sections in ORDER.
PARTS: dict[str, Callable[[Context], dict[str, list[str]]]] = {
    "check": check.run_part,
    "builds": builds.run_part,
    "profile": profile.run_part,
    "suggester": suggester.run_part,
    "imports": imports.run_part,
    "preview": preview.run_part,
    "parallel": preview.run_parallel,
    "check-process": check_process.run_part,
    "search": search.run_part,
}
# every section of results.md, in the file's order
ORDER = [
    "check",
    "check_process",
    "builds",
    "navigation",
    "preview",
    "parallel",
    "search",
    "profile",
    "suggester",
    "imports",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--only", help=f"comma-separated parts to measure (of {', '.join(PARTS)}; default: all)")
    parser.add_argument("--no-large", action="store_true", help="skip the 1,000-article build (~11 minutes)")
    parser.add_argument("--cli", action="store_true", help="also time the CLI subprocess once (adds ~45 s)")
    parser.add_argument("--plain-driver", nargs="+", metavar=("OUT", "CONFIG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain_driver:
        builds.plain_driver(args.plain_driver[1:], args.plain_driver[0])
        return 0
    chosen = args.only.split(",") if args.only else list(PARTS)
    unknown = [name for name in chosen if name not in PARTS]
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)} (choose from {', '.join(PARTS)})")
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    info = machine()
    say(f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, mkdocs {info['mkdocs']}")
    seed = seed_material()
    CORPORA.mkdir(parents=True, exist_ok=True)
    ctx = Context(args, info, lambda n: ensure_corpus(n, seed))
    sections: dict[str, list[str]] = {}
    for name in chosen:
        sections.update(PARTS[name](ctx))
    update_results(info, ORDER, sections)
    say("results written to bench/results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
