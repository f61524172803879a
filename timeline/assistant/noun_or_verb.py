"""Whether an expression of the lexicon is a noun that may govern its clause, or a verb, a participle or a name.

"Sanctions" after "imposed" (a light verb) is the action the verb carries; a
participle describing a noun ("the sanctioned bank"), a charge naming a person
("the accused spy"), an agent noun ("the negotiators") or what a document is
about ("a treaty on arms control") is no action of its own. reading.py asks
these questions of each match before choosing the one that governs a clause.
"""

import re

from .clauses import Clause
from .dates import MONTHS
from .lexicon import NOUN, LexiconMatch
from .targets import JUDGEMENT_CODES, NEGATIVE_JUDGEMENT_CODES
from .text import IRREGULAR, Token, stem
from .words import ADVERBS, DETERMINERS, PREDICATE_EDGES

TIME_PREPOSITIONS = frozenset("in on since by until early late mid".split())
YEAR = re.compile(r"(?:19|20)\d\d")
DAY_OF_MONTH = re.compile(r"[1-9]|[12]\d|3[01]")
LIGHT_VERB_REACH = 5  # words between a light verb and its noun: "imposed new sweeping economic sanctions"
PROGRESSIVE = {"is", "are", "was", "were", "be", "been", ",", "and", "by", "after", "before", "while", "without"}
# "would keep sharing intelligence", "began withdrawing troops": a verb of going on or starting takes a gerund
# that is its action (the gerund is a verb, not a noun)
CONTINUING = frozenset(stem(word) for word in "keep kept continue begin began begun start resume".split())
# "wrote to Yeltsin urging him to", "a letter accusing them of": a gerund with a pronoun for its object is a verb
OBJECT_PRONOUNS = frozenset("him her them us me".split())
LIGHT_VERBS = frozenset(
    stem(word)
    for word in "carry conduct hold launch impose announce unveil sign conclude reach stage mount make issue give "
    "grant "
    "extend expand widen tighten slap adopt approve begin start resume open declare agree pass introduce "
    "order enter broker seal seek complete finalize finalise finish execute implement perform".split()
)
# Words after a judgement that leave it a judgement ("a mistake of", "dangerous and", "illegal, ..."); another word
# after it is the noun it describes ("their most dangerous missiles")
NOT_A_HEAD = frozenset(
    "of over about to for in on at by with from than as and or but nor that which who whom whose is was were are be "
    "been being it this these those its their his her our the a an if when while because since after before "
    "under against toward towards into anyone anything everyone everything us them him me you we".split()
)
# A noun phrase that opens with these names a known thing; a judgement inside it describes it
DEFINITE = frozenset("the their its his her our my your this these those whose s".split())
# what opens a noun phrase whose noun may have a modifier before it: "its export blacklist", "an oil embargo"
POSSESSORS = DEFINITE | {"a", "an"}
# words that open a verb's object ("sank a Russian patrol ship"): after one of these, a word is a verb
OBJECT_OPENERS = POSSESSORS | frozenset("that it anyone anything everyone everything us them him me you we".split())
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several many some all "
    "both".split()
)
DEGREE = frozenset("most more less least very so too ever increasingly particularly especially".split())
# "cooperation" shares its stem with "cooperate", but is a noun.
NOUN_SUFFIXES = (
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ance",
    "ence",
    "ity",
    "ness",
    "ure",
    "ures",
    "ism",
    "isms",
)
SUBJECT_FIRST_WORDS = (
    "troop troops force forces soldier soldiers bomber bombers warship warships relation relations ties"
)
SUBJECT_FIRST = frozenset(stem(word) for word in SUBJECT_FIRST_WORDS.split())
COMPOUND_HEADS = frozenset(stem(word) for word in "strike attack raid test talk deal agreement treaty sanction".split())
QUOTE_MARKS = frozenset('"“”«»„')
# "a prisoner deal freed", "the proposal angered", "the withdrawal prompted": nouns made from verbs end in "-al"
# as adjectives do ("military", "diplomatic", "formal"); a verb after one of these is its predicate
NOUNS_IN_AL = ("eal", "wal", "osal", "oval", "usal", "ival", "issal", "ersal", "enial", "ayal")
RELEASE_CODE = "084"
# "conceded that relations were at their lowest", "accept their ally was about to get a bloody nose": a yielding
# verb whose object is a claim admits it; nobody yields anything
YIELD_ROOT = "08"
ADMITTING = frozenset(stem(word) for word in "accept concede admit acknowledge".split())
CLAIM_REACH = 4  # words before the claim's "that" ("conceded on Friday that") or its finite verb ("their ally was")
RELATIVE_WORDS = frozenset("that which who whom".split())
# what may stand between the verb and its claim's "that": "conceded on Friday that", "admitted publicly that"
ADMITTING_ASIDES = frozenset(
    "on in at last this yesterday today monday tuesday wednesday thursday friday saturday sunday week weekend "
    "publicly privately reluctantly finally now also".split()
)
FINITE_AUXILIARIES = frozenset("is are was were has have had will would could might must".split())
RELEASED_REACH = 5
RELEASED_THINGS = frozenset(
    "statement statements report reports video videos footage image images photo photos photograph photographs data "
    "figures document documents transcript transcripts recording recordings details list findings results text "
    "prices price readout memo memorandum information evidence emails letter letters tape tapes plan plans budget "
    "funds figure assessment analysis estimate estimates version".split()
)
DOCUMENTS = frozenset(
    "letter letters statement statements declaration declarations resolution resolutions communique communiqué "
    "note notes message petition motion memorandum".split()
)
DOCUMENT_REACH = 5
# appeals, demands, disapproval, rejection, threats: what a document can say
SAYING_ROOTS = frozenset({"02", "10", "11", "12", "13"})
BE_FORMS = frozenset("be been being is are was were".split())
AUXILIARIES = frozenset("has have had get gets got getting not also or".split())
# accused, convicted, charged: verbs whose object comes before these words ("accused Moscow of ...")
CHARGE_CODES = frozenset({"112", "173"})
CHARGE_COMPLEMENTS = frozenset({"of", "with", "for"})
# killed, wounded: deeds that take their victims as object ("killed 40 civilians")
HARM_CODES = frozenset({"18"})
HARM_COMPLEMENTS = frozenset("in at on when during while as after near".split())

BEFORE_A_GERUND_OF_TIME = frozenset(["after", "before", "upon", "since"])  # "after landing in Moscow"


def looks_nominal(match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether a match is used as a noun: a noun entry, or a verb after a determiner ("the meeting")."""
    written = tokens[match.first].lower
    if match.part_of_speech != NOUN and match.last > match.first and tokens[match.first].stems & SUBJECT_FIRST:
        return False  # "the troops had been ordered to leave": an expression that opens with its subject is a verb
    if match.part_of_speech == NOUN and match.last > match.first and in_the_past(tokens[match.last]):
        return False  # "drones struck bombers": a noun's head written as a past verb is a subject and its verb
    if match.part_of_speech == NOUN or written.endswith(NOUN_SUFFIXES) or is_agent_noun(written, match):
        return True
    if in_the_past(tokens[match.first]) and match.last + 1 < len(tokens) and tokens[match.last + 1].lower == "by":
        return False  # "the deal brokered by Turkey": a participle with its agent after it is a verb
    if match.last + 1 < len(tokens) and tokens[match.last + 1].stems & COMPOUND_HEADS:
        return True  # "bomb strikes", "missile attack": a noun modifying a noun
    # quotation marks are transparent: Moscow's "sacred fight" is a noun as Moscow's sacred fight is
    words = [token.lower for token in tokens[max(0, match.first - 4) : match.first] if token.text not in QUOTE_MARKS]
    before = words[-1] if words else ""
    two_before = words[-2] if len(words) > 1 else ""
    if tokens[match.first].lower.endswith("ing"):
        if match.first and tokens[match.first - 1].text in QUOTE_MARKS:
            return True  # a gerund in quotation marks is a term quoted: Russian "meddling"
        after_continuing = match.first > 0 and bool(tokens[match.first - 1].stems & CONTINUING)
        with_an_object = match.last + 1 < len(tokens) and tokens[match.last + 1].lower in OBJECT_PRONOUNS
        return before not in PROGRESSIVE and not after_continuing and not with_an_object
    # "their continued support": an adjective between the determiner and the noun
    adjective = before.endswith(("ed", "ing", "al", "ful", "ive")) and two_before in DETERMINERS
    plain_adjective = (
        before.endswith(("al", "ful", "ive", "ous", "ic", "ary"))
        and not before.endswith("ly")
        and not before.endswith(NOUNS_IN_AL)
    )
    if after_a_time(words):
        return False
    number = bool(words) and words[-1].lstrip("$€£")[:1].isdigit()
    return before in DETERMINERS or number or adjective or plain_adjective or after_a_noun_modifier(match, tokens)


def after_a_time(words: list[str]) -> bool:
    """ "Britain in January expelled", "the Treasury in 2022 sanctioned", "Moscow on March 3 closed": a time between
    the subject and its verb, which a month's "-ary" or a number would otherwise make an adjective or a count."""
    before, two_before, three_before = ([""] * 3 + words)[-1:-4:-1]
    month_opened = two_before.capitalize() in MONTHS and three_before in TIME_PREPOSITIONS  # "on March 3", not "the"
    month = before.capitalize() in MONTHS and two_before in TIME_PREPOSITIONS
    year = YEAR.fullmatch(before) is not None and (two_before in TIME_PREPOSITIONS or month_opened)
    day = DAY_OF_MONTH.fullmatch(before) is not None and month_opened
    return month or year or day


def after_a_noun_modifier(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "its export blacklist", "the oil embargo on Iran", "Russia's entry ban": a verb's bare form after a
    determiner or a possessive and a word or two that modify it, with no object after it, is a noun. A verb
    there agrees with a subject ("Russia's parliament bans adoptions", "their allies blacklist firms") or takes
    an auxiliary ("his government would ban"), so a modifier in the plural, a written form other than the bare
    one, or a word after it that could be its object leave it a verb."""
    written = tokens[match.first].lower
    if match.part_of_speech == NOUN or match.first < 2 or written.endswith(("s", "ed", "ing")):
        return False
    if in_the_past(tokens[match.first]) or (match.first + 1 < len(tokens) and not ends_a_noun(tokens[match.first + 1])):
        return False
    for reach in (1, 2):
        modifiers = tokens[max(0, match.first - reach) : match.first]
        if len(modifiers) < reach or not all(is_a_modifier(token) for token in modifiers):
            return False
        if match.first - reach - 1 >= 0 and tokens[match.first - reach - 1].lower in POSSESSORS:
            return True
    return False


def is_a_modifier(token: Token) -> bool:
    """A word that may stand before a noun it describes: no function word, adverb, auxiliary, or plural. A name
    ending in "s" is no plural ("the SolarWinds hack", "the Siemens deal")."""
    word = token.lower
    return (
        token.is_word()
        and word not in NOT_A_HEAD | DETERMINERS | ADVERBS | PREDICATE_EDGES | FINITE_AUXILIARIES
        and not word.endswith("ly")
        and not (word.endswith("s") and not word.endswith(("ss", ".")) and not token.text[:1].isupper())
    )


def ends_a_noun(token: Token) -> bool:
    """What may follow a noun but is no object of a verb: punctuation, a preposition, a conjunction, a verb."""
    word = token.lower
    return not token.is_word() or (word in NOT_A_HEAD - OBJECT_OPENERS) or word in FINITE_AUXILIARIES


def in_the_past(token: Token) -> bool:
    return token.lower in IRREGULAR or token.lower.endswith("ed")


def is_agent_noun(written: str, match: LexiconMatch) -> bool:
    """ "reporters" is not "report", "demonstrators" not "demonstrate"."""
    word = match.entry_pattern_slots()[0].split("|")[0]
    return (
        written.endswith(("er", "ers", "or", "ors"))
        and not word.endswith(("er", "or"))
        and len(written) > len(word) + 1
    )


def after_light_verb(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A noun that is the object of a light verb: "imposed sanctions", "held talks", "signed a treaty"."""
    words: list[Token] = []
    for token in reversed(tokens[: match.first]):
        # "ordered Russia's first military mobilisation": a possessive and its marks are part of the object
        if token.lower in PREDICATE_EDGES or len(words) == LIGHT_VERB_REACH:
            break
        if token.is_word() and token.lower != "s":
            words.append(token)
    return any(token.stems & LIGHT_VERBS for token in words)


def before_passive_light_verb(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A noun that is the subject of a light verb in the passive is its action: "new sanctions would be announced",
    "the treaty was signed"."""
    after = [token for token in tokens[match.last + 1 : match.last + 6] if token.is_word()]
    words = [token.lower for token in after]
    for number, token in enumerate(after[1:], start=1):
        # "sanctions were also imposed", "the treaty was finally signed": adverbs between the auxiliary and the verb
        auxiliaries = words[:number]
        passive = any(word in BE_FORMS for word in auxiliaries) and all(
            word in BE_FORMS or word in ADVERBS or word.endswith("ly") for word in auxiliaries
        )
        if token.stems & LIGHT_VERBS and token.lower.endswith(("ed", "en", "un")) and passive:
            return True
    return False


def may_govern_as_noun(match: LexiconMatch, tokens: list[Token], clause: Clause, dated: bool) -> bool:
    """A noun governs after a light verb, as a judgement ("a mistake", "illegal"), or as the subject of a
    dated clause ("The sanctions were imposed in April 2018")."""
    # "a mistake", "useful", "the warning", "criticism"; not "its backing", which is no praise
    judgement = match.entry.cameo_code in JUDGEMENT_CODES and (
        match.part_of_speech == NOUN or match.entry.cameo_code in NEGATIVE_JUDGEMENT_CODES
    )
    if judgement or after_light_verb(match, tokens) or before_passive_light_verb(match, tokens):
        return True
    opens_clause = all(
        not token.is_word() or token.lower in DETERMINERS or token.text[:1].isupper()
        for token in tokens
        if clause.start <= token.start < tokens[match.first].start
    )
    return opens_clause and dated


def attributive_participle(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "The expelled diplomats left", "in four occupied regions", "the alleged use": a verb's past participle
    between a determiner or a number and the noun it describes names no act of the sentence."""
    if match.part_of_speech == NOUN or match.last != match.first or not 0 < match.first < len(tokens) - 1:
        return False
    before, following = tokens[match.first - 1], tokens[match.last + 1]
    described = (
        following.is_word()
        and following.text.islower()
        and following.lower not in NOT_A_HEAD
        and not following.lower.endswith("ly")
    )
    determined = before.lower in DETERMINERS or before.lower in NUMBER_WORDS or before.text[:1].isdigit()
    in_time = after_a_time([token.lower for token in tokens[max(0, match.first - 3) : match.first]])
    return in_the_past(tokens[match.first]) and described and determined and not in_time


def deed_describing_a_noun(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "a law that punishes Russians accused of human rights abuses", "a Russian convicted of murder", "137 people
    killed when gunmen opened fire": a verb that takes its object first, written right after a noun and followed by
    "of", "with", "for" (a charge) or by where, when and how (a killing), describes the noun; it is no accusation,
    arrest or killing the sentence reports ("was accused of", "were killed in", "arrested and charged with" are)."""
    code = match.entry.cameo_code
    if match.last != match.first or not 0 < match.first < len(tokens) - 1:
        return False
    before, following = tokens[match.first - 1], tokens[match.last + 1]
    complement = CHARGE_COMPLEMENTS if code in CHARGE_CODES else HARM_COMPLEMENTS if code in HARM_CODES else set()
    return (
        in_the_past(tokens[match.first])
        and following.lower in complement
        and before.is_word()
        and before.lower not in BE_FORMS | AUXILIARIES | PREDICATE_EDGES
        and before.lower not in ADVERBS
        and not before.lower.endswith("ly")
    )


def a_thing_released(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "released a statement", "released video of the intercept", "freed most prices": what is released is no
    person, so nobody is freed."""
    if match.entry.cameo_code != RELEASE_CODE or match.last != match.first:
        return False
    for token in tokens[match.last + 1 : match.last + 1 + RELEASED_REACH]:
        if token.lower in RELEASED_THINGS:
            return True
        if not token.is_word() or token.lower in NOT_A_HEAD - DETERMINERS:
            return False
    return False


def content_of_a_document(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A participle of saying right after a document ("a letter urging", "a joint statement in Beijing opposing")
    is what the document says."""
    if match.entry.cameo_code[:2] not in SAYING_ROOTS or not tokens[match.first].lower.endswith("ing"):
        return False
    before = [token for token in tokens[max(0, match.first - DOCUMENT_REACH) : match.first] if token.is_word()]
    while len(before) > 1 and before[-1].text[:1].isupper():
        before.pop()  # "in Beijing", "in New York": where it was signed
    if before and before[-1].lower in {"in", "at"}:
        before.pop()
    return bool(before) and before[-1].lower in DOCUMENTS


def describes_a_noun(match: LexiconMatch, tokens: list[Token], text: str) -> bool:
    """A judgement word in a definite noun phrase, before the noun it describes, is no judgement made ("agreed to
    eliminate their most dangerous missiles"); predicated or quoted, it is one ("were an unfriendly act", "called it a
    \"dangerous provocation\"")."""
    if match.entry.cameo_code not in NEGATIVE_JUDGEMENT_CODES or match.part_of_speech != NOUN:
        return False
    if match.last + 1 >= len(tokens) or in_quotation(text, match.start):
        return False
    following = tokens[match.last + 1]
    if not following.is_word() or not following.text.islower() or following.lower in NOT_A_HEAD:
        return False
    if following.lower.endswith("ly"):
        return False
    before = next(
        (token.lower for token in reversed(tokens[: match.first]) if token.lower not in DEGREE and token.is_word()), ""
    )
    return before in DEFINITE


def in_quotation(text: str, position: int) -> bool:
    before = text[:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def a_claim_admitted(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "conceded on Friday that relations were at their lowest", "accept their ally was about to lose", "conceded
    as much": a verb of yielding whose object is a clause, or "as much", admits a claim."""
    if not match.entry.cameo_code.startswith(YIELD_ROOT) or match.last != match.first:
        return False
    if not tokens[match.first].stems & ADMITTING:
        return False
    if [token.lower for token in tokens[match.last + 1 : match.last + 3]] == ["as", "much"]:
        return True  # "conceded as much": the claim is the one just told
    between: list[str] = []
    for token in tokens[match.last + 1 : match.last + 2 + CLAIM_REACH]:
        if token.lower in RELATIVE_WORDS:  # "accept any resolution that would ...": a relative clause, no claim
            return token.lower == "that" and all(word in ADMITTING_ASIDES for word in between)
        if token.lower in FINITE_AUXILIARIES:
            return True
        if not token.is_word():
            return False
        between.append(token.lower)
    return False


def gerund_of_a_time(match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "after landing in Moscow", "before leaving for Ankara": a gerund right after a preposition of time."""
    return (
        match.first > 0
        and tokens[match.first - 1].lower in BEFORE_A_GERUND_OF_TIME
        and tokens[match.first].lower.endswith("ing")
    )
