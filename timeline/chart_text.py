"""The chart in words, generated from its data as Datawrapper does: the span, the counts,
the strongest escalations and thaws, and where the index stands."""

import numpy as np
import pandas as pd
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import dates
from .analysis import dates_in_words, marked_titles
from .chart import Chart
from .localised import decimal
from .relations_index import DETENTE, TENSION

STRONGEST = 2


def describe(chart: Chart, count: int) -> str:
    """A few sentences for screen readers and for anyone who cannot see the chart."""
    events = chart.events
    if count == 0:
        return _("No published events match these filters, so the chart is empty.")
    if chart.period:
        return aggregated_description(chart, count)
    escalations = int((events["score"] < 0).sum())
    thaws = int((events["score"] > 0).sum())
    counts = ", ".join(
        [
            ngettext("%(count)d escalation", "%(count)d escalations", escalations) % {"count": escalations},
            ngettext("%(count)d thaw", "%(count)d thaws", thaws) % {"count": thaws},
        ]
    )
    sentences = [span_sentence(count, events, counts)]
    sentences += strongest(events[events["score"] < 0].sort_values("score"), _("Strongest escalations"))
    sentences += strongest(events[events["score"] > 0].sort_values("score", ascending=False), _("Strongest thaws"))
    sentences.append(index_sentence(chart))
    return " ".join(sentence for sentence in sentences if sentence)


def span_sentence(count: int, events: pd.DataFrame, counts: str) -> str:
    """How many events, over which days (the day alone when they share it), and the counts of each direction."""
    ends = events.loc[[events["date"].idxmin(), events["date"].idxmax()]]
    if (ends["date_precision"] != dates.DAY).any():
        return dated_span_sentence(count, ends, counts)
    first, last = ends["date"].tolist()
    if first == last:
        sentence = ngettext(
            "%(count)d event on %(day)s: %(counts)s.", "%(count)d events on %(day)s: %(counts)s.", count
        )
        return sentence % {"count": count, "day": in_words(first), "counts": counts}
    sentence = ngettext(
        "%(count)d event from %(first)s to %(last)s: %(counts)s.",
        "%(count)d events from %(first)s to %(last)s: %(counts)s.",
        count,
    )
    return sentence % {"count": count, "first": in_words(first), "last": in_words(last), "counts": counts}


def dated_span_sentence(count: int, ends: pd.DataFrame, counts: str) -> str:
    """span_sentence where the first or last event is dated less precisely than a day: its date as the event
    gives it ("2017", "April 2017", "around 20 April 2017"), never the day it is stored on."""
    first, last = dates_in_words(ends.assign(end_date=None)).tolist()
    span = first if first == last else dates.span_pattern() % {"start": first, "end": last}
    sentence = ngettext("%(count)d event, %(dates)s: %(counts)s.", "%(count)d events, %(dates)s: %(counts)s.", count)
    return sentence % {"count": count, "dates": span, "counts": counts}


def in_words(day) -> str:
    return dates.day_in_words(pd.Timestamp(day).date())


def strongest(rows: pd.DataFrame, heading: str) -> list[str]:
    if rows.empty:
        return []
    top = rows.head(STRONGEST)
    items = [
        _("%(title)s (%(date)s, %(score)s)") % {"title": title, "date": date, "score": decimal(score, signed=True)}
        for title, date, score in zip(marked_titles(top), top["date_text"], top["score"].astype(float), strict=True)
    ]
    return [f"{heading}: {'; '.join(items)}."]


def index_sentence(chart: Chart) -> str:
    if chart.index.empty:
        return ""
    day, value = chart.index.index[-1], float(chart.index.iloc[-1])
    sentence = _("The relations index stands at %(value)s on %(day)s") % {"value": decimal(value), "day": in_words(day)}
    threshold = floatformat(chart.threshold, -1)
    if value < -chart.threshold:
        sentence += _(", in a tension phase (below −%(threshold)s).") % {"threshold": threshold}
    elif value > chart.threshold:
        sentence += _(", in a détente phase (above +%(threshold)s).") % {"threshold": threshold}
    else:
        sentence += _(", within ±%(threshold)s: no phase.") % {"threshold": threshold}
    found = chart.phases["phase"].to_numpy()
    tension, detente = int((found == TENSION).sum()), int((found == DETENTE).sum())
    return (
        sentence
        + " "
        + _("Tension phases: %(tension)d; détente phases: %(detente)d.")
        % {
            "tension": tension,
            "detente": detente,
        }
    )


def aggregated_description(chart: Chart, count: int) -> str:
    totals = chart.totals
    worst, best = int(np.argmin(totals["escalation"])), int(np.argmax(totals["thaw"]))
    sharpest = {"day": in_words(totals.index[worst]), "sum": decimal(totals["escalation"].iloc[worst])}
    strongest = {"day": in_words(totals.index[best]), "sum": decimal(totals["thaw"].iloc[best], signed=True)}
    if chart.period == "week":
        sentences = [
            ngettext("%(count)d event, summed per week.", "%(count)d events, summed per week.", count)
            % {"count": count},
            _("The sharpest week of escalations began %(day)s (%(sum)s).") % sharpest,
            _("The strongest week of thaws began %(day)s (%(sum)s).") % strongest,
        ]
    else:
        sentences = [
            ngettext("%(count)d event, summed per month.", "%(count)d events, summed per month.", count)
            % {"count": count},
            _("The sharpest month of escalations began %(day)s (%(sum)s).") % sharpest,
            _("The strongest month of thaws began %(day)s (%(sum)s).") % strongest,
        ]
    return " ".join([*sentences, index_sentence(chart)])
