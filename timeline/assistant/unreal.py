"""Acts a feature writer only imagines or denies: "Putin could have freed him in the spring", "the question is
whether Trump will ask for anything", "Medvedev gave up none of his objections".

A modal with a perfect ("could have freed", "might have scolded") is a counterfactual: what was not done; said
of a done act in the passive ("said he should never have been put on trial") it judges that act wrong, a
disapproval by whoever says so. An act
inside a "whether" clause is an open question. A concession or offer whose object is "none of ...", "nothing" or
"no ..." ("conceded nothing") says no step was made; a hostile act's ("threatens no one", "sent no warships") stays
read as restraint, as signs.py negates it. "Had the alliance offered Moscow a treaty, ..." is a condition never
met, a counterfactual too; "seized on an offhand remark" takes up words, it seizes nothing.
"""

import re
from typing import TYPE_CHECKING

from .kinds import DISAPPROVAL

if TYPE_CHECKING:
    from .lexicon import LexiconMatch
    from .reading import Action

# "could have freed", "might never have released", "would not have retaliated"
COUNTERFACTUAL = re.compile(
    r"\b(?:could|might|would|should)(?:\s+not|n['’]t|\s+never)?\s+have\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# "should never have been put on trial", "should not have been expelled"
JUDGED_WRONG = re.compile(r"\bshould(?:\s+not|n['’]t|\s+never)\s+have\s+been\s+$", re.IGNORECASE)
# "Had the strike gone ahead as planned, ...": an inverted condition opening the sentence, up to its comma
INVERTED_CONDITION = re.compile(r"^\s*Had\s+[^,;:]*$")
# "seized on an offhand remark", "seizes upon the idea"; not "seized on Monday", "seized on 3 March"
SEIZED_ON_WORDS = re.compile(
    r"seiz(?:e|es|ed|ing)\s+(?:on|upon)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|the\s+\d|\d)", re.IGNORECASE
)
# "The question is whether Trump will ask ...", "it is unclear whether", "Whether the Senate will ratify ... is
# another matter"; not "will decide whether to strike", which may be a plan the story reports
OPEN_QUESTION = re.compile(
    r"(?:^\s*|\b(?:question|issue|doubt)\s+(?:is|was|remains)\s+"
    r"|\b(?:unclear|uncertain|unknown|doubtful|to be seen)\s+)"
    r"whether\s+[^,;:.!?\"“”]*$",
    re.IGNORECASE,
)
# "gave up none of his demands", "conceded nothing", "offered no promise", in the act's words or right after them;
# not "no fewer than 35 diplomats", "said no to the plan", "had nothing to do with"
NOTHING_DONE = re.compile(
    r"\s(?:none\s+of|nothing\b(?!\s+to\s+do\b)|no\s+(?!fewer|less|more|later|sooner|longer|earlier|to\b)\w)",
    re.IGNORECASE,
)


def only_imagined(text: str, start: int, end: int, cooperative: bool) -> bool:
    """Whether the act matched from `start` to `end` is a counterfactual, an open question or, `cooperative`, an
    act of nothing."""
    return bool(
        COUNTERFACTUAL.search(text, 0, start)
        or INVERTED_CONDITION.search(text, 0, start)
        or OPEN_QUESTION.search(text, 0, start)
        or (cooperative and bool(NOTHING_DONE.search(text, start, end) or NOTHING_DONE.match(text, end)))
    )


def words_seized_on(match: "LexiconMatch", text: str) -> bool:
    """A seizure of words or an idea: a figure of speech, which leaves the clause to its next verb ("seized on a
    remark by Kerry and proposed that ...")."""
    return SEIZED_ON_WORDS.match(text, match.start) is not None


def judged_wrong(action: "Action", text: str) -> None:
    """An act someone says should never have been done is that one's disapproval of it, not a restraint."""
    if JUDGED_WRONG.search(text, 0, action.match.start):
        action.code, action.event_type, action.score, action.category = DISAPPROVAL
        action.negated = False
