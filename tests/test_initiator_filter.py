"""The side filter asks who acted: "escalations initiated by Russia" (the event's source actor, CAMEO's Actor1)."""

import pytest

from tests.factories import make_actor, make_event
from timeline.models import Actor

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    russia = make_actor("Russia", side=Actor.Side.RUSSIA)
    united_states = make_actor("United States", side=Actor.Side.UNITED_STATES)
    both = [russia, united_states]
    return {
        "russian-expulsion": make_event(
            slug="russian-expulsion", score=-5, actors=both, source_actor=russia, target_actor=united_states
        ),
        "us-sanctions": make_event(
            slug="us-sanctions", score=-8, actors=both, source_actor=united_states, target_actor=russia
        ),
        "russian-offer": make_event(
            slug="russian-offer", score=4, actors=both, source_actor=russia, target_actor=united_states
        ),
        "no-roles": make_event(slug="no-roles", score=-2, actors=both),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("initiator=ru&direction=escalation", ["russian-expulsion"]),
        ("initiator=ru", ["russian-expulsion", "russian-offer"]),
        ("initiator=us&direction=escalation", ["us-sanctions"]),
        ("side=ru&direction=escalation", ["no-roles", "russian-expulsion", "us-sanctions"]),
    ],
)
def test_escalations_initiated_by_a_side(client, events, query, expected):
    response = client.get(f"/?{query}")

    assert response.status_code == 200
    page = response.content.decode()
    assert [slug for slug in sorted(events) if f'data-event-slug="{slug}"' in page] == expected


def test_an_unknown_initiator_is_a_400_naming_the_parameter(client):
    response = client.get("/?initiator=mars")

    assert response.status_code == 400
    assert "initiator" in response.content.decode()
