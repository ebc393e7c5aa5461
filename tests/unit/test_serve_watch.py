"""`watch_data`: an edit in data/ reaches the handler MkDocs' server registered for the folder."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from watchdog.events import FileSystemEventHandler

from zhpress.mkdocs.serve import snapshot, watch_data


class FakeServer:
    """What `watch_data` uses of MkDocs' LiveReloadServer: `observer` and `watch`, which schedules a handler."""

    def __init__(self) -> None:
        self.observer = self
        self.events: list[str] = []
        self.changed = threading.Event()
        self.scheduled: list[str] = []

    def schedule(self, handler, path, recursive=True):
        self.scheduled.append(path)  # the server's own observer: watch_data must not leave the folder to it

    def watch(self, path: str) -> None:
        handler = FileSystemEventHandler()

        def on_any_event(event):
            if not event.is_directory:
                self.events.append(event.src_path)
                self.changed.set()

        handler.on_any_event = on_any_event  # type: ignore[method-assign]
        self.observer.schedule(handler, path, recursive=True)


def wait_for_change(server: FakeServer) -> list[str]:
    assert server.changed.wait(5), "no change seen"
    server.changed.clear()
    events, server.events = server.events, []
    return events


def test_every_kind_of_edit_reaches_the_server_and_nothing_else_does(tmp_path: Path):
    article = tmp_path / "articles" / "one"
    article.mkdir(parents=True)
    figures = article / "figures.yaml"
    figures.write_text("figures: []\n", encoding="utf-8")
    server = FakeServer()
    stop = watch_data(server, tmp_path, interval=0.02)
    assert stop is not None and server.scheduled == []
    try:
        time.sleep(0.1)
        assert server.events == []  # no edit, no rebuild
        figures.write_text("figures: [1]\n", encoding="utf-8")
        assert wait_for_change(server) == [str(figures)]
        new = tmp_path / "articles" / "two" / "source.txt"
        new.parent.mkdir()
        new.write_text("正文。\n", encoding="utf-8")
        assert wait_for_change(server) == [str(new)]
        figures.unlink()
        assert wait_for_change(server) == [str(figures)]
    finally:
        stop.set()


def test_a_snapshot_names_every_file_by_size_and_time(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f.txt").write_text("x", encoding="utf-8")
    (tmp_path / "g.txt").write_text("yy", encoding="utf-8")
    shot = snapshot(tmp_path)
    assert sorted(shot) == [str(tmp_path / "a" / "b" / "f.txt"), str(tmp_path / "g.txt")]
    assert shot[str(tmp_path / "g.txt")][1] == 2
    assert snapshot(tmp_path / "missing") == {}


def test_scans_are_frequent_on_a_small_site_and_never_take_more_than_a_twentieth_of_the_time():
    from zhpress.mkdocs.serve import POLL, POLL_MIN, next_interval

    assert next_interval(0.00006) == POLL_MIN  # 1 article: an edit is seen within 0.1 s
    assert next_interval(0.0026) == POLL_MIN  # 100 articles (303 files, 2.6 ms a scan)
    assert next_interval(0.010) == pytest.approx(0.2)  # 5 % of the time
    assert next_interval(0.027) == POLL  # 1,000 articles: as often as MkDocs' own watcher
    assert next_interval(1.0) == POLL  # a slow disk: never less often than that
    assert next_interval(0.0, longest=0.02) == 0.02  # a test's own interval is kept
