"""The further languages of a site, built in forked worker processes.

The project is loaded and every language's pages are rendered once, in the parent,
before it forks: each worker inherits them and builds whole languages, taking the
next one not yet taken until none is left. The parent builds the source language
meanwhile, then takes part in what is left. Errors in a worker come back as
messages (the language and what went wrong), never as a worker's traceback.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection

from mkdocs.exceptions import Abort, MkDocsException

from ..errors import ZhpressError

log = logging.getLogger("mkdocs.plugins.zhpress")
WORKERS_ENV = "ZHPRESS_WORKERS"  # overrides the `workers` option (1: build every language in one process)


def worker_count(configured: int) -> int:
    """Processes to build with: the environment variable, else the option; 0 means one per CPU core."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    count = int(value) if value.isdigit() else configured
    return count if count > 0 else os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def message(exc: BaseException) -> str:
    """What a failed language build reports: the error's own message, with its kind when unexpected."""
    if isinstance(exc, (MkDocsException, ZhpressError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class Workers:
    """Runs `run(job)` for every job, in `processes` forked workers and (from `finish`) in the parent.

    Args:
        jobs: what to build (language tags), in the order they are taken.
        run: builds one job; raises on failure.
        processes: worker processes to fork (the parent is not counted).
    """

    def __init__(self, jobs: list[str], run: Callable[[str], None], processes: int):
        context = multiprocessing.get_context("fork")
        self.jobs = jobs
        self.run = run
        self._next = context.Value("i", 0)
        self.children: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
        for _ in range(max(0, min(processes, len(jobs)))):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=self._work, args=(send,), daemon=True)
            process.start()
            send.close()
            self.children.append((process, receive))

    def _claim(self) -> str | None:
        with self._next.get_lock():
            at = self._next.value
            if at >= len(self.jobs):
                return None
            self._next.value = at + 1
        return self.jobs[at]

    def _drain(self) -> list[tuple[str, str | None]]:
        done: list[tuple[str, str | None]] = []
        while (job := self._claim()) is not None:
            try:
                self.run(job)
            except (Exception, Abort) as exc:  # reported by the parent, with every other language's outcome
                log.debug("zhpress: building %s failed", job, exc_info=True)
                done.append((job, message(exc)))
            else:
                done.append((job, None))
        return done

    def _work(self, send: Connection) -> None:
        send.send(self._drain())
        send.close()

    def finish(self) -> list[tuple[str, str]]:
        """Build what no worker has taken, wait for the workers; returns (job, message) of every failure."""
        done = self._drain()
        for process, receive in self.children:
            try:
                done += receive.recv()
            except EOFError:
                done.append(("?", f"a worker process stopped (exit code {process.exitcode})"))
            process.join()
        self.children = []
        return [(job, error) for job, error in done if error is not None]

    def stop(self) -> None:
        """End the workers (the build failed elsewhere)."""
        for process, _ in self.children:
            process.terminate()
            process.join()
        self.children = []
