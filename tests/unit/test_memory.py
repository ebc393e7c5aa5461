"""Loading a project pauses the cyclic garbage collector, and leaves no garbage cycles behind."""

from __future__ import annotations

import gc

import pytest

from zhpress.io.memory import gc_paused
from zhpress.io.yamlfile import parse_yaml
from zhpress.project import load_project


def test_the_collector_is_paused_in_the_block_and_restored_after_it_even_on_an_error():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        raise KeyError("x")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled(), "a collector that was off stays off"
    finally:
        gc.enable()


def test_loading_creates_no_garbage_cycles(data_copy):
    """Cycles would pile up while the collector is paused (a parse once left its loader and text in one)."""
    import zhpress.project as project_module

    project_module._ARTICLE_CACHE.clear()
    gc.collect()
    gc.disable()
    try:
        load_project(data_copy)
        for _ in range(50):
            parse_yaml("figures:\n- id: a\n  value: 1.5\n  tags: [x, y]\n", "f.yaml")
        assert gc.collect() < 200
    finally:
        gc.enable()
