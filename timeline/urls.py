from django.urls import path

from .views import downloads, embeds, images, pages

app_name = "timeline"

urlpatterns = [
    path("", pages.index, name="index"),
    path("events/<slug:slug>/", pages.event_detail, name="event"),
    path("sources/", pages.source_list, name="sources"),
    path("sources/<int:pk>/", pages.source_detail, name="source"),
    path("events.csv", downloads.events_csv, name="events_csv"),
    path("events.json", downloads.events_json, name="events_json"),
    path("events.timelinejs.json", downloads.events_timelinejs, name="events_timelinejs"),
    path("embed/", embeds.timeline_embed, name="embed_timeline"),
    path("embed/events/<slug:slug>/", embeds.event_embed, name="embed_event"),
    path("oembed", embeds.oembed, name="oembed"),
    path("chart.png", images.chart_image, name="chart_image"),
]
