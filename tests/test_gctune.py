"""kg.gctune.few_collections: fewer garbage collections inside, Python's settings back after."""
from __future__ import annotations

import gc

import pytest

from kg.gctune import few_collections


@pytest.fixture(autouse=True)
def _gc_defaults():
    old = gc.get_threshold()
    enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*old)
    (gc.enable if enabled else gc.disable)()


def test_threshold_raised_inside_and_restored_after():
    with few_collections(threshold=12_345):
        assert gc.get_threshold() == (12_345, 10, 10)
        assert gc.get_freeze_count() > 0          # what was alive is set aside
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_objects_made_inside_go_to_the_oldest_generation():
    with few_collections():
        made = [[i] for i in range(5_000)]        # containers the collector tracks
    probe = made[123]
    assert any(o is probe for o in gc.get_objects(generation=2))   # not left for a young collection
    assert not any(o is probe for o in gc.get_objects(generation=0))
    del made, probe


def test_restored_on_error_and_nested_blocks_leave_the_outer_alone():
    with pytest.raises(RuntimeError):
        with few_collections(threshold=20_000):
            with few_collections(threshold=30_000):
                assert gc.get_threshold()[0] == 20_000   # inner: already quiet, untouched
            assert gc.get_threshold()[0] == 20_000 and gc.get_freeze_count() > 0
            raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10) and gc.get_freeze_count() == 0


def test_collector_still_finds_cycles_inside():
    class Node:
        pass
    with few_collections(threshold=1_000):
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2


def test_disabled_collector_left_disabled():
    gc.disable()
    with few_collections():
        assert not gc.isenabled() and gc.get_threshold() == (700, 10, 10)
    assert not gc.isenabled()
