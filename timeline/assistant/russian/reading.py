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
  English (../targets.py). A relative
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
"""

import datetime
import re
from decimal import Decimal
from typing import Any

from ...models import Actor
from ..actors import Mention, Phrase
from ..clauses import CONDITIONAL, MAIN, OPENING, RELATIVE_CLAUSE, Clause, clause_at, relative_asides, same_clause
from ..datelines import dateline_end
from ..dates import choose
from ..lexicon import NOUN, Lexicon, LexiconMatch
from ..reading import (
    Action,
    SentenceReading,
    close,
    grouped_by_clause,
    inside_a_name,
    keeps,
    new_action,
)
from ..signs import (
    CONSULT_ROOT,
    INTENT_CODE,
    INTENT_TO_EASE_SANCTIONS,
    INTENT_TO_MEET_CODE,
    REFUSAL,
    REFUSAL_TO_EASE_SANCTIONS,
    RESTRAINT,
    THREAT,
    THREATS,
    same_side_is_domestic,
    threat_kind,
)
from ..speakers import Speaker
from ..targets import (
    COERCION_ROOT,
    JUDGEMENT_CODES,
    NEGATIVE_JUDGEMENT_CODES,
    joined_subjects_by,
    next_expression,
    state_of_the_place,
)
from ..text import RUSSIAN, Token, tokenize
from ..timing import action_date
from . import dates
from .actors import RussianActorMatcher, done_by_a_private_national, private_mentioned
from .clauses import split_clauses
from .commentary import commentators_words
from .government import (
    agent_of_noun,
    agreed_on,
    agreed_with_a_claim,
    antecedent_doer,
    intended,
    pending,
    permitted_force,
)
from .impersonal import JUDGING, place_speaking
from .morphology import analyse
from .nouns import (
    PREDICATE_TAGS,
    VERB_TAGS,
    after_light_verb,
    is_light_verb,
    is_passive_light_verb,
    is_predicate,
    may_govern_as_noun,
    misnamed,
    participle_agent,
    participle_phrases,
    participle_time,
    participles_time,
    passive_light_verb_after,
    reported_as_happening,
    tags_at,
)
from .openness import not_ruled_out, ruling_out_negation
from .proposals import as_proposal
from .refusals import REFUSAL_LEMMAS, declined_comment, kept_to, not_planned_after, refusal_denied
from .speakers import SAYING, find_speaker

NEGATIONS = {"не", "ни", "нет", "без", "никаких", "никакого", "никакой", "никакие", "никакую"}
REFUSAL_CODE = "12"
MODALS = frozenset({"мочь"})
THREAT_FRAMES = re.compile(r"(?i)\b(?:пригроз\w*|угрож\w*|грози\w*|остав\w* за собой право|ультиматум\w*)")
WARNINGS = frozenset({"предупредить", "предупреждать"})
THREAT_OBJECT = re.compile(
    r"(?i)\b(?:последстви\w*|ответ\w*|контрмер\w*|(?P<sanctions>санкци\w*)|(?P<force>военн\w*|сил[аоуыё]\w*|ядерн\w*|удар\w*))"
)
# «ответ на (новые) санкции», «наказание за вмешательство»: what a threat answers, not its means
ANSWERED = re.compile(r"(?i)\b(?:на|за)\s+(?:\w+\s+){0,2}$")
FORCE_ROOTS = ("15", "17", "18", "19", "20")
RETALIATION = frozenset({"ответить", "отвечать"})
DEMAND_CODE = "10"
VERBAL_CONFLICT_ROOTS = ("09", "10", "11", "12", "13")
CONJUNCTIONS = {"и", ",", "а", "но", "затем", "также"}
COMPLEMENT_WORDS = frozenset({"что", "чтобы"})
# Between a conjunction and the verb it joins: frames, auxiliaries, particles, adverbs («и распорядился закрыть»).
BETWEEN_TAGS = ("ADVB", "PRCL", "VERB", "INFN", "ADJS", "PRED", "NPRO")
OBLIGATION = re.compile(r"(?i)\bдолж(?:ен|на|но|ны)\s+(?:был[аио]?\s+|будут?\s+)?быть\s+$")
PREVENTED = re.compile(r"(?i)\b(?:избежать|избегать|предотвратить|предотвращать|не допустить)\s+(?:\w+\s+){0,2}$")
# «По договору стороны сократят арсеналы», «Согласно соглашению, Россия передаст данные»: what an agreement provides
TERMS = re.compile(
    r"(?i)^(?:по|согласно|в соответствии с)\s+(?:\w+\s+)?(?:условиям\s+)?"
    r"(?:договору|договором|договора|соглашению|соглашением|соглашения|документу|документом|документа|сделке|сделкой|сделки)\b"
)
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
    actions = [action for action in actions if not procedure_or_prevented(action, masked)]
    actions = [action for action in actions if not declined_comment(action.match, tokens)]
    actions = [action for action in actions if not agreed_with_a_claim(action.match, tokens)]
    if commentators_words(masked):
        actions = []
    # «никаких нарушений не было», «не считает ошибкой»: a judgement denied is no judgement made
    actions = [action for action in actions if not apply_sign(action, tokens, masked, clauses)]
    actions = [action for action in actions if not restraint_of_a_thing(action, tokens, phrases)]
    previous = None
    participle_spans = participle_phrases(tokens, masked, found_dates)
    for action in actions:
        until = next_expression(action, matches)
        assign_roles(action, phrases, masked, speaker, previous, until, tokens, times, asides_of(action, clauses))
        if action.passive and action.source is None and action.code.startswith(COERCION_ROOT):
            # «американец был задержан в Москве»; «Грайнер была задержана в подмосковном аэропорту»
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


def procedure_or_prevented(action: Action, text: str) -> bool:
    """«должен быть ратифицирован», «предстоит ратифицировать» are procedure; «чтобы избежать столкновений» what is
    not to happen; «По договору стороны сократят ...» the terms of an agreement, not an act of its own."""
    start = action.match.start
    if OBLIGATION.search(text, 0, start) or PREVENTED.search(text, 0, start) or TERMS.match(text):
        return True
    return pending(action, text)


def apply_sign(action: Action, tokens: list[Token], text: str, clauses: list[Clause]) -> bool:
    """Negation, refusal, threat and intent applied to the action; True when it is a judgement denied."""
    match = action.match
    window = tokens[max(0, match.first - 4) : match.first]
    after_comma = [token for index, token in enumerate(window) if "," not in {t.text for t in window[index:]}]
    words = {token.lower for token in after_comma if not ruling_out_negation(token, tokens)}
    refused = any(token.stems & REFUSAL_LEMMAS for token in after_comma)
    marked = action.negated  # by a refusal before it in its clause («отверг требование»)
    action.negated = action.negated or bool(NEGATIONS & words) or refused or not_planned_after(match, tokens)
    hostile = action.score < 0
    open_to = not_ruled_out(match, tokens)  # «не исключает новых обменов»: openness, no refusal
    action.intent = action.intent or open_to or intended(match, tokens)
    modal = any(token.stems & MODALS for token in after_comma) or open_to
    conditional = any(clause.kind == CONDITIONAL for clause in clauses) or modal
    threatened = bool(THREAT_FRAMES.search(text, max(0, match.start - 60), match.start)) and not action.negated
    if action.negated and action.entry.cameo_code in NEGATIVE_JUDGEMENT_CODES:
        return True
    if refusal_denied(match, tokens):
        kept_to(action)  # «не откажется от строительства», «не намерен отказываться от санкций»
        return False
    if rejects_demand(action, marked or refused):
        action.code, action.event_type, action.score = REFUSAL
        action.category = "diplomatic"
    elif action.negated and hostile:
        action.code, action.event_type, action.score = RESTRAINT
    elif action.negated and action.score > 0:
        refusal = REFUSAL_TO_EASE_SANCTIONS if action.category == "sanctions" else REFUSAL
        action.code, action.event_type, action.score = refusal
        action.category = "sanctions" if action.category == "sanctions" else "diplomatic"  # a rejection
    elif hostile and (conditional or threatened) and not action.code.startswith("13"):
        action.code, action.event_type, action.score, action.category = threat_of(action)
        action.conditional = True
    elif warns(action, tokens) and (threat := threatened_means(text, match.end)):
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
    elif action.intent and action.score > 0 and action.category == "sanctions":
        action.code, action.event_type, action.score = INTENT_TO_EASE_SANCTIONS  # «готова снять санкции»
    elif action.intent and action.score > 0:
        code = INTENT_TO_MEET_CODE if action.code.startswith(CONSULT_ROOT) else INTENT_CODE
        action.code, action.event_type, action.score = code, "Express intent to cooperate", Decimal("4.0")
        action.category = "diplomatic"
    action.conditional = action.conditional or conditional
    return False


def rejects_demand(action: Action, refused: bool) -> bool:
    """«отверг требование Москвы», «отказался выполнять ультиматум»: a demand refused is a rejection (12), not
    restraint; a demand only not made («не требует») stays restraint."""
    return refused and action.entry.cameo_code == DEMAND_CODE


def warns(action: Action, tokens: list[Token]) -> bool:
    """A warning («предупредил, что ...») or a threat the lexicon names without its means («пригрозил»,
    «оставляет за собой право»): what follows tells whether it threatens force or sanctions."""
    return bool(tokens[action.match.first].stems & WARNINGS) or action.code == THREAT[0]


def threatened_means(text: str, end: int) -> re.Match[str] | None:
    """The first word after a warning or threat naming its means, past what it answers or punishes («пообещал
    ответ на санкции», «наказание за вмешательство» threaten no sanctions)."""
    for threat in THREAT_OBJECT.finditer(text, end, end + 160):
        if not ANSWERED.search(text, max(0, threat.start() - 40), threat.start()):
            return threat
    return None


def threat_of(action: Action) -> tuple[str, str, Decimal, str]:
    """A threat of force for force, of sanctions for sanctions, else a threat (leaving a treaty is no force)."""
    if action.code.startswith(FORCE_ROOTS):
        return THREATS["military"]
    if action.category == "sanctions":
        return THREATS["sanctions"]
    return THREAT


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
        phrase for phrase in before if phrase.may_be_subject() and not any(c.contains(phrase.start) for c in elsewhere)
    ]
    subjects_after = [phrase for phrase in after if phrase.may_be_subject()]
    pair = joined_subjects_by(subjects_before, text, r"\s+и\s+") if action.score >= 0 else []
    if action.follows and previous is not None:
        action.source = previous.source
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
