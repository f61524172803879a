"""Short titles and chart labels for candidates: "US expels 35 Russian diplomats".

The title is the source's short name, the governing expression's verb in the
present tense and the words that follow it in its clause (at most a few, time
expressions left out, never ending on "a", "of" or "in", and a phrase cut short
neither inside a name, "the United States", nor on an auxiliary or an adjective
before its noun, "would be", "their strategic"); a negated action
reads "will not" (a past act denied "did not"), a threat "threatens to", an intent "offers to"; a state
after a copula reads "is disappointed", and a passive keeps its own subject
("Two Russian diplomats were expelled from ..."). The chart's label made of a
title is labels.py's.
"""

import re
from collections.abc import Callable, Sequence
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .noun_or_verb import SUBJECT_FIRST
from .signs import DENIAL, negated_object
from .tense import base_of, in_the_present, third_person
from .text import expression_stems, stem, word_stems

INTENT_MARKER_CODE = "03"
# what is said rather than done: a statement, an appeal, an intent, a disapproval, a threat ("vowed that Russia
# would pay" is no threat to vow); an act foretold as a threat reads "threatens to retaliate"
SAID_ROOTS = ("01", "02", "03", "11", "13")
# "Russia will retaliate": a threat told as the act to come, "threatens to retaliate" ("retaliated" is done)
FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|(?:is|are) going to)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
OBJECT_WORDS = 7
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TIME_WORDS = re.compile(
    rf"\b(?:(?:on|last|this|next)\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:last|this|next|early|late)\s+(?:week|month|year)(?!['’]s)"
    r"|\b(?:earlier|later)\s+(?:in the day|this (?:week|month|year)|that (?:day|week|month))\b|\blater(?=\W*$)"
    r"|\b(?:yesterday|today|tonight|on \w+ \d{1,2}|in \d{4}|formally|also|still|immediately|ever since"
    r"|(?:on\s+)?the same day|the (?:next|following) day)\b",
    re.IGNORECASE,
)
# a sentence's end inside a quotation ("... for this attack. There was ...") is one too, not an abbreviation's
# quote marks are no edge: a headline quotes without them ("warns that Europe risks plunging into a cold peace")
QUOTE_MARKS = re.compile('["“”]')
PHRASE_END = re.compile(
    r"[,;:—–()]|(?:^|(?<=[a-z]{3})|\s)[.!?][\"“”]?\s|\s(?:and|but|after|as|while|which|who|because|saying|citing"
    r"|in response)\s"
)
# words a phrase cut at OBJECT_WORDS must not end on ("calls for a full"): the cut reaches a few words further
DANGLING_WORDS = frozenset(
    "a an the of for in into to with at on by from its their his her our this these and or that than more about "
    "over under between against as up so".split()
)
EXTRA_WORDS = 4
# what a phrase cut short must not end on either, though a phrase may end there by itself ("calls the move
# dangerous"): an auxiliary or an adverb before its verb ("would be", "would only"), a quantifier ("threaten no"), an
# adjective before its noun ("lie to the American", "reduce deployed strategic")
AUXILIARIES_AND_QUANTIFIERS = frozenset(
    "would will be is are was were been being should could may might must can shall not no any some every each all "
    "both such very only also never just even least same".split()
)
MODIFIER = re.compile(
    r"(?:ic|ical|ian|ican|ean|ese|ish|ous|(?:east|west|north|south)ern|\w-(?:\w+ed|made|built|led|backed))$"
    r"|^(?:nuclear|military|foreign|joint|new|former)$"
)
CLAUSE_OPENERS = frozenset(["that", "whether", "if"])
BEGUN_CLAUSE_WORDS = 3  # "that the United States": a clause's subject, its verb cut off
TITLE_WORD = r"(?:[A-Z][\w.'’-]*)"  # "Russian", "President", "U.S." before a name
POSSESSIVE_DETERMINER = r"(?:his|her|its|their)"
# a capitalised word after a capitalised word: one name, never cut ("the United States", "Foreign Minister Lavrov")
NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
# "was disappointed", "is not concerned": a participle after a copula is a state, "is disappointed"
COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:(?:also|not|still|deeply|very|now)\s+)*$", re.IGNORECASE
)
# the auxiliaries of a passive, kept as written with its subject: "35 Russian diplomats were expelled"
PASSIVE_CHAIN = re.compile(
    r"(?:\b(?:is|are|was|were|been|be|being|has|have|had|will|would|could|may|might|must|should|not|also|formally"
    r"|later|reportedly)\s+)+$",
    re.IGNORECASE,
)
# what a headline's passive leaves out: "were expelled", "has been arrested", "is being held" are "expelled", ...
PAST_OR_PRESENT_PASSIVE = re.compile(
    r"(?:(?:is|are|was|were|has|have|had|been|being|also|formally|later|reportedly)\s+)*", re.IGNORECASE
)
NEGATIVE_WORDS = re.compile(r"\b(?:nothing|no|never|none)\b", re.IGNORECASE)
# between a subject and its verb: "must", "would not", "is due to", "did"
AUXILIARIES_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|must|can|could|may|might|should|did|does|do|is|are|was|were|has|have|had|been|be|not"
    r"|also|still|due|to|going)\s+)+$",
    re.IGNORECASE,
)
NOUN_PHRASE_OPENING = re.compile(
    r"^(?:[A-Z]|\d|(?:the|a|an|its|their|his|her|both|all|some|many|more|most|several|two|three|four|five)$)"
)
SUBJECT_WORDS = 5  # "The first round of measures restricts ..."
PRONOUNS = frozenset("he she it they we i you this that".split())
PLURAL_NOUN = re.compile(r"(?<![su])s$|^(?:two|three|four|five|people|police)$", re.IGNORECASE)
# "Zelensky, disappointed by the decision, ...": a feeling with its cause is a state without a copula too
DISAPPROVAL_ROOT = "11"
FEELING_CAUSE = re.compile(r"\s+(?:by|with|at|over|about)\b", re.IGNORECASE)
PATIENT_WORDS = 4
PATIENT_STOP = re.compile(
    r"(?<!\d)[,;:—–()\"“”]|[,;:—–()\"“”](?!\d)|^(?:and|but|that|which|who|when|after|before|as|while|once|if|until"
    r"|since|because|said|says|told|tells"
    r"|by|on|at|during|then|morning|afternoon|evening|night)$",
    re.IGNORECASE,
)


LEAD_WORDS = 5
AUXILIARIES_AND_NEGATIONS = frozenset(
    (
        "has have had will would is are was were be been being could should may might must can did do does not never"
    ).split()
)
# Alternatives this close are one verb's forms or spellings (has|have|had, overrun|overran, honor|honour).
SAME_VERB_EDITS = 2
INFINITIVE_TO = re.compile(r"\s+to\b", re.IGNORECASE)
INTENT_ADJECTIVES = frozenset(["ready", "willing", "open", "prepared"])
# a past tense, an auxiliary or a common irregular verb: what opens the words from a doer to its noun expression
VERB_OPENING = re.compile(
    r"^(?:\w+ed|has|have|had|will|would|is|are|was|were|held|made|met|took|gave|sent|won|struck|set|put|cut|began"
    r"|sought|brought|led|paid|sold|bought|left|kept|drew|broke|spoke|told|hit|shot|lost|threw|wrote|issued)$"
)


def base_words(expression: str) -> list[str]:
    return [word.split("|")[0] for word in expression.split() if word != "..."]


def written_verb(expression: str, written: str) -> str:
    """The alternative of the expression's first word that the sentence wrote: "excluded ... from the G8" is
    "exclude" of "expel|exclude ... G8", not its first alternative "expel". Forms and spellings of one verb
    ("has|have|had", "give|gave|given", "finalize|finalise"), a letter or two apart, keep the first: the form
    titles are written in."""
    first_word = next(word for word in expression.split() if word != "...")
    first, *others = [part.rstrip("*") for part in first_word.split("|")]
    stems = word_stems(written)
    other = next((other for other in others if expression_stems(other) & stems), None)
    if other is None or expression_stems(first) & stems or edits_apart(first, other) <= SAME_VERB_EDITS:
        return first
    return other


def edits_apart(first: str, second: str) -> int:
    """Levenshtein's distance: the letters to insert, delete or replace to write one word as the other."""
    previous = list(range(len(second) + 1))
    for row, letter in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (letter != other)))
        previous = current
    return previous[-1]


def object_phrase(text: str, start: int) -> str:
    rest = text[start:]
    end = PHRASE_END.search(rest)
    phrase = QUOTE_MARKS.sub("", rest[: end.start()] if end else rest)
    words = names_kept_whole(TIME_WORDS.sub("", phrase).strip().rstrip(".,;:").split())
    kept = without_a_clause_begun(words[: reach(words, tokens_within(words, OBJECT_WORDS), leads_on)])
    ends_badly = leads_on if len(kept) < len(words) else ends_unfinished
    while kept and ends_badly(kept[-1]):
        kept.pop()
    return " ".join(kept).rstrip(".,;:")


def without_a_clause_begun(kept: list[str]) -> list[str]:
    """The words without a clause the phrase's end left with a few words and no verb ("warns Putin that the United
    States" is "warns Putin"; "that Russia will act" stays)."""
    opener = max((index for index, word in enumerate(kept) if word.lower() in CLAUSE_OPENERS), default=None)
    if opener is None or opener == 0 or len(kept) - opener - 1 > BEGUN_CLAUSE_WORDS:
        return kept
    clause = [word.lower() for word in kept[opener + 1 :]]
    if any(word in AUXILIARIES_AND_QUANTIFIERS or word.endswith("ed") for word in clause):
        return kept
    return kept[:opener]


def verb_object(sentence: str, match: Any, first_word: str) -> str:
    """The words after the verb: its object phrase, or the expression's own words through its last one when the
    phrase stops short of them ("had a frank and useful conversation", not "had a frank")."""
    start = match.start + len(first_word)
    words = object_phrase(sentence, start)
    through = " ".join(TIME_WORDS.sub("", sentence[start : match.end]).split())
    if len(through) <= len(words) or len(through.split()) > OBJECT_WORDS:
        return words
    return f"{through} {object_phrase(sentence, match.end)}".strip()


def names_kept_whole(words: list[str]) -> list[str]:
    """The words, a run of capitalised words as one."""
    joined: list[str] = []
    for word in words:
        if joined and NAME_WORD.match(word) and NAME_WORD.match(joined[-1].rsplit(" ", 1)[-1]):
            joined[-1] += f" {word}"
        else:
            joined.append(word)
    return joined


def tokens_within(tokens: list[str], words: int) -> int:
    """How many tokens hold the first `words` words: a name across the cut is kept whole."""
    count = total = 0
    while count < len(tokens) and total < words:
        total += len(tokens[count].split())
        count += 1
    return count


def dangling(word: str) -> bool:
    return word.lower() in DANGLING_WORDS


def ends_unfinished(word: str) -> bool:
    """A phrase ending on it stops mid-clause: "would" before a quoted word ("sanctions would "poison" the talks")."""
    return dangling(word) or word.lower() in AUXILIARIES_AND_QUANTIFIERS


def leads_on(word: str) -> bool:
    """The word needs the next one: a phrase cut after it is cut short."""
    last = word.rsplit(" ", 1)[-1]  # "would" leads on, "May" (the month) does not
    return dangling(last) or last in AUXILIARIES_AND_QUANTIFIERS or bool(MODIFIER.search(last.lower()))


def reach(words: list[str], cut: int, needs_the_next: Callable[[str], bool]) -> int:
    """How many words a phrase cut at `cut` keeps: a few more while the last one leads on to the next."""
    count = cut
    while count < min(len(words), cut + EXTRA_WORDS) and needs_the_next(words[count - 1]):
        count += 1
    return count


def passive_title(match: Any, sentence: str) -> str:
    """A passive from its subject, as a headline writes it, without the auxiliaries of a past or present ("35
    Russian diplomats expelled from the United States"; "will be expelled" and "was not expelled" keep theirs), an
    aside between them left out ("Ames, a veteran of the CIA, was arrested" is "Ames arrested"): turned round, it
    would need the patient's words as an object, and the doer is the form's business."""
    chain = PASSIVE_CHAIN.search(sentence, 0, match.start)
    verb_start = subject_end = chain.start() if chain else match.start
    before = sentence[:subject_end].rstrip()
    if before.endswith(",") and "," in before[:-1]:  # "Hanssen, a veteran of the CIA, was arrested": Hanssen
        subject_end = before.rindex(",", 0, len(before) - 1)
    patient: list[str] = []
    for word in reversed(sentence[:subject_end].split()):
        if len(patient) == PATIENT_WORDS or PATIENT_STOP.search(word):
            break
        patient.insert(0, word)
    auxiliaries = sentence[verb_start : match.start]
    kept = "" if patient and PAST_OR_PRESENT_PASSIVE.fullmatch(auxiliaries) else auxiliaries
    return capitalised(" ".join([*patient, kept + match.words, object_phrase(sentence, match.end)]))


def title_for(action: Any, sentence: str, language: str = "en", phrases: Sequence[Any] = ()) -> str:
    """A short title for the action of a sentence; `phrases` are the sentence's actors' noun phrases."""
    if language == "ru":
        from .russian.titles import russian_title  # it builds on this module's phrase cuts

        return russian_title(action, sentence, phrases)
    return with_short_names(english_title(action, sentence, phrases), sentence, phrases)


def with_short_names(title: str, sentence: str, phrases: Sequence[Any]) -> str:
    """The title with each actor written by its short name where the sentence wrote a longer one ending in it, the
    capitalised words of a title before it with it: "Obama hosts Russian President Dmitry Medvedev" is "Obama hosts
    Medvedev", "speaks with his Russian counterpart Sergei Shoigu" "speaks with Shoigu"."""
    for phrase in phrases:
        written, short = sentence[phrase.start : phrase.end], str(phrase.actor.label_name())
        if len(written) > len(short) and written.endswith(f" {short}"):
            title = re.sub(
                rf"(?<!\w)(?:{POSSESSIVE_DETERMINER}\s+)?(?:{TITLE_WORD}\s+)*{re.escape(written)}(?!\w)", short, title
            )
    return capitalised(title)


def english_title(action: Any, sentence: str, phrases: Sequence[Any]) -> str:
    subject, doers = title_subject(action)
    match = action.match
    if getattr(action, "accused_of_it", False):  # "US accuses Russia: struck an American drone"
        accused = action.target.label_name()
        return capitalised(f"{subject} accuses {accused}: {match.words} {object_phrase(sentence, match.end)}")
    if led_by_its_subject(match):
        return subject_led_title(action, sentence, subject, phrases)
    # a noun, or a verb phrase that is its own negation ("not ... unanswered"): the words as written, from the
    # doer's verb when it stands between them ("Duma ratified the treaty"), else after the doer's name
    lead = verb_before(action, sentence, phrases) if subject else ""
    if match.part_of_speech == "noun" or base_words(match.entry.expression)[:1] in ([], ["not"]) or lead:
        body = f"{match.words} {object_phrase(sentence, match.end)}".strip()
        return capitalised(f"{subject} {lead} {body}" if lead else f"{subject}: {body}" if subject else body)
    first_word = match.words.split()[0]
    if action.passive:
        return passive_title(match, sentence)
    if not subject:
        subject, doers = sentence_subject(sentence, match.start)
    state = first_word.lower().endswith("ed") and (
        COPULA_BEFORE.search(sentence, 0, match.start)
        or (
            match.words == first_word
            and match.entry.cameo_code.startswith(DISAPPROVAL_ROOT)
            and FEELING_CAUSE.match(sentence, match.end)
        )
    )
    verb = written_verb(match.entry.expression, first_word)
    words = verb_object(sentence, match, first_word)
    if state and not (action.conditional or action.intent):
        negation = (
            ngettext("is not %(state)s", "are not %(state)s", doers)
            if action.negated
            else ngettext("is %(state)s", "are %(state)s", doers)
        )
        phrase = negation % {"state": first_word}
    elif action.conditional and match.entry.cameo_code == INTENT_MARKER_CODE:
        # "ready to act if ...", hostile, is a threat; "offered to keep supplying ... if" stays the offer
        marker = (
            [ngettext("threatens to", "threaten to", doers)]
            if action.code.startswith("13")
            else [third_person(verb, doers), *match.words.split()[1:]]
        )
        phrase, words = " ".join(marker), object_phrase(sentence, match.end)
    elif action.left_open_by is not None:  # "has not ruled out further contacts": no threat, no refusal
        phrase, words = ngettext("does not", "do not", doers), refusal_left_open(sentence, action.left_open_by)
    elif action.negated and NEGATIVE_WORDS.search(match.words):  # "has nothing to do with": negative as written
        phrase = third_person(verb, doers)
    elif action.negated and action.code == DENIAL[0]:  # "said its forces did not attack the convoy"
        phrase = _("did not %(verb)s") % {"verb": "have" if verb == "has" else verb}
    elif action.negated and not negated_object(match, sentence):  # "threatens no one" reads as written
        phrase = _("will not %(verb)s") % {"verb": verb}
    elif action.code.startswith("13") and (
        not match.entry.cameo_code.startswith(SAID_ROOTS)
        or (match.is_frame() and FUTURE_BEFORE.search(sentence, 0, match.start))
    ):
        phrase = ngettext("threatens to %(verb)s", "threaten to %(verb)s", doers) % {"verb": verb}
    elif action.intent and not action.code.startswith("13") and (intending := intent_verb(action, sentence)):
        phrase = f"{third_person(intending, doers)} to {verb}"  # "agreed to extend": "agrees to extend"
    elif action.intent:  # "committed to hold Russia accountable" (13) is no offer
        phrase = (
            ngettext("threatens to %(verb)s", "threaten to %(verb)s", doers)
            if action.code.startswith("13")
            else ngettext("offers to %(verb)s", "offer to %(verb)s", doers)
        ) % {"verb": verb}
    else:
        phrase = third_person(verb, doers, as_written=first_word)
    return capitalised(" ".join(part for part in (subject, phrase, words) if part))


def refusal_left_open(sentence: str, start: int) -> str:
    """The refusal a sentence denies, with what it would have refused, its verb in the base form: "rule out talks
    with Putin" of "did not rule out talks with Putin", "refuse to meet Biden" of "never refused to meet Biden"."""
    verb, _space, rest = sentence[start:].partition(" ")
    return f"{base_of(verb.lower()) or verb} {object_phrase(rest, 0)}".strip()


def sentence_subject(sentence: str, verb_start: int) -> tuple[str, int]:
    """Who acted in the sentence's own words, when it names no actor: the few words before the verb and its
    auxiliaries ("The diplomats must leave", "the navy would investigate"), when they open as a noun phrase does and
    a clause's edge comes before them; else nothing. Plural when their last word is."""
    chain = AUXILIARIES_BEFORE.search(sentence, 0, verb_start)
    words: list[str] = []
    for word in reversed(sentence[: chain.start() if chain else verb_start].split()):
        if PATIENT_STOP.search(word):
            break
        if len(words) == SUBJECT_WORDS:
            return "", 1
        words.insert(0, word)
    if not words or not NOUN_PHRASE_OPENING.match(words[0]) or words[0].lower() in PRONOUNS:
        return "", 1
    head = words[: words.index("of")] if "of" in words[1:] else words  # "The first round of measures"
    return " ".join(words), 2 if PLURAL_NOUN.search(head[-1]) else 1


def led_by_its_subject(match: Any) -> bool:
    """An expression whose first word is its verb's subject ("troop|troops|forces ... withdraw", "relation|relations
    ... improve"), not its verb ("extend ... treaty")."""
    slots = match.entry.expression.split(" ... ")
    return len(slots) == 2 and {stem(word) for word in slots[0].split("|")} <= SUBJECT_FIRST


def subject_led_title(action: Any, sentence: str, subject: str, phrases: Sequence[Any]) -> str:
    """Such an expression from its doer's words before it, as a passive is, its verb in the present ("Russian forces
    withdraw from Kherson"), or after the doer's name when those words are not the doer's ("Russia: troops withdraw
    from ...")."""
    match = action.match
    doer = next((phrase for phrase in phrases if phrase.actor == action.source and phrase.end <= match.start), None)
    noun, *verb = match.words.split()
    rest = " ".join([noun, *in_the_present(verb, 2 if noun.endswith("s") else 1), object_phrase(sentence, match.end)])
    if doer is not None and not sentence[doer.end : match.start].strip():
        return capitalised(f"{sentence[doer.start : doer.end]} {rest}")
    return capitalised(f"{subject}: {rest}" if subject else rest)


def intent_verb(action: Any, sentence: str) -> str:
    """The verb of the expression of intent when it is one verb with the action's "to" after it ("agreed to
    extend", "pledged to cut", "vowed to"), not an adjective ("ready to") nor a phrase ("signalled readiness to")."""
    marker = action.intent_by
    if marker is None or not (marker.words.lower().endswith(" to") or INFINITIVE_TO.match(sentence, marker.end)):
        return ""
    words = [word for word in base_words(marker.entry.expression) if word != "to"]
    return words[0] if len(words) == 1 and words[0] not in INTENT_ADJECTIVES else ""


def object_of_the_verb_before(words: list[str]) -> bool:
    """A verb expression written as a noun after a verb of its own ("imposed visa restrictions", "slapped
    sanctions"): the verb before it makes the title ("imposes visa restrictions", not "restricts"); not an
    auxiliary, "to" or a name ("Ted")."""
    return words[0].islower() and words[-1] != "to" and not AUXILIARIES_AND_NEGATIONS & set(words)


def verb_before(action: Any, sentence: str, phrases: Sequence[Any]) -> str:
    """The few words of one clause between the doer's name and a noun expression when they open with a verb, in the
    present ("signs a new", "agrees to resume"); else nothing."""
    doers = {action.source, action.target} if action.mutual else {action.source}
    ends = [phrase.end for phrase in phrases if phrase.actor in doers and phrase.end <= action.match.start]
    if not ends:
        return ""
    lead = QUOTE_MARKS.sub("", TIME_WORDS.sub("", sentence[max(ends) : action.match.start]))
    words = lead.split()
    if not 1 <= len(words) <= LEAD_WORDS or PHRASE_END.search(f" {lead} ") or not VERB_OPENING.match(words[0]):
        return ""
    if action.match.part_of_speech != "noun" and not object_of_the_verb_before(words):
        return ""
    return " ".join(in_the_present(words, len(doers)))


def title_subject(action: Any) -> tuple[str, int]:
    """Who the title says acted, and how many: both sides of a mutual act ("Putin and Trump meet", "Russia and
    US sign"), else the doer, if the sentence names one."""
    if action.source is None:
        return "", 1
    if action.mutual and action.target is not None:
        names = {"first": action.source.label_name(), "second": action.target.label_name()}
        return _("%(first)s and %(second)s") % names, 2
    return action.source.label_name(), 1


def capitalised(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]
