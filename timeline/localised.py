"""Quotation marks and numbers as the active language writes them.

English: “a quote”, −4.0 written -4.0 as before; Russian: «цитата», −4,0 with a true minus
sign and a decimal comma. The marks and the minus sign are in the translation catalogues;
the decimal separator is Django's format of the language (relations/formats/, Django's own).
"""

from collections.abc import Iterable

from django.utils import formats, numberformat
from django.utils.translation import get_language, pgettext


def quoted(text: str) -> str:
    """'“text”' in English, «text» in Russian."""
    return pgettext("quotation marks around a quote or a title", "“%(text)s”") % {"text": text}


def minus_sign() -> str:
    return pgettext("the sign of a negative number", "-")


def decimal(value: float, places: int = 1, signed: bool = False) -> str:
    """A number with `places` decimals in the language's way: '-4.0', «−4,0»; with `signed`, '+8.0' too."""
    return decimals([value], places, signed)[0]


def decimals(values: Iterable[float], places: int = 1, signed: bool = False) -> list[str]:
    """decimal() of each value, with the language's formats looked up once (a chart writes hundreds).

    The digits are Django's number_format's, which cuts the decimals it does not show."""
    language = get_language()
    separator, grouping, thousands = (
        formats.get_format(name, language, use_l10n=True)
        for name in ("DECIMAL_SEPARATOR", "NUMBER_GROUPING", "THOUSAND_SEPARATOR")
    )
    minus = minus_sign()
    texts = []
    for value in values:
        text = numberformat.format(abs(value), separator, places, grouping, thousands, use_l10n=True)
        if round(abs(float(value)), places) == 0:
            texts.append(text)  # rounds to zero: no sign
        elif value < 0:
            texts.append(minus + text)
        else:
            texts.append(f"+{text}" if signed else text)
    return texts
