"""Quotation marks and numbers as the active language writes them.

English: “a quote”, −4.0 written -4.0 as before; Russian: «цитата», −4,0 with a true minus
sign and a decimal comma. The marks and the minus sign are in the translation catalogues;
the decimal separator is Django's format of the language (relations/formats/, Django's own).
"""

from django.utils import formats
from django.utils.translation import pgettext


def quoted(text: str) -> str:
    """'“text”' in English, «text» in Russian."""
    return pgettext("quotation marks around a quote or a title", "“%(text)s”") % {"text": text}


def minus_sign() -> str:
    return pgettext("the sign of a negative number", "-")


def decimal(value: float, places: int = 1, signed: bool = False) -> str:
    """A number with `places` decimals in the language's way: '-4.0', «−4,0»; with `signed`, '+8.0' too."""
    text = formats.number_format(abs(value), places, use_l10n=True, force_grouping=False)
    if round(abs(float(value)), places) == 0:
        return text  # rounds to zero: no sign
    if value < 0:
        return minus_sign() + text
    return f"+{text}" if signed else text
