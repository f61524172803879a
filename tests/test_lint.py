"""`make lint` fails the run on what each of its tools is there to catch.

Each test hands the real tool, with the project's own configuration (pyproject.toml),
a small file holding one kind of mistake, and checks the tool names it and exits non-zero.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*command: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})}
    )


def ruff(command: str, path: Path) -> subprocess.CompletedProcess:
    """`ruff check` or `ruff format --check` on one file, with the project's configuration."""
    return run(str(BIN / "ruff"), *command.split(), "--no-cache", "--config", "pyproject.toml", str(path))


def module(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "probe.py"
    path.write_text(textwrap.dedent(source).lstrip())
    return path


def test_ruff_check_fails_on_what_the_first_pass_found(tmp_path):
    path = module(
        tmp_path,
        """
        import sys
        import json


        def pairs(titles, scores):
            try:
                return dict(zip(titles, scores))
            except ValueError:
                raise RuntimeError(f"mismatch")
        """,
    )
    result = ruff("check", path)

    assert result.returncode == 1
    for rule in ("I001", "F401", "B905", "B904", "F541"):
        assert rule in result.stdout, rule


def test_ruff_format_check_fails_on_unformatted_code(tmp_path):
    path = module(tmp_path, "def total( scores ):\n    return sum( [score for score in scores] )\n")
    result = ruff("format --check", path)

    assert result.returncode == 1
    assert "1 file would be reformatted" in result.stdout


def test_ruff_passes_the_same_code_once_fixed(tmp_path):
    path = module(
        tmp_path,
        """
        def pairs(titles: list[str], scores: list[float]) -> dict[str, float]:
            try:
                return dict(zip(titles, scores, strict=True))
            except ValueError as error:
                raise RuntimeError("mismatch") from error
        """,
    )
    check = ruff("check", path)
    form = ruff("format --check", path)

    assert (check.returncode, form.returncode) == (0, 0), check.stdout + form.stdout


def test_mypy_with_django_stubs_fails_on_a_wrong_type_and_an_unknown_field(tmp_path):
    path = module(
        tmp_path,
        """
        from timeline.models import Event


        def headline_count(titles: list[str]) -> int:
            return ", ".join(titles)


        def sanctions() -> list[Event]:
            return list(Event.objects.filter(kategory="sanctions"))
        """,
    )
    result = run(sys.executable, "-m", "mypy", "--config-file", "pyproject.toml", str(path), env={"DJANGO_DEBUG": "1"})

    assert result.returncode == 1, result.stdout
    assert "Incompatible return value type" in result.stdout
    assert "Cannot resolve keyword 'kategory' into field" in result.stdout


PROBE_MODEL_CHANGE = """
import django
from django.core.management import call_command
from django.db import models

django.setup()
from timeline.models import Event

models.CharField(max_length=20, default="", blank=True).contribute_to_class(Event, "lint_probe")
call_command("makemigrations", "timeline", "--check", "--dry-run")
"""


def test_makemigrations_check_fails_on_a_model_change_without_its_migration():
    result = run(
        sys.executable,
        "-c",
        PROBE_MODEL_CHANGE,
        env={"DJANGO_DEBUG": "1", "DJANGO_SETTINGS_MODULE": "relations.settings"},
    )

    assert result.returncode == 1, result.stderr
    assert "lint_probe" in result.stdout


def test_make_test_lints_first_and_lint_runs_every_tool():
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]

    assert "\ntest: lint suite\n" in makefile
    for step in ("ruff check", "ruff format --check", "mypy", "makemigrations --check", "check --deploy"):
        assert step in recipe, step
