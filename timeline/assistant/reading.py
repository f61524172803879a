"""Reading one sentence: which actions it reports, who did them to whom, negated or conditional, and when.

In each clause (clauses.py) the first expression that is an action governs:
a verb that is the clause's predicate, or, when no verb is one, a noun ("new
sanctions", "the summit"). Expressions after it are its objects and
complements ("condemned the strikes": one action, a condemnation), unless a
second verb is joined to it by "and", "but" or a comma ("sanctioned Russia
and expelled 35 diplomats": two actions). Frames ("said", "announced",
"ordered", "retaliated") give way to the action they frame, and are the
action only when there is none (a statement), or when a second verb of the
speaker is joined after what they report ("said that Russia would pay a heavy
price and condemned the ultimatum": a threat and a condemnation). Expressions of intent
("agreed to", "offered", "pledged", "ready to") turn a cooperative action
that follows into an intent to cooperate (CAMEO 03, or 036 for talks); one
joined to the action before it and followed by "do so" is an action of its
own ("would not resume nuclear tests but would be ready to do so if ...").

Whether a match is a noun that may govern or a verb is asked of noun_or_verb.py.
Each action then takes its sign (signs.py), its kind read again from the words around it (kinds.py), its roles
(targets.py) and its date (timing.py).
"""

import datetime
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .actors import ActorMatcher, Phrase
from .asides import keeps
from .back import back_is_no_support
from .clauses import (
    MAIN,
    Clause,
    clause_at,
    comma_after_the_quote,
    relative_asides,
    same_clause,
    split_clauses,
)
from .conjuncts import Conjoining, later_conjuncts, mark_conjuncts
from .datelines import dateline_end
from .dates import Found, ResolvedDate, choose, find
from .joined_acts import (
    answered_by_a_retaliation,
    answered_by_another,
    close,
    expects_to,
    frame_or_occasion,
    infinitive_chained,
    infinitive_joined,
    intents_to_do_so,
    judgement_called_before,
    pledged_to_go_on,
    reports,
    retaliation_joined,
    saying_before,
)
from .kinds import (
    agreed_together,
    agreement_kept_or_left,
    appeal_to_meet,
    denial_that_judges,
    force_alleged_by_the_other_power,
    force_warned_of,
    hostile_step_not_allowed,
    hostile_step_ruled_out,
    said_as_an_accusation,
    support_for_sanctions,
)
from .lexicon import Lexicon, LexiconMatch
from .noun_or_verb import (
    a_claim_admitted,
    a_thing_released,
    after_light_verb,
    attributive_participle,
    content_of_a_document,
    deed_describing_a_noun,
    describes_a_noun,
    gerund_of_a_time,
    looks_nominal,
    may_govern_as_noun,
)
from .questions import asks_a_question
from .signs import (
    REFUSAL,
    apply_sign,
    denied_past_act,
    economic_intent,
    is_intent_marker,
    rejected_claim_is_denied,
    same_side_is_domestic,
)
from .speakers import Speaker, find_speaker, speaking_actor
from .speculation import commentators_forecast
from .targets import assign_roles, next_expression, reduced_relative
from .targets_beyond import done_at_home, fill_targets
from .text import Token, tokenize
from .timing import action_date, sets_the_time
from .unreal import judged_wrong, only_imagined, words_seized_on

FAILURE = re.compile(r"\bfail(?:s|ed|ing)?\s+(?:\w+\s+){0,3}to\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "(decided not to use its missiles) to try to intercept the Tomahawks", "efforts to begin a dialogue": what is
# tried or aimed at is no event
ATTEMPTED = re.compile(
    r"\b(?:to (?:try|attempt) to|(?:efforts?|attempts?|bids?) to\s+(?:\w+\s+){0,2})\s*$", re.IGNORECASE
)
# "in response to Washington's decision to expel Russian diplomats": a decision named as someone's is an act the
# story refers to, not one it reports
DECISION_REFERRED = re.compile(
    r"(?:['’]s|\b(?:its|their|his|her))\s+(?:[\w-]+\s+){0,2}decision\s+to\s+$", re.IGNORECASE
)
# "to spend it without asking what ...": a gerund after "without" says how something else was done
CIRCUMSTANCE = re.compile(r"\bwithout\s+$", re.IGNORECASE)
# "Moscow has not commented on the accusation": what no one commented on is no act of the silent one ("did not
# respond to the expulsions" may be restraint, and stays read)
NO_COMMENT = re.compile(
    r"\b(?:not|never|no|yet to)\s+(?:yet\s+|publicly\s+)?commented?\b[^,;.]*$",
    re.IGNORECASE,
)
# "has yet to impose sanctions", "is unlikely to retaliate": not done, or not expected to be
NOT_YET_OR_UNLIKELY = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)\s+yet\s+to|(?:is|are|was|were|seems?|seemed|looks?)\s+(?:\w+\s+)?unlikely"
    r"\s+to)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "Will Russia expel American diplomats?": the clause the action is in ends on a question mark
ASKED = re.compile(r"[^.!?;:,\"“”]*\?")
# "to avoid accidental clashes": what is to be prevented is no event
PREVENTED = re.compile(r"\b(?:avoid|prevent|avert|deter|preclude|forestall)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "stopped short of threatening to cut off aid" is no act of stopping aid, which the lexicon reads from its first
# word (what one stops short of is held back: signs.REFUSALS)
STOPPED_SHORT = re.compile(r"stop(?:s|ped|ping)?\s+short\s+of\b", re.IGNORECASE)
REJECTION_ROOT = "12"  # reject, veto, block: what is turned down
INTENT_MODALS = {"should", "shall"}
ELABORATION = re.compile(r",\s+(?:saying|adding|noting)\b", re.IGNORECASE)
# "agreed on Tuesday to", "pledged last week to": a time between an expression of intent and its "to"
INTENT_BEFORE_A_TIME = re.compile(
    r"\b(?P<verb>agree[sd]?|agreeing|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?)"
    r"\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
TO_AFTER_A_TIME = re.compile(r"\s+to\b", re.IGNORECASE)
# "The attack killed ...": "that" is left out, as it opens clauses too ("That prompted ...")
DEFINITE = frozenset(["the", "this", "these", "those"])
SUBJECT_REACH = 4
GROUP_WORDS = re.compile(
    r"\b(?:the|both) (?:two )?(?:leaders|presidents|sides|countries|governments|men|ministers|capitals|"
    r"delegations|foreign ministers|nations)\b|\bthe two (?=\w+ed\b)",
    re.IGNORECASE,
)


@dataclass
class Action:
    match: LexiconMatch
    clause: Clause
    code: str
    event_type: str
    score: Decimal
    category: str
    source: Any = None
    target: Any = None
    negated: bool = False
    conditional: bool = False
    intent: bool = False
    intent_by: LexiconMatch | None = None  # the expression of intent before the action ("agree to", "offer")
    mutual: bool = False
    follows: bool = False  # a second action joined to the one before ("... and expelled")
    ultimatum: bool = False  # "gave Russia 50 days to agree ... or face tariffs": the giver threatens the receiver
    verbal: bool = True  # a verb, or a noun after a light verb ("launched an invasion"), not a bare noun
    date: ResolvedDate | None = None
    # the action's conjunct among the main clauses' predicates (start, end), when there are several, and whether
    # a subject of its own opens it ("..., and on Friday Putin praised it"): conjuncts.py
    conjunct: tuple[int, int] | None = None
    subject_of_its_own: bool = False
    occasion: bool = False  # a contact that is only the occasion of an act the lexicon does not know
    domestic: bool = False  # done to the doer's own side or to no listed actor (targets_beyond.done_at_home)
    passive: bool = False  # "was arrested in Moscow": the doer is the agent after "by", if any
    left_open_by: int | None = None  # where a refusal the sentence denies begins: "did not rule out talks" (signs.py)
    # a saying joined to a second verb of its speaker ("said that ... and condemned"): where what it reports ends
    reported_end: int | None = None
    accused_of_it: bool = False  # the act is the target's, told by the source (kinds.force_alleged_by_the_other_power)

    @property
    def entry(self) -> Any:
        return self.match.entry

    @property
    def intent_marker(self) -> str:
        return self.intent_by.entry.expression if self.intent_by else ""

    def is_statement(self) -> bool:
        return self.match.is_frame() and self.code == self.entry.cameo_code


@dataclass
class SentenceReading:
    text: str
    actions: list[Action]
    speaker: Speaker | None
    actors: list[Any]
    date: ResolvedDate | None
    group_mentioned: bool = False
    phrases: list[Phrase] = field(default_factory=list)
    # Actions whose doer the sentence does not name, someone the story named before («Дипломаты должны ...»)
    subject_unnamed: bool = False


def read(
    text: str, published: datetime.date, lexicon: Lexicon, matcher: ActorMatcher, speaker: Speaker | None = None
) -> SentenceReading:
    """What one sentence reports. `speaker` overrides the speaker found in it (a pronoun resolved by the caller)."""
    masked = comma_after_the_quote(" " * dateline_end(text) + text[dateline_end(text) :])
    found_dates = find(masked, published)
    tokens = tokenize(times_read_past(masked, found_dates), lexicon.language)
    clauses = split_clauses(masked)
    phrases = matcher.phrases(masked, published)
    speaker = speaker or find_speaker(masked, matcher)
    matches = [match for match in lexicon.best_matches(masked, tokens) if not words_seized_on(match, masked)]
    actions = []
    for clause_matches, clause in grouped_by_clause(matches, clauses):
        dated = any(same_clause(clause_at(clauses, item.start), clause) for item in found_dates)
        actions += clause_actions(clause_matches, clause, tokens, dated, masked, phrases)
    actions = [action for action in actions if keeps(action, found_dates, phrases, masked)]
    actions = [
        action
        for action in actions
        if not inside_a_name(action.match, phrases) and not back_is_no_support(action.match, masked)
    ]
    # "failed to conclude a deal", "has yet to impose", "Will Russia expel ...?", "Russia could expel diplomats,
    # analysts said", "asked why ...": what did not happen, is asked about or only forecast, is no event
    actions = [
        action
        for action in actions
        if not any(
            pattern.search(masked, 0, action.match.start)
            for pattern in (FAILURE, PREVENTED, ATTEMPTED, CIRCUMSTANCE, NO_COMMENT, NOT_YET_OR_UNLIKELY)
        )
        and not ASKED.match(masked, action.match.end)
        and not STOPPED_SHORT.match(masked, action.match.start)
        and not commentators_forecast(action.match, tokens, masked, speaker)
        and not asks_a_question(action.match, tokens, masked)
        and not only_imagined(masked, action.match.start, action.match.end, action.score > 0)
    ]
    mark_conjuncts(actions, phrases, masked)
    accuser = speaking_actor(speaker, matcher, published)
    previous = None
    for action in actions:
        apply_sign(action, tokens, masked, clauses)
        denied_past_act(action, tokens, masked, speaker is not None)
        assign_roles(
            action,
            phrases,
            masked,
            speaker,
            previous,
            next_expression(action, matches, masked),
            relative_asides(action.clause, action.match.start, clauses),
        )
        agreed_together(action, masked)
        hostile_step_ruled_out(action, masked)
        hostile_step_not_allowed(action, masked)
        force_warned_of(action, masked)
        rejected_claim_is_denied(action, masked)
        denial_that_judges(action, matches, masked)
        said_as_an_accusation(action, masked)
        appeal_to_meet(action, masked)
        support_for_sanctions(action, masked)
        agreement_kept_or_left(action, masked)
        economic_intent(action, masked)
        judged_wrong(action, masked)
        same_side_is_domestic(action)
        action.date = action_date(action, clauses, found_dates, masked, published)
        previous = action
    actions = [action for action in actions if not action.occasion or between_two_sides(action, phrases, clauses)]
    places = [mention for mention in matcher.mentions(masked, published) if mention.is_place]
    fill_targets(actions, phrases, places, masked)
    done_at_home(actions, phrases, masked)
    for action in actions:
        force_alleged_by_the_other_power(action, accuser)
    actions = [
        action
        for number, action in enumerate(actions)
        if not (number and elaborates(action, actions[number - 1], masked))
    ]
    main_date = choose(
        [item for item in found_dates if dates_the_sentence(clause_at(clauses, item.start), clauses, masked)],
        masked,
        published,
    )
    actors = list(dict.fromkeys(phrase.actor for phrase in phrases))
    if speaker and speaker.actor and speaker.actor not in actors:
        actors.append(speaker.actor)
    reading = SentenceReading(text, actions, speaker, actors, main_date, bool(GROUP_WORDS.search(masked)), phrases)
    reading.subject_unnamed = opens_with_an_act(actions, matches, tokens, phrases, masked)
    return reading


def times_read_past(text: str, found_dates: list[Found]) -> str:
    """The text with a time said between an expression of intent and its "to" left blank, for the lexicon to read
    past it ("Bush and Yeltsin agreed on Tuesday to cut their arsenals" as "agreed to cut"); offsets are kept."""
    for item in found_dates:
        intent = INTENT_BEFORE_A_TIME.search(text, 0, item.start)
        if intent and TO_AFTER_A_TIME.match(text, item.end):
            text = text[: intent.end("verb")] + " " * (item.end - intent.end("verb")) + text[item.end :]
    return text


def opens_with_an_act(
    actions: list[Action], matches: list[LexiconMatch], tokens: list[Token], phrases: list[Phrase], text: str
) -> bool:
    """ "The attack killed ten people", "The strikes on the port killed ...": a subject that is an act named with a
    definite determiner is one the story has reported, and its doer is that act's doer. True when the sentence
    opens so, its first action is that subject's verb (a few words on, no aside between: not "The accord, announced
    ..., goes beyond the treaty signed last July"), and no actor is named before or by that action."""
    if not tokens or tokens[0].lower not in DEFINITE or not actions:
        return False
    act = next((match for match in matches if match.first in (1, 2)), None)
    first = actions[0]
    between = text[act.end : first.match.start] if act is not None else ","
    return (
        act is not None
        and act.end <= first.match.start
        and "," not in between
        and len(between.split()) <= SUBJECT_REACH
        and first.source is None
        and first.target is None
        and not any(phrase.start < first.match.start for phrase in phrases)
    )


def dates_the_sentence(clause: Clause, clauses: list[Clause], text: str) -> bool:
    """The main clause, an opening phrase, or a clause opening with "when" ("When Putin landed in Pyongyang on
    Wednesday, ...") tell the day a sentence speaks of."""
    return clause.kind == MAIN or sets_the_time(clause, clauses, text)


def between_two_sides(action: Action, phrases: list[Phrase], clauses: list[Clause]) -> bool:
    """Whether the action's own clause, asides left out, names actors of two sides ("Ryabkov handed the drafts to
    US Assistant Secretary of State Karen Donfried during her visit to Moscow")."""
    sides = {phrase.actor.side for phrase in phrases if same_clause(clause_at(clauses, phrase.start), action.clause)}
    return len(sides) > 1


def elaborates(action: Action, previous: Action, text: str) -> bool:
    """ "Bush pressed Putin on democracy, saying he had raised concerns": what the doer says of an act of the
    same kind is the act told again."""
    return (
        bool(ELABORATION.match(text, action.clause.start))
        and action.code[:2] == previous.code[:2]
        and action.source in (None, previous.source)
    )


def grouped_by_clause(matches: list[LexiconMatch], clauses: list[Clause]) -> list[tuple[list[LexiconMatch], Clause]]:
    """The matches of each main clause (its pieces around asides together), and of each other clause."""
    joined: dict[int, Clause] = {}
    for clause in clauses:
        if clause.kind == MAIN:
            first = joined.get(clause.group, clause)
            joined[clause.group] = Clause(MAIN, first.start, clause.end, clause.group)
    groups: dict[Clause, list[LexiconMatch]] = {}
    for match in matches:
        clause = clause_at(clauses, match.start)
        key = joined[clause.group] if clause.kind == MAIN else clause
        groups.setdefault(key, []).append(match)
    return [(found, clause) for clause, found in groups.items()]


def clause_actions(
    matches: list[LexiconMatch],
    clause: Clause,
    tokens: list[Token],
    dated: bool,
    text: str = "",
    phrases: Sequence[Phrase] = (),
) -> list[Action]:
    actions: list[Action] = []
    matches = [
        match
        for match in matches
        if not describes_a_noun(match, tokens, text)
        and not attributive_participle(match, tokens)
        and not deed_describing_a_noun(match, tokens)
        and not a_thing_released(match, tokens)
        and not a_claim_admitted(match, tokens)
        and not DECISION_REFERRED.search(text, 0, match.start)
    ]
    frames = [match for match in matches if match.is_frame() and not looks_nominal(match, tokens)]
    content = [match for match in matches if not match.is_frame()]
    verbal = [
        match
        for match in content
        if not is_intent_marker(match) and (not looks_nominal(match, tokens) or after_light_verb(match, tokens))
    ]
    said_in_writing = next((match for match in content if content_of_a_document(match, tokens)), None)
    if said_in_writing is not None and any(
        match.entry.cameo_code.startswith(REJECTION_ROOT) and match.first < said_in_writing.first for match in verbal
    ):
        # "vetoed a resolution condemning its annexation": what a document rejected says is not the rejecter's
        verbal = [match for match in verbal if match != said_in_writing]
        said_in_writing = None
    if said_in_writing is not None:
        # "sent a letter urging Biden to impose sanctions": what the document says is an act, what it asks for none
        verbal = [match for match in verbal if match.first < said_in_writing.first] + [said_in_writing]
    intents = [match for match in content if is_intent_marker(match)]
    nouns = [
        m
        for m in content
        if not is_intent_marker(m)
        and may_govern_as_noun(m, tokens, clause, dated)
        and not answered_by_a_retaliation(m, frames, text)
    ]
    # "declined to retaliate", "declined to comment": a refusal frames what follows it, and is the action only
    # when nothing that could be an action does ("Washington politely declined", "ruled out any participation of
    # Russian troops": troops named are no act; "had not been ruled out but needed preparation": no act either).
    # A saying set off from it by a comma is not framed but reports it ("did not rule out a meeting, the Kremlin said").
    infinitives = [m for m in matches if m.is_frame() and m.first and tokens[m.first - 1].lower == "to"]  # "to comment"
    framed = [*frames, *infinitives, *verbal, *intents, *nouns]
    links = [*frames, *intents]  # a verb of saying or of intent joined to the first action opens a conjunct
    frames = [
        frame
        for frame in frames
        if frame.entry.cameo_code != REFUSAL[0]
        or not any(other.first > frame.last and not reports(other, frame, text) for other in framed)
    ]
    # "Under a swap brokered by Saudi Arabia, Russia freed two Americans": a participle with its agent after its noun
    # is an act told in passing; the clause's own verb governs, and the participle is an act of its own
    # ("Ten agents arrested by the FBI were flown to Vienna": with no comma after it, the participle governs)
    in_passing = [
        match
        for match in verbal
        if reduced_relative(new_action(match, clause), text, list(phrases))
        and any(other.first > match.last and "," in text[match.end : other.start] for other in verbal)
    ]
    if in_passing and len(in_passing) < len(verbal):
        verbal = [match for match in verbal if match not in in_passing]
    else:
        in_passing = []
    # '"This is a tragic mistake," Primakov told reporters after landing in Moscow': a gerund after "after" only
    # dates the clause's act, which governs (a judgement named by a noun too)
    in_time = [match for match in verbal if gerund_of_a_time(match, tokens)]
    if in_time and (len(in_time) < len(verbal) or any(noun not in in_time for noun in nouns)):
        verbal = [match for match in verbal if match not in in_time]
    governing = verbal[0] if verbal else (nouns[0] if nouns else None)
    if governing is None:
        chosen_matches = frame_or_occasion(intents, frames, content, text)
        if chosen_matches:
            chosen_matches += [
                m for m in retaliation_joined(chosen_matches[-1], frames, tokens) if m not in chosen_matches
            ]
        chosen = [new_action(match, clause) for match in chosen_matches]
        for action in chosen:
            action.occasion = not (intents or frames)
        return chosen
    saying = saying_before(governing, frames, tokens) if governing in verbal else None
    if saying is not None:
        actions.append(new_action(saying, clause))  # "said that Russia would pay a heavy price and condemned ..."
        actions[-1].reported_end = governing.start
    called = judgement_called_before(governing, nouns, frames, tokens) if governing in verbal else None
    if called is not None:
        actions.append(new_action(called, clause))
    actions.append(new_action(governing, clause, governing in verbal))
    for match in later_conjuncts(governing, verbal, nouns, links, Conjoining(tokens, phrases, text)):
        actions.append(new_action(match, clause, match in verbal))
    if called is not None and any(
        action.match is not called and action.code[:2] == called.entry.cameo_code[:2] for action in actions
    ):
        actions = [action for action in actions if action.match is not called]  # the same judgement said again
    actions += [new_action(frame, clause) for frame in retaliation_joined(actions[-1].match, frames, tokens)]
    actions += [new_action(marker, clause) for marker in intents_to_do_so(actions[-1].match, intents, tokens, text)]
    if said_in_writing is not None and all(action.match != said_in_writing for action in actions):
        actions.append(new_action(said_in_writing, clause, True))  # "signed a joint statement opposing ..."
    for action in actions[1:]:
        action.follows = True
    actions += [new_action(match, clause) for match in in_passing]
    for action in actions:
        marker = next(
            (
                m
                for m in reversed(intents)
                if m.last < action.match.first
                and (close(m, action.match) or infinitive_chained(m, action.match, tokens))
                and not answered_by_another(m, action.match, tokens)
            ),
            None,
        )
        window = {token.lower for token in tokens[max(0, action.match.first - 3) : action.match.first]}
        action.intent = (
            marker is not None
            or bool(window & INTENT_MODALS)
            or pledged_to_go_on(action.match, tokens)
            or expects_to(action.match, text)
        )
        action.intent_by = marker
    for before, action in itertools.pairwise(actions):
        if before.intent and not action.intent and infinitive_joined(before.match, action.match, tokens):
            # "ready to normalize relations and to cooperate": the intent reaches the second infinitive
            action.intent, action.intent_by = True, before.intent_by
    return actions


def new_action(match: LexiconMatch, clause: Clause, verbal: bool = True) -> Action:
    entry = match.entry
    action = Action(match, clause, entry.cameo_code, entry.event_type, Decimal(entry.score), entry.category)
    action.verbal = verbal
    return action


def inside_a_name(match: LexiconMatch, phrases: list[Phrase]) -> bool:
    """ "State" in "Secretary of State Mike Pompeo" or "Security" in "Security Council" is no action."""
    return any(phrase.start <= match.start and match.end <= phrase.end for phrase in phrases)
