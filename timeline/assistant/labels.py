"""Chart labels: a candidate's title made to fit the chart's 40 characters as a headline is.

A title that fits is its own label. A longer English one is written as a headline is: without articles, with the
short forms "US", "UN", "EU", without an intensifier after its verb or the "that" after a verb of saying ("Clinton
says Russia will pay heavy price"), then with a titled name by its last word ("Russian President Dmitry Medvedev"
is "Medvedev"). One still too long drops its trailing modifiers, as a headline does: it ends before a preposition, a
clause or a participle that only adds to what was done ("Bush condemns seizure of power", not "Bush condemns seizure
of power…" of "... of power in the Soviet Union"), provided what is kept says what was done to what. Only where no
such end fits is it cut with an ellipsis, never after a function word. A Russian label is made the same way, from
the words its title has.
"""

import itertools
import re
from collections.abc import Callable

from .noun_or_verb import NOUN_SUFFIXES
from .russian.labels import shortened_forms
from .russian.morphology import analyzer, plain
from .russian.titles import DANGLING
from .titles import AUXILIARIES_AND_QUANTIFIERS, PRONOUNS, capitalised, dangling, leads_on, names_kept_whole

LABEL_LENGTH = 40
LABEL_WORDS_AT_LEAST = 2  # the doer and its verb
HEADLINE_ARTICLES = re.compile(r"(?<=\s)(?:the|a|an)\s")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=[a-z])", re.IGNORECASE)
NOUN_AFTER_AN_ARTICLE = re.compile(r"\b(?:the|a|an)\s+([a-z][a-z-]+)\b")
POSSESSIVES = frozenset("its their his her".split())
LONE_ADVERBS = frozenset("already still also just even".split())
# words that open what a headline leaves out: a place, a time, a manner, a reason, a clause
ENGLISH_MODIFIER_OPENERS = frozenset(
    "in on at for with from by over about into during until after before since under against near amid among "
    "between without within via across along around through toward towards beyond outside despite including "
    "following ahead as that which who whether while when where because if so than".split()
)
# what a headline drops only when nothing shorter is whole, and only after a noun of an act: "Norway condemns
# detention" of "the detention of ...", never "hold five hours" of "five hours of talks"
LAST_RESORT_OPENERS = frozenset(["of"])
RUSSIAN_MODIFIER_OPENERS = frozenset(
    "в во на с со по о об за из для против при после через между от до у без под над перед вместо что чтобы "
    "который которая которое которые если когда пока".split()
)
SUBJECT_JOINING_WORDS = frozenset(["and", "of", "и"])
DETERMINERS = frozenset(["the", "a", "an"])
NEGATIONS = frozenset(["не"])
RUSSIAN_LEADING = frozenset({"ADJF", "PRTF", "NUMR", "PREP", "CONJ", "INFN"})
# «в связи с», «в ответ на»: a preposition of two words and the one after it
RUSSIAN_PREPOSITION_PAIRS = frozenset([("в", "связи"), ("в", "ответ"), ("по", "сравнению"), ("в", "отличие")])
TIME_UNITS = frozenset("minutes hours days weeks months years".split())
# a phrasal verb's second word: what follows it is what was done to
PARTICLES = frozenset("out off up down back away".split())
# what may be a verb's particle as well as a preposition: "to pass on any information"
PHRASAL_PARTICLES = PARTICLES | {"on", "over", "in"}
# verbs after whose object "to" and a verb say why: "travels to Warsaw to reassure", "telephones Putin to protest"
GOING_OR_CALLING = frozenset(
    "telephones phones travels flies visits sends dispatches summons writes arrives goes returns comes".split()
)
STATES_BY_ADJECTIVE = {
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Chinese": "China",
    "British": "UK",
    "French": "France",
    "German": "Germany",
    "Polish": "Poland",
    "Georgian": "Georgia",
    "Belarusian": "Belarus",
}
NATIONAL_MINISTRY = re.compile(
    rf"^({'|'.join(STATES_BY_ADJECTIVE)}) (?:Foreign|Defence|Defense|Justice|Finance|Economy|Energy) Ministry$"
)
US_DEPARTMENT = re.compile(r"^(?:US |U\.S\. )?(?:State|Commerce|Treasury|Justice|Defense) Department$|^US Treasury$")
MUTUAL_VERBS = frozenset("meet talk speak confer negotiate".split())
# verbs that say nothing without their object: "threatens to do", "has nothing to do"
LIGHT_VERBS = frozenset("do make take give get put have".split())
# the short forms headlines write: "US", "UN", "EU"
ABBREVIATIONS = (
    (re.compile(r"\b(?:United States|U\.S\.(?=\W|$))"), "US"),
    (re.compile(r"\b(?:United Nations|U\.N\.(?=\W|$))"), "UN"),
    (re.compile(r"\bEuropean Union\b"), "EU"),
    (re.compile(r"\bUnited Kingdom\b"), "UK"),
)
PERSONS_TITLES = frozenset(
    "President Minister Secretary Chancellor Ambassador Premier Leader Senator Spokesman Spokeswoman Envoy Chief "
    "Director General King Prince Representative leader spokesman".split()
)
ADVERB = re.compile(r"^[a-z]{3,}[^p]ly$")  # "accuses Russia of repeatedly" ("comply" is no adverb)
INTENSIFIERS = frozenset(
    "very absolutely deeply highly extremely strongly firmly fully repeatedly formally quickly potentially officially "
    "completely entirely particularly really sharply swiftly immediately".split()
)
# verbs of saying whose "that" a headline leaves out ("warns that": "warns"); "calls that move ..." keeps it
SAYING = frozenset(
    "says warns insists pledges promises vows demands proposes writes retorts argues claims announces notes stresses "
    "confirms denies agrees adds asserts suggests fears assures tells reports believes hopes".split()
)
CLAUSE_SUBJECT_WORDS = 4  # "that Russia's new government would"
# "-ing" after a noun opens a participle phrase: "signs a charter creating a council"
PARTICIPLE = re.compile(r"^[a-z]{3,}ing$")


def label_for(title: str, language: str = "en") -> str:
    """The title, or the headline it shortens to within LABEL_LENGTH characters."""
    if len(title) <= LABEL_LENGTH:
        return title
    if language == "en":
        return english_label(title)
    return russian_label(title)


def english_label(title: str) -> str:
    nouns = nouns_after_an_article(title)
    title = capitalised(LEADING_ARTICLE.sub("", HEADLINE_ARTICLES.sub("", title)))
    for long_form, short_form in ABBREVIATIONS:
        title = long_form.sub(short_form, title) if len(title) > LABEL_LENGTH else title
    if len(title) <= LABEL_LENGTH:
        return title
    tokens = compressed(names_kept_whole(title.split()))
    shortened = [tokens[0], *map(short_name, tokens[1:])]
    tightest = tightened(shortened)
    variants = (tokens, shortened, tightest)
    if fits(tokens) or fits(shortened):
        return " ".join(tokens if fits(tokens) else shortened)
    if fits(tightest) and says_what_was_done(tightest, ""):
        return " ".join(tightest)
    for openers, words in itertools.product((ENGLISH_MODIFIER_OPENERS, LAST_RESORT_OPENERS), variants):
        if (end := whole_phrase_end(words, openers, nouns)) is not None:
            return " ".join(words[:end]).rstrip(",;:")
    return cut_short(shortened, leads_on, english_function_word)


def nouns_after_an_article(title: str) -> frozenset[str]:
    """The words an article opened in the title: nouns, though "to" comes before them once the article is dropped
    ("agree to a ceasefire in ..." is no "agree to pass on ...")."""
    return frozenset(word for word in NOUN_AFTER_AN_ARTICLE.findall(title) if not word.endswith(("ly", "ed")))


def tightened(tokens: list[str]) -> list[str]:
    """What a headline drops last: the possessive before a noun ("recalls its ambassador": "recalls ambassador")
    and the "and" between two doers ("Russia and Ukraine agree": "Russia, Ukraine agree")."""
    verb = verb_index(tokens)
    kept = [
        token
        for index, token in enumerate(tokens)
        if not (index > verb and token in POSSESSIVES and tokens[index + 1 : index + 2] and tokens[index + 1].islower())
    ]
    if verb == 3 and kept[1] == "and":
        return [f"{kept[0]},", *kept[2:]]
    return [state_for_its_ministry(kept[0]), *kept[1:]]


def state_for_its_ministry(doer: str) -> str:
    """A ministry or department by its state, as a headline names it: "Russia summons US ambassador" of "Russian
    Foreign Ministry summons ...", "US sanctions four ships" of "State Department sanctions ..."."""
    if match := NATIONAL_MINISTRY.match(doer):
        return STATES_BY_ADJECTIVE[match.group(1)]
    return "US" if US_DEPARTMENT.match(doer) else doer


def compressed(tokens: list[str]) -> list[str]:
    """The words without what a headline leaves out of its middle: an intensifier after the verb ("calls the
    sanctions absolutely illegal"), the "that" of a verb of saying and the past of its "would" ("says that Russia
    would pay": "says Russia will pay")."""
    verb = verb_index(tokens)
    kept = [token for index, token in enumerate(tokens) if index <= verb or token not in INTENSIFIERS]
    that = next((index for index in (verb + 1, verb + 2) if index < len(kept) and kept[index] == "that"), None)
    if that is None or kept[verb] not in SAYING or (that == verb + 2 and not kept[verb + 1][:1].isupper()):
        return kept
    clause = kept[that + 1 :]
    would = next((index for index, word in enumerate(clause[:CLAUSE_SUBJECT_WORDS]) if word == "would"), None)
    if would is not None:
        clause[would] = "will"
    return [*kept[:that], *clause]


def whole_phrase_end(words: list[str], openers: frozenset[str], nouns: frozenset[str] = frozenset()) -> int | None:
    """How many of the words make the longest label that fits and ends before a modifier, saying what was done."""
    ends = range(len(words) - 1, LABEL_WORDS_AT_LEAST - 1, -1)
    return next(
        (
            end
            for end in ends
            if opens_a_modifier(words, end, openers)
            and fits(words[:end])
            and says_what_was_done(words[:end], words[end], nouns)
        ),
        None,
    )


def short_name(token: str) -> str:
    """A person's name with a title by the last word: "Russian President Dmitry Medvedev" is "Medvedev" (a name
    without a title may be an institution's, "U.N. Security Council")."""
    words = token.split()
    return words[-1] if len(words) >= 3 and PERSONS_TITLES & set(words[:-1]) else token


def opens_a_modifier(tokens: list[str], index: int, openers: frozenset[str] = ENGLISH_MODIFIER_OPENERS) -> bool:
    word, previous = tokens[index], tokens[index - 1]
    if openers is LAST_RESORT_OPENERS:
        return word in openers and previous.lower().endswith(NOUN_SUFFIXES)
    if word in TIME_UNITS:  # "hours before Putin ...": the time is the modifier's
        return tokens[index + 1 : index + 2] in (["before"], ["after"])
    if previous in TIME_UNITS:
        return False
    after_a_noun = not leads_on(previous) and not previous.endswith("ed") and tokens[index - 2 : index - 1] != ["to"]
    return word in openers or bool(PARTICIPLE.match(word) and after_a_noun) or opens_a_purpose(tokens, index)


def opens_a_purpose(tokens: list[str], index: int) -> bool:
    """ "to" and a verb after the object of a verb of going or calling: why it was done ("telephones Yeltsin to
    explain"), which a headline leaves out; after "urges Yeltsin" the same words are what was urged."""
    verb = verb_index(tokens)
    return (
        tokens[index] == "to"
        and verb < len(tokens)
        and tokens[verb] in GOING_OR_CALLING
        and index > verb + 1
        and tokens[index + 1 : index + 2] != []
        and tokens[index + 1].islower()
    )


def says_what_was_done(kept: list[str], following: str, nouns: frozenset[str] = frozenset()) -> bool:
    """The words name the doer, the verb and what it was done to, and the last of them needs no other: not
    "offers to pass" of "offers to pass on any information", nor "lashes out" of "lashes out at criticism"."""
    last = kept[-1]
    verb_after_to = kept[-2] == "to" and last not in nouns
    if (
        leads_on(last)
        or last in ENGLISH_MODIFIER_OPENERS
        or last in PARTICLES
        or (verb_after_to and (last in LIGHT_VERBS or (last.islower() and following in PHRASAL_PARTICLES)))
        or ADVERB.search(last)
        or waits_for_more(kept)
    ):
        return False
    return says_more_than_its_verb(kept) or two_doers_meet(kept)


def waits_for_more(kept: list[str]) -> bool:
    """A title of a long sentence may stop mid-phrase ("... for what it", "more than 1", "the tactics used"): a
    pronoun, a number, a lone adverb or a participle after its noun is no end."""
    last = kept[-1]
    return (
        (last.lower() in PRONOUNS and len(kept) > verb_index(kept) + 1)
        or last[:1].isdigit()
        or last in LONE_ADVERBS
        or (last.endswith("ed") and after_its_noun(kept))
    )


def after_its_noun(kept: list[str]) -> bool:
    """The last word follows a noun of the object ("the tactics used"), not an auxiliary ("is not consulted")."""
    before = kept[-2]
    return before[:1].islower() and not english_function_word(before) and verb_index(kept) < len(kept) - 2


def two_doers_meet(kept: list[str]) -> bool:
    """ "Trump and Putin meet": a mutual act's verb says what was done without an object."""
    return verb_index(kept) == len(kept) - 1 and "and" in kept[:-1] and kept[-1] in MUTUAL_VERBS


def says_more_than_its_verb(kept: list[str]) -> bool:
    """A word stands after the verb."""
    return verb_index(kept) < len(kept) - 1


def verb_index(kept: list[str]) -> int:
    """Where the verb stands: the first word after the doer's names ("Putin and Bush"), or after the noun phrase a
    determiner opens ("The separatists", "Hundreds of protesters")."""
    return next((index for index in range(1, len(kept)) if not in_the_subject(kept, index)), len(kept))


def in_the_subject(kept: list[str], index: int) -> bool:
    word, previous = kept[index], kept[index - 1].lower()
    if word in NEGATIONS:
        return True  # «Россия не будет»: the verb is the word after it
    return not word[:1].islower() or word in SUBJECT_JOINING_WORDS or previous in SUBJECT_JOINING_WORDS | DETERMINERS


def fits(tokens: list[str]) -> bool:
    return len(" ".join(tokens)) <= LABEL_LENGTH


def cut_short(tokens: list[str], needs_the_next: Callable[[str], bool], function_word: Callable[[str], bool]) -> str:
    """As many words as fit with an ellipsis, never ending on a function word ("of", "that", "had"), nor on another
    word that needs the next unless only the verb would be left before it ("Russia expels 60 American…", not
    "Russia expels…")."""
    kept: list[str] = []
    for token in tokens:
        if len(" ".join([*kept, token])) >= LABEL_LENGTH:
            break
        kept.append(token)
    while len(kept) > LABEL_WORDS_AT_LEAST and (
        function_word(kept[-1]) or (needs_the_next(kept[-1]) and says_more_than_its_verb(kept[:-1]))
    ):
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"


def russian_label(title: str) -> str:
    """The title's words, or a shortened form of them (russian.labels), that fit whole; else the first of them
    with an end before a modifier; else the most shortened, cut short."""
    tokens = title.split()
    forms = [tokens, *shortened_forms(tokens)]
    for words in forms[1:]:
        if fits(words) and says_more_than_its_verb(words):
            return " ".join(words)
    for words in forms:
        if (end := russian_phrase_end(words)) is not None:
            return " ".join(words[:end]).rstrip(",;:")
    return cut_short(forms[-1], russian_leads_on, russian_function_word)


def russian_phrase_end(tokens: list[str]) -> int | None:
    for end in range(len(tokens) - 1, LABEL_WORDS_AT_LEAST - 1, -1):
        kept = tokens[:end]
        if (
            tokens[end] in RUSSIAN_MODIFIER_OPENERS
            and fits(kept)
            and says_more_than_its_verb(kept)
            and not russian_leads_on(kept[-1])
            and tuple(kept[-2:]) not in RUSSIAN_PREPOSITION_PAIRS
        ):
            return end
    return None


def english_function_word(word: str) -> bool:
    lower = word.lower()
    return (
        dangling(word)
        or lower in AUXILIARIES_AND_QUANTIFIERS
        or lower in ENGLISH_MODIFIER_OPENERS
        or bool(ADVERB.search(word))
    )


def russian_function_word(word: str) -> bool:
    return bool(DANGLING.match(f" {word}")) or word in RUSSIAN_MODIFIER_OPENERS or word in ("и", "или", "не")


def russian_leads_on(word: str) -> bool:
    """A preposition, an adjective, a participle or a number before its noun, or an infinitive before its object, in
    the word's likeliest reading («сожаление» is a noun, though it ends as adjectives do)."""
    return bool(RUSSIAN_LEADING & analyzer().parse(plain(word.strip("«»,;:")))[0].tag.grammemes)
