"""Quotation marks and numbers as the active language writes them.

English: “a quote”, −4.0; Russian: «цитата», −4,0 with a decimal comma: both with a true minus
sign, as the chart's axes write it (a hyphen is for the data downloads, which programs read). The
marks and the minus sign are in the translation catalogues; the decimal separator is Django's format
of the language (relations/formats/, Django's own).
"""

from collections.abc import Iterable

import numpy as np
from django.utils import formats, numberformat
from django.utils.translation import get_language, pgettext

from .fixed_point import WHOLE_BELOW, decimal_texts, whole_texts

# decimals() writes a number within a billionth of a whole count of millionths (the scores, their sums in
# floating point, the rounded index) from that count, with integer arithmetic on the whole array and the
# texts of its parts looked up (fixed_point); any other number through Django's numberformat, one by
# one. Below EXACT_BELOW a double tells millionths apart, and no integer part needs a thousands separator.
MILLIONTHS = 6
NEAR = 1e-3  # of a millionth
EXACT_BELOW = min(1000, WHOLE_BELOW)
MOST_PLACES = 3  # written from a table of their 10**places decimal parts


def quoted(text: str) -> str:
    """'“text”' in English, «text» in Russian."""
    return quotation_marks() % {"text": text}


def quoted_texts(texts: Iterable[str]) -> list[str]:
    """quoted() of each text, the marks looked up once (a page's fifty quotes)."""
    marks = quotation_marks()
    return [marks % {"text": text} for text in texts]


def quotation_marks() -> str:
    return pgettext("quotation marks around a quote or a title", "“%(text)s”")


def minus_sign() -> str:
    return pgettext("the sign of a negative number", "−")


def decimal(value: float, places: int = 1, signed: bool = False) -> str:
    """A number with `places` decimals in the language's way: '−4.0', «−4,0»; with `signed`, '+8.0' too.

    The digits are Django's number_format's, which cuts the decimals it does not show (2.97 is
    "2.9"); a value that rounds to zero at `places` has no sign (-0.07 is "−0.0", -0.04 "0.0")."""
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
    if numbers.dtype.kind not in "fi" or not 0 < places <= MOST_PLACES:
        return [style.written(value) for value in numbers.tolist()]
    shown, zero, exact = shown_digits(numbers.astype(float), places)
    whole, digits = np.divmod(shown, 10**places)
    signs = np.array(["", style.minus, "+" if signed else ""], dtype=object)
    sign = np.where(zero, 0, np.where(numbers < 0, 1, 2))
    texts = signs[sign] + whole_texts()[whole] + decimal_texts(places, style.separator)[digits]
    for position in np.flatnonzero(~exact).tolist():
        texts[position] = style.written(numbers[position].item())
    return texts.tolist()


def shown_digits(numbers: np.ndarray, places: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The digits numberformat shows of each number's magnitude (its decimal text cut after `places`
    decimals), as one integer; whether the number rounds to zero there (Python's round(), which
    decides the sign); and whether both were found here, for numbers near a count of millionths.

    A number a little below a count that ends a shown place (33.29999999999999 for 33.3) is written
    with the digits before it, as its text is: the nearest double to the count lies above it. Numbers
    exactly at half the last place shown are left to round(), which looks at their binary digits."""
    magnitudes = np.abs(numbers)
    cut = 10 ** (MILLIONTHS - places)
    half = 5 * 10 ** (MILLIONTHS - places - 1)
    with np.errstate(invalid="ignore"):
        millionths = np.rint(magnitudes * 10**MILLIONTHS)
        exact = (magnitudes < EXACT_BELOW) & (np.abs(magnitudes * 10**MILLIONTHS - millionths) < NEAR)
        counts = np.where(exact, millionths, 0).astype(np.int64)
        below = magnitudes < counts / 10**MILLIONTHS
    exact &= counts != half
    shown = counts // cut - (below & (counts % cut == 0))
    return shown, counts < half, exact
