"""Russian short titles, written as a Russian newsroom writes a headline: «Россия высылает 60 американских дипломатов».

The doer's Russian name, then the sentence's own words from the verb carrying the action (or the negation before
it), time expressions left out, the verb made to agree with the name. Both sides of a mutual act, or of an act the
sentence's «стороны» did, are named, the verb in the plural: «Лавров и Рубио договорились восстановить работу
посольств». An infinitive takes the verb that governs it («договорились восстановить», not «восстановить»), and a
gerund beside the main verb is a verb of its own («обвинив Россию» is «обвинил Россию»). Where the sentence's
subject is not the doer («Дипломаты должны покинуть страну», said by the doer) or the words are no predicate
(«соглашения с НАТО»), the name is followed by a colon, as a headline quoting someone is: «Песков: задержан с
поличным».
"""

import datetime
import re
from collections.abc import Callable, Sequence
from typing import Any

from ...models import Actor
from ..text import Token, tokenize
from ..titles import OBJECT_WORDS, capitalised, reach
from .dates import find
from .morphology import agreeing, analyzer, plain, subject_agreement
from .reading import GROUP_WORDS
from .roles import title_span

RUSSIAN_PHRASE_END = re.compile(r"[,;:—–()]|\s(?:и|а|но|после|когда|если|который|которые|чтобы)\s")
# a word that leads to the noun after it: a preposition, an adjective or participle in agreement, a number
RUSSIAN_LEADING_WORD = re.compile(
    r"^(?:в|во|на|до|к|по|с|со|о|об|от|за|из|из-за|для|против|при|без|через|между|под|над|перед|около|после|две|два"
    r"|три|четыре|пять|несколько|и|или|\d+)$|(?:ой|ый|ий|ая|ое|ые|ие|ее|яя|ых|их|ую|юю|ого|его|ым|им|ими|ыми|ому|ему)$",
    re.IGNORECASE,
)
DANGLING = re.compile(r"(?:\s+(?:в|во|на|до|к|по|с|о|об|от|за|из|для|против))+$", re.IGNORECASE)
PLURAL = ("plur", "")
NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr"})
# how far back from an infinitive its governing verb may stand: «обязались к 2012 году сократить»
GOVERNING_REACH = 4
# words between the doer's name and its verb: «Путин в четверг подписал», «МИД России также объявил»
SUBJECT_GAP_WORDS = 4
THE_DOERS_PRONOUNS = frozenset(["он", "она"])
SUBJECT_WORDS = 5  # «Посол США Джон Хантсман был вызван»
PUNCTUATION = re.compile(r"[,;:—–()«»\"“”.!?]")


def russian_title(action: Any, sentence: str, phrases: Sequence[Any] = ()) -> str:
    """The headline: the doer (or both sides) and the predicate, with a colon between them where the sentence's
    words are not the doer's predicate."""
    tokens = tokenize(sentence, "ru")
    start = title_span(action, tokens)
    if first_tag(sentence[start:]) == "INFN" and (governing := governing_verb(tokens, start)) is not None:
        start = governing.start
    words = title_words(action, sentence, start)
    if action.source is None:
        return capitalised(f"{sentence_subject(sentence, start)} {words}")
    subject, agreement, both = headline_subject(action, sentence, start)
    predicate = agreeing_predicate(words, agreement)
    doers_written = both or doer_written_before(action, sentence, start, phrases)
    if predicate is None or not (doers_written or first_tag(words) == "GRND"):
        return capitalised(f"{russian_name(action.source)}: {verb_agreeing(words, action.source)}")
    return capitalised(f"{subject} {predicate}")


def sentence_subject(sentence: str, start: int) -> str:
    """Who acted in the sentence's own words, when it names no actor: the noun phrase in the nominative its clause
    has before the title's words, time expressions left out («Лефортовский суд Москвы в тот же день арестовал»:
    «Лефортовский суд Москвы»); else nothing."""
    clause = clause_before(sentence, start)
    for found in sorted(find(clause, datetime.date.today()), key=lambda item: -item.start):
        clause = clause[: found.start] + clause[found.end :]
    words = clause.split()[-SUBJECT_WORDS:]
    opening = next((index for index, word in enumerate(words) if nominative(word)), None)
    return " ".join(words[opening:]) if opening is not None else ""


def nominative(word: str) -> bool:
    tag = analyzer().parse(plain(word))[0].tag
    return bool({"NOUN", "ADJF"} & tag.grammemes) and "nomn" in tag


def verb_agreeing(words: str, doer: Any) -> str:
    """After a colon, a finite verb agrees with the doer («администрация Обамы объявила»: «Обама: объявил»); other
    words, someone else's predicate («Дипломаты должны покинуть страну»), stay as written."""
    return agreeing_with(russian_agreement(doer), words) if first_tag(words) == "VERB" else words


def title_words(action: Any, sentence: str, start: int) -> str:
    """The sentence's words from `start` to the end of their phrase, time expressions left out, quotes closed."""
    rest = sentence[start:]
    end = RUSSIAN_PHRASE_END.search(rest, len(action.match.words) if start == action.match.start else 1)
    phrase = rest[: end.start()] if end else rest
    for found in sorted(find(phrase, datetime.date.today()), key=lambda item: -item.start):
        phrase = phrase[: found.start] + phrase[found.end :]
    words = DANGLING.sub("", " ".join(russian_words(phrase.split())).rstrip(".,;: "))
    if words.count("«") > words.count("»"):
        words += "»"
    elif words.count("»") > words.count("«"):
        words = words.replace("»", "")
    return words


def governing_verb(tokens: list[Token], start: int) -> Token | None:
    """The finite verb or short adjective a few words before `start` («договорились», «готов»), in one clause."""
    index = next((token.index for token in tokens if token.start == start), None)
    if index is None:
        return None
    for token in reversed(tokens[max(0, index - GOVERNING_REACH) : index]):
        if PUNCTUATION.match(token.text):
            return None
        if analyzer().parse(plain(token.text))[0].tag.POS in {"VERB", "ADJS"}:
            return token
    return None


def headline_subject(action: Any, sentence: str, start: int) -> tuple[str, tuple[str, str] | None, bool]:
    """The names the headline opens with, the verb's agreement with them, and whether they are both sides."""
    target = action.target
    before = clause_before(sentence, start)
    both_sides = target is not None and (action.mutual or GROUP_WORDS.search(before) or both_named(action, before))
    if both_sides:
        return f"{russian_name(action.source)} и {russian_name(target)}", PLURAL, True
    return russian_name(action.source), russian_agreement(action.source), False


def both_named(action: Any, before: str) -> bool:
    """«Лавров и Рубио провели переговоры»: the clause's subject is the doer and the target joined by «и»."""
    names = [re.escape(name.split()[-1][:-1]) for name in (russian_name(action.source), russian_name(action.target))]
    return bool(
        re.search(rf"{names[0]}\w*\s+и\s+(?:\w+\s+)*{names[1]}|{names[1]}\w*\s+и\s+(?:\w+\s+)*{names[0]}", before)
    )


def clause_before(sentence: str, start: int) -> str:
    """The words of the clause before `start`."""
    return PUNCTUATION.split(sentence[:start])[-1]


def doer_written_before(action: Any, sentence: str, start: int, phrases: Sequence[Any]) -> bool:
    """The doer's name is the subject of the title's words: it ends a few words before them, and no other noun in
    the nominative stands between («Россия ... дипломаты должны» is the diplomats'), nor a subject of its own in
    the clause of saying between them («Зеленский заявил, что встретится»: Zelensky's; «заявил, что ответные меры
    означают»: the measures')."""
    doer = max(
        (phrase for phrase in phrases if phrase.actor == action.source and phrase.end <= start),
        key=lambda phrase: phrase.end,
        default=None,
    )
    if doer is None or attribute_of_a_noun(sentence[: doer.start], sentence[doer.start : doer.end], action.source):
        return False
    saying, that, clause = sentence[doer.end : start].rpartition(", что ")
    if not that:
        return subject_gap(clause, nominative_noun)
    return (
        subject_gap(saying, nominative_noun)
        and any(map(finite_verb, saying.split()))
        and subject_gap(clause, may_be_a_subject)
    )


def subject_gap(gap: str, subject: Callable[[str], bool]) -> bool:
    """A few words, in one clause, none of them a subject: nothing to be the verb's subject but the doer."""
    words = gap.split()
    return len(words) <= SUBJECT_GAP_WORDS and not PUNCTUATION.search(gap) and not any(map(subject, ungoverned(words)))


def ungoverned(words: list[str]) -> list[str]:
    """The words but a preposition and the word it governs («в понедельник»)."""
    governed = [False, *(analyzer().parse(plain(word))[0].tag.POS == "PREP" for word in words)]
    return [word for index, word in enumerate(words) if not governed[index] and not governed[index + 1]]


def nominative_noun(word: str) -> bool:
    tag = analyzer().parse(plain(word))[0].tag
    return tag.POS == "NOUN" and "nomn" in tag


def may_be_a_subject(word: str) -> bool:
    """A noun or a pronoun that may be in the nominative («меры», read first as a genitive), «он» and «она» left
    to stand for the doer."""
    if plain(word) in THE_DOERS_PRONOUNS:
        return False
    readings = analyzer().parse(plain(word))
    part = readings[0].tag.POS
    return part in {"NOUN", "NPRO"} and any(part == reading.tag.POS and "nomn" in reading.tag for reading in readings)


def finite_verb(word: str) -> bool:
    return "VERB" in analyzer().parse(plain(word))[0].tag


def attribute_of_a_noun(before: str, name: str, actor: Any) -> bool:
    """The name is no subject but belongs to a word before it: a preposition («у посольства США»), or a noun whose
    genitive it is («администрация президента Джо Байдена», «группировки кораблей НАТО»), unless that noun is the
    subject standing for the doer («Правительство России ввело»); not a title it follows in apposition («министр
    обороны Сергей Шойгу»). A name as the actor's aliases write it («МИД России») is a nominative."""
    previous = [analyzer().parse(plain(word))[0].tag for word in before.split()[-1:]]
    if previous and previous[0].POS == "PREP":
        return True
    if plain(name) in {plain(alias) for alias in cyrillic_aliases(actor)} or named_in_the_nominative(name):
        return False
    return not (previous and previous[0].POS == "NOUN" and "nomn" in previous[0])


def named_in_the_nominative(name: str) -> bool:
    """The name's last word may be a name in the nominative («Песков» the surname, not the sand's genitive)."""
    readings = analyzer().parse(plain(name.split()[-1]))
    return any("nomn" in reading.tag and NAME_GRAMMEMES & reading.tag.grammemes for reading in readings) or (
        "nomn" in readings[0].tag
    )


def first_tag(words: str) -> str:
    """The part of speech of the words' head: their first word's, or the second's after «не»."""
    head = [word for word in words.split()[:2] if word.lower() != "не"][:1]
    return str(analyzer().parse(plain(head[0]))[0].tag.POS) if head else ""


def agreeing_predicate(words: str, agreement: tuple[str, str] | None) -> str | None:
    """The words as a predicate of the headline's subject: a finite verb agreeing with it, a short adjective
    («готов») too, or a short participle before an infinitive («намерена размещать»), a gerund as a past verb;
    None when they are no predicate (a noun, a passive participle: «задержан с поличным»)."""
    part = first_tag(words)
    negated, head, rest = split_head(words)
    if part == "GRND":
        return " ".join([*negated, past_of(head, agreement), *rest])
    if part in {"VERB", "ADJS"} or (part == "PRTS" and first_tag(" ".join(rest[:1])) == "INFN"):
        return agreeing_with(agreement, words)
    return None


def split_head(words: str) -> tuple[list[str], str, list[str]]:
    first, *rest = words.split(" ")
    if first.lower() == "не" and rest:
        return [first], rest[0], rest[1:]
    return [], first, rest


def past_of(gerund: str, agreement: tuple[str, str] | None) -> str:
    """A gerund's verb in the past, agreeing with the subject («обвинив» is «обвинил» after «Трамп»)."""
    verb = analyzer().parse(analyzer().parse(plain(gerund))[0].normal_form)[0]
    number, gender = agreement or ("sing", "masc")
    inflected = verb.inflect({"past", "plur"} if number == "plur" else {"past", "sing", gender or "masc"})
    return inflected.word if inflected is not None else gerund


def agreeing_with(agreement: tuple[str, str] | None, words: str) -> str:
    """The phrase's verb (after «не», if negated) agreeing with the title's subject rather than the sentence's:
    «администрация Барака Обамы объявила» is titled «Обама объявил»; a short adjective agrees too («готовы»)."""
    if not words:
        return words
    negated, head, rest = split_head(words)
    return " ".join([*negated, agreeing(head, agreement), *rest])


def russian_agreement(actor: Any) -> tuple[str, str] | None:
    """The number and gender of the first of the actor's Russian names that tells them; a person's longest first, as
    a first name tells them («Билл Клинтон», «Марко Рубио») where a surname alone may be read as another's
    («Клинтон» feminine, «Рубио» neuter, «Милли» plural)."""
    aliases = cyrillic_aliases(actor)
    if actor.kind == Actor.Kind.PERSON:
        aliases.sort(key=lambda name: -len(name.split()))
    names = (subject_agreement(name) for name in aliases)
    return next((agreement for agreement in names if agreement is not None), None)


def russian_words(words: list[str]) -> list[str]:
    """The phrase's first words, reaching a few further rather than stop on a preposition, an adjective or a number
    before its noun («со времен холодной войны», «примерно на две трети»)."""
    cut = OBJECT_WORDS + 1
    count = reach(words, cut, leads_to_a_noun)
    if count > cut and leads_to_a_noun(words[count - 1]):
        count = cut  # no noun within reach: the cut as it was
    return words[:count]


def leads_to_a_noun(word: str) -> bool:
    return bool(RUSSIAN_LEADING_WORD.search(word))


def russian_name(actor: Any) -> str:
    """An actor's first Russian alias, else its short name."""
    cyrillic = cyrillic_aliases(actor)
    return cyrillic[0] if cyrillic else str(actor.label_name())


def cyrillic_aliases(actor: Any) -> list[str]:
    return [alias for alias in actor.alias_list() if re.search("[А-яЁё]", alias)]
