"""Reading one Russian sentence: its actions, who did them to whom, negated or conditional, and when.

The rules are the English reader's (../reading.py, ../signs.py, ../targets.py,
../timing.py), with what Russian grammar tells directly, through the
morphological dictionary:
- A verb is a verb: the predicate of a clause is a finite verb, an
  infinitive («не будет высылать») or a short passive participle («был
  вызван»), never a noun or a full participle («начатую США операцию»). A
  noun governs after a light verb («ввел санкции», «объявил о санкциях»,
  «выразил недовольство»), as a judgement («назвал ошибкой», «плодотворными»),
  or opening a dated clause.
- A second verb joined by «и», «а», «но» or a comma is a second action
  («высылает ... и закрывает консульство»); a frame or an auxiliary between
  the conjunction and the verb («и распорядился закрыть») does not hide it;
  the same kind of action said twice («расширил санкционный список и ввел
  ограничения») is one. A promise joined after an action («и пообещал
  добиваться ратификации») is an intent of its own.
- Sign: «не», «ни», «нет» before the action, or a refusal («отказался
  высылать», «отказался от ответных мер»), negate it: restraint (08, +5) for a
  hostile act, a refusal (12, −4) for a cooperative one. «Если», «в случае» or
  «может» before a hostile act make it a threat (13; 138 for force, 131 for
  sanctions), as do «пригрозил», «угрожает», «предупредил ... ответ».
- Roles: the case tells the subject. The source is the phrase in the
  nominative before the verb in its clause, else the first after it («...,
  объявил в четверг министр Сергей Лавров»); after a short passive participle
  the subject is the target and the instrumental is the agent. A light verb in
  the passive («были введены», «вводятся») carries the noun before or after it,
  and a full passive participle naming its doer in the instrumental
  («арестованных ФБР») is an act. A measure of coercion in the passive with no
  agent is done by the state where it is taken («задержан в Москве»), as in
  English (../targets_beyond.py). A relative
  clause («решение Вашингтона, который выслал») takes its antecedent as
  subject unless it names its own; a light verb in a relative clause takes its
  antecedent noun as the action («санкции, которые Вашингтон ввел 17 марта»).
  Inside a quotation the speaker acts. An impersonal plural that says, judges
  or is the act is done by the state or body after «в» before it («В НАТО
  назвали решение ошибкой»: impersonal.py). The target is the first actor named
  after the verb that is not a place.
- An obligation in the passive («должен быть ратифицирован») is procedure,
  not an event; what is to be avoided («чтобы избежать», «не допустить»)
  neither.
The sign is read in signs.py, the roles and the verb carrying an action in
roles.py; this module finds the actions and puts the reading together.
"""

import datetime
import re
from decimal import Decimal
from typing import Any

from ...models import Actor
from ..actors import Mention, Phrase
from ..asides import keeps
from ..clauses import MAIN, OPENING, RELATIVE_CLAUSE, Clause, clause_at, same_clause
from ..datelines import dateline_end
from ..dates import choose
from ..lexicon import NOUN, Lexicon, LexiconMatch
from ..reading import Action, SentenceReading, close, grouped_by_clause, inside_a_name, new_action
from ..signs import INTENT_CODE, RESTRAINT, THREAT, same_side_is_domestic
from ..speakers import Speaker
from ..targets import NEGATIVE_JUDGEMENT_CODES, next_expression
from ..targets_beyond import COERCION_ROOT, state_of_the_place
from ..text import RUSSIAN, Token, tokenize
from ..timing import action_date
from . import dates
from .actors import RussianActorMatcher, done_by_a_private_national, private_mentioned
from .clauses import split_clauses
from .commentary import commentators_words
from .government import agent_of_noun, agreed_on, agreed_with_a_claim, antecedent_doer, permitted_force
from .impersonal import JUDGING, place_speaking
from .morphology import analyse
from .nouns import (
    after_light_verb,
    inside_a_name_given,
    is_light_verb,
    is_predicate,
    may_govern_as_noun,
    misnamed,
    participle_agent,
    participle_doer,
    participle_phrases,
    participle_time,
    participles_time,
    passive_light_verb_after,
    reported_as_happening,
)
from .openness import not_ruled_out
from .proposals import as_proposal
from .refusals import declined_comment
from .roles import asides_of, assign_roles, is_passive, predicate_span, quoted, subject_unnamed
from .signs import DEMAND_CODE, apply_sign, asked_for, procedure_or_prevented
from .speakers import SAYING, find_speaker

REFUSAL_CODE = "12"
RETALIATION = frozenset({"ответить", "отвечать"})
VERBAL_CONFLICT_ROOTS = ("09", "10", "11", "12", "13")
CONJUNCTIONS = {"и", ",", "а", "но", "затем", "также"}
COMPLEMENT_WORDS = frozenset({"что", "чтобы"})
# Between a conjunction and the verb it joins: frames, auxiliaries, particles, adverbs («и распорядился закрыть»).
BETWEEN_TAGS = ("ADVB", "PRCL", "VERB", "INFN", "ADJS", "PRED", "NPRO")
GROUP_WORDS = re.compile(
    r"(?i)\b(?:лидеры|президенты|главы|стороны|министры|делегации|обе страны|две страны|обе стороны|"
    r"обеих стран|двух стран)\b"
)
QUOTE_OPEN, QUOTE_CLOSE = '«„“"', '»“”"'


def read(
    text: str, published: datetime.date, lexicon: Lexicon, matcher: Any, speaker: Speaker | None = None
) -> SentenceReading:
    """What one Russian sentence reports; `speaker` overrides the one found in it (a pronoun resolved)."""
    masked = " " * dateline_end(text) + text[dateline_end(text) :]
    tokens = tokenize(masked, RUSSIAN)
    clauses = split_clauses(masked)
    russian = isinstance(matcher, RussianActorMatcher)
    phrases = matcher.phrases(masked, published) if russian else []
    places = [mention for mention in matcher.mentions(masked, published) if mention.is_place] if russian else []
    speaker = speaker or find_speaker(masked, phrases, places)
    found_dates = dates.find(masked, published)
    times = [(item.start, item.end) for item in found_dates]
    matches = lexicon.best_matches(masked, tokens)
    actions: list[Action] = []
    grouped = grouped_by_clause(matches, clauses)
    read_clauses = [clause for _, clause in grouped]
    grouped += [([], clause) for clause in clauses if clause.kind == RELATIVE_CLAUSE and clause not in read_clauses]
    for clause_matches, clause in grouped:
        dated = any(same_clause(clause_at(clauses, item.start), clause) for item in found_dates)
        actions += clause_actions(clause_matches, clause, tokens, dated, matches, masked, phrases, times)
    actions = [
        action
        for action in actions
        if keeps(action, found_dates, phrases) or antecedent_doer(action, tokens, [*phrases, *places], masked)
    ]
    actions = [action for action in actions if not inside_a_name(action.match, phrases)]
    actions = [action for action in actions if not inside_a_name_given(action.match, tokens, masked)]
    actions = [action for action in actions if not procedure_or_prevented(action, masked)]
    actions = [action for action in actions if not declined_comment(action.match, tokens)]
    actions = [action for action in actions if not agreed_with_a_claim(action.match, tokens)]
    if commentators_words(masked):
        actions = []
    # «никаких нарушений не было», «не считает ошибкой»: a judgement denied is no judgement made
    actions = [action for action in actions if not apply_sign(action, tokens, masked, clauses)]
    actions = [action for action in actions if not restraint_of_a_thing(action, tokens, phrases)]
    actions = [action for action in actions if not asked_for(action, actions, masked, tokens)]
    previous = None
    participle_spans = participle_phrases(tokens, masked, found_dates)
    for action in actions:
        until = next_expression(action, matches)
        assign_roles(action, phrases, masked, speaker, previous, until, tokens, times, asides_of(action, clauses))
        if done_unnamed(action, tokens) and action.source is None and action.code.startswith(COERCION_ROOT):
            # «американец был задержан в Москве»; «Грайнер была задержана в подмосковном аэропорту»; «журналиста
            # задержали в Екатеринбурге»
            action.source = state_of_the_place(action, places) or state_holding_someone_unnamed(action, places)
        if agent := agent_of_noun(action.match, tokens, phrases):
            action.source, action.target, action.mutual = agent.actor, previous.source if previous else None, False
        if doer := antecedent_doer(action, tokens, [*phrases, *places], masked):
            action.source = doer  # «в Польшу и Болгарию, которые отказались платить»
        elif place := impersonal_doer(action, tokens, places, phrases, masked):
            action.source = place.actor  # «В НАТО назвали решение России ошибкой»
        agreed_on(action, tokens)
        permitted_force(action, tokens, phrases)
        as_proposal(action, tokens, phrases)
        charge_reported(action, speaker, masked, tokens)
        same_side_is_domestic(action)
        action.source = None if done_by_a_private_national(action, phrases, masked) else action.source
        outside = [
            item
            for item in found_dates
            if not any(
                participles_time(span, item, action.match, tokens, action.clause.start) for span in participle_spans
            )
        ]
        action.date = action_date(action, clauses, outside, masked, published)
        if own := participle_time(action.match, tokens, found_dates):
            action.date = choose([own], masked, published)
        if action.source is None and (doer := participle_doer(action.match, tokens, phrases)):
            action.source = doer.actor  # «Ограничения ..., введенные Совбезом в 2007 году»
        previous = action
    actions = [action for action in actions if action.source or action.target or not private_mentioned(phrases, masked)]
    main_date = choose(
        [
            item
            for item in found_dates
            if clause_at(clauses, item.start).kind in (MAIN, OPENING)
            and not any(start < item.start and item.end <= end for start, end in participle_spans)
        ],
        masked,
        published,
    )
    actors = list(dict.fromkeys(phrase.actor for phrase in phrases))
    if speaker and speaker.actor and speaker.actor not in actors:
        actors.append(speaker.actor)
    reading = SentenceReading(text, actions, speaker, actors, main_date, bool(GROUP_WORDS.search(masked)), phrases)
    reading.subject_unnamed = subject_unnamed(actions, phrases, masked)
    return reading


REPORTED = re.compile(r",\s*что\s")


def charge_reported(action: Action, speaker: Speaker | None, text: str, tokens: list[Token]) -> None:
    """«Кирби заявил, что Москва не выполнила своих обязательств», «заявили, что Вашингтон ведет экономическую
    войну»: a charge named by no verb of judging (a noun, a failing) in what a speaker reports is the speaker's
    charge against the reported subject, not the subject's act."""
    if action.code not in NEGATIVE_JUDGEMENT_CODES or speaker is None or speaker.actor is None:
        return
    if action.source is None or action.source == speaker.actor:
        return
    first = analyse(tokens[action.match.first].text)
    if first.is_("VERB") or first.is_("PRTS"):
        return  # «заявил, что Москва осудила ...»: the subject judges
    if not any(said.end() <= action.match.start for said in REPORTED.finditer(text)):
        return
    action.source, action.target, action.mutual = speaker.actor, action.source, False


def impersonal_doer(
    action: Action, tokens: list[Token], places: list[Mention], phrases: list[Phrase], text: str
) -> Mention | None:
    """Where an impersonal plural that says, judges or is the act was said from («В Вашингтоне осудили ...»)."""
    start, _ = predicate_span(action, tokens)
    verb = next((token for token in tokens if token.start == start), None)
    acts = action.match.start <= start < action.match.end
    if verb is None or not (acts or verb.stems & (SAYING | JUDGING)):
        return None
    return place_speaking(text, action.clause.start, start, places, phrases)


def done_unnamed(action: Action, tokens: list[Token]) -> bool:
    """A passive, or an impersonal plural («задержали», «арестовали»): the act names no doer."""
    verb = analyse(tokens[action.match.first].text)
    return action.passive or (verb.is_("VERB") and verb.is_("plur"))


def state_holding_someone_unnamed(action: Action, places: list[Mention]) -> Any:
    """Someone the actor list does not name, held where a state is, is held by that state; whose national they are
    is left to the story (sides.py aims the act at the other side the story names)."""
    if action.target is not None:
        return None
    return next(
        (
            place.actor
            for place in places
            if action.match.end <= place.start < action.clause.end and place.actor.kind == Actor.Kind.STATE
        ),
        None,
    )


def restraint_of_a_thing(action: Action, tokens: list[Token], phrases: list[Phrase]) -> bool:
    """«этот шаг не угрожает безопасности России»: a hostile act denied of a thing, not of an actor, judges the thing;
    no one refrains from anything."""
    if not action.negated or action.code != RESTRAINT[0] or is_passive(action, tokens):
        return False  # «дипломаты не будут высланы»: the subject of a passive is whom it is done to
    clause_start = action.clause.start
    before = [token for token in tokens if clause_start <= token.start < action.match.start and token.is_word()]
    if any(clause_start <= phrase.start < action.match.start for phrase in phrases):
        return False
    return any(analyse(token.text).is_("NOUN") and analyse(token.text).can_be("nomn") for token in before)


def is_marker(match: LexiconMatch, following: list[LexiconMatch]) -> bool:
    """An intent («пообещал», «договорились») or a refusal («отказался») before the action it bears on."""
    code = match.entry.cameo_code
    if code == INTENT_CODE and match.part_of_speech != NOUN:
        return True
    return code == REFUSAL_CODE and any(0 < other.first - match.last <= 3 for other in following)


def coordinated(previous: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether `match` is joined to the previous action by a conjunction, with only frames, auxiliaries,
    particles and the noun's modifiers after it («и распорядился закрыть», «и ввел новые ограничения»)."""
    between = tokens[previous.last + 1 : match.first]
    conjunctions = [index for index, token in enumerate(between) if token.lower in CONJUNCTIONS]
    if not conjunctions:
        return False
    rest = between[conjunctions[-1] + 1 :]
    nominal = match.part_of_speech == NOUN
    return all(
        analyse(token.text).is_(*BETWEEN_TAGS) or (nominal and analyse(token.text).is_("ADJF", "PREP", "NUMR"))
        for token in rest
        if token.is_word()
    )


def clause_actions(
    matches: list[LexiconMatch],
    clause: Clause,
    tokens: list[Token],
    dated: bool,
    sentence_matches: list[LexiconMatch],
    text: str,
    phrases: list[Phrase],
    times: list[tuple[int, int]],
) -> list[Action]:
    content = [match for match in matches if not match.is_frame() and not misnamed(match, tokens)]
    markers = [match for match in content if is_marker(match, content)]
    content = [match for match in content if match not in markers]
    verbal = [
        match
        for match in content
        if is_predicate(match, tokens)
        or after_light_verb(match, tokens)
        or after_marker(match, markers, tokens)
        or reported_as_happening(match, tokens)
        or passive_light_verb_after(match, tokens) is not None
        or participle_agent(match, tokens, phrases, times) is not None
        or not_ruled_out(match, tokens)
    ]
    judged = any(match.is_frame() for match in matches) or quoted(text, clause.start)
    nouns = [match for match in content if may_govern_as_noun(match, tokens, clause, dated, judged)]
    governing = verbal[0] if verbal else nouns[0] if nouns else None
    governing = ordered_act(governing, verbal)
    # «назвал операцию ошибкой и потребовал ...»: a judgement a frame governs comes before the verb after it
    framed = [
        noun for noun in nouns if framed_before(noun, matches, tokens) and governing and noun.last < governing.first
    ]
    governing = framed[0] if framed else governing
    if governing is None and clause.kind == RELATIVE_CLAUSE:
        governing = antecedent(clause, tokens, sentence_matches, text)
    if governing is None:
        intents = [marker for marker in markers if marker.entry.cameo_code == INTENT_CODE]
        frames = [match for match in matches if match.is_frame() and is_predicate(match, tokens)]
        retaliations = [match for match in frames if retaliation_ahead(match, tokens)]
        if retaliations:
            return [threat_action(retaliations[0], clause)]
        return [new_action(match, clause) for match in (intents[:1] or frames[:1])]
    actions = [new_action(governing, clause, governing in verbal or governing.end <= clause.start)]
    previous = governing
    for match in sorted([*verbal, *markers], key=lambda match: match.first):
        if match.first <= previous.last or not coordinated(previous, match, tokens):
            continue
        if match in markers and (match.entry.cameo_code != INTENT_CODE or any(m.first > match.last for m in verbal)):
            continue  # a marker bears on the action after it
        if match in markers and (
            retaliation := next(
                (m for m in matches if m.is_frame() and m.first > match.last and retaliation_ahead(m, tokens)), None
            )
        ):
            actions.append(threat_action(retaliation, clause))  # «и пообещал, что Москва ответит»
            previous = match
            continue
        if (
            match.entry.cameo_code == previous.entry.cameo_code
            and joined_by_and(previous, match, tokens)
            and not after_marker(match, markers, tokens)  # «поговорили по телефону и договорились встретиться»
        ):
            continue  # the same measure said twice («расширил санкционный список и ввел ограничения»)
        actions.append(new_action(match, clause, True))
        previous = match
    for action in actions[1:]:
        action.follows = True
    # «обмен состоялся при посредничестве Саудовской Аравии»: an act of its own, done by the genitive
    taken = {action.match for action in actions}
    actions += [
        new_action(match, clause) for match in content if match not in taken and agent_of_noun(match, tokens, phrases)
    ]
    for action in actions:
        if action.match in markers:
            continue
        marker = next((m for m in reversed(markers) if m.last < action.match.first and close(m, action.match)), None)
        action.intent = marker is not None and marker.entry.cameo_code == INTENT_CODE
        action.negated = marker is not None and marker.entry.cameo_code == REFUSAL_CODE
    return sorted(actions, key=lambda action: action.match.first)


def joined_by_and(previous: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    return any(token.lower == "и" for token in tokens[previous.last + 1 : match.first])


def ordered_act(governing: LexiconMatch | None, verbal: list[LexiconMatch]) -> LexiconMatch | None:
    """«потребовал от России закрыть консульство»: a hostile act demanded of the other side is ordered, so the act is
    what happens; a cooperative one demanded («потребовал освободить журналиста») stays a demand, and so does a word
    or an inquiry demanded (roots 09 to 13: «потребовал провести расследование», «потребовал прекратить
    провокации»): the other side is asked to do it, no one does it to them."""
    if governing is None or governing.entry.cameo_code != DEMAND_CODE:
        return governing
    ordered = [
        match
        for match in verbal
        if match.first > governing.last
        and Decimal(match.entry.score) < 0
        and not demanded_refusal(match)
        and match.entry.cameo_code[:2] not in VERBAL_CONFLICT_ROOTS
    ]
    return ordered[0] if ordered and ordered[0].first - governing.last <= 10 else governing


def demanded_refusal(match: LexiconMatch) -> bool:
    """«потребовал от альянса отказаться от расширения»: a refusal demanded of the other side is restraint asked for,
    so the demand stays the act."""
    return match.entry.cameo_code.startswith(REFUSAL_CODE)


def retaliation_ahead(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«Москва ответит», «пообещал ответить»: a response to come, in this news, is retaliation."""
    analysis = analyse(tokens[match.first].text)
    return bool(analysis.lemmas & RETALIATION) and (analysis.is_("futr") or analysis.is_("INFN"))


def threat_action(match: LexiconMatch, clause: Clause) -> Action:
    action = new_action(match, clause)
    action.code, action.event_type, action.score, action.category = THREAT
    return action


def framed_before(noun: LexiconMatch, matches: list[LexiconMatch], tokens: list[Token]) -> bool:
    return any(match.is_frame() and is_predicate(match, tokens) and match.last < noun.first for match in matches)


def after_marker(match: LexiconMatch, markers: list[LexiconMatch], tokens: list[Token]) -> bool:
    """«отказался от ответных мер», «пообещал помощь»: the noun a marker bears on is its action; across «, что» a
    noun begins a clause of its own («пообещал, что атака не останется без ответа»: the attack is its subject)."""
    return any(
        0 < match.first - marker.last <= 3
        and not any(token.lower in COMPLEMENT_WORDS for token in tokens[marker.last + 1 : match.first])
        for marker in markers
    )


def from_something(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«выход из договора, который ...»: what something comes out of is not what the relative clause speaks of."""
    return match.first > 0 and tokens[match.first - 1].lower in {"из", "от", "со"}


def antecedent(clause: Clause, tokens: list[Token], matches: list[LexiconMatch], text: str) -> LexiconMatch | None:
    """«санкции, которые Вашингтон ввел 17 марта»: a light verb in a relative clause acts on the noun before it."""
    has_light_verb = any(is_light_verb(token) for token in tokens if clause.start <= token.start < clause.end)
    before = [
        match
        for match in matches
        if match.part_of_speech == NOUN and match.end <= clause.start and not from_something(match, tokens)
    ]
    if not has_light_verb or not before:
        return None
    between = text[before[-1].end : clause.start]
    return before[-1] if len(between.split()) <= 4 and not re.search(r"[,;:.]", between) else None
