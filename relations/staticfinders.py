"""plotly.js collected behind V8's per-file compile hint.

The timeline's pages draw the server's SVG first and run plotly.js after that first
paint (static/js/chart.js). Chromium (136 and later) compiles every function of a
script that opens with the comment `//# allFunctionsCalledOnLoad` on the background
thread that streams it, while the page is still parsing and painting, instead of
one function at a time on the main thread when plotly.js first runs and draws: the
chart takes hover and clicks sooner. Other browsers read a comment. The bundle itself
comes unchanged from npm (node_modules); only the copy `collectstatic` writes, and
whitenoise serves, carries the comment. The development server serves the npm file.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder, FileSystemFinder
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage

COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"
PREFIX = "vendor/plotly"
HINTED = {"plotly-basic.min.js"}


def plotly_directory() -> Path:
    return Path(settings.NODE_MODULES) / "plotly.js-basic-dist-min"


class CompileHintStorage(FileSystemStorage):
    """The plotly.js package's files, the bundle read with the compile hint before its first line."""

    prefix = PREFIX  # where collectstatic puts them (FileSystemFinder sets it on its own storages)

    def open(self, name: str, mode: str = "rb"):
        if name not in HINTED:
            return super().open(name, mode)
        with super().open(name, "rb") as bundle:
            return ContentFile(COMPILE_HINT + bundle.read(), name=name)


class PlotlyFinder(FileSystemFinder):
    """Finds the plotly.js package's files under static/vendor/plotly/, as a STATICFILES_DIRS entry
    would, with CompileHintStorage for collectstatic to read them through."""

    def __init__(self, app_names=None, *args, **kwargs):
        root = str(plotly_directory())
        storage = CompileHintStorage(location=root)
        self.locations = [(PREFIX, root)]
        self.storages = {root: storage}
        BaseFinder.__init__(self, *args, **kwargs)  # not FileSystemFinder's: it reads STATICFILES_DIRS

    def check(self, **kwargs):
        return []
