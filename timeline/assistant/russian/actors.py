"""Actors in Russian text: names, aliases and adjectives in every inflected form.

An actor's Russian names are written in the vocabulary in their base form
(«Россия», «Белый дом», «Путин», «российский»); a word of the text matches a
word of a name when they share a lemma, so «России», «Россией», «Белого
дома», «Путина», «российского» all match. A word written with a capital in
the vocabulary matches only a capitalised word («Песков», not «песков», the
genitive plural of «песок»); one written in capitals only the same capitals
(«США», «МИД»). Of overlapping names the longest wins, and an alias shared by
two actors means the one in office on the article's date (as in English).

- A noun phrase names one actor: «Президент России Владимир Путин», «МИД
  России», «Российский МИД» are Putin and the Foreign Ministry; mentions of
  one side next to each other, with only titles («министр иностранных дел»)
  or names not in the list between them, are one phrase, and the most specific
  of them (a person, then an institution, then a state) is the actor.
- Each phrase carries the cases its first word may be in and the preposition
  before it, so the reader can tell the subject («Вашингтон выслал») from an
  object («против Вашингтона», «с Вашингтоном»): Russian word order is free, the
  case is what tells.
- A place is not an actor: a state, a capital or an institution after «в»,
  «во», «из», «под», «на» with the prepositional case («на Украине», not «на
  Россию»), or after a verb of travel («посетил Москву»).
"""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..actors import DEMONYM, NAME, Mention, Phrase, lines, pick
from .morphology import CASES, analyse, base_form_lemmas, plain

WORD = re.compile(r"\w+(?:[-‐]\w+)*")
CYRILLIC = re.compile(r"[А-яЁё]")
PLACE_PREPOSITIONS = {"в", "во", "из", "под", "около", "возле", "близ", "через"}
# «в аэропорту Анкары», «в пригороде Вашингтона», «в банковском комитете Сената»: a name after a place noun (its
# adjectives before it) after a preposition is where, not who
PLACE_NOUNS = frozenset("аэропорт пригород окрестность порт столица центр район комитет подкомитет зал здание".split())
TRAVEL_VERBS = frozenset(
    "посетить посещать прибыть прибывать приехать приезжать прилететь прилетать вернуться возвращаться "
    "отправиться направиться вылететь покинуть покидать".split()
)
PREPOSITIONS = frozenset(
    "в во на из с со к ко по о об от для против при у за между перед после без до через над под про".split()
)
# Titles and roles between or before the mentions of one noun phrase.
ROLE_LEMMAS = frozenset(
    """президент премьер-министр премьер министр глава руководитель посол госсекретарь пресс-секретарь
    секретарь представитель постпред постоянный спикер советник помощник заместитель замминистра директор
    председатель лидер генсек генеральный официальный сенатор конгрессмен депутат дипломат сотрудник ведомство
    иностранный дело оборона государственный национальный безопасность администрация правительство власть
    спецпредставитель специальный посланник вице-президент командующий начальник верховный главнокомандующий
    координатор вице-премьер генпрокурор
    бывший нынешний новый временный поверенный официальный палата""".split()
)
SPECIFICITY = {"person": 0, "institution": 1, "state": 2}
FIELD_REACH = 4  # words of a title's field after «по»: «по стратегическим коммуникациям»


@dataclass(frozen=True)
class Term:
    words: tuple[frozenset[str], ...]
    written: tuple[str, ...]
    kind: str
    owners: tuple[Any, ...]


def of_another_state(found: list[Mention], actor: Any, text: str, start: int) -> bool:
    """«по данным китайского МИД», «украинского Минобороны»: an institution a demonym of another side's state
    qualifies is that state's, named by the demonym, not the one the list knows by the name."""
    previous = found[-1] if found else None
    if previous is None or previous.kind != DEMONYM or text[previous.end : start].strip():
        return False
    return previous.actor.side != actor.side


def word_matches(token: str, lemmas: frozenset[str], written: str) -> bool:
    if written.isupper() and len(written) > 1:
        return token.isupper()
    if written[:1].isupper() and not token[:1].isupper():
        return False
    return bool(analyse(token).lemmas & lemmas)


class RussianActorMatcher:
    """Finds the given actors in Russian text through their Russian names; build it once per run."""

    def __init__(self, actors: Iterable[Any]) -> None:
        owners: dict[tuple[str, str], list[Any]] = {}
        for actor in actors:
            for term in [actor.name, *lines(actor.aliases)]:
                owners.setdefault((term, NAME), []).append(actor)
            for term in lines(getattr(actor, "demonyms", "")):
                owners.setdefault((term, DEMONYM), []).append(actor)
        self.index: dict[str, list[Term]] = {}
        for (term, kind), actors_of_term in owners.items():
            if not CYRILLIC.search(term):
                continue
            written = tuple(WORD.findall(term))
            entry = Term(tuple(base_form_lemmas(word) for word in written), written, kind, tuple(actors_of_term))
            for lemma in entry.words[0]:
                self.index.setdefault(lemma, []).append(entry)
        for terms in self.index.values():
            terms.sort(key=lambda term: (-len(term.words), -sum(map(len, term.written))))

    def mentions(self, text: str, on: datetime.date | None = None, include_places: bool = True) -> list[Mention]:
        """Mentions in text order, each the longest name matching where it starts."""
        words = list(WORD.finditer(text))
        found: list[Mention] = []
        position = 0
        while position < len(words):
            term = self.longest_at(words, position)
            if term is None:
                position += 1
                continue
            first, last = words[position], words[position + len(term.words) - 1]
            actor = pick(list(term.owners), on)
            place = term.kind == NAME and actor.kind != "person" and is_place(text, words, position)
            if not of_another_state(found, actor, text, first.start()):
                found.append(Mention(actor, first.start(), last.end(), term.kind, place))
            position += len(term.words)
        return found if include_places else [mention for mention in found if not mention.is_place]

    def longest_at(self, words: list[re.Match[str]], position: int) -> Term | None:
        candidates = {
            id(term): term for lemma in analyse(words[position].group()).lemmas for term in self.index.get(lemma, [])
        }
        for term in sorted(candidates.values(), key=lambda term: (-len(term.words), -sum(map(len, term.written)))):
            if position + len(term.words) > len(words):
                continue
            if all(
                word_matches(words[position + offset].group(), lemmas, written)
                for offset, (lemmas, written) in enumerate(zip(term.words, term.written, strict=True))
            ) and adjacent(words, position, len(term.words)):
                return term
        return None

    def actors(self, text: str, on: datetime.date | None = None) -> list[Any]:
        return list(dict.fromkeys(mention.actor for mention in self.mentions(text, on, include_places=False)))

    def phrases(self, text: str, on: datetime.date | None = None) -> list[Phrase]:
        """Actors as the noun phrases that name them, places left out, with the cases their first word allows."""
        groups: list[list[Mention]] = []
        for mention in self.mentions(text, on, include_places=False):
            previous = groups[-1][-1] if groups else None
            if (
                previous
                and previous.actor.side == mention.actor.side
                and same_phrase(text[previous.end : mention.start])
            ):
                groups[-1].append(mention)
            else:
                groups.append([mention])
        return [phrase_of(group, text) for group in groups]


# numbers in the nominative whose noun phrase stands in the genitive
COUNT_WORDS = frozenset(
    "два две три четыре пять шесть семь восемь девять десять оба обе двое трое четверо несколько".split()
)


def adjacent(words: list[re.Match[str]], position: int, count: int) -> bool:
    """The words of a name follow one another with nothing but white space between them."""
    return all(
        not words[index].string[words[index].end() : words[index + 1].start()].strip()
        for index in range(position, position + count - 1)
    )


def is_place(text: str, words: list[re.Match[str]], position: int) -> bool:
    if position == 0:
        return False
    before = plain(words[position - 1].group())
    between = text[words[position - 1].end() : words[position].start()].strip()
    if between:
        return False
    if before in PLACE_PREPOSITIONS:
        return True
    if analyse(before).lemmas & PLACE_NOUNS and position > 1:
        return is_place(text, words, past_adjectives(text, words, position - 1))
    if before == "на":
        analysis = analyse(words[position].group())
        return analysis.can_be("loct") and not analysis.can_be("accs", "Fixd")
    return bool(analyse(before).lemmas & TRAVEL_VERBS)


def past_adjectives(text: str, words: list[re.Match[str]], position: int) -> int:
    """Where the noun phrase of words[position] begins, its adjectives before it («банковском комитете»)."""
    while position > 1 and analyse(words[position - 1].group()).is_("ADJF"):
        if text[words[position - 1].end() : words[position].start()].strip():
            break
        position -= 1
    return position


def same_phrase(between: str) -> bool:
    """Only titles, roles or names not in the list between two mentions of one side."""
    for word in WORD.findall(between):
        if not word[:1].isupper() and not analyse(word).lemmas & ROLE_LEMMAS:
            return False
    return not re.search(r"[,;:()«»\"]|\s[—–-]\s", between)


def phrase_of(group: list[Mention], text: str) -> Phrase:
    actor = min(enumerate(group), key=lambda item: (SPECIFICITY.get(item[1].actor.kind, 3), -item[0]))[1].actor
    start = role_words_before(text, group[0].start)
    head = WORD.search(text, start)
    cases = case_set(head.group()) if head else frozenset()
    before = WORD.findall(text[max(0, start - 20) : start])
    preposition = plain(before[-1]) if before and plain(before[-1]) in PREPOSITIONS else ""
    if before and counted(before[-1]) and "gent" in cases:
        cases |= {"nomn"}  # «два российских истребителя перехватили»: a subject counted stands in the genitive
    return Phrase(actor, group[0].start, group[-1].end, cases=cases, preposition=preposition, head_start=start)


def counted(word: str) -> bool:
    """«13 российских дипломатов», «Шестьдесят российских дипломатов»: any cardinal in the nominative counts."""
    return word.isdigit() or plain(word) in COUNT_WORDS or is_cardinal(word)


def is_cardinal(word: str) -> bool:
    analysis = analyse(word)
    return analysis.is_("NUMR") and analysis.can_be("nomn") and plain(word) not in {"один", "одна", "одно"}


def role_words_before(text: str, start: int) -> int:
    """Where a noun phrase begins: its titles before the first mention («министр иностранных дел Лавров»), a title's
    field after «по» included («Координатор по стратегическим коммуникациям Белого дома Джон Кирби»); words of
    another noun's field («комитета по международным делам») are none of its titles."""
    words = list(WORD.finditer(text, 0, start))
    begin, index = start, len(words) - 1
    while index >= 0 and not text[words[index].end() : begin].strip():
        if analyse(words[index].group()).lemmas & ROLE_LEMMAS:
            begin, index = words[index].start(), index - 1
            continue
        field = field_before(words, index)
        if field is None:
            break
        if not titled_field(words, field, text, begin):
            return start  # «комитета Совета Федерации по международным делам Косачев»: «делам» is no title of his
        begin, index = words[field - 1].start(), field - 2
    return begin


def titled_field(words: list[re.Match[str]], field: int, text: str, end: int) -> bool:
    """Whether the «по» at words[field] follows a title, with no punctuation up to `end`."""
    if field == 0:
        return False
    title = words[field - 1]
    plain_between = not re.search(r"[,;:()«»\"]|\s[—–-]\s", text[title.start() : end])
    return plain_between and bool(analyse(title.group()).lemmas & ROLE_LEMMAS)


def field_before(words: list[re.Match[str]], index: int) -> int | None:
    """Where the «по» is of a title's field that ends with words[index] («по стратегическим коммуникациям»)."""
    return next((at for at in range(index, max(-1, index - FIELD_REACH), -1) if plain(words[at].group()) == "по"), None)


def case_set(word: str) -> frozenset[str]:
    analysis = analyse(word)
    if analysis.can_be("Fixd"):
        return frozenset(CASES)
    return frozenset(case for case in CASES if analysis.can_be(case))


def private_national(phrase: Phrase, text: str) -> bool:
    """«Сам американец и его семья настаивали ...»: a national named by a demonym noun alone is a private person,
    who acts for no state (as the target of an arrest, he stands for his state: «американец был задержан»)."""
    words = WORD.findall(text[phrase.start : phrase.end])
    if len(words) != 1 or phrase.head_start not in (-1, phrase.start):
        return False
    analysis = analyse(words[0])
    demonyms = {line.strip().lower() for line in (phrase.actor.demonyms or "").splitlines()}
    return analysis.is_("NOUN") and bool(analysis.lemmas & demonyms)


def done_by_a_private_national(action: Any, phrases: list[Phrase], text: str) -> bool:
    """The doer is named only by a demonym noun («американец»), a private person."""
    named = [phrase for phrase in phrases if phrase.actor == action.source]
    return bool(named) and all(private_national(phrase, text) for phrase in named) and not action.passive


def private_mentioned(phrases: list[Phrase], text: str) -> bool:
    return any(private_national(phrase, text) for phrase in phrases)
