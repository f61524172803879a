"""What collectstatic writes for whitenoise to serve: plotly.js behind V8's compile hint, nothing else changed."""

from pathlib import Path

from django.core.management import call_command

PLOTLY = Path("plotly.js-basic-dist-min")
STORAGE = "django.contrib.staticfiles.storage.StaticFilesStorage"


def test_collectstatic_writes_plotly_with_the_compile_hint_first_and_the_npm_files_otherwise_unchanged(
    tmp_path, settings
):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": STORAGE}}

    call_command("collectstatic", "--noinput", verbosity=0)

    npm = Path(settings.NODE_MODULES) / PLOTLY
    bundle = (tmp_path / "vendor" / "plotly" / "plotly-basic.min.js").read_bytes()
    assert bundle == b"//# allFunctionsCalledOnLoad\n" + (npm / "plotly-basic.min.js").read_bytes()
    assert (tmp_path / "vendor" / "plotly" / "package.json").read_bytes() == (npm / "package.json").read_bytes()
    assert (tmp_path / "js" / "chart.js").read_bytes() == (
        Path(settings.BASE_DIR) / "static" / "js" / "chart.js"
    ).read_bytes()
