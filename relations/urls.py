"""The site's URLs: the public timeline and the editors' admin."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "US–Russia relations timeline"
admin.site.site_title = "Relations timeline admin"
admin.site.index_title = "Curation"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("timeline.urls")),
]

handler400 = "timeline.views.errors.bad_request"
