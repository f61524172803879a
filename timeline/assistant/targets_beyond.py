"""Targets a sentence names beyond the next expression, or by a place rather than an actor.

When no actor is named between the action and the next expression (fill_targets):

- Two verbs that share their object ("fired on and rammed three Ukrainian vessels"): the first is aimed at the
  second's target.
- Force where a state is the place ("rolled into Georgia", "air strikes in Syria", "crossed into Poland"): that
  state is the target; a place is otherwise no actor (actors.py).
- For an action whose doer is known, an actor of another side named further on in the clause ("Putin is due in
  Brussels for a summit with European Union leaders"), not the one to whom the words are attributed (", the
  Kremlin said").

A measure of coercion whose doer is not named is done by the state where it is taken (done_at_home).
"""

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .actors import Mention, Phrase

if TYPE_CHECKING:
    from .reading import Action
from .targets import ATTRIBUTED, STATE, doers_own_state, of_another_side

SHARED_OBJECT = re.compile(r"^\s*(?:,\s*)?(?:and|or)\s*$", re.IGNORECASE)
FORCE_ROOTS = ("15", "18", "19", "20")
# "demonstrators gathered outside the U.S. Embassy in Moscow": a protest at a state's mission is aimed at that state
PROTEST_ROOT = "14"
MISSION_AFTER = re.compile(r"\s+(?:embassy|consulate|mission)\b", re.IGNORECASE)
VISIT_CODE = "042"
OTHER_SIDE = "other"
# arrests, expulsions, seizures: measures a state takes where it rules
COERCION_ROOT = "17"
# "urged soldiers not to fire on their own people", "cracked down at home": what is done to one's own
OWN_PEOPLE = re.compile(
    r"\b(?:(?:its|his|her|their|our)\s+own\s+(?:people|citizens|population|countrymen|voters|soldiers|troops)"
    r"|at home)\b",
    re.IGNORECASE,
)
# what ends an act's object: a comma, a reason, an aside ("for spying on its own citizens", ", a move that ...")
BEYOND_THE_OBJECT = re.compile(
    r"[,;:(—–]|\b(?:for|over|because|after|before|since|saying|which|that|who|while|as|amid|despite|than)\b",
    re.IGNORECASE,
)
# "arrested 11 people", "detained more than 1,300 anti-war protesters": people of no named side as the object
UNNAMED_PEOPLE = re.compile(
    r"\s+(?:(?:more\s+than|at\s+least|about|nearly|almost|over|some)\s+)?"
    r"(?:(?:the|its|his|her|their|all|two|three|four|five|several|dozens\s+of|hundreds\s+of|thousands\s+of|"
    r"scores\s+of|\d[\d,]*)\s+)?(?:[\w-]+\s+)?"
    r"(?:people|protesters|demonstrators|activists|dissidents|opposition|suspects|rioters|strikers)\b",
    re.IGNORECASE,
)
HELD_ROOTS = ("16", "17")
# "Ukrainian forces recaptured Kherson": ground of one's own side taken back is taken from someone, not done at home
TAKING_BACK = re.compile(r"^(?:recaptur|retak|retook|regain|reclaim|liberat)", re.IGNORECASE)
# the words between a verb and its object: "urged Russian soldiers", "thanked the Russian voters"
OBJECT_BEFORE = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|all|two|three|several|\d[\d,]*)\s+)?")
# "detained an Uzbek man", "arrested two Tajik citizens": a national of the country the capitalised word names
NATIONAL = re.compile(
    r"\s+(?:(?:an?|the|two|three|four|five|several|\d[\d,]*)\s+)?(?P<nation>[A-Z][a-z]+)\s+"
    r"(?:m[ae]n|wom[ae]n|citizens?|nationals?|students?|journalists?|workers?|migrants?|businessm[ae]n)\b"
)
# "ordered to leave the United States", "told to leave Russia": the state a person is made to leave
LEAVING = re.compile(r"\b(?:leave|left|leaving|quit|depart(?:ed)?\s+from)\s+(?:the\s+)?$", re.IGNORECASE)


def fill_targets(actions: Sequence["Action"], phrases: Sequence[Phrase], places: Sequence[Mention], text: str) -> None:
    """Give target-less actions the target the sentence names for them beyond the next expression."""
    for action, following in itertools.pairwise(actions):
        if (
            action.target is None
            and following.follows
            and SHARED_OBJECT.match(text[action.match.end : following.match.start])
        ):
            action.target = of_another_side(following.target, action.source)
    for action in actions:
        if action.passive and action.source is None and action.code.startswith(COERCION_ROOT):
            action.source = state_of_the_place(action, places) or state_left(action, phrases, text)
        if action.target is None and action.code == VISIT_CODE:
            visited_state(action, places)
        if action.target is None and (is_force(action) or action.code.startswith(PROTEST_ROOT)):
            action.target = next(
                (
                    place.actor
                    for place in places
                    if action.match.start < place.start < action.clause.end
                    and place.actor.kind == STATE
                    and of_another_side(place.actor, action.source)
                    and (is_force(action) or bool(MISSION_AFTER.match(text, place.end)))
                ),
                None,
            )
        if action.target is None and action.source is not None:
            action.target = next(
                (
                    phrase.actor
                    for phrase in phrases
                    if action.match.end <= phrase.start < action.clause.end
                    and not ATTRIBUTED.match(text, phrase.end)
                    and of_another_side(phrase.actor, action.source)
                ),
                None,
            )


def visited_state(action: "Action", places: Sequence[Mention]) -> None:
    """A visit is paid to the state of the place it goes to ("Blinken travelled to Kyiv" is a visit to Ukraine,
    "Zelensky arrived in Washington" one to the United States); a journey within the doer's own state ("Putin
    visited St Petersburg") is domestic and aimed at no one."""
    place = next(
        (
            place.actor
            for place in places
            if action.match.start < place.start < action.clause.end and place.actor.kind == STATE
        ),
        None,
    )
    if place is None or action.source is None:
        return
    if of_another_side(place, action.source):
        action.target = place
    elif place.side == action.source.side and place.side != OTHER_SIDE:
        action.domestic, action.category = True, "domestic"


def state_of_the_place(action: "Action", places: Sequence[Mention]) -> Any:
    """ "An American journalist was arrested in Moscow", "were expelled from Washington": the state where a measure
    of coercion is done to someone of another side, when no agent is named, is its doer; the place may stand
    inside the expression («были объявлены в США персонами нон грата»)."""
    return (
        next(
            (
                place.actor
                for place in places
                if action.match.start < place.start < action.clause.end
                and place.actor.kind == STATE
                and of_another_side(place.actor, action.target)
            ),
            None,
        )
        if action.target is not None
        else None
    )


def state_left(action: "Action", phrases: Sequence[Phrase], text: str) -> Any:
    """ "Fifty Russian diplomats were ordered to leave the United States": the state someone of another side is made
    to leave, when no agent is named, is the one that expels them."""
    if action.target is None:
        return None
    return next(
        (
            phrase.actor
            for phrase in phrases
            if action.match.start <= phrase.start < action.clause.end
            and LEAVING.search(text, action.match.start, phrase.start)
            and phrase.actor.kind == STATE
            and of_another_side(phrase.actor, action.target)
        ),
        None,
    )


def done_at_home(actions: Sequence["Action"], phrases: Sequence[Phrase], text: str) -> None:
    """A domestic act (tests/data/CODING.md) is done to the doer's own side or to no actor at all: its object is of
    the doer's side ("urged Russian soldiers"), its own people ("urged soldiers not to fire on their own people"),
    or a national of a country the actor list does not hold ("detained an Uzbek man"), and its clause names no one
    of another side after it. Such an act is domestic and is not aimed at the other side (sides.py)."""
    for action in actions:
        source = action.source
        if source is None or action.target is not None or TAKING_BACK.match(action.match.words):
            continue
        later = [phrase for phrase in phrases if action.match.end <= phrase.start < action.clause.end]
        if any(phrase.actor.side != source.side for phrase in later):
            continue
        own = next(
            (
                phrase
                for phrase in later
                if OBJECT_BEFORE.fullmatch(text[action.match.end : phrase.start])
                and not doers_own_state(phrase, action, text)
            ),
            None,
        )
        if (
            own is not None
            or own_people_in_the_object(action, text)
            or unnamed_people_held(action, text)
            or national_of_no_listed_country(action, phrases, text)
        ):
            action.domestic, action.category = True, "domestic"
            action.target = own.actor if own is not None and own.actor != source else None


def own_people_in_the_object(action: "Action", text: str) -> bool:
    """ "urged soldiers not to fire on their own people": one's own people as what the act is done to, not in a
    reason or an aside after it ("expelled ten diplomats for spying on its own citizens", "..., a move critics said
    would hurt its own citizens")."""
    own = OWN_PEOPLE.search(text, action.match.end, action.clause.end)
    return own is not None and not BEYOND_THE_OBJECT.search(text, action.match.end, own.start())


def unnamed_people_held(action: "Action", text: str) -> bool:
    """ "arrested 11 people", "detained more than 1,300 protesters", "banned opposition newspapers": a measure of
    coercion or a ban whose object is people of no named side is taken at home."""
    return action.code.startswith(HELD_ROOTS) and bool(UNNAMED_PEOPLE.match(text, action.match.end))


def national_of_no_listed_country(action: "Action", phrases: Sequence[Phrase], text: str) -> bool:
    national = NATIONAL.match(text, action.match.start + len(action.match.words.split()[0]))
    return national is not None and not any(phrase.start == national.start("nation") for phrase in phrases)


def is_force(action: "Action") -> bool:
    return action.score < 0 and action.code.startswith(FORCE_ROOTS)
