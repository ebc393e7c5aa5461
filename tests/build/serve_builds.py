"""Runs the builds `mkdocs serve --dirty` runs, one per line read from stdin, without the server.

Usage: python serve_builds.py MKDOCS_YML SITE_DIR. Every line on stdin starts a build, as an
edit does in `mkdocs serve --dirty` (the configuration is loaded again, the same plugin
instances are kept); "ok" or "error: MESSAGE" is printed when it is done.
"""

from __future__ import annotations

import sys
import traceback

from mkdocs.commands.build import build
from mkdocs.config import load_config


def main(config_file: str, site_dir: str) -> None:
    first = load_config(config_file=config_file, site_dir=site_dir)
    first.plugins.on_startup(command="serve", dirty=True)
    serve_url = "http://127.0.0.1:8000/"
    for _ in sys.stdin:
        try:
            config = load_config(config_file=config_file, site_dir=site_dir)
            config.site_url = serve_url
            build(config, serve_url=serve_url, dirty=True)
        except Exception as exc:  # reported to the test, which fails with it
            traceback.print_exc()
            print(f"error: {type(exc).__name__}: {exc}", flush=True)
        else:
            print("ok", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
