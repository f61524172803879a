"""Which words of a Russian sentence are its actions: a verb used as a verb; a noun governed by a light verb
(«ввел санкции», «объявил о санкциях», «выступил с критикой»), reported as happening («состоялась встреча»), made as
a judgement («назвал ошибкой») or carried by a light verb in the passive («санкции были введены», «вводятся санкции»);
a full passive participle naming its doer («арестованных ФБР»). The reader (reading.py) decides with these which
expression governs a clause."""

import re
from typing import Any

from ..actors import Phrase
from ..clauses import Clause
from ..lexicon import NOUN, LexiconMatch
from ..targets import JUDGEMENT_CODES, NEGATIVE_JUDGEMENT_CODES
from ..text import Token
from .morphology import analyse

SETS_OFF = (",", ";", ":", "—", "–")

LIGHT_VERBS = frozenset(
    """ввести вводить наложить накладывать объявить объявлять провести проводить начать начинать подписать подписывать
    заключить заключать достичь достигнуть достигать принять принимать выразить выражать совершить совершать нанести
    наносить
    оказать оказывать предоставить предоставлять расширить расширять ужесточить ужесточать продлить продлевать
    одобрить одобрять утвердить утверждать направить направлять вручить вручать сделать делать устроить
    организовать возобновить возобновлять запустить запускать применить применять приступить выступить выступать
    заявить заявлять доставить доставлять выделить выделять передать передавать опубликовать публиковать
    представить представлять предпринять предпринимать согласовать согласовывать сообщить сообщать высказать
    высказывать""".split()
)
# «состоялась встреча», «у посольства прошла акция протеста»: a noun is the happening its verb of happening reports.
HAPPENING = frozenset(
    """состояться проходить пройти продолжаться продолжиться начаться начинаться завершиться завершаться
    закончиться заканчиваться""".split()
)
HAPPENING_WINDOW = 4
# «Договоренность о прекращении огня в Сирии была достигнута»: the noun's own complements stand before the verb
PASSIVE_WINDOW = 8
LIGHT_VERB_WINDOW = 12
PARTICIPLE_AGENT_WINDOW = 6
NOUN_PHRASE_REACH = 7  # words that depend on a noun before the comma closing its phrase
VERB_TAGS = ("VERB", "INFN", "PRTS")
# A gerund is an action of its own after a comma («..., обвинив Москву во вмешательстве»)
PREDICATE_TAGS = ("VERB", "INFN", "PRTS", "ADJS", "GRND")
# Only «о», «об»: «объявил о санкциях»; a noun after another preposition is no object of the verb («о выходе из
# договора»: the treaty is not signed).
OBJECT_PREPOSITIONS = {"о", "об", "обо"}
ANSWERING_PREPOSITIONS = {"на", "вопреки", "из-за"}
NAMING_VERBS = frozenset({"назвать", "называть"})
COMING_FORWARD = frozenset({"выступить", "выступать"})
NOUN_MODIFIERS = ("ADJF", "PRTF", "NUMR", "NUMB")


def tags_at(tokens: list[Token], index: int) -> Any:
    return analyse(tokens[index].text)


def is_predicate(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A verb entry used as a verb: a word of it a finite verb, infinitive, short form or gerund."""
    if match.part_of_speech == NOUN:
        return False
    return any(tags_at(tokens, index).is_(*PREDICATE_TAGS) for index in range(match.first, match.last + 1))


def participle_agent(
    match: LexiconMatch, tokens: list[Token], phrases: list[Phrase], times: list[tuple[int, int]]
) -> Phrase | None:
    """A full passive participle is an act when it names its doer in the instrumental a few words after it, with
    nothing but a time between: «десять человек, арестованных в конце июня ФБР», «дипломаты, высланные Вашингтоном»;
    not a name in a prepositional phrase («осужденных за шпионаж в пользу США»)."""
    if (
        match.part_of_speech == NOUN
        or not tags_at(tokens, match.last).is_("PRTF")
        or "pssv" not in analyse(tokens[match.last].text).likeliest
    ):
        return None
    following = tokens[match.last + 1 : match.last + 1 + PARTICIPLE_AGENT_WINDOW]
    stop = next((token.start for token in following if not token.is_word()), None)
    end = stop if stop is not None else following[-1].end if following else match.end
    agent = next((phrase for phrase in phrases if match.end < phrase.start < end), None)
    between = [
        token
        for token in following
        if agent is not None
        and token.end <= agent.start
        and not any(start <= token.start < stop for start, stop in times)
    ]
    if agent is None or "ablt" not in agent.cases or agent.preposition or any(token.is_word() for token in between):
        return None
    return agent


def misnamed(match: LexiconMatch, tokens: list[Token]) -> bool:
    """What something is called is in the instrumental («назвал решение попыткой»); «назвал попытку договориться
    полезной» calls the attempt something else."""
    naming = bool(tokens[match.first].stems & NAMING_VERBS) and match.last > match.first
    return naming and not analyse(tokens[match.last].text).can_be("ablt")


def is_light_verb(token: Token) -> bool:
    return (bool(token.stems & LIGHT_VERBS) and analyse(token.text).is_(*VERB_TAGS)) or is_reflexive_passive(token)


def is_reflexive_passive(token: Token) -> bool:
    """An imperfective verb in «-ся» whose verb without it is a light verb is its passive: «вводятся санкции»,
    «проводились учения»; a perfective one is not («направилась в Москву»)."""
    analysis = analyse(token.text)
    bases = {lemma[:-2] for lemma in analysis.lemmas if lemma.endswith("ся")}
    return analysis.is_("VERB") and analysis.is_("impf") and bool(bases & LIGHT_VERBS)


def is_passive_light_verb(token: Token) -> bool:
    """«были введены», «будут объявлены», «вводятся»: a light verb in the passive."""
    analysis = analyse(token.text)
    return (bool(token.stems & LIGHT_VERBS) and analysis.is_("PRTS")) or is_reflexive_passive(token)


def passive_light_verb_after(match: LexiconMatch, tokens: list[Token]) -> Token | None:
    """The passive light verb a noun in the nominative is the subject of, a few words after it with no punctuation
    between: «санкции против России были введены», «новые ограничения вводятся»."""
    if match.part_of_speech != NOUN or not analyse(tokens[match.first].text).can_be("nomn"):
        return None
    for token in tokens[match.last + 1 : match.last + 1 + PASSIVE_WINDOW]:
        if not token.is_word():
            return None
        if is_passive_light_verb(token):
            return token
    return None


def governed_by_preposition(match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether a noun is the complement of a preposition other than «о» («из договора», «в области ...»)."""
    index = match.first - 1
    while index >= 0 and (not tokens[index].is_word() or analyse(tokens[index].text).is_(*NOUN_MODIFIERS)):
        index -= 1
    return index >= 0 and analyse(tokens[index].text).is_("PREP") and tokens[index].lower not in OBJECT_PREPOSITIONS


def reported_as_happening(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A noun in the nominative next to a verb of happening, in either order and with no punctuation between:
    «переговоры прошли в Женеве», «у посольства продолжалась акция протеста»."""
    if match.part_of_speech != NOUN or not analyse(tokens[match.first].text).can_be("nomn"):
        return False
    before = tokens[max(0, match.first - HAPPENING_WINDOW) : match.first]
    after = tokens[match.last + 1 : match.last + 1 + HAPPENING_WINDOW]
    for side in (before[::-1], after):
        for token in side:
            if not token.is_word():
                break
            if token.stems & HAPPENING and analyse(token.text).is_("VERB"):
                return True
    return False


def answered_judgement(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«несмотря на критику», «в ответ на осуждение», «из-за недовольства»: a judgement after these prepositions is
    someone else's, which the subject answers or disregards, not one it makes."""
    index = match.first - 1
    while index >= 0 and tokens[index].is_word() and analyse(tokens[index].text).is_(*NOUN_MODIFIERS):
        index -= 1
    return index >= 0 and tokens[index].lower in ANSWERING_PREPOSITIONS


def put_forward(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«выступил с заявлением», «выступила с резкой критикой»: what one comes forward with is one's act."""
    index = match.first - 1
    while index >= 0 and tokens[index].is_word() and analyse(tokens[index].text).is_(*NOUN_MODIFIERS):
        index -= 1
    if index < 1 or tokens[index].lower not in {"с", "со"}:
        return False
    verb = tokens[index - 1]
    return bool(verb.stems & COMING_FORWARD) and analyse(verb.text).is_(*VERB_TAGS)


def after_light_verb(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A noun that is the object of a light verb within its clause: «ввел санкции», «объявил о новых санкциях»,
    «выступил с резкой критикой»."""
    if put_forward(match, tokens):
        return True
    return light_verb_before(match, tokens) is not None


def light_verb_before(match: LexiconMatch, tokens: list[Token]) -> int | None:
    """Where the light verb is whose object the noun is, within its clause («вводить предусмотренные законом
    санкции»)."""
    if governed_by_preposition(match, tokens):
        return None
    for index in range(match.first - 1, max(-1, match.first - 1 - LIGHT_VERB_WINDOW), -1):
        if tokens[index].text in {",", ";", ":", "—", "–"}:
            return None
        if is_light_verb(tokens[index]):
            return index
    return None


def may_govern_as_noun(
    match: LexiconMatch, tokens: list[Token], clause: Clause, dated: bool, judged: bool = True
) -> bool:
    """A noun governs after a light verb, as a judgement someone makes in the clause («назвал ... ошибкой»), or
    opening a dated clause."""
    code = match.entry.cameo_code
    judgement = (
        judged
        and code in JUDGEMENT_CODES
        and (match.part_of_speech == NOUN or code in NEGATIVE_JUDGEMENT_CODES)
        and not answered_judgement(match, tokens)
    )
    if judgement or after_light_verb(match, tokens):
        return True
    opens_clause = all(
        not token.is_word() or token.text[:1].isupper() or analyse(token.text).is_("ADJF", "PREP", "NUMR")
        for token in tokens
        if clause.start <= token.start < tokens[match.first].start
    )
    return opens_clause and dated


# what an act may be said in, and the participles that date its release
MEDIA = frozenset("интервью статья заявление обращение выступление послание колонка видеообращение пост".split())
PUBLISHING = frozenset(
    "выйти выходить опубликовать опубликовывать распространить показать появиться прозвучать записать дать".split()
)


def participle_phrases(tokens: list[Token], text: str, found: list[Any]) -> list[tuple[int, int]]:
    """The spans of full participles with what depends on them: set off by a comma, to the next comma, dash or
    the end («Винник, экстрадированный в США в 2022 году», «пакета помощи, объявленного странами «семерки» в
    апреле»); before their noun, up to a time expression right after the participle («взамен истекающего в 2009
    году договора», «назвала прошедшие 4 декабря выборы»). What they date is the participle's act, not the
    sentence's."""
    spans = []
    for position, token in enumerate(tokens):
        word = analyse(token.text) if token.is_word() else None
        if word is None or not word.can_be("PRTF"):
            continue
        if any(item.start <= token.start < item.end for item in found):
            continue  # «в минувшую субботу»
        if position > 0 and tokens[position - 1].text == ",":
            if not (word.is_("PRTF") or word.can_be("pssv")) or publishing_the_words(tokens, position):
                continue
            end = next((other.start for other in tokens[position + 1 :] if other.text in SETS_OFF), len(text))
            spans.append((token.start, end))
            continue
        after = next((item for item in found if item.start > token.end), None)
        if after is not None and text[token.end : after.start].strip().lower() in ("", "в", "во"):
            spans.append((token.start, after.end))
    return spans


def publishing_the_words(tokens: list[Token], position: int) -> bool:
    """«в интервью телеканалу, вышедшем в среду», «в статье, опубликованной во вторник»: the participle dates the
    words in which the act is done, so its time is the act's."""
    before = tokens[max(0, position - 4) : position - 1]
    return bool(tokens[position].stems & PUBLISHING) and any(token.stems & MEDIA for token in before)


def participles_time(
    span: tuple[int, int], item: Any, match: LexiconMatch, tokens: list[Token], clause_start: int
) -> bool:
    """Whether a time expression is set in a participle's phrase (`span`, from participle_phrases) and the act is
    a finite verb or a short participle outside it, or what one governs («был освобожден Винник, экстрадированный
    в 2022 году», «предложил продолжить консультации по договору, подписанному в 2015 году»); an act named by a
    noun or an infinitive with no verb before it in its clause may be what the participle dates («ответ на
    решение сократить ..., принятое в конце июля»)."""
    start, end = span
    leading = [token for token in tokens[: match.first + 1] if token.start >= clause_start and token.is_word()]
    finite = any(analyse(token.text).is_("VERB") or analyse(token.text).is_("PRTS") for token in leading)
    act_start, act_end = tokens[match.first].start, tokens[match.last].end
    inside = start <= act_start < end or start < act_end <= end
    return finite and not inside and start < item.start and item.end <= end


def comma_after_the_noun_phrase(match: LexiconMatch, tokens: list[Token]) -> int | None:
    """The comma closing the noun's phrase, past the words that depend on it and no verb («Ограничения на поставки
    Тегерану обычных вооружений, ...»), or None."""
    for index in range(match.last + 1, min(len(tokens), match.last + 1 + NOUN_PHRASE_REACH)):
        if tokens[index].text == ",":
            return index
        if not tokens[index].is_word() or analyse(tokens[index].text).is_(*PREDICATE_TAGS):
            return None
    return None


CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def shares_a_case(word: Token, participle: Token) -> bool:
    """Whether the participle may agree with the word before its comma, so may be that word's."""
    return bool(analyse(word.text).grammemes & analyse(participle.text).grammemes & CASES)


def naming_participle(match: LexiconMatch, tokens: list[Token]) -> tuple[Token, int] | None:
    """«Договор, подписанный в Праге в 2010 году, истекает ...», «Ограничения на поставки оружия, введенные в 2007
    году, истекают ...»: a participle of a light verb set off after a noun's phrase names the act the noun stands for
    (the signing), unless a light verb after the phrase acts on the noun again («Санкции, введенные в марте, продлили
    в четверг»: the extension is the act). The participle and where its phrase ends, or None."""
    after = comma_after_the_noun_phrase(match, tokens)
    if match.part_of_speech != NOUN or after is None or after + 1 >= len(tokens):
        return None
    participle = tokens[after + 1]
    if not (participle.stems & LIGHT_VERBS and analyse(participle.text).is_("PRTF")):
        return None
    if after > match.last + 1 and shares_a_case(tokens[after - 1], participle):
        return None  # «консультации по договору, подписанному в 2015 году»: the treaty's signing, not the talks
    end = next((token.start for token in tokens[after + 1 :] if not token.is_word()), tokens[-1].end)
    if any(is_light_verb(token) for token in tokens if token.start >= end):
        return None
    return participle, end


# «назвал стыковку «символом того, чего могут достичь наши страны, работая вместе»»: the name a verb of naming gives
NAMED_IN_QUOTES = re.compile(r"(?i)\b(?:назва\w*|называ\w*)\s+(?:[\w-]+\s+){0,3}«[^»]*$")


def inside_a_name_given(match: LexiconMatch, tokens: list[Token], text: str) -> bool:
    """A verb in the quoted words a verb of naming gives something is part of the name, no act of its own."""
    return is_predicate(match, tokens) and bool(NAMED_IN_QUOTES.search(text, 0, match.start))


def participle_time(match: LexiconMatch, tokens: list[Token], found: list[Any]) -> Any:
    """The time a naming participle's phrase gives the act the noun stands for («введенные в 2007 году»)."""
    if (named := naming_participle(match, tokens)) is None:
        return None
    participle, end = named
    return next((item for item in found if participle.start < item.start and item.end <= end), None)


def participle_doer(match: LexiconMatch, tokens: list[Token], phrases: list[Phrase]) -> Phrase | None:
    """Who a naming participle's phrase says did the act the noun stands for («введенные Совбезом в 2007 году»)."""
    if (named := naming_participle(match, tokens)) is None:
        return None
    participle, end = named
    return next(
        (
            phrase
            for phrase in phrases
            if participle.end <= phrase.start < end and "ablt" in phrase.cases and not phrase.preposition
        ),
        None,
    )
