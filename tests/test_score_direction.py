from decimal import Decimal

import pytest

from timeline.templatetags.scores import direction


@pytest.mark.parametrize(
    ("score", "expected"), [(-10, "escalation"), (Decimal("-0.1"), "escalation"), (0, "neutral"), (1.9, "thaw")]
)
def test_a_score_reads_as_escalation_thaw_or_neutral(score, expected):
    assert direction(score) == expected
