"""The chart in words, generated from its data as Datawrapper does: the span, the counts,
the strongest escalations and thaws, and where the index stands."""

import numpy as np
import pandas as pd
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import dates
from .analysis import marked_titles
from .chart import Chart
from .relations_index import DETENTE, TENSION

STRONGEST = 2


def describe(chart: Chart, count: int) -> str:
    """A few sentences for screen readers and for anyone who cannot see the chart."""
    events = chart.events
    if count == 0:
        return _("No published events match these filters, so the chart is empty.")
    if chart.period:
        return aggregated_description(chart, count)
    first, last = events["date"].min(), events["date"].max()
    escalations = int((events["score"] < 0).sum())
    thaws = int((events["score"] > 0).sum())
    counts = ", ".join(
        [
            ngettext("%(count)d escalation", "%(count)d escalations", escalations) % {"count": escalations},
            ngettext("%(count)d thaw", "%(count)d thaws", thaws) % {"count": thaws},
        ]
    )
    sentences = [
        ngettext(
            "%(count)d event from %(first)s to %(last)s: %(counts)s.",
            "%(count)d events from %(first)s to %(last)s: %(counts)s.",
            count,
        )
        % {"count": count, "first": in_words(first), "last": in_words(last), "counts": counts}
    ]
    sentences += strongest(events[events["score"] < 0].sort_values("score"), _("Strongest escalations"))
    sentences += strongest(events[events["score"] > 0].sort_values("score", ascending=False), _("Strongest thaws"))
    sentences.append(index_sentence(chart))
    return " ".join(sentence for sentence in sentences if sentence)


def in_words(day) -> str:
    return dates.day_in_words(pd.Timestamp(day).date())


def strongest(rows: pd.DataFrame, heading: str) -> list[str]:
    if rows.empty:
        return []
    strongest_rows = rows.head(STRONGEST)
    items = [
        _("%(title)s (%(date)s, %(score)+.1f)") % {"title": title, "date": row.date_text, "score": row.score}
        for title, row in zip(marked_titles(strongest_rows), strongest_rows.itertuples(), strict=True)
    ]
    return [f"{heading}: {'; '.join(items)}."]


def index_sentence(chart: Chart) -> str:
    if chart.index.empty:
        return ""
    day, value = chart.index.index[-1], float(chart.index.iloc[-1])
    sentence = _("The relations index stands at %(value).1f on %(day)s") % {"value": value, "day": in_words(day)}
    if value < -chart.threshold:
        sentence += _(", in a tension phase (below −%(threshold)g).") % {"threshold": chart.threshold}
    elif value > chart.threshold:
        sentence += _(", in a détente phase (above +%(threshold)g).") % {"threshold": chart.threshold}
    else:
        sentence += _(", within ±%(threshold)g: no phase.") % {"threshold": chart.threshold}
    counts = chart.phases["phase"].value_counts() if not chart.phases.empty else pd.Series(dtype=int)
    tension, detente = int(counts.get(TENSION, 0)), int(counts.get(DETENTE, 0))
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
    per = _("week") if chart.period == "week" else _("month")
    worst, best = int(np.argmin(totals["escalation"])), int(np.argmax(totals["thaw"]))
    return " ".join(
        [
            _("%(count)d events, summed per %(period)s.") % {"count": count, "period": per},
            _("The sharpest %(period)s of escalations began %(day)s (%(sum).1f).")
            % {"period": per, "day": in_words(totals.index[worst]), "sum": totals["escalation"].iloc[worst]},
            _("The strongest %(period)s of thaws began %(day)s (%(sum)+.1f).")
            % {"period": per, "day": in_words(totals.index[best]), "sum": totals["thaw"].iloc[best]},
            index_sentence(chart),
        ]
    )
