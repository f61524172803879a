"""Compiles the project's translation catalogues (locale/<language>/LC_MESSAGES/*.po) to .mo files.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine may lack; polib is
pure Python (pinned in requirements.txt). `make install` (so `make run`, `make test` and
`make serve`) and the test suite's conftest run `python -m relations.catalogues`, which
compiles each catalogue whose .mo is missing or older than its .po. Fuzzy and untranslated
entries are left out, as msgfmt leaves them; tests/test_translations.py fails on any.
"""

import sys
from pathlib import Path

import polib

LOCALE_DIRECTORY = Path(__file__).resolve().parent.parent / "locale"


def stale_catalogues(directory: Path = LOCALE_DIRECTORY) -> list[Path]:
    """The .po files whose .mo is missing or older."""
    return [
        po_path
        for po_path in sorted(directory.glob("*/LC_MESSAGES/*.po"))
        if not po_path.with_suffix(".mo").exists()
        or po_path.with_suffix(".mo").stat().st_mtime < po_path.stat().st_mtime
    ]


def compile_catalogue(po_path: Path) -> Path:
    mo_path = po_path.with_suffix(".mo")
    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
    return mo_path


def compile_stale(directory: Path = LOCALE_DIRECTORY) -> list[Path]:
    return [compile_catalogue(po_path) for po_path in stale_catalogues(directory)]


if __name__ == "__main__":
    for compiled in compile_stale():
        sys.stdout.write(f"Compiled {compiled.relative_to(LOCALE_DIRECTORY.parent)}\n")
