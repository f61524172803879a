"""The site's URLs: the public timeline and the editors' admin, in English and Russian.

English is at the unprefixed addresses (every address the site has ever had, the
embeds, downloads, oEmbed and /chart.png among them), Russian at the same
addresses under /ru/. An address under /en/ redirects to its unprefixed form.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from timeline.views import languages, pages

admin.site.site_header = _("US–Russia relations timeline")
admin.site.site_title = _("Relations timeline admin")
admin.site.index_title = _("Curation")
# "View site" leads to the timeline in the admin's language.
admin.site.site_url = reverse_lazy("timeline:index")  # type: ignore[assignment]  # lazy: reversed in the admin's language

urlpatterns = [
    path("favicon.ico", pages.favicon),
    re_path(r"^en/(?P<rest>.*)$", languages.unprefixed),
    *i18n_patterns(
        path("admin/", admin.site.urls),
        path("", include("timeline.urls")),
        prefix_default_language=False,
    ),
]

handler400 = "timeline.views.errors.bad_request"
