"""Quotation marks and numbers as the active language writes them.

English: “a quote”, −4.0 written -4.0 as before; Russian: «цитата», −4,0 with a true minus
sign and a decimal comma. The marks and the minus sign are in the translation catalogues;
the decimal separator is Django's format of the language (relations/formats/, Django's own).
"""

from collections.abc import Iterable

import numpy as np
from django.utils import formats, numberformat
from django.utils.translation import get_language, pgettext

# A number that is a whole count of millionths (the double nearest to one, as the scores, their sums and
# the rounded index are) is written from that count, with integer arithmetic on the whole array; any other
# number through Django's numberformat, one by one. Below EXACT_BELOW a double tells millionths apart,
# and no integer part needs a thousands separator.
MILLIONTHS = 6
EXACT_BELOW = 1000


def quoted(text: str) -> str:
    """'“text”' in English, «text» in Russian."""
    return pgettext("quotation marks around a quote or a title", "“%(text)s”") % {"text": text}


def minus_sign() -> str:
    return pgettext("the sign of a negative number", "-")


def decimal(value: float, places: int = 1, signed: bool = False) -> str:
    """A number with `places` decimals in the language's way: '-4.0', «−4,0»; with `signed`, '+8.0' too.

    The digits are Django's number_format's, which cuts the decimals it does not show (2.97 is
    "2.9"); a value that rounds to zero at `places` has no sign (-0.07 is "-0.0", -0.04 "0.0")."""
    return NumberStyle(places, signed).written(value)


class NumberStyle:
    """The active language's way of writing numbers with `places` decimals, looked up once."""

    def __init__(self, places: int, signed: bool) -> None:
        language = get_language()
        self.separator, self.grouping, self.thousands = (
            formats.get_format(name, language, use_l10n=True)
            for name in ("DECIMAL_SEPARATOR", "NUMBER_GROUPING", "THOUSAND_SEPARATOR")
        )
        self.places, self.signed, self.minus = places, signed, minus_sign()

    def written(self, value: float) -> str:
        places = self.places
        text = numberformat.format(abs(value), self.separator, places, self.grouping, self.thousands, use_l10n=True)
        if round(abs(float(value)), places) == 0:
            return text  # rounds to zero: no sign
        if value < 0:
            return self.minus + text
        return f"+{text}" if self.signed else text


def decimals(values: Iterable[float], places: int = 1, signed: bool = False) -> list[str]:
    """decimal() of each value, written alike however many there are (a chart writes thousands)."""
    style = NumberStyle(places, signed)
    numbers = np.asarray(values if isinstance(values, np.ndarray) else list(values))
    if numbers.dtype.kind not in "fi" or not 0 < places < MILLIONTHS:
        return [style.written(value) for value in numbers.tolist()]
    units, exact = exact_millionths(numbers.astype(float), places)
    # Each value's text is its sign and its count of the last place shown: a chart's thousands of numbers
    # have a few hundred texts, each written once.
    zero = units < 5 * 10 ** (MILLIONTHS - places - 1)  # below half the last place shown
    sign = np.where(zero, 0, np.where(numbers < 0, 1, 2))
    keys, text_of_value = np.unique(units // 10 ** (MILLIONTHS - places) * 3 + sign, return_inverse=True)
    signs = ["", style.minus, "+" if signed else ""]
    distinct = [
        f"{signs[key % 3]}{key // 3 // 10**places}{style.separator}{key // 3 % 10**places:0{places}d}"
        for key in keys.tolist()
    ]
    texts = np.array(distinct, dtype=object)[text_of_value].tolist()
    for position in np.flatnonzero(~exact).tolist():
        texts[position] = style.written(numbers[position].item())
    return texts


def exact_millionths(numbers: np.ndarray, places: int) -> tuple[np.ndarray, np.ndarray]:
    """Each number's magnitude in millionths, and whether that count is exact: the number is the double
    nearest to it, under EXACT_BELOW, and not exactly half a unit of the last place shown (there
    Python's round(), which decides the sign, looks at the double's binary digits)."""
    magnitudes = np.abs(numbers)
    with np.errstate(invalid="ignore"):
        counts = np.rint(magnitudes * 10**MILLIONTHS)
        exact = (magnitudes < EXACT_BELOW) & (counts / 10**MILLIONTHS == magnitudes)
    exact &= counts != 5 * 10 ** (MILLIONTHS - places - 1)
    return np.where(exact, counts, 0).astype(np.int64), exact
