"""When an action was done: the time expression of its own clause, else the main clause's, as the story dates it.

The main clause's actions take the sentence's time expressions outside
subordinate clauses; a subordinate clause's action is read only with a time
expression of its own.
"""

import datetime
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..dates import APPROXIMATE, DAY, YEAR, period_end
from .clauses import MAIN, OPENING, SUBORDINATE, Clause, clause_at, same_clause
from .conjuncts import in_a_later_conjunct
from .dates import ATTRIBUTION, CONTEXT, EXPRESSION, FUTURE_MARKERS, ResolvedDate, choose
from .signs import INTENT_CODE
from .text import POSSESSIVE

if TYPE_CHECKING:
    from .reading import Action

THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+[A-Za-z]")  # "the 1987 pact", "the 1991 START treaty"
WHEN = re.compile(r"when\b", re.IGNORECASE)
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+)?$", re.IGNORECASE)
DAYS_BEFORE = re.compile(r"(?P<count>a|one|two|three|four|five|six|\d) days? after\b", re.IGNORECASE)
# "The move came days after Washington expelled ...": some days before, no day named (a few days either side)
SOME_DAYS_BEFORE = re.compile(r"(?:(?:a few|several|just|only)\s+)?days after\b", re.IGNORECASE)
SOME_DAYS = 3
PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+|not\s+|never\s+)?(?:been\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)
EARLIER_PART = re.compile(r"earlier\b", re.IGNORECASE)  # "earlier this month"


def sets_the_time(clause: Clause, clauses: list[Clause], text: str) -> bool:
    """An opening phrase ("On Monday,") or a clause opening the sentence with "when" ("When the council met on
    Tuesday, ...") dates the main clause."""
    opens = clause is clauses[0] and WHEN.match(text, clause.start) is not None
    return clause.kind == OPENING or (clause.kind == SUBORDINATE and opens)


def action_date(
    action: "Action",
    clauses: list[Clause],
    found: list[Any],
    text: str,
    published: datetime.date,
) -> ResolvedDate | None:
    """The clause's own time expression; an aside without one is dated by the main clause ("announced sanctions
    on Thursday after Russian forces invaded": Thursday, for the editor to check), as the story's context dates it."""
    date = clause_date(action, clauses, found, text, published)
    return counted_from_its_sentence(date, found, text) or after_a_dated_opening(date, action, clauses, found, text)


def counted_from_its_sentence(date: ResolvedDate | None, found: list[Any], text: str) -> ResolvedDate | None:
    """ "The standoff peaked on March 20, and Clinton telephoned Yeltsin the next day": a time counted from another
    counts from a day its own sentence named before it, not from the day the story last spoke of."""
    if date is None or date.story_days is None or date.from_lede:
        return date
    at = text.find(date.expression)
    anchors = [
        item
        for item in found
        if item.story_days is None and item.precision == DAY and not item.expected and item.end <= at
    ]
    if not anchors:
        return date
    day = anchors[-1].date + datetime.timedelta(days=date.story_days)
    return replace(date, date=day, story_days=None, basis=EXPRESSION)


def after_a_dated_opening(
    date: ResolvedDate | None, action: "Action", clauses: list[Clause], found: list[Any], text: str
) -> ResolvedDate | None:
    """ "Five days after the truce began on September 12, jets struck ...": an opening so many days after a day it
    names sets the main clause that many days later (unless the main clause names its own time)."""
    counted = DAYS_BEFORE.match(text, len(text) - len(text.lstrip()))
    if counted is None or action.clause.kind != MAIN:
        return date
    opening = clause_at(clauses, counted.end() - 1)
    if opening.kind not in (OPENING, SUBORDINATE):
        return date
    named = [
        item
        for item in found
        if opening.contains(item.start) and item.precision == DAY and item.story_days is None and not item.expected
    ]
    if not named or (date is not None and date.expression != text[named[-1].start : named[-1].end]):
        return date
    days = COUNTS.get(counted["count"].lower()) or int(counted["count"])
    day = named[-1].date + datetime.timedelta(days=days)
    return ResolvedDate(day, DAY, expression=text[named[-1].start : named[-1].end])


def clause_date(
    action: "Action",
    clauses: list[Clause],
    found: list[Any],
    text: str,
    published: datetime.date,
) -> ResolvedDate | None:
    found = [
        item
        for item in found
        if not names_a_thing(item, text, action)
        and not owns_a_thing(item, text, action)
        and not when_intended(item, text, action, published)
        and not (clause_at(clauses, item.start).kind == MAIN and in_a_later_conjunct(item.start, action))
        and not perfect_after_a_past_time(item, text, action)
    ]
    found = without_the_sayings_time(found, text, action, published)
    if action.clause.kind == MAIN:
        # its own clause's expression, else one of a main clause before it ("said yesterday that ... and that ...")
        for group in range(action.clause.group, -1, -1):
            in_group = [
                item
                for item in found
                if sets_the_time(clause_at(clauses, item.start), clauses, text)
                or (
                    same_clause(clause_at(clauses, item.start), replace(action.clause, group=group))
                    and (group == action.clause.group or not in_a_perfect(item, clause_at(clauses, item.start), text))
                )
            ]
            if in_group:
                return choose(in_group, text, published)
        # "raised the case with Putin when they met in Moscow in March": a "when" clause dates an undated main one
        at_the_time = [item for item in found if WHEN.match(text, clause_at(clauses, item.start).start)]
        return replace(found_date, basis=CONTEXT) if (found_date := choose(at_the_time, text, published)) else None
    main = choose([item for item in found if clause_at(clauses, item.start).kind in (MAIN, OPENING)], text, published)
    own = choose([item for item in found if action.clause.contains(item.start)], text, published)
    days, precision = gap_before(action, text)
    if own is None and main is None and days:
        # "The crash came a day after Washington imposed sanctions": a day before the day the story speaks of
        return ResolvedDate(published - datetime.timedelta(days=days), precision, basis=CONTEXT, story_days=-days)
    if own is not None or main is None:
        return own
    if days and main.precision == DAY:  # "two days after the State Department said ...": two days before the main
        return replace(main, date=main.date - datetime.timedelta(days=days), precision=precision, basis=CONTEXT)
    return replace(main, basis=CONTEXT)


def in_a_perfect(item: Any, clause: Clause, text: str) -> bool:
    """ "said Russia had voted for sanctions earlier this month, but criticised ...": a time after a perfect in an
    earlier main clause dates what that perfect tells, not the speaker's next act."""
    return PERFECT.search(text, clause.start, item.start) is not None


def gap_before(action: "Action", text: str) -> tuple[int, str]:
    """How many days before the main clause's time an "... after" clause's act was, and how precisely."""
    if counted := DAYS_BEFORE.match(text, action.clause.start):
        return COUNTS.get(counted["count"].lower()) or int(counted["count"]), DAY
    if SOME_DAYS_BEFORE.match(text, action.clause.start):
        return SOME_DAYS, APPROXIMATE
    return 0, DAY


def perfect_after_a_past_time(item: Any, text: str, action: "Action") -> bool:
    """ "The Treasury imposed sanctions last month, and Trump has threatened more": an earlier conjunct's time does
    not carry to a present perfect with a subject of its own, which no past time can date."""
    return (
        action.conjunct is not None
        and action.subject_of_its_own
        and item.start < action.conjunct[0]
        and PRESENT_PERFECT.search(text, action.conjunct[0], action.match.start) is not None
    )


def without_the_sayings_time(found: list[Any], text: str, action: "Action", published: datetime.date) -> list[Any]:
    """ "were hacked by Russian military intelligence in 2016, the Justice Department said on Friday": a time in an
    attribution after the report dates the saying, not the act reported, when the report has a time of its own that
    was over when the story was written ("agreed to provide $24 billion in aid this year, Bush announced on
    Wednesday": this year is the aid's, the agreement is Wednesday's)."""
    attribution = ATTRIBUTION.search(text, action.match.end)
    if attribution is None:
        return found
    said_at = attribution.start()
    if not any(item.start < said_at and over_when_written(item, text, published) for item in found):
        return found
    return [item for item in found if item.start < said_at]


def over_when_written(item: Any, text: str, published: datetime.date) -> bool:
    """A time over when the story was written: one that ended before its day, or the part of the running one before
    it ("beat an American diplomat earlier this month, the State Department said Wednesday")."""
    return period_end(item.date, item.precision) < published or EARLIER_PART.match(text, item.start) is not None


def when_intended(item: Any, text: str, action: "Action", published: datetime.date) -> bool:
    """ "Moscow was ready to start negotiations as early as Saturday", "expected to meet Bush this year": a time
    ahead, or one still running when the story is written, named after an intended act is when the act would happen;
    the intent is stated on the day it is said ("proposed a summit in April" is dated), also by a verb of intent of
    its own ("invited Yeltsin to the summit in Denver in June": the invitation is the day's)."""
    by_its_verb = (
        action.match.entry.cameo_code.startswith(INTENT_CODE)
        and action.match.part_of_speech != "noun"
        and not FUTURE_MARKERS.search(text, action.clause.start, action.match.start)  # "is due to invite ... in July"
    )
    intended = (action.intent or by_its_verb) and action.code.startswith(INTENT_CODE)
    ahead = item.expected or period_end(item.date, item.precision) > published
    return intended and ahead and item.start >= action.match.start


def names_a_thing(item: Any, text: str, action: "Action") -> bool:
    """ "withdraw from the 1987 pact": a year between "the" and a noun names which thing, not when the action was
    done (unless that noun is the action: "the 2014 annexation")."""
    return (
        item.precision == YEAR
        and bool(THE_BEFORE.search(text, 0, item.start))
        and bool(NOUN_AFTER.match(text, item.end))
        and action.match.start - item.end not in (0, 1)
    )


def owns_a_thing(item: Any, text: str, action: "Action") -> bool:
    """ "anger over last week's decision": a time in the possessive dates the thing it owns, not the action (unless
    that thing is the action: "Monday's summit")."""
    owner = POSSESSIVE.match(text, item.end)
    return owner is not None and not action.match.start <= owner.end() + 1 <= action.match.end
