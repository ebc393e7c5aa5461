"""Processes that set up the same converter at once never read its files half-written."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from zhpress.variants.convert import custom_config

PHRASES = {"新征程": "新征程", "向前干": "向前幹"}


def test_a_reader_never_sees_a_half_written_config(tmp_path: Path):
    custom_config("s2hk", PHRASES, tmp_path)
    stop = time.monotonic() + 1.0
    seen: list[str] = []

    def write() -> None:
        flip = False
        while time.monotonic() < stop:
            flip = not flip  # alternate two contents, as two builds with other overrides would
            custom_config("s2hk", PHRASES if flip else {"向前干": "向前幹"}, tmp_path)

    def read() -> None:
        while time.monotonic() < stop:
            for name in ("config.json", "overrides.txt"):
                text = (tmp_path / name).read_text(encoding="utf-8")
                if name == "config.json":
                    try:
                        json.loads(text)
                    except ValueError:
                        seen.append(name)
                elif not text.endswith("\n"):
                    seen.append(name)

    threads = [threading.Thread(target=write), threading.Thread(target=read), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == []


def test_an_unchanged_file_is_left_alone(tmp_path: Path):
    path = custom_config("s2tw", PHRASES, tmp_path)
    before = path.stat().st_mtime_ns
    time.sleep(0.01)
    custom_config("s2tw", PHRASES, tmp_path)
    assert path.stat().st_mtime_ns == before
