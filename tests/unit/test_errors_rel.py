"""`rel`: how messages show a path."""

from __future__ import annotations

import os

from zhpress.errors import rel


def test_paths_inside_the_working_folder_are_shown_relative_to_it(tmp_path, monkeypatch):
    (tmp_path / "data" / "articles").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert rel("data/articles/a.yaml") == "data/articles/a.yaml"
    assert rel("./data//articles/a.yaml") == "data/articles/a.yaml"
    assert rel(tmp_path / "data" / "articles" / "a.yaml") == "data/articles/a.yaml"
    assert rel("data/articles/../x.yaml") == "data/x.yaml"  # resolved: ".." goes through the file system


def test_a_root_wins_over_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "site" / "data").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert rel("site/data/a.yaml", root=tmp_path / "site") == "data/a.yaml"
    assert rel(tmp_path / "site" / "data" / "a.yaml", root=tmp_path / "site") == "data/a.yaml"


def test_paths_outside_stay_as_written(tmp_path, monkeypatch):
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    outside = tmp_path / "elsewhere" / "a.yaml"
    assert rel(outside) == outside.as_posix()
    assert rel("../elsewhere/a.yaml") == "../elsewhere/a.yaml"


def test_a_link_inside_the_project_is_shown_as_written(tmp_path, monkeypatch):
    (tmp_path / "real").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    assert rel("data/a.yaml") == "data/a.yaml"
    assert rel(tmp_path / "data" / "a.yaml") == "data/a.yaml"
