"""fixed_point.fixed writes a whole array as Python's fixed-point format writes each number."""

import numpy as np
import pytest

from timeline.fixed_point import fixed


@pytest.mark.parametrize("places", [1, 2, 3])
def test_an_array_is_written_as_the_format_writes_each_number(places):
    rng = np.random.default_rng(3)
    values = [
        *rng.uniform(0, 1000, 5000),  # the index's coordinates
        *rng.uniform(0, 100, 5000),  # percentages
        *rng.normal(0, 2000, 2000),
        *np.round(rng.uniform(-100, 100, 2000), 2),
        *(np.arange(-2000, 2000) / 20),  # halves of the last place, and numbers a rounding error from them
        *(np.arange(-2000, 2000) / 200 + 0.0005),
        *[0.05, -0.05, 0.25, 0.35, 2.675, 0.45, 999.95, 1000.05, 99999.95, 100000.04, 123456789.123, 1e12, -1e15],
        *[-0.04, -0.0, 0.0, 1e-9, -1e-9, float("nan"), float("inf"), -float("inf")],
    ]
    assert fixed(values, places) == [f"{value:.{places}f}" for value in values]
    assert fixed(np.asarray(values), places) == [f"{value:.{places}f}" for value in values]


def test_nothing_to_write():
    assert fixed([], 1) == []
