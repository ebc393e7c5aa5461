"""In `mkdocs serve --dirty`, what the server keeps is frozen out of the garbage collector's walks once."""

from __future__ import annotations

import gc

import pytest

from zhpress.mkdocs.build import Session


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.parametrize(
    "command,dirty,frozen", [("serve", True, True), ("serve", False, False), ("build", False, False)]
)
def test_the_kept_objects_are_frozen_at_the_first_rebuild_of_serve_dirty_only(unfrozen, command, dirty, frozen):
    session = Session(command=command, dirty=dirty)
    kept = [{"article": n} for n in range(100)]  # stands for the loaded articles and rendered pages
    session.build_started()
    assert gc.get_freeze_count() == 0  # the first build: its own objects are still to be collected
    session.build_started()
    assert (gc.get_freeze_count() >= len(kept)) is frozen
    count = gc.get_freeze_count()
    session.build_started()
    assert gc.get_freeze_count() <= count  # once only (frozen objects may be freed): later rebuilds' stay collectable
