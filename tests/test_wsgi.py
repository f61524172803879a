"""How a gunicorn worker makes itself ready (relations.wsgi.ready_to_serve)."""

import gc
import importlib

import pytest


@pytest.fixture
def collector_restored():
    """relations.wsgi makes its process ready when imported: the test process gets its collector back after."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_a_worker_freezes_what_start_up_made_and_collects_its_youngest_objects_less_often(collector_restored):
    wsgi = importlib.import_module("relations.wsgi")
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)

    wsgi.ready_to_serve()

    assert gc.get_freeze_count() > 10_000  # Django's, pandas's and the views' objects, out of every collection
    assert gc.get_threshold() == (wsgi.YOUNG_GENERATION_THRESHOLD, 10, 10)
    allocated = [[] for _ in range(2_000)]  # more than Python's default threshold, fewer than the worker's
    assert gc.get_count()[0] >= len(allocated)
