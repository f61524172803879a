"""Who did a Russian action to whom: the case tells the subject, a passive its target and its agent in the
instrumental, a quotation its speaker; and where the verb carrying the action stands (the title starts there)."""

import re

from ..actors import Phrase
from ..clauses import RELATIVE_CLAUSE, Clause, relative_asides
from ..lexicon import NOUN, LexiconMatch
from ..reading import Action
from ..speakers import Speaker
from ..targets import JUDGEMENT_CODES, joined_subjects_by
from ..text import Token
from .morphology import analyse
from .nouns import (
    PREDICATE_TAGS,
    VERB_TAGS,
    is_light_verb,
    is_passive_light_verb,
    is_predicate,
    participle_agent,
    passive_light_verb_after,
    tags_at,
)
from .refusals import REFUSAL_LEMMAS
from .signs import NEGATIONS


def quoted(text: str, position: int) -> bool:
    before = text[:position]
    return sum(before.count(mark) for mark in "«„") > before.count("»") + before.count("“") - before.count("„")


def assign_roles(
    action: Action,
    phrases: list[Phrase],
    text: str,
    speaker: Speaker | None,
    previous: Action | None,
    until: int,
    tokens: list[Token],
    times: list[tuple[int, int]],
    asides: list[Clause],
) -> None:
    start, end = predicate_span(action, tokens)
    clause = action.clause
    inside = [phrase for phrase in phrases if clause.start <= phrase.start < clause.end]
    before = [phrase for phrase in inside if phrase.end <= start]
    after = [phrase for phrase in inside if phrase.start >= end]
    agent = next((phrase for phrase in after if "ablt" in phrase.cases and not phrase.preposition), None)
    if (participle := participle_agent(action.match, tokens, phrases, times)) is not None:
        # «россиян, арестованных ФБР»: done by the agent to whom the noun before it names, else who it names after
        action.passive = True
        action.source = participle.actor
        others = [phrase.actor for phrase in [*before[::-1], *after] if phrase is not participle]
        action.target = next((actor for actor in others if actor != participle.actor), None)
        return
    if is_passive(action, tokens):
        subject = [phrase for phrase in [*before[::-1], *after] if phrase.may_be_subject()]
        action.passive = True
        action.target = subject[0].actor if subject else None
        action.source = agent.actor if agent else None
        return
    if passive_noun(action, tokens):
        # «санкции против России были введены Вашингтоном»: the noun is the subject, the agent its doer
        action.passive = True
        action.source = agent.actor if agent else None
        action.target = next((phrase.actor for phrase in inside if phrase is not agent), None)
        return
    speaking = speaker.actor if speaker else None
    if quoted(text, action.match.start) and speaking is not None:
        action.source = speaking  # «Путин выбрал эту войну», — заявил Байден
        action.target = next((phrase.actor for phrase in inside if phrase.actor != speaking), None)
        return
    # «Германия, которую Москва осудила, отказалась ...»: the subject of an aside is not the main clause's
    elsewhere = [aside for aside in asides if not aside.contains(start)]
    subjects_before = [
        phrase
        for phrase in before
        if phrase.may_be_subject()
        and not any(c.contains(phrase.start) for c in elsewhere)
        and not object_of_a_verb_before(phrase, tokens, clause.start)
    ]
    subjects_after = [phrase for phrase in after if phrase.may_be_subject()]
    pair = joined_subjects_by(subjects_before, text, r"\s+и\s+") if action.score >= 0 else []
    if (action.follows or conjoined_predicate(text, clause.start, start)) and previous is not None:
        action.source = previous.source  # «назвала задержание ... и призвала российские власти освободить ...»
    elif pair:
        action.source, action.target, action.mutual = pair[0].actor, pair[1].actor, True
        return
    elif subjects_before:
        action.source = subjects_before[-1].actor
    elif clause.kind == RELATIVE_CLAUSE:
        antecedents = [phrase for phrase in phrases if phrase.end <= clause.start]
        action.source = antecedents[-1].actor if antecedents else None
    elif subjects_after and not reported_after(text, end, subjects_after[0]):
        action.source = subjects_after[0].actor
    elif previous is not None and previous.source is not None:
        action.source = previous.source
    elif speaking is not None:
        action.source = speaking
    source = action.source
    targets = [phrase for phrase in after if phrase.start < max(until, action.match.end) and phrase.actor != source]
    if not targets and action.follows and previous is not None:
        action.target = previous.target
        return
    targets = targets or [phrase for phrase in before if not phrase.may_be_subject() and phrase.actor != source]
    action.target = targets[0].actor if targets else None


def object_of_a_verb_before(phrase: Phrase, tokens: list[Token], clause_start: int) -> bool:
    """«МИД России уведомил Вашингтон, что временно выводит ...»: a phrase right after a finite verb, with no comma,
    colon or dash between, is that verb's object, not the subject of a verb after it; a phrase only nominative
    stays a subject."""
    if phrase.cases == frozenset({"nomn"}):
        return False
    between = [token for token in tokens if clause_start <= token.start < phrase.start]
    for token in reversed(between):
        if token.text in {",", ":", ";", "—", "–"}:
            return False
        if token.is_word() and analyse(token.text).is_("VERB"):
            return True
    return False


CONJOINED = re.compile(r"(?i)^[\s,]*(?:и|а|но)(?:\s+также)?\s*$")


def conjoined_predicate(text: str, clause_start: int, predicate_start: int) -> bool:
    """Whether the clause is a predicate joined to the one before it, its conjunction right before its verb («...,
    и призвала российские власти освободить ...»): it shares that one's subject, and what follows it is its
    object."""
    return bool(CONJOINED.match(text[clause_start:predicate_start]))


def asides_of(action: Action, clauses: list[Clause]) -> list[Clause]:
    """The relative clauses inside the action's clause that do not hold the action."""
    return relative_asides(action.clause, action.match.start, clauses)


def predicate_span(action: Action, tokens: list[Token]) -> tuple[int, int]:
    """Where the verb carrying the action is: the action itself, or for a noun the verb before it in its clause
    («назвал ... ошибкой», «объявил о санкциях»), or in a relative clause the light verb acting on its antecedent."""
    match, clause = action.match, action.clause
    if is_predicate(match, tokens):
        words = tokens[match.first : match.last + 1]
        verb = next(token for token in words if analyse(token.text).is_(*PREDICATE_TAGS))
        return (
            (match.start, verb.end if gapped(match, tokens) else match.end)
            if verb.index == match.first
            else (verb.start, verb.end)
        )
    passive_verb = passive_light_verb_after(match, tokens)
    if match.end <= clause.start:
        verbs = [token for token in tokens if clause.start <= token.start < clause.end and is_light_verb(token)]
    elif passive_verb is not None:
        verbs = [passive_verb]
    else:
        verbs = [
            token
            for token in tokens[: match.first]
            if token.start >= clause.start and analyse(token.text).is_(*VERB_TAGS)
        ][-1:]
    return (verbs[0].start, verbs[0].end) if verbs else (match.start, match.end)


def reported_after(text: str, end: int, phrase: Phrase) -> bool:
    """The phrase after the verb begins a clause of its own («..., и теперь он ...»)."""
    return bool(re.search(r"[,;:«»]", text[end : phrase.start]))


def is_passive(action: Action, tokens: list[Token]) -> bool:
    match = action.match
    return action.entry.cameo_code not in JUDGEMENT_CODES and any(
        tags_at(tokens, index).is_("PRTS") for index in {match.first, match.last}
    )


def passive_noun(action: Action, tokens: list[Token]) -> bool:
    """A noun carried by a light verb in the passive, before it («были введены санкции») or after it («санкции были
    введены»)."""
    if action.match.part_of_speech != NOUN or action.match.end <= action.clause.start:
        return False
    start, _ = predicate_span(action, tokens)
    verb = next((token for token in tokens if token.start == start), None)
    return verb is not None and is_passive_light_verb(verb)


def subject_unnamed(actions: list[Action], phrases: list[Phrase], text: str) -> bool:
    """A sentence whose actions name no actor at all («Дипломаты должны покинуть страну до 5 апреля»):
    its subject is someone the story has named before."""
    return bool(actions) and not phrases and all(action.source is None and action.target is None for action in actions)


def title_span(action: Action, tokens: list[Token]) -> int:
    """Where a short title of the action starts in its sentence: at its verb, or the negation before it; a second
    action named by a noun («и закрытии ...») at the noun."""
    start, _ = predicate_span(action, tokens)
    if action.follows and not is_predicate(action.match, tokens):
        return action.match.start
    index = next((token.index for token in tokens if token.start == start), action.match.first)
    for token in tokens[max(0, index - 3) : index]:
        if token.lower in NEGATIONS or token.stems & REFUSAL_LEMMAS:
            return token.start
    return start


def gapped(match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether words not of the expression stand inside it («назвал решение «Газпрома» попыткой»): what stands there
    is its object."""
    return len(match.entry_pattern_slots()) < len(
        [token for token in tokens[match.first : match.last + 1] if token.is_word()]
    )
