"""The chart as a PNG for link previews (OpenGraph and Twitter cards): the
server-drawn SVG with its colours written in, rendered by resvg (resvg-py, a
self-contained wheel: no system library to install; text uses the system's fonts).

The chart is laid out at 600 × 315 CSS pixels (its wide layout, the labels of
that width) and rendered at twice the scale: a 1200 × 630 image, the size the
cards ask for, with text large enough to read in a preview.
"""

from html import escape

import resvg_py
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .chart import TIER_WIDTHS, Chart
from .static_chart import back_layer, front_layer, index_layer, labels_layer

WIDTH, HEIGHT = 600, 315
SCALE = 2
TITLE_HEIGHT = 40
CHART_HEIGHT = HEIGHT - TITLE_HEIGHT  # what views build the Chart with
# The light theme of static/css/chart.css, as plain colours (resvg knows no custom properties).
STYLE = """
text { font-family: DejaVu Sans, Helvetica, Arial, sans-serif; font-size: 11px; fill: #5c5c5c; }
.title { font-family: DejaVu Serif, Georgia, serif; font-size: 17px; font-weight: bold; fill: #1b1b1b; }
.grid { stroke: #e6e6e6; } .zero { stroke: #999999; } .axis { stroke: #cccccc; }
.score-tick { text-anchor: end; } .date-tick { text-anchor: middle; } .index-tick { text-anchor: start; }
.era-tension { fill: #b2182b; fill-opacity: 0.06; } .era-detente { fill: #2166ac; fill-opacity: 0.06; }
.era-neutral { fill: #6e6e6e; fill-opacity: 0.07; }
.era-title { font-size: 10px; }
.phase-tension { fill: #b2182b; fill-opacity: 0.22; } .phase-detente { fill: #2166ac; fill-opacity: 0.22; }
.threshold { stroke: #8a8a8a; stroke-dasharray: 2 3; fill: none; }
.index-line { stroke: #222222; stroke-width: 1.5; fill: none; }
.marker svg { overflow: visible; } .marker path { stroke: #ffffff; stroke-width: 1; }
.escalation { fill: #b2182b; } .thaw { fill: #2166ac; } .neutral { fill: #6f6f6f; }
.label { fill: #222222; }
.label, .era-title { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.tier, .era-title, .index-axis-narrow { display: none; }
"""


def tier_for(width: int) -> int:
    return max(number for number, least in enumerate(TIER_WIDTHS) if width >= least)


def chart_svg(chart: Chart, title: str, subtitle: str) -> str:
    """A standalone SVG of the chart under a title, WIDTH × HEIGHT, in the chart's wide layout."""
    box = chart.layouts["wide"]
    plot = (
        f' x="{box.margin_left}" y="{TITLE_HEIGHT + box.margin_top}"'
        f' width="{WIDTH - box.margin_left - box.margin_right}" height="{box.plot_height}"'
    )
    layers = (
        [
            back_layer(chart, plot),
            index_layer(chart, plot),
            front_layer(chart, False, plot),
            labels_layer(chart, plot),
        ]
        if chart.x_range
        else []
    )
    tier = tier_for(WIDTH)
    shown = f".tier-{tier}, .era-title.in-tier-{tier} {{ display: inline; }}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">'
        f"<style>{STYLE}{shown}</style>"
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>'
        # The subtitle under the title, not beside it: the Russian title and subtitle do not fit on one line.
        f'<text class="title" x="14" y="20">{escape(title)}</text>'
        f'<text x="14" y="35">{escape(subtitle)}</text>'
        f"{''.join(layers)}</svg>"
    )


def chart_png(chart: Chart, count: int) -> bytes:
    subtitle = ngettext(
        "%(count)d curated event, scored −10 to +10", "%(count)d curated events, scored −10 to +10", count
    ) % {"count": count}
    svg = chart_svg(chart, _("US–Russia relations timeline"), subtitle)
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=SCALE))
