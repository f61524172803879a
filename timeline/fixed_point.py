"""Numbers written as Python's fixed-point format writes them (f"{value:.1f}"), a whole array at once.

The static chart writes some 20,000 coordinates at 100,000 events; formatting them one by one
was a tenth of the page's Python time. Here each number is scaled to a count of its last decimal
place with numpy, and its text joined from two tables, of whole numbers and of decimals (made
once per process). A number whose scaled value lies within rounding error of a half, where the
format rounds the double's exact binary value, or beyond the tables, is written by the format itself.
"""

import functools

import numpy as np

WHOLE_BELOW = 100_000  # whole parts written from the table; percentages and the index's 0…1000 stay below it
HALF_MARGIN = 1e-6  # far wider than a double's rounding error below WHOLE_BELOW × 10³


def fixed(values: np.ndarray | list[float], places: int) -> list[str]:
    """f"{value:.{places}f}" of each value (1 ≤ places ≤ 3), the same text."""
    numbers = np.asarray(values, dtype=float)
    scale = 10**places
    scaled = np.abs(numbers) * scale
    with np.errstate(invalid="ignore"):
        exact = (scaled < WHOLE_BELOW * scale) & (np.abs(scaled - np.floor(scaled) - 0.5) > HALF_MARGIN)
        counts = np.where(exact, np.rint(scaled), 0).astype(np.int64)
    whole, decimals = np.divmod(counts, scale)
    sign = np.where(np.signbit(numbers), "-", "").astype(object)  # as the format writes −0.0 and −0.04
    texts = sign + whole_texts()[whole] + decimal_texts(places)[decimals]
    for position in np.flatnonzero(~exact).tolist():
        texts[position] = f"{numbers[position].item():.{places}f}"
    return texts.tolist()


@functools.cache
def whole_texts() -> np.ndarray:
    return np.array([str(number) for number in range(WHOLE_BELOW)], dtype=object)


@functools.cache
def decimal_texts(places: int, separator: str = ".") -> np.ndarray:
    """The texts of the decimal parts with `places` digits, after their `separator`: ".0" … ".9"."""
    return np.array([f"{separator}{number:0{places}d}" for number in range(10**places)], dtype=object)
