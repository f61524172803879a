"""What analysts, experts or observers think may happen is their forecast, no one's act or threat: "Russia could
expel American diplomats, analysts said" is no event, while the same words from the doer's side are a threat."""

import pytest

from tests.proposed import only, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin could order the expulsion of more American diplomats, analysts said on Tuesday.",
        "Moscow may cut gas deliveries to Poland this winter, several energy experts say.",
        "According to two Western analysts, Russia might seize the assets of American companies.",
        "Many observers believe the Kremlin would retaliate with sanctions of its own.",
    ],
)
def test_what_commentators_forecast_is_no_event(shipped_vocabulary, sentence):
    assert read(sentence, "2021-04-20", shipped_vocabulary) == []


def test_the_same_forecast_from_the_doers_side_stays_a_threat(shipped_vocabulary):
    candidate = only(
        read(
            "Moscow may cut gas deliveries to Poland this winter, Foreign Minister Sergei Lavrov said.",
            "2021-04-20",
            shipped_vocabulary,
        )
    )

    assert candidate.code.startswith("13")


def test_an_act_commentators_report_as_done_stays_an_event(shipped_vocabulary):
    candidate = only(
        read("Russia expelled ten American diplomats on Friday, analysts said.", "2021-04-20", shipped_vocabulary)
    )

    assert candidate.code == "174"
