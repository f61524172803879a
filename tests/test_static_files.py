"""What collectstatic writes for whitenoise to serve: plotly.js behind V8's compile hint, nothing else changed."""

from pathlib import Path

from django.contrib.staticfiles.finders import FileSystemFinder
from django.core.management import call_command

from relations.staticfinders import PREFIX, PlotlyFinder, plotly_directory

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


def test_the_plotly_finder_finds_and_lists_what_djangos_own_finder_would_for_that_directory(settings):
    """PlotlyFinder is Django's FileSystemFinder over one STATICFILES_DIRS-like entry, its storage swapped: the
    development server serves, and collectstatic collects, the same files at the same paths."""
    ours = PlotlyFinder()
    settings.STATICFILES_DIRS = [(PREFIX, plotly_directory())]
    djangos = FileSystemFinder()

    listed = sorted((path, storage.prefix) for path, storage in ours.list([]))
    assert listed == sorted((path, storage.prefix) for path, storage in djangos.list([]))
    assert ("plotly-basic.min.js", "vendor/plotly") in listed
    for path, prefix in listed:
        assert ours.find(f"{prefix}/{path}") == djangos.find(f"{prefix}/{path}")
        assert ours.find(f"{prefix}/{path}", find_all=True) == djangos.find(f"{prefix}/{path}", find_all=True)
    assert ours.find("plotly-basic.min.js") == djangos.find("plotly-basic.min.js") == []
