"""Reading one sentence: which actions it reports, who did them to whom, negated or conditional, and when.

In each clause (clauses.py) the first expression that is an action governs:
a verb that is the clause's predicate, or, when no verb is one, a noun ("new
sanctions", "the summit"). Expressions after it are its objects and
complements ("condemned the strikes": one action, a condemnation), unless a
second verb is joined to it by "and", "but" or a comma ("sanctioned Russia
and expelled 35 diplomats": two actions). Frames ("said", "announced",
"ordered", "retaliated") give way to the action they frame, and are the
action only when there is none (a statement). Expressions of intent
("agreed to", "offered", "pledged", "ready to") turn a cooperative action
that follows into an intent to cooperate (CAMEO 03, or 036 for talks).

Sign: an action negated or refused ("will not expel", "refused to
retaliate", "no objection") is restraint towards the other side when the
action is hostile (08 *yield*, +5.0), and a refusal when it is cooperative
(12 *reject*, −4.0; 1244 for sanctions). A hostile action under a condition
or a threat ("if ...", "could", "threatened to", "warned that ... would") is
a threat (13, −6.0; 138 for force, 131 for sanctions), flagged conditional.

Roles: the source is the actor of the noun phrase before the verb in its
clause (the agent after "by" in the passive), else the speaker; the target
is the first actor named after it. The main clause's actions take the
sentence's time expressions outside subordinate clauses; a subordinate
clause's action is read only with a time expression of its own.
"""

import datetime
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from ..dates import DAY, YEAR
from .actors import ActorMatcher, Phrase
from .clauses import (
    CONDITIONAL,
    MAIN,
    OPENING,
    RELATIVE_CLAUSE,
    SUBORDINATE,
    Clause,
    clause_at,
    dateline_end,
    split_clauses,
)
from .conjuncts import in_a_later_conjunct, mark_conjuncts
from .dates import CONTEXT, ResolvedDate, choose, find
from .lexicon import NOUN, Lexicon, LexiconMatch
from .speakers import Speaker, find_speaker
from .targets import fill_targets
from .text import IRREGULAR, Token, stem, tokenize

INTENT_CODE, INTENT_TO_MEET_CODE, CONSULT_ROOT, AID_ROOT = "03", "036", "04", "07"
RESTRAINT = ("08", "Yield: refrain from a hostile act", Decimal("5.0"))
REFUSAL = ("12", "Reject", Decimal("-4.0"))
REFUSAL_TO_EASE_SANCTIONS = ("1244", "Refuse to ease economic sanctions", Decimal("-4.0"))
THREATS = {
    "military": ("138", "Threaten to use military force", Decimal("-7.0"), "military"),
    "sanctions": ("131", "Threaten non-force: sanctions", Decimal("-5.8"), "sanctions"),
}
THREAT = ("13", "Threaten", Decimal("-6.0"), "rhetoric")
INTENT_TO_EASE_SANCTIONS = ("034", "Express intent to yield: ease sanctions", Decimal("7.0"))
AGREEMENT = ("057", "Sign formal agreement", Decimal("8.0"), "cooperation")
AGREEING = "agree to"
TOWARDS = re.compile(r"\b(?:work|move|strive|aim)\s+(?:towards?|for)\b", re.IGNORECASE)
WARNINGS = {"warn"}
THREAT_OBJECT = re.compile(
    r"\b(?:consequences|retaliat\w*|countermeasures|price to pay|pay a price|"
    r"(?P<sanctions>sanctions|economic (?:measures|penalties|consequences)|export controls|tariffs?)|"
    r"(?P<force>military|force|nuclear|strikes?|weapons?|missiles?|destroy\w*|annihilat\w*|"
    r"all (?:the )?means(?: at (?:our|its|his) disposal)?))\b",
    re.IGNORECASE,
)
VOWED = re.compile(r"vow", re.IGNORECASE)
THREATEN = "threaten"
# What a threat names as its own object ends where a reason or a condition begins: "threatened India with a
# tariff for buying Russian oil" threatens a tariff; "threatened to pull out over Western sanctions" no sanctions
THREAT_OBJECT_END = re.compile(r"[,;]|\b(?:over|for|because|after|if|unless|amid|which|that|who)\b", re.IGNORECASE)
THREAT_OBJECT_REACH = 80
# "... or face severe tariffs": what the other side is to do, else what it will suffer
ULTIMATUM = re.compile(r"\bor (?:else )?(?:face|risk)\b", re.IGNORECASE)
FAILURE = re.compile(r"\bfail(?:s|ed|ing)?\s+(?:\w+\s+){0,3}to\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "(decided not to use its missiles) to try to intercept the Tomahawks", "efforts to begin a dialogue": what is
# tried or aimed at is no event
ATTEMPTED = re.compile(
    r"\b(?:to (?:try|attempt) to|(?:efforts?|attempts?|bids?) to\s+(?:\w+\s+){0,2})\s*$", re.IGNORECASE
)
# "to spend it without asking what ...": a gerund after "without" says how something else was done
CIRCUMSTANCE = re.compile(r"\bwithout\s+$", re.IGNORECASE)
# "Moscow has not commented on the accusation": what no one commented on is no act of the silent one ("did not
# respond to the expulsions" may be restraint, and stays read)
NO_COMMENT = re.compile(
    r"\b(?:not|never|no|yet to)\s+(?:yet\s+|publicly\s+)?commented?\b[^,;.]*$",
    re.IGNORECASE,
)
# "a taxi back and forth", "flew back to Moscow", "backed away from the deal": "back" is no support
BACK_AS_ADVERB = re.compile(r"back(?:ed|s|ing)?\s+(?:and forth|to|from|into|home|out|off|away)\b", re.IGNORECASE)
# "to avoid accidental clashes": what is to be prevented is no event
PREVENTED = re.compile(r"\b(?:avoid|prevent|avert|deter|preclude|forestall)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

NEGATIONS = {"not", "n't", "never", "no", "without", "nor"}
PREDICATE_REACH = 8
LIGHT_VERB_REACH = 5  # words between a light verb and its noun: "imposed new sweeping economic sanctions"
PREDICATE_EDGES = set(",;:") | set(
    "and but or that which who whether while if unless after before when because said says say".split()
)
# A clause of its own begins: what follows "that" is another predicate's complement
COMPLEMENT = re.compile(r"\bthat\b", re.IGNORECASE)
# A contrast sets two predicates apart: a condition or a negation of one does not reach the other.
CONTRAST = re.compile(r"\b(?:but|while|whereas|though|although|yet)\b|;", re.IGNORECASE)
REFUSALS = re.compile(
    r"\b(?:refus\w*|declin\w*|ruled? out|rules out|h[eo]lds? off(?: on)?|"
    r"reject\w* (?:calls?|demands?|proposals?) to|no plans? to|(?:has|have|had) no intention)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
MODAL_CONDITION = {"could", "might", "may"}
THREAT_FRAMES = re.compile(
    r"\b(?:threat\w*|vow\w*|warn\w*|reserv\w* the right|(?:not|never)\W+hesitate)\b", re.IGNORECASE
)
# "would not hesitate to impose sanctions": a negated reluctance is no negation (a threat, above);
# "made no secret of their anger": what is not hidden is said
DOUBLE_NEGATIVES = {"hesitate", "hesitated", "hesitating", "shy", "flinch", "secret"}
DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "new",
    "further",
    "fresh",
    "any",
    "more",
    "first",
    "s",
    "of",
    "for",
    "on",
    "about",
    "over",
    "tougher",
    "wider",
    "broader",
    "sweeping",
    "additional",
    "economic",
    "possible",
    "planned",
    "proposed",
    "such",
    "every",
    "each",
    "no",
}
ADVERBS = {
    "also",
    "then",
    "later",
    "still",
    "again",
    "to",
    "jointly",
    "quickly",
    "swiftly",
    "separately",
    "even",
    "would",
    "will",
    "could",
    "might",
    "may",
    "must",
    "shall",
    "should",
    "can",
    "had",
    "has",
    "have",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "never",
    "it",
    "they",
    "he",
    "she",
}
PROGRESSIVE = {"is", "are", "was", "were", "be", "been", ",", "and", "by", "after", "before", "while", "without"}
# "would keep sharing intelligence", "began withdrawing troops": a verb of going on or starting takes a gerund
# that is its action (the gerund is a verb, not a noun)
CONTINUING = frozenset(stem(word) for word in "keep kept continue begin began begun start resume".split())
LIGHT_VERBS = frozenset(
    stem(word)
    for word in "carry conduct hold launch impose announce unveil sign conclude reach stage mount make issue give "
    "grant "
    "extend expand widen tighten slap adopt approve begin start resume open declare agree pass introduce "
    "order enter broker seal seek".split()
)
JUDGEMENT_CODES = {"11", "112", "051"}
STATEMENT = "010"
# The legislatures of the shipped actor list (vocabulary/en/actors.json)
LEGISLATURES = frozenset(
    [
        "US Congress",
        "US Senate",
        "US House of Representatives",
        "State Duma",
        "Federation Council",
        "Federal Assembly",
        "Supreme Soviet",
    ]
)
NEGATIVE_JUDGEMENT_CODES = {"11", "112"}
# Words after a judgement that leave it a judgement ("a mistake of", "dangerous and", "illegal, ..."); another word
# after it is the noun it describes ("their most dangerous missiles")
NOT_A_HEAD = frozenset(
    "of over about to for in on at by with from than as and or but nor that which who whom whose is was were are be "
    "been being it this these those its their his her our the a an if when while because since after before "
    "under against toward towards into anyone anything everyone everything us them him me you we".split()
)
# A noun phrase that opens with these names a known thing; a judgement inside it describes it
DEFINITE = frozenset("the their its his her our my your this these those whose s".split())
DEGREE = frozenset("most more less least very so too ever increasingly particularly especially".split())
SANCTIONS_CODE = "163"
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
INTENT_MODALS = {"should", "shall"}
# ", the Kremlin said": the speaker named after what is said is not its target
ATTRIBUTION = re.compile(r"\s+(?:\w+\s+)?(?:said|says|told|added|announced|reported|stated)\b", re.IGNORECASE)
SUBJECT_FIRST_WORDS = (
    "troop troops force forces soldier soldiers bomber bombers warship warships relation relations ties"
)
SUBJECT_FIRST = frozenset(stem(word) for word in SUBJECT_FIRST_WORDS.split())
COMPOUND_HEADS = frozenset(stem(word) for word in "strike attack raid test talk deal agreement treaty sanction".split())
PRONOUNS = {"it", "he", "she", "they", "we", "i"}
# "after it pulled out", "before they met": the subject of an aside, right before its verb
PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she|they)\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+[A-Za-z]")  # "the 1987 pact", "the 1991 START treaty"
QUOTE_MARKS = frozenset('"“”«»„')
BE_FORMS = frozenset("be been being is are was were".split())
WHEN = re.compile(r"when\b", re.IGNORECASE)
IF = re.compile(r"\s*if\b", re.IGNORECASE)
SUBJECTLESS = {"and", "but", "while", "yet", "that", "said", "says", "was", "were", "is", "are"}
READY_TO_ACT = re.compile(r"\s*(?:act|respond|react|take (?:further |more |additional )?(?:action|steps|measures))\b")
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DAYS_BEFORE = re.compile(r"(?P<count>a|one|two|three|four|five|six|\d) days? after\b", re.IGNORECASE)
ELABORATION = re.compile(r",\s+(?:saying|adding|noting)\b", re.IGNORECASE)
# A verb of saying before the action: what follows is reported speech with its own subject.
SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|announced|announces|stated|declared|insisted|noted|warned|"
    r"confirmed|claimed|argued|explained|stressed)\b(?:\s+(?:on\s+)?\w+day)?",
    re.IGNORECASE,
)
THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# "Biden called Putin a war criminal": the one who calls judges the one called
NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|term(?:s|ed)|dubb?(?:s|ed))\b",
    re.IGNORECASE,
)
PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "was arrested by the FBI", "by Yeltsin's forces": the agent of a passive is the first "by" phrase after the verb
# ("shot down by a missile fired from territory controlled by Russian-backed separatists": a missile, no actor)
BY_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
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
    intent_marker: str = ""  # the expression of intent before the action ("agree to", "offer")
    mutual: bool = False
    follows: bool = False  # a second action joined to the one before ("... and expelled")
    ultimatum: bool = False  # "gave Russia 50 days to agree ... or face tariffs": the giver threatens the receiver
    verbal: bool = True  # a verb, or a noun after a light verb ("launched an invasion"), not a bare noun
    date: ResolvedDate | None = None
    # the action's conjunct among the main clauses' predicates (start, end), when there are several, and whether
    # a subject of its own opens it ("..., and on Friday Putin praised it"): conjuncts.py
    conjunct: tuple[int, int] | None = None
    subject_of_its_own: bool = False

    @property
    def entry(self) -> Any:
        return self.match.entry

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
    masked = " " * dateline_end(text) + text[dateline_end(text) :]
    tokens = tokenize(masked, lexicon.language)
    clauses = split_clauses(masked)
    phrases = matcher.phrases(masked, published)
    speaker = speaker or find_speaker(masked, matcher)
    found_dates = find(masked, published)
    matches = lexicon.best_matches(masked, tokens)
    actions = []
    for clause_matches, clause in grouped_by_clause(matches, clauses):
        dated = any(same_clause(clause_at(clauses, item.start), clause) for item in found_dates)
        actions += clause_actions(clause_matches, clause, tokens, dated, masked)
    actions = [action for action in actions if keeps(action, found_dates, phrases, masked)]
    actions = [
        action
        for action in actions
        if not inside_a_name(action.match, phrases) and not BACK_AS_ADVERB.match(masked, action.match.start)
    ]
    # "failed to conclude a deal": what did not happen is no event
    actions = [
        action
        for action in actions
        if not any(
            pattern.search(masked, 0, action.match.start)
            for pattern in (FAILURE, PREVENTED, ATTEMPTED, CIRCUMSTANCE, NO_COMMENT)
        )
    ]
    mark_conjuncts(actions, phrases, masked)
    previous = None
    for action in actions:
        apply_sign(action, tokens, masked, clauses)
        assign_roles(action, phrases, masked, speaker, previous, next_expression(action, matches, masked))
        agreed_together(action, masked)
        rejected_claim_is_denied(action, masked)
        same_side_is_domestic(action)
        action.date = action_date(action, clauses, found_dates, masked, published)
        previous = action
    places = [mention for mention in matcher.mentions(masked, published) if mention.is_place]
    fill_targets(actions, phrases, places, masked)
    actions = [
        action
        for number, action in enumerate(actions)
        if not (number and elaborates(action, actions[number - 1], masked))
    ]
    main_date = choose(
        [item for item in found_dates if clause_at(clauses, item.start).kind in (MAIN, OPENING)], masked, published
    )
    actors = list(dict.fromkeys(phrase.actor for phrase in phrases))
    if speaker and speaker.actor and speaker.actor not in actors:
        actors.append(speaker.actor)
    return SentenceReading(text, actions, speaker, actors, main_date, bool(GROUP_WORDS.search(masked)), phrases)


def elaborates(action: Action, previous: Action, text: str) -> bool:
    """ "Bush pressed Putin on democracy, saying he had raised concerns": what the doer says of an act of the
    same kind is the act told again."""
    return (
        bool(ELABORATION.match(text, action.clause.start))
        and action.code[:2] == previous.code[:2]
        and action.source in (None, previous.source)
    )


def same_clause(piece: Clause, clause: Clause) -> bool:
    """Whether a piece of the sentence belongs to the clause (a main clause's pieces share its group)."""
    if clause.kind == MAIN:
        return piece.kind == MAIN and piece.group == clause.group
    return piece == clause


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


def looks_nominal(match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether a match is used as a noun: a noun entry, or a verb after a determiner ("the meeting")."""
    written = tokens[match.first].lower
    if match.part_of_speech != NOUN and match.last > match.first and tokens[match.first].stems & SUBJECT_FIRST:
        return False  # "the troops had been ordered to leave": an expression that opens with its subject is a verb
    if match.part_of_speech == NOUN and match.last > match.first and in_the_past(tokens[match.last]):
        return False  # "drones struck bombers": a noun's head written as a past verb is a subject and its verb
    if match.part_of_speech == NOUN or written.endswith(NOUN_SUFFIXES) or is_agent_noun(written, match):
        return True
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
        return before not in PROGRESSIVE and not after_continuing
    # "their continued support": an adjective between the determiner and the noun
    adjective = before.endswith(("ed", "ing", "al", "ful", "ive")) and two_before in DETERMINERS
    plain_adjective = before.endswith(("al", "ful", "ive", "ous", "ic", "ary")) and not before.endswith("ly")
    number = bool(words) and words[-1].lstrip("$€£")[:1].isdigit()
    return before in DETERMINERS or number or adjective or plain_adjective


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


def is_intent_marker(match: LexiconMatch) -> bool:
    return match.entry.cameo_code == INTENT_CODE and match.part_of_speech != NOUN


def coordinated(previous: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether `match` is a verb joined to the previous action as a second action of its own."""
    between = [token for token in tokens[previous.last + 1 : match.first] if token.is_word() or token.text == ","]
    # "... and imposed new sanctions": a light verb and the noun's modifiers stand between "and" and the noun
    while between and (
        between[-1].lower in ADVERBS
        or between[-1].lower.endswith("ly")
        or (
            (match.part_of_speech == NOUN or looks_nominal(match, tokens))
            and (between[-1].stems & LIGHT_VERBS or between[-1].lower in DETERMINERS or between[-1].is_number())
        )
    ):
        between.pop()
    words = [token.lower for token in between]
    return bool(words) and words[-1] in ("and", "but", ",", "while", "then")


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


def clause_actions(
    matches: list[LexiconMatch], clause: Clause, tokens: list[Token], dated: bool, text: str = ""
) -> list[Action]:
    actions: list[Action] = []
    matches = [match for match in matches if not describes_a_noun(match, tokens, text)]
    frames = [match for match in matches if match.is_frame() and not looks_nominal(match, tokens)]
    content = [match for match in matches if not match.is_frame()]
    verbal = [
        match
        for match in content
        if not is_intent_marker(match) and (not looks_nominal(match, tokens) or after_light_verb(match, tokens))
    ]
    intents = [match for match in content if is_intent_marker(match)]
    nouns = [m for m in content if not is_intent_marker(m) and may_govern_as_noun(m, tokens, clause, dated)]
    # "declined to retaliate", "declined to comment": a refusal frames what follows it, and is the action only
    # when nothing that could be an action does ("Washington politely declined", "ruled out any participation of
    # Russian troops": troops named are no act; "had not been ruled out but needed preparation": no act either)
    infinitives = [m for m in matches if m.is_frame() and m.first and tokens[m.first - 1].lower == "to"]  # "to comment"
    framed = [*frames, *infinitives, *verbal, *intents, *nouns]
    frames = [
        frame
        for frame in frames
        if frame.entry.cameo_code != REFUSAL[0] or not any(other.first > frame.last for other in framed)
    ]
    governing = verbal[0] if verbal else (nouns[0] if nouns else None)
    if governing is None:
        return [new_action(match, clause) for match in frame_or_occasion(intents, frames, content, text)]
    actions.append(new_action(governing, clause, governing in verbal))
    previous = governing
    for match in verbal:
        same_list = (
            looks_nominal(match, tokens)
            and looks_nominal(previous, tokens)
            and match.entry.cameo_code == previous.entry.cameo_code
        )
        if match.first > previous.last and coordinated(previous, match, tokens) and not same_list:
            # "export controls and sanctions" is one list of measures, not two actions
            actions.append(new_action(match, clause, True))
            previous = match
    for action in actions[1:]:
        action.follows = True
    for action in actions:
        marker = next((m for m in reversed(intents) if m.last < action.match.first and close(m, action.match)), None)
        window = {token.lower for token in tokens[max(0, action.match.first - 3) : action.match.first]}
        action.intent = marker is not None or bool(window & INTENT_MODALS)
        action.intent_marker = marker.entry.expression if marker else ""
    return actions


def frame_or_occasion(
    intents: list[LexiconMatch], frames: list[LexiconMatch], content: list[LexiconMatch], text: str
) -> list[LexiconMatch]:
    """What a clause without a governing action reports: the frame that says more than that someone spoke ("said
    Russia would respond firmly"); a bare statement made during a contact is that contact ("informed Obama of the
    crash during a telephone call")."""
    chosen = intents[:1] or ([frame for frame in frames if frame.entry.cameo_code != STATEMENT] or frames)[:1]
    occasions = [
        match
        for match in content
        if match.entry.cameo_code.startswith(CONSULT_ROOT) and DURING.search(text, 0, match.start)
    ]
    if occasions and chosen and chosen[0].entry.cameo_code == STATEMENT:
        return occasions[:1]
    return chosen


def close(marker: LexiconMatch, match: LexiconMatch) -> bool:
    return match.first - marker.last <= 6


def new_action(match: LexiconMatch, clause: Clause, verbal: bool = True) -> Action:
    entry = match.entry
    action = Action(match, clause, entry.cameo_code, entry.event_type, Decimal(entry.score), entry.category)
    action.verbal = verbal
    return action


def keeps(action: Action, found_dates: list[Any], phrases: list[Phrase], text: str = "") -> bool:
    """Main-clause actions; a subordinate clause's action with a time expression or a named actor doing it
    ("after Russian forces launched an invasion"), never one in an opening phrase or a condition."""
    clause = action.clause
    if clause.kind == MAIN:
        return True
    dated = any(clause.contains(item.start) for item in found_dates)
    done_by_someone = action.verbal and any(
        clause.start <= phrase.start and phrase.end <= action.match.start for phrase in phrases
    )
    if clause.kind == OPENING:
        # "Since Russia annexed Crimea in 2014, ...": a dated act someone does opens the sentence
        return is_dated_contact(action, found_dates) or (dated and done_by_someone)
    if clause.kind not in (SUBORDINATE, RELATIVE_CLAUSE):
        return False
    if clause.kind == RELATIVE_CLAUSE:
        return dated or (done_by_someone and bool(ANSWER_TO_A_CLAIM.match(text, clause.start)))
    return dated or done_by_someone or done_by_the_one_just_named(action, text)


# "during a telephone call", "during her visit": the noun names the occasion
DURING = re.compile(r"\bduring\s+(?:[\w’']+\s+){0,2}$", re.IGNORECASE)
# ", an accusation Ukraine's gas company denied", ", a claim the Pentagon rejected": someone answers what was said
ANSWER_TO_A_CLAIM = re.compile(
    r",\s+(?:a|an)\s+(?:\w+\s+)?(?:claim|charge|accusation|allegation|assertion|suggestion|version|account)s?\s+(?!that\b)",
    re.IGNORECASE,
)


DENIAL = ("016", "Deny responsibility", Decimal("0.0"), "rhetoric")


def rejected_claim_is_denied(action: Action, text: str) -> None:
    """ ", a charge the ministry rejected": a claim rejected is denied, as "rejected the charge" is."""
    if (
        action.code == REFUSAL[0]
        and action.clause.kind == RELATIVE_CLAUSE
        and ANSWER_TO_A_CLAIM.match(text, action.clause.start)
    ):
        action.code, action.event_type, action.score, action.category = DENIAL


def done_by_the_one_just_named(action: Action, text: str) -> bool:
    """ "a day after it pulled out of the agreement": a pronoun subject in the aside stands for the main clause's
    doer, so the aside names who did it."""
    return action.verbal and bool(PRONOUN_SUBJECT.search(text, action.clause.start, action.match.start))


def is_dated_contact(action: Action, found_dates: list[Any]) -> bool:
    """A call or meeting that opens the sentence with its own date ("During a video call on December 7, Biden
    warned Putin ...") is an event of its own: the two sides talked."""
    dated = any(action.clause.contains(item.start) for item in found_dates)
    return dated and action.code.startswith(CONSULT_ROOT) and action.match.part_of_speech == NOUN


def apply_sign(action: Action, tokens: list[Token], text: str, clauses: list[Clause]) -> None:
    match = action.match
    window = predicate_words(tokens, match)
    negation = NEGATIONS & set(window) and not DOUBLE_NEGATIVES & set(window)
    action.negated = bool(negation) or bool(REFUSALS.search(text, 0, match.start))
    hostile = action.score < 0
    conditional = conditioned(action, clauses, text) or bool(MODAL_CONDITION & set(window))
    threatened = is_threat_frame(text, match) and not action.negated
    if (
        action.negated
        and hostile
        and conditional
        and on_a_condition(clauses, text)
        and not REFUSALS.search(text, 0, match.start)
    ):
        # "if his proposals were accepted, Russia would not need to deploy new missiles": restraint promised on a
        # condition carries the threat of the act ("would not deploy them unless the US did so first" stays restraint)
        action.code, action.event_type, action.score, action.category = THREATS.get(action.category, THREAT)
        action.conditional = True
    elif action.negated and hostile:
        # force or sanctions held back keep their domain ("held off on new sanctions"), anything else is diplomatic
        if action.category != "military" and not action.code.startswith(SANCTIONS_CODE):
            action.category = "diplomatic"
        action.code, action.event_type, action.score = RESTRAINT
    elif action.negated and action.score > 0:
        refusal = REFUSAL_TO_EASE_SANCTIONS if action.category == "sanctions" else REFUSAL
        action.code, action.event_type, action.score = refusal
        if action.category != "sanctions":  # "would not exchange the soldier": a rejection is diplomatic
            action.category = "diplomatic"
    elif is_intent_marker(match) and VOWED.match(match.words) and not action.negated:
        # "vowed that Kyiv would face inevitable retribution": a vow that names no cooperative act is a threat
        threat = THREAT_OBJECT.search(text, match.end)
        kind = ("sanctions" if threat["sanctions"] else "military" if threat["force"] else "") if threat else ""
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
    elif ultimatum := ULTIMATUM.search(text, match.end):
        # "gave Russia 50 days to agree to a ceasefire or face tariffs": an ultimatum threatens what it names
        threat = THREAT_OBJECT.search(text, ultimatum.end(), ultimatum.end() + 60)
        action.ultimatum = True
        kind = ("sanctions" if threat["sanctions"] else "military" if threat["force"] else "") if threat else ""
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = True
    elif (
        action.entry.expression == THREATEN and not action.negated and (measure := threatened_measure(text, match.end))
    ):
        # "threatened India with a 25 percent tariff": a threat of sanctions (131), of force (138)
        action.code, action.event_type, action.score, action.category = THREATS[measure]
    elif action.entry.expression in WARNINGS and (threat := THREAT_OBJECT.search(text, match.end, match.end + 120)):
        # "warned Moscow of tougher sanctions if ...": a threat of what the warning names
        kind = "sanctions" if threat["sanctions"] else "military" if threat["force"] else ""
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = conditional or threatened
    elif hostile and (conditional or threatened) and not action.code.startswith("13"):
        action.code, action.event_type, action.score, action.category = THREATS.get(action.category, THREAT)
        action.conditional = True
    elif action.code == STATEMENT and match.is_frame() and threatened_consequence(action, clauses, text):
        # "said that if the shield went ahead, Russia would have to pick new targets for its missiles"
        threat = THREAT_OBJECT.search(text, match.end)
        kind = ("sanctions" if threat["sanctions"] else "military" if threat["force"] else "") if threat else ""
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = True
    elif is_intent_marker(match) and READY_TO_ACT.match(text, match.end) and any_condition(clauses):
        # "ready to act if the fighting continued": a threat of what the sentence names
        threat = THREAT_OBJECT.search(text)
        kind = ("sanctions" if threat["sanctions"] else "military" if threat["force"] else "") if threat else ""
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = True
    elif action.intent and action.score > 0 and action.category == "sanctions":
        action.code, action.event_type, action.score = INTENT_TO_EASE_SANCTIONS  # "agreed to lift its ban"
    elif action.intent and action.score > 0 and not decided_aid(action):
        code = INTENT_TO_MEET_CODE if action.code.startswith(CONSULT_ROOT) else INTENT_CODE
        action.code, action.event_type, action.score = code, "Express intent to cooperate", Decimal("4.0")
        action.category = "diplomatic"
    action.conditional = action.conditional or conditional


def threatened_measure(text: str, start: int) -> str | None:
    """The kind of measure ("sanctions", "military") a threat names as its object, before any reason or condition."""
    end = min(len(text), start + THREAT_OBJECT_REACH)
    edge = THREAT_OBJECT_END.search(text, start, end)
    threat = THREAT_OBJECT.search(text, start, edge.start() if edge else end)
    if threat is None:
        return None
    return "sanctions" if threat["sanctions"] else "military" if threat["force"] else None


def decided_aid(action: Action) -> bool:
    """ "The G7 have agreed to provide Russia with $24 billion in aid": aid agreed on is aid given (an offer or a
    pledge of it stays an intent)."""
    return action.intent_marker == AGREEING and action.code.startswith(AID_ROOT)


def predicate_words(tokens: list[Token], match: LexiconMatch) -> list[str]:
    """The words of the action's own predicate before it: back over auxiliaries, "not", "to", a light verb and the
    object's modifiers ("would not be the first to resume nuclear tests", "not to start new disarmament talks"), to
    the clause's edge (a comma, a conjunction, "that") and no further than PREDICATE_REACH words."""
    words: list[str] = []
    for token in reversed(tokens[max(0, match.first - PREDICATE_REACH) : match.first]):
        if token.lower in PREDICATE_EDGES:
            break
        words.append(token.lower)
    return words[::-1]


def conditioned(action: Action, clauses: list[Clause], text: str) -> bool:
    """A condition ("if ...", "unless ...") bears on the predicate it is attached to, not on one set against it
    ("would not be the first to test but would be ready to do so if Washington tested first": only the second) nor
    on one before the clause it ends ("froze assets and warned that more sanctions would follow if ...": the
    warning's)."""
    for clause in clauses:
        if clause.kind != CONDITIONAL:
            continue
        if clause.start >= action.match.end:
            between = text[action.match.end : clause.start]
            if not CONTRAST.search(between) and not COMPLEMENT.search(between):
                return True
        elif not CONTRAST.search(text[clause.end : action.match.start]):
            return True
    return False


CONSEQUENCE = re.compile(r"\b(?:would|will)\s+(?!not\b|never\b)", re.IGNORECASE)


def threatened_consequence(action: Action, clauses: list[Clause], text: str) -> bool:
    """What is said sets a condition ("if ...") on what will follow: a threat."""
    after = text[action.match.end :]
    return on_a_condition(clauses, text) and bool(CONSEQUENCE.search(after)) and not NEGATED_CONSEQUENCE.search(after)


NEGATED_CONSEQUENCE = re.compile(r"\b(?:not|never|no)\b", re.IGNORECASE)


def on_a_condition(clauses: list[Clause], text: str) -> bool:
    """Whether the sentence sets a condition with "if" (not "unless", which only says when a restraint ends)."""
    return any(clause.kind == CONDITIONAL and IF.match(text, clause.start) for clause in clauses)


def any_condition(clauses: list[Clause]) -> bool:
    return any(clause.kind == CONDITIONAL for clause in clauses)


def is_threat_frame(text: str, match: LexiconMatch) -> bool:
    """A threat frames the action: "threatened to expel", "warned that it would retaliate"."""
    return bool(THREAT_FRAMES.search(text, max(0, match.start - 60), match.start))


def inside_a_name(match: LexiconMatch, phrases: list[Phrase]) -> bool:
    """ "State" in "Secretary of State Mike Pompeo" or "Security" in "Security Council" is no action."""
    return any(phrase.start <= match.start and match.end <= phrase.end for phrase in phrases)


def agreed_together(action: Action, text: str) -> None:
    """Two sides that "agreed to" a cooperative act reached an agreement ("Bush and Yeltsin agreed to cut their
    arsenals"); one side agreeing to it states an intent."""
    agreeing = AGREEING in (action.intent_marker, action.entry.expression)
    if (
        action.mutual
        and agreeing
        and action.code == INTENT_CODE
        and not TOWARDS.search(text, action.clause.start, action.match.end + 20)
    ):
        action.code, action.event_type, action.score, action.category = AGREEMENT


def same_side_is_domestic(action: Action) -> None:
    """Between two actors of one side: domestic politics ("senators urged Trump"); a speaker and their own
    state ("Lavrov said Russia would ...") is no target at all. A legislature's verdict aimed at no one of the
    other side ("Democrats in Congress said the move was illegal") is domestic politics too."""
    source, target = action.source, action.target
    other_side_judged = target is not None and source is not None and target.side != source.side
    if source is not None and source.name in LEGISLATURES and action.code[:2] == "11" and not other_side_judged:
        action.category = "domestic"
        return
    if source is None or target is None or source.side != target.side or source.side == "other":
        return
    if "state" in (source.kind, target.kind):
        action.target = None
    else:
        action.category = "domestic"


def next_expression(action: Action, matches: list[LexiconMatch], text: str = "") -> int:
    """Where the next expression after the action begins: its target is named before it. Words of the same kind
    that run on from it are one expression ("an outrageous violation of Ukrainian territory")."""
    end = action.match.end
    later = []
    for match in sorted(matches, key=lambda match: match.start):
        if match.start < action.match.end:
            continue
        if match.entry.cameo_code == action.entry.cameo_code and not text[end : match.start].strip(" \"“”'"):
            end = match.end
            continue
        later.append(match.start)
    return min(later, default=action.clause.end)


def looks_nominal_text(text: str, start: int) -> bool:
    """An expression after a determiner is the object of what comes before ("announced the suspension")."""
    words = re.findall(r"[\w’']+", text[max(0, start - 30) : start].lower())
    return bool(words) and words[-1] in DETERMINERS


def reported_speech_start(text: str, start: int, end: int) -> int | None:
    """Where reported speech begins before the action: after the last verb of saying, and its "that"."""
    saying = list(SAYING.finditer(text, start, end))
    if not saying:
        return None
    after = saying[-1].end()
    that = list(THAT.finditer(text, after, end))
    return that[-1].end() if that else after


def reported_subject(text: str, before: list[Phrase], start: int, frame_end: int) -> list[Phrase] | None:
    """After "X said", the subject is what follows the verb of saying: a named actor, a pronoun standing
    for X (None: keep X), or someone not on the list (an empty list)."""
    words = re.findall(r"[\w’']+", text[frame_end:start].lower())
    words = [word for word in words if word not in ("that", "the", "a", "an")]
    if not words or words[0] in PRONOUNS:
        return None
    return [phrase for phrase in before if phrase.start >= frame_end]


def assign_roles(
    action: Action,
    phrases: list[Phrase],
    text: str,
    speaker: Speaker | None,
    previous: "Action | None",
    until: int,
) -> None:
    start, clause = action.match.start, action.clause
    occasion = action.code.startswith(CONSULT_ROOT) and DURING.search(text, 0, start)
    if (clause.kind == OPENING and action.match.part_of_speech == NOUN) or occasion:
        between_sides(action, phrases)
        return
    participle = action.match.words.split()[0].lower()
    # quotation marks are transparent: "had been \"caught red-handed\"" is a passive
    participle_form = bool(PASSIVE.search(text[:start].rstrip('"“ ') + " ")) and (
        participle.endswith(("ed", "en")) or participle in IRREGULAR
    )
    passive = (
        participle_form
        and action.entry.cameo_code not in JUDGEMENT_CODES  # "was disappointed", "is concerned"
        and action.entry.cameo_code != INTENT_CODE  # "was prepared to"
    )
    # "Lavrov said the Americans had been caught red-handed": who speaks accuses, the subject is accused
    judged = is_judgement_noun(action) or (participle_form and action.entry.cameo_code in NEGATIVE_JUDGEMENT_CODES)
    inside = [phrase for phrase in phrases if clause.start <= phrase.start < clause.end]
    before = [phrase for phrase in inside if phrase.end <= start]
    frame_end = (
        None
        if action.match.part_of_speech == NOUN or looks_nominal_text(text, start)
        else (reported_speech_start(text, clause.start, start))
    )
    if frame_end is not None:
        reported = reported_subject(text, before, start, frame_end)
        if reported is not None:
            before = reported
    speaking = speaker.actor if speaker else None
    if judged and judged_by_the_speaker(action, before, text, speaking):
        return
    after = [
        phrase
        for phrase in inside
        if start < phrase.start < max(until, action.match.end)
        and not (phrase.actor == speaking and ATTRIBUTION.match(text, phrase.end))
    ]
    by = BY_AGENT.search(text, action.match.end, clause.end)
    agent = next((phrase for phrase in after if by and phrase.start == by.end()), None)
    if passive:
        action.source = agent.actor if agent else None
        action.target = before[-1].actor if before else None
        return
    if action.ultimatum and before:
        # who gives the ultimatum is the clause's subject, who is to act on it its object
        action.source = before[0].actor
        action.target = next((phrase.actor for phrase in [*before, *after] if phrase.actor != action.source), None)
        return
    pair = joined_subjects(before, text) if action.score >= 0 else []  # "Lavrov and Tillerson agreed"
    quoted = text[:start].count('"') % 2 == 1 or text[:start].count("“") > text[:start].count("”")
    if quoted and speaker is not None and speaker.actor is not None and not before:
        action.source = speaker.actor  # "We had a very open dialogue," Trump said
        action.target = next((phrase.actor for phrase in after if phrase.actor != speaker.actor), None)
        return
    if action.follows and previous is not None and not action.subject_of_its_own:
        action.source = previous.source
    elif pair:
        action.source, action.target, action.mutual = pair[0].actor, pair[1].actor, True
        return
    elif before:
        # "The United States and the European Union imposed sanctions": the first named leads a joint measure
        joint = joined_subjects(before, text)
        action.source = joint[0].actor if joint else before[-1].actor
    elif previous is not None and previous.source is not None and PRONOUN_SUBJECT.search(text, clause.start, start):
        action.source = previous.source  # "..., a day after it pulled out of the agreement"
    elif has_subject(text, frame_end or clause.start, start):
        action.source = None  # "the West imposed sanctions": someone not on the list
    elif previous is not None and previous.source is not None:
        action.source = previous.source
    elif speaker and speaker.actor:
        action.source = speaker.actor
    else:
        action.source = next((phrase.actor for phrase in reversed(phrases) if phrase.end <= start), None)
    action.target = next((phrase.actor for phrase in after if phrase.actor != action.source), None)


def is_judgement_noun(action: Action) -> bool:
    return action.entry.cameo_code in JUDGEMENT_CODES and action.match.part_of_speech == NOUN


def judged_by_the_speaker(action: Action, before: list[Phrase], text: str, speaking: Any) -> bool:
    """ "Lavrov said the American sanctions were illegal", "Biden called Putin a war criminal": who speaks judges,
    what is judged is the target.
    False when no one is seen speaking before the judgement."""
    speech = reported_speech_start(text, action.clause.start, action.match.start) or naming_verb_end(
        text, action.clause.start, action.match.start
    )
    if speech is None:
        return False
    judges = [phrase.actor for phrase in before if phrase.end <= speech]
    judged = [phrase.actor for phrase in before if phrase.start >= speech]
    judge = judges[-1] if judges else speaking
    if judge is None:
        return False
    action.source = judge
    action.target = next((actor for actor in reversed(judged) if actor != judge), None)
    return True


def naming_verb_end(text: str, start: int, end: int) -> int | None:
    """Where what is judged begins after a verb that names it ("Biden called Putin a war criminal")."""
    naming = list(NAMING.finditer(text, start, end))
    return naming[-1].end() if naming else None


def between_sides(action: Action, phrases: list[Phrase]) -> None:
    """A call or meeting named in an opening phrase is between the first two sides the sentence names."""
    actors = list(dict.fromkeys(phrase.actor for phrase in phrases))
    others = [actor for actor in actors[1:] if actors and actor.side != actors[0].side]
    if actors and others:
        action.source, action.target, action.mutual = actors[0], others[0], True


def has_subject(text: str, start: int, end: int) -> bool:
    """Whether words other than conjunctions, auxiliaries and a pronoun after a verb of saying open the clause
    before its verb ("the West"; not "but said it was")."""
    words = re.findall(r"[\w’']+", text[start:end].lower())
    return any(word not in ADVERBS and word not in SUBJECTLESS for word in words)


def joined_subjects(before: list[Phrase], text: str) -> list[Phrase]:
    """Two actors joined by "and" as the subject act together ("Lavrov and Tillerson agreed")."""
    return joined_subjects_by(before, text, r"\s+and\s+")


def joined_subjects_by(before: list[Phrase], text: str, conjunction: str) -> list[Phrase]:
    joined = len(before) >= 2 and re.fullmatch(conjunction, text[before[-2].end : before[-1].start])
    return before[-2:] if joined and before[-2].actor != before[-1].actor else []


def sets_the_time(clause: Clause, clauses: list[Clause], text: str) -> bool:
    """An opening phrase ("On Monday,") or a clause opening the sentence with "when" ("When the council met on
    Tuesday, ...") dates the main clause."""
    opens = clause is clauses[0] and WHEN.match(text, clause.start) is not None
    return clause.kind == OPENING or (clause.kind == SUBORDINATE and opens)


def action_date(
    action: Action,
    clauses: list[Clause],
    found: list[Any],
    text: str,
    published: datetime.date,
) -> ResolvedDate | None:
    """The clause's own time expression; an aside without one is dated by the main clause ("announced sanctions
    on Thursday after Russian forces invaded": Thursday, for the editor to check), as the story's context dates it."""
    found = [
        item
        for item in found
        if not names_a_thing(item, text, action)
        and not owns_a_thing(item, text, action)
        and not when_intended(item, action)
        and not (clause_at(clauses, item.start).kind == MAIN and in_a_later_conjunct(item.start, action))
    ]
    if action.clause.kind == MAIN:
        # its own clause's expression, else one of a main clause before it ("said yesterday that ... and that ...")
        for group in range(action.clause.group, -1, -1):
            in_group = [
                item
                for item in found
                if sets_the_time(clause_at(clauses, item.start), clauses, text)
                or same_clause(clause_at(clauses, item.start), replace(action.clause, group=group))
            ]
            if in_group:
                return choose(in_group, text, published)
        # "raised the case with Putin when they met in Moscow in March": a "when" clause dates an undated main one
        at_the_time = [item for item in found if WHEN.match(text, clause_at(clauses, item.start).start)]
        return replace(found_date, basis=CONTEXT) if (found_date := choose(at_the_time, text, published)) else None
    main = choose([item for item in found if clause_at(clauses, item.start).kind in (MAIN, OPENING)], text, published)
    own = choose([item for item in found if action.clause.contains(item.start)], text, published)
    gap = DAYS_BEFORE.match(text, action.clause.start)
    days = (COUNTS.get(gap["count"].lower()) or int(gap["count"])) if gap else 0
    if own is None and main is None and gap:
        # "The crash came a day after Washington imposed sanctions": a day before the day the story speaks of
        return ResolvedDate(published - datetime.timedelta(days=days), DAY, basis=CONTEXT, story_days=-days)
    if own is not None or main is None:
        return own
    if gap and main.precision == DAY:  # "two days after the State Department said ...": two days before the main
        return replace(main, date=main.date - datetime.timedelta(days=days), basis=CONTEXT)
    return replace(main, basis=CONTEXT)


def when_intended(item: Any, action: Action) -> bool:
    """ "Moscow was ready to start negotiations as early as Saturday": a time ahead named after an intended act is
    when the act would happen; the intent is stated on the day it is said ("proposed a summit in April" is dated)."""
    intended = action.intent and action.code.startswith(INTENT_CODE)
    return intended and item.expected and item.start >= action.match.start


def names_a_thing(item: Any, text: str, action: Action) -> bool:
    """ "withdraw from the 1987 pact": a year between "the" and a noun names which thing, not when the action was
    done (unless that noun is the action: "the 2014 annexation")."""
    return (
        item.precision == YEAR
        and bool(THE_BEFORE.search(text, 0, item.start))
        and bool(NOUN_AFTER.match(text, item.end))
        and action.match.start - item.end not in (0, 1)
    )


POSSESSIVE = re.compile(r"['’]s\b")


def owns_a_thing(item: Any, text: str, action: Action) -> bool:
    """ "anger over last week's decision": a time in the possessive dates the thing it owns, not the action (unless
    that thing is the action: "Monday's summit")."""
    owner = POSSESSIVE.match(text, item.end)
    return owner is not None and not action.match.start <= owner.end() + 1 <= action.match.end
