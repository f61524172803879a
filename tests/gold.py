"""Gold events shared by the tests of the assistant's evaluation and of the coders' agreement."""

import datetime
from decimal import Decimal

from timeline.assistant.evaluation import Gold

# "The United States on Thursday expelled 35 Russian diplomats." (29 December 2016), coded as the gold has it.
EXPELLED = Gold(
    quotes=("expelled 35 Russian diplomats",),
    source="United States",
    target="Russia",
    category="diplomatic",
    score=Decimal("-5.0"),
    date=datetime.date(2016, 12, 29),
    precision="day",
)
