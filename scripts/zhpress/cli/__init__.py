"""The `zhpress` command line: a thin adapter over the library (`app` holds the click group)."""

from __future__ import annotations

import atexit
import os
import sys
import threading

from .app import main

__all__ = ["main", "run"]


def run() -> None:
    """The `zhpress` command and `python -m zhpress.cli`: `main`, then an exit that does not free the
    loaded project object by object.

    A command such as `check` holds a whole project in memory (about a million objects at 100
    articles), and Python's own exit spends about 0.15 s of CPU freeing them one by one for a
    process that is ending anyway. So once `main` has returned, the exit handlers run and the output
    is flushed as at a normal exit, and the process ends with `os._exit`. Every command closes the
    files it writes before it returns. A process with other threads still running exits the normal
    way, and an error that escapes `main` is raised as usual.
    """
    try:
        main()
        code: int = 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # a message, as sys.exit("...") gives: printed as Python prints it
            print(exc.code, file=sys.stderr)
            code = 1
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()  # what a normal exit runs (logging's flush among them)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`zhpress check | head`): nothing more to say
            pass
    os._exit(code)
