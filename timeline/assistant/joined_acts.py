"""What a clause reports beside its governing act, and how frames and intents attach to the acts they govern.

reading.clause_actions picks a clause's governing act; these say which other matches of the clause are acts of
their own (a judgement called before the verb, a retaliation, a saying or an intent joined to it) and which an
expression of intent or a frame reaches ("ready to restore dialogue ... and to cooperate").
"""

import re

from .conjuncts import coordinated
from .lexicon import LexiconMatch
from .signs import CONSULT_ROOT, PAST_AUXILIARIES, REFUSAL, STATEMENT
from .targets import DURING, JUDGEMENT_CODES
from .text import Token, stem

# "would keep sharing", "will continue to work": what is to go on
GOING_ON = frozenset(stem(word) for word in "keep kept continue".split())
FUTURE_AUXILIARIES = frozenset("would will 'll shall".split())
# "ready to do so", "prepared to do the same": what an intent's words stand for is the act before it
DOING_SO = re.compile(r"\s*do\s+(?:so|the\s+same)\b", re.IGNORECASE)
# a reported clause in the future or the present, which a verb in the past joined after it cannot go on
NOT_PAST = frozenset("would will 'll shall could can may might must should is are am".split())
GOING_ON_REACH = 5
THREAT_ROOT = "13"
# "called the move regrettable", "described the talks as useful": what a judgement is said of lies between
CALLING = frozenset(stem(word) for word in "call describe label term brand dub deem".split())
CALLING_REACH = 6
# between a retaliation and what it answers: "to", and a few words of the answered act's noun phrase
ANSWERED = re.compile(r"""[\s"“”']*to\s+(?:[\w-]+\s+){0,3}""", re.IGNORECASE)
COPULAS = frozenset("is are was were be been".split())
COPULA_REACH = 3  # 'were "unacceptable"', "was deeply regrettable"
INFINITIVE_CHAIN_REACH = 16  # "ready to restore dialogue with Washington after years of silence and to cooperate"
COOPERATION_ROOTS = {"05", "06"}
# "he still expected to meet Bush this year": the doer's own expectation is an intent ("is expected to meet" is a
# forecast of others)
EXPECTS_TO = re.compile(r"\b(?P<forecast>(?:is|are|was|were|be|been)\s+)?expect(?:s|ed)?\s+to\s+$", re.IGNORECASE)
ARTICLES = frozenset(["a", "an"])


def judgement_called_before(
    governing: LexiconMatch, nouns: list[LexiconMatch], frames: list[LexiconMatch], tokens: list[Token]
) -> LexiconMatch | None:
    """ "called the move deeply regrettable and urged Moscow to return to talks", "said the arrests were
    unacceptable and called on Moscow to free the men": a judgement the doer calls a thing, or says it is, before the
    clause's first verb, is an act of its own (alone in its clause it governs it)."""
    return next(
        (
            noun
            for noun in nouns
            if noun.last < governing.first
            and noun.entry.cameo_code in JUDGEMENT_CODES
            and (
                any(token.stems & CALLING for token in tokens[max(0, noun.first - CALLING_REACH) : noun.first])
                or said_to_be(noun, frames, tokens)
            )
        ),
        None,
    )


def said_to_be(judgement: LexiconMatch, frames: list[LexiconMatch], tokens: list[Token]) -> bool:
    """ "said the arrests were \"unacceptable\"": a judgement a copula ties to what a saying before it reports."""
    words = [token.lower for token in tokens[max(0, judgement.first - COPULA_REACH) : judgement.first]]
    said = any(frame.entry.cameo_code == STATEMENT and frame.last < judgement.first for frame in frames)
    return said and bool(COPULAS & set(words))


def answered_by_a_retaliation(noun: LexiconMatch, frames: list[LexiconMatch], text: str) -> bool:
    """ "would respond to any further provocation", "would respond firmly to any provocation": what a retaliation
    names as what it answers is the other side's act, not the answerer's (the retaliation is the act: a threat, read
    by signs.py)."""
    return any(
        frame.entry.cameo_code.startswith(THREAT_ROOT)
        and frame.first < noun.first
        and (noun.last <= frame.last or ANSWERED.fullmatch(text, frame.end, noun.start) is not None)
        for frame in frames
    )


def retaliation_joined(last: LexiconMatch, frames: list[LexiconMatch], tokens: list[Token]) -> list[LexiconMatch]:
    """ "was ready to talk but would respond in kind if ...": a retaliation joined to the clause's last action is an
    action of its own, as it is when it alone makes the clause ("Russia would respond in kind"); ", retaliating
    for ..." only says why the action before it was done."""
    joined = (
        frame
        for frame in frames
        if frame.entry.cameo_code.startswith(THREAT_ROOT)
        and frame.first > last.last
        and not tokens[frame.first].lower.endswith("ing")
        and coordinated(last, frame, tokens)
    )
    return [frame] if (frame := next(joined, None)) else []


def saying_before(governing: LexiconMatch, frames: list[LexiconMatch], tokens: list[Token]) -> LexiconMatch | None:
    """ "Clinton said that Russia would pay a heavy price and condemned an ultimatum": a saying whose reported clause
    ends where a second verb of the same subject is joined to it is an action of its own (a threat, here, read by
    signs.py; a bare statement is proposed by no one), not a frame of that verb. The verb is in the past and the
    reported clause in the future or the present, so the verb cannot go on it ("said Russia had invaded Ukraine and
    killed civilians" may be one clause: left alone)."""
    saying = next((frame for frame in reversed(frames) if frame.last < governing.first), None)
    if saying is None or saying.entry.cameo_code == REFUSAL[0]:
        return None
    reported = {token.lower for token in tokens[saying.last + 1 : governing.first]}
    tense_changes = bool(reported & NOT_PAST) and not reported & PAST_AUXILIARIES
    joined = coordinated(saying, governing, tokens) and tokens[governing.first].lower.endswith("ed")
    return saying if tense_changes and joined else None


def intents_to_do_so(
    last: LexiconMatch, intents: list[LexiconMatch], tokens: list[Token], text: str
) -> list[LexiconMatch]:
    """ "Russia would not be the first to resume nuclear tests but would be ready to do so if Washington tested
    first": an expression of intent joined to the action before it, whose "do so" stands for that act, is a second
    action (signs.py reads it a threat under a condition)."""
    return [
        marker
        for marker in intents
        if marker.first > last.last and coordinated(last, marker, tokens) and DOING_SO.match(text, marker.end)
    ][:1]


def infinitive_joined(first: LexiconMatch, second: LexiconMatch, tokens: list[Token]) -> bool:
    """ "... and to cooperate": an infinitive coordinated with the one before."""
    return (
        second.first >= 2
        and tokens[second.first - 1].lower == "to"
        and tokens[second.first - 2].lower in ("and", "or")
        and second.first - 2 > first.last
    )


def pledged_to_go_on(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "would keep sharing intelligence", "will continue to work together": diplomatic or material cooperation
    promised to go on is an intent to cooperate, stated the day it is said."""
    if match.entry.cameo_code[:2] not in COOPERATION_ROOTS:
        return False  # "would continue to observe the treaty" is restraint kept, no intent
    before = tokens[max(0, match.first - GOING_ON_REACH) : match.first]
    going_on = [number for number, token in enumerate(before) if token.stems & GOING_ON]
    return bool(going_on) and any(token.lower in FUTURE_AUXILIARIES for token in before[: going_on[-1]])


def expects_to(match: LexiconMatch, text: str) -> bool:
    expectation = EXPECTS_TO.search(text, 0, match.start)
    return expectation is not None and not expectation["forecast"]


def reports(saying: LexiconMatch, refusal: LexiconMatch, text: str) -> bool:
    """A verb of saying after a comma reports what comes before it: ", the Kremlin said"."""
    return saying.is_frame() and saying.entry.cameo_code == STATEMENT and "," in text[refusal.end : saying.start]


def frame_or_occasion(
    intents: list[LexiconMatch], frames: list[LexiconMatch], content: list[LexiconMatch], text: str
) -> list[LexiconMatch]:
    """What a clause without a governing action reports: the frame that says more than that someone spoke ("said
    Russia would respond firmly"); a bare statement, or an act the lexicon does not know, made during a contact is
    that contact ("informed Obama of the crash during a telephone call", "handed the drafts to Donfried during her
    visit to Moscow"); read() keeps the second only between two sides."""
    chosen = intents[:1] or ([frame for frame in frames if frame.entry.cameo_code != STATEMENT] or frames)[:1]
    occasions = [
        match
        for match in content
        if match.entry.cameo_code.startswith(CONSULT_ROOT) and DURING.search(text, 0, match.start)
    ]
    if occasions and chosen and chosen[0].entry.cameo_code == STATEMENT:
        return occasions[:1]
    if occasions and not chosen:
        return occasions[:1]  # "handed the drafts to Donfried during her visit to Moscow": the visit
    return chosen


def close(marker: LexiconMatch, match: LexiconMatch) -> bool:
    return match.first - marker.last <= 6


def answered_by_another(marker: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "a proposal Washington welcomed", "an offer Moscow turned down": an intent named by a noun, then a name
    before the verb, is another's proposal that one answers, not the intent of the answer."""
    named_as_a_noun = marker.first > 0 and tokens[marker.first - 1].lower in ARTICLES
    return named_as_a_noun and any(token.text[:1].isupper() for token in tokens[marker.last + 1 : match.first])


def infinitive_chained(marker: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "ready to restore dialogue with Washington and to cooperate": an infinitive coordinated under the marker's
    first one, however far, when the marker itself ends on "to"."""
    return (
        tokens[marker.last].lower == "to"
        and match.first - marker.last <= INFINITIVE_CHAIN_REACH
        and infinitive_joined(marker, match, tokens)
    )
