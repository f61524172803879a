"""Management commands that speak the language of their terminal.

A command run from a shell answers in the language the environment asks for, as gettext's
own programs do: the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set
(`LANG=ru_RU.UTF-8 manage.py import_article …` answers in Russian). A language the site
does not have, "C" and "POSIX" are English.
"""

import os
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

ENVIRONMENT_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def environment_language(environ: Mapping[str, str] = os.environ) -> str:
    """The site's language the environment asks for: "ru" for LANG=ru_RU.UTF-8, else English."""
    setting = next((environ[name] for name in ENVIRONMENT_VARIABLES if environ.get(name)), "")
    site_languages = {code for code, _name in settings.LANGUAGES}
    for locale_name in setting.split(":"):  # LANGUAGE lists languages in order of preference
        code = locale_name.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in site_languages:
            return code
    return settings.LANGUAGE_CODE


class LocalisedCommand(BaseCommand):
    """A BaseCommand whose messages (and errors) are in the environment's language."""

    def execute(self, *args: Any, **options: Any) -> Any:
        with translation.override(environment_language()):
            return super().execute(*args, **options)
