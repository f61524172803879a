"""Form widgets shared by the site and the admin."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

ISO_DATE = "%Y-%m-%d"


class IsoDateInput(forms.DateInput):
    """A date typed as YYYY-MM-DD, the form the site's addresses use.

    A text input rather than the browser's date picker, which shows mm/dd/yyyy
    or dd/mm/yyyy as the browser's locale decides: every date input of the site
    and the admin reads the same way.
    """

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {"placeholder": _("YYYY-MM-DD"), "autocomplete": "off", "spellcheck": "false", "size": 10}
        super().__init__(attrs={**defaults, **(attrs or {})}, format=ISO_DATE)
