"""Who did an action and to whom: its source and its target.

The source is the actor of the noun phrase before the verb in its clause (the
agent after "by" in the passive), else the speaker; the target is the first
actor named after it, before the next expression (assign_roles).

When no actor is named between the action and the next expression, targets_beyond.py looks further (shared
objects, a state that is the place, another side named later in the clause).

Only then does sides.py aim an action at the other side of the two whose relations the timeline follows.
"""

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .actors import Phrase
from .clauses import OPENING, RELATIVE_CLAUSE, Clause
from .dates import ATTRIBUTION
from .lexicon import NOUN, LexiconMatch
from .signs import CONSULT_ROOT, INTENT_CODE
from .speakers import Speaker
from .text import IRREGULAR, POSSESSIVE, stem
from .words import ADVERBS, DETERMINERS

if TYPE_CHECKING:
    from .reading import Action

# ", the Kremlin said": the speaker named after what is said is not its target
ATTRIBUTED = re.compile(r"\s+(?:\w+\s+)?(?:said|says|told|added|announced|reported|stated)\b", re.IGNORECASE)
STATE = "state"
BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?", re.IGNORECASE)
AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
RELATIVE_PRONOUN = re.compile(r",\s*(?:who|which)\b")
JUDGEMENT_CODES = {"11", "112", "051"}
NEGATIVE_JUDGEMENT_CODES = {"11", "112"}
PRONOUNS = {"it", "he", "she", "they", "we", "i"}
# "after it pulled out", "before they met": the subject of an aside, right before its verb
PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she|they)\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
# "He also asked ...", "She then urged ...": a personal pronoun, a few adverbs or auxiliaries, then the action
OPENING_PRONOUN = re.compile(
    r"\s*(?:he|she|they)\s+(?:(?:\w+ly|also|then|later|had|has|have|would|will)\s+){0,2}", re.IGNORECASE
)
# ", and said it would press ...": a later main clause whose doer is a pronoun after a verb of saying
SAID_A_PRONOUN = re.compile(
    r",?\s*(?:and|but)\s+(?:\w+ly\s+)?(?:said|says|added|announced|warned|stressed)\s+(?:that\s+)?(?:it|he|she|they)\b",
    re.IGNORECASE,
)
SUBJECT_REACH = 12  # "The U.S. State Department": the sentence's first words
SUBJECTLESS = {"and", "but", "while", "yet", "that", "said", "says", "was", "were", "is", "are"}
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
# "mediated by the leaders of Germany and France", "detained by officers of the FSB": people who act for an actor
AGENTS_OF = (
    r"(?:(?:the\s+|an?\s+)?(?:\w+\s+)?(?:leaders?|heads?|presidents?|ministers?|representatives?|officials?|officers?|agents?|envoys?|"
    r"diplomats?|governments?|forces|troops|authorities|delegations?|members?)\s+of\s+)?"
)
BY_AGENT = re.compile(rf"\bby\s+{AGENTS_OF}", re.IGNORECASE)
# "ten Russian agents arrested by the FBI": a participle with its agent and no auxiliary is a passive too
AGENT_NEXT = re.compile(rf"\s+by\s+{AGENTS_OF}", re.IGNORECASE)
# "of the European Union": an actor whose name takes the article may be named with it or after it
ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)
ACTIVE_BEFORE = re.compile(r"\b(?:has|have|had|having|to|they|he|she|it|we|who)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a place or a time between a judgement's participle and its agent: "was condemned in Paris on Tuesday by ..."
AGENT_WITHIN = re.compile(r"(?:\s*,?\s*(?:in|at|on|last|this)\s+(?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*)*\s*,?\s*")
FEELINGS = frozenset(
    stem(word)
    for word in "disappoint concern worry alarm anger frustrate dismay trouble upset shock surprise please encourage "
    "satisfy regret".split()
)
# "during a telephone call", "during her visit": the noun names the occasion
DURING = re.compile(r"\bduring\s+(?:[\w’']+\s+){0,2}$", re.IGNORECASE)


def next_expression(action: "Action", matches: list[LexiconMatch], text: str = "") -> int:
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
    action: "Action",
    phrases: list[Phrase],
    text: str,
    speaker: Speaker | None,
    previous: "Action | None",
    until: int,
    asides: Sequence[Clause] = (),
) -> None:
    """Who did the action and to whom. The actors of `asides` opened by "who" or "which", relative clauses inside the
    action's clause ("Lavrov, who met Rubio in May, threatened ..."), are not the action's; an apposition's may tell
    whose the subject is ("Ames, a veteran of the CIA, was arrested")."""
    start, clause = action.match.start, action.clause
    occasion = action.code.startswith(CONSULT_ROOT) and DURING.search(text, 0, start)
    if (clause.kind == OPENING and action.match.part_of_speech == NOUN) or occasion:
        between_sides(action, phrases)
        return
    if (named := named_between(action, phrases, text)) is not None:
        # "Talks between Russia and NATO are set for Wednesday": the two it names, together
        action.source, action.target, action.mutual = named[0].actor, named[1].actor, True
        return
    if clause.kind == RELATIVE_CLAUSE and (antecedent := relative_pronouns_antecedent(phrases, text, clause.start)):
        # "Lavrov, who met Rubio in May, ...": who did it is the one "who" stands for
        action.source = antecedent.actor
        action.target = next(
            (
                phrase.actor
                for phrase in phrases
                if start < phrase.start < clause.end and phrase.actor != antecedent.actor
            ),
            None,
        )
        return
    participle = action.match.words.split()[0].lower()
    # quotation marks are transparent: "had been \"caught red-handed\"" is a passive
    participle_shape = participle.endswith(("ed", "en")) or participle in IRREGULAR
    participle_form = participle_shape and (
        bool(PASSIVE.search(text[:start].rstrip('"“ ') + " ")) or reduced_relative(action, text, phrases)
    )
    passive = (
        participle_form
        and action.entry.cameo_code not in JUDGEMENT_CODES  # "was disappointed", "is concerned"
        and action.entry.cameo_code != INTENT_CODE  # "was prepared to"
    )
    # "Lavrov said the Americans had been caught red-handed": who speaks accuses, the subject is accused
    judged = is_judgement_noun(action) or (participle_form and action.entry.cameo_code in NEGATIVE_JUDGEMENT_CODES)
    if participle_form and judged_by_its_agent(action, text, phrases):
        # "The bombing was condemned by Russia's parliament on Wednesday": a judgement made, by its agent
        passive, judged = True, False
    inside = [
        phrase
        for phrase in phrases
        if clause.start <= phrase.start < clause.end
        and not any(aside.contains(phrase.start) and RELATIVE_PRONOUN.match(text, aside.start) for aside in asides)
    ]
    before = [phrase for phrase in inside if phrase.end <= start]
    if action.intent_by is not None:
        # "Moscow is ready to restore dialogue with Washington and to cooperate": the one ready, not Washington
        before = [phrase for phrase in before if phrase.end <= action.intent_by.start] or before
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
        and not (phrase.actor == speaking and ATTRIBUTED.match(text, phrase.end))
    ]
    by = BY_AGENT.search(text, action.match.end, clause.end)
    agent = next((phrase for phrase in after if by and phrase.start in agent_starts(text, by.end())), None)
    if passive:
        action.passive = True
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
        action.source = joint[0].actor if joint else nearest_doer(before, start, after)
    elif previous is not None and previous.source is not None and PRONOUN_SUBJECT.search(text, clause.start, start):
        action.source = previous.source  # "..., a day after it pulled out of the agreement"
    elif (subject := sentence_subject(phrases, clause.start)) is not None and SAID_A_PRONOUN.match(
        text, clause.start, start
    ):
        # "The State Department called the verdict cruel and said it would press for her release": the one who said
        action.source = subject.actor
    elif has_subject(text, frame_end or clause.start, start):
        action.source = None  # "the West imposed sanctions": someone not on the list
    elif previous is not None and previous.source is not None:
        action.source = previous.source
    elif speaker and speaker.actor and not pronoun_before_a_later_speaker(text, clause.start, start, speaker):
        action.source = speaker.actor
    elif speaker and speaker.actor:
        action.source = None  # the one the pronoun stands for, whom the story named before (candidates.py)
    else:
        action.source = nearest_doer(phrases, start, after)
    action.target = next(
        (
            phrase.actor
            for phrase in after
            if phrase.actor != action.source and not doers_own_state(phrase, action, text)
        ),
        None,
    )


def doers_own_state(phrase: Phrase, action: "Action", text: str) -> bool:
    """ "Putin signed a law suspending Russia's participation in the treaty": the possessive of the doer's own state,
    whose participation, troops or ambassador the doer acts with, is no target, as "its participation" is none. A
    judgement of one's own ("Putin criticised Russia's generals") stays aimed at home."""
    source = action.source
    return (
        source is not None
        and bool(POSSESSIVE.match(text, phrase.end))
        and getattr(phrase.actor, "kind", None) == STATE
        and phrase.actor.side == source.side
        and action.entry.cameo_code not in JUDGEMENT_CODES
    )


def reduced_relative(action: "Action", text: str, phrases: list[Phrase]) -> bool:
    """A participle after its noun with an actor as its agent next ("the diplomats expelled by Moscow"), no
    auxiliary ("arrested by mistake" is no agent)."""
    match = action.match
    agent = AGENT_NEXT.match(text, match.end)
    return (
        agent is not None
        and match.part_of_speech != NOUN
        and len(match.words.split()) == 1
        and any(phrase.start in agent_starts(text, agent.end()) for phrase in phrases)
        and not ACTIVE_BEFORE.search(text, 0, match.start)
    )


def judged_by_its_agent(action: "Action", text: str, phrases: list[Phrase]) -> bool:
    """A judgement in the passive with an actor as its agent ("was condemned by Russia's parliament", "was praised by
    NATO on Friday") is a judgement that agent made; a feeling is a state ("was disappointed by the decision")."""
    if action.entry.cameo_code not in JUDGEMENT_CODES or is_a_feeling(action):
        return False
    by = BY_AGENT.search(text, action.match.end, action.clause.end)
    if by is None or not AGENT_WITHIN.fullmatch(text, action.match.end, by.start()):
        return False
    starts = agent_starts(text, by.end())
    return any(phrase.start in starts for phrase in phrases)


def is_a_feeling(action: "Action") -> bool:
    """ "was disappointed", "is concerned": a judgement's word that names the subject's own state."""
    return stem(action.match.words.split()[0]) in FEELINGS


def agent_starts(text: str, end: int) -> set[int]:
    """Where the agent's name may start after "by ...": right there, or after an article ("the European Union")."""
    article = ARTICLE.match(text, end)
    return {end, article.end()} if article else {end}


def nearest_doer(phrases: list[Phrase], start: int, after: list[Phrase]) -> Any:
    """The doer of an action: the nearest actor named before it, passing over those on the side of the one it is
    done to ("... does not trust Trump on Russia by passing a bill that imposes new sanctions on Moscow": not
    "Russia", named just before, as no side sanctions itself), unless none is of another side."""
    earlier = [phrase.actor for phrase in reversed(phrases) if phrase.end <= start]
    done_to = after[0].actor if after else None
    return next((actor for actor in earlier if of_another_side(actor, done_to)), earlier[0] if earlier else None)


def is_judgement_noun(action: "Action") -> bool:
    return action.entry.cameo_code in JUDGEMENT_CODES and action.match.part_of_speech == NOUN


def pronoun_before_a_later_speaker(text: str, clause_start: int, start: int, speaker: Speaker) -> bool:
    """ "He also asked Washington to scrap the amendment, and Clinton said he would ...": a pronoun subject opens the
    action's clause and the speaker is named after the action, in a later conjunct; the speaker is not the doer."""
    return bool(OPENING_PRONOUN.fullmatch(text, clause_start, start)) and text.find(speaker.text, start) >= 0


def judged_by_the_speaker(action: "Action", before: list[Phrase], text: str, speaking: Any) -> bool:
    """ "Lavrov said the American sanctions were illegal", "Biden called Putin a war criminal": who speaks judges,
    what is judged is the target.
    False when no one is seen speaking before the judgement."""
    speech = reported_speech_start(text, action.clause.start, action.match.start) or naming_verb_end(
        text, action.clause.start, action.match.start
    )
    if speech is None:
        # "Russia was behind the poisoning, May said on Wednesday": the speaker named after the judgement judges
        # (a speaker off the list judges too: what is judged is still no doer); "Moscow was disappointed, the
        # ministry said" is a feeling of the subject's own, told for it
        if is_a_feeling(action) or not ATTRIBUTION.match(text, attribution_start(text, action)):
            return False
        action.source = speaking
        action.target = next((phrase.actor for phrase in reversed(before) if phrase.actor != speaking), None)
        return True
    judges = [phrase.actor for phrase in before if phrase.end <= speech]
    judged = [phrase.actor for phrase in before if phrase.start >= speech]
    judge = judges[-1] if judges else speaking
    if judge is None:
        return False
    action.source = judge
    action.target = next((actor for actor in reversed(judged) if actor != judge), None)
    return True


def attribution_start(text: str, action: "Action") -> int:
    """Where the words after a judgement's clause begin: the comma before an attribution (", May said"), if any."""
    comma = text.find(",", action.match.end, action.clause.end)
    return comma if comma >= 0 else action.clause.end


def naming_verb_end(text: str, start: int, end: int) -> int | None:
    """Where what is judged begins after a verb that names it ("Biden called Putin a war criminal")."""
    naming = list(NAMING.finditer(text, start, end))
    return naming[-1].end() if naming else None


def between_sides(action: "Action", phrases: list[Phrase]) -> None:
    """A call or meeting named in an opening phrase is between the first two sides the sentence names."""
    actors = list(dict.fromkeys(phrase.actor for phrase in phrases))
    others = [actor for actor in actors[1:] if actors and actor.side != actors[0].side]
    if actors and others:
        action.source, action.target, action.mutual = actors[0], others[0], True


def named_between(action: "Action", phrases: list[Phrase], text: str) -> tuple[Phrase, Phrase] | None:
    """The two actors a noun names right after it with "between ... and ..." ("talks between Russia and NATO")."""
    if action.match.part_of_speech != NOUN or not BETWEEN.match(text, action.match.end):
        return None
    named = [phrase for phrase in phrases if action.match.end < phrase.start]
    if len(named) < 2 or not AND_BETWEEN.fullmatch(text, named[0].end, named[1].start):
        return None
    return named[0], named[1]


def relative_pronouns_antecedent(phrases: list[Phrase], text: str, relative_start: int) -> Phrase | None:
    """The actor named right before ", who ..." (a person or a body: "Lavrov, who", "the Duma, which")."""
    if not RELATIVE_PRONOUN.match(text, relative_start):
        return None
    return next((phrase for phrase in reversed(phrases) if 0 <= relative_start - phrase.end <= 1), None)


def sentence_subject(phrases: list[Phrase], clause_start: int) -> Phrase | None:
    """The actor opening the sentence before a later main clause, when one does."""
    return phrases[0] if phrases and phrases[0].start < clause_start and phrases[0].start <= SUBJECT_REACH else None


def has_subject(text: str, start: int, end: int) -> bool:
    """Whether words other than conjunctions, auxiliaries and a pronoun after a verb of saying open the clause
    before its verb ("the West"; not "but said it was")."""
    words = [word for word in re.findall(r"[\w’']+", text[start:end].lower()) if word not in ADVERBS | SUBJECTLESS]
    # "..., and ordered the closure of the consulate": a verb in the past right after the conjunction is the
    # predicate of the doer before, who opens no clause of its own
    return bool(words) and not (words[0].endswith("ed") or words[0] in IRREGULAR)


def joined_subjects(before: list[Phrase], text: str) -> list[Phrase]:
    """Two actors joined by "and" as the subject act together ("Lavrov and Tillerson agreed")."""
    return joined_subjects_by(before, text, r"\s+and\s+")


def joined_subjects_by(before: list[Phrase], text: str, conjunction: str) -> list[Phrase]:
    joined = len(before) >= 2 and re.fullmatch(conjunction, text[before[-2].end : before[-1].start])
    return before[-2:] if joined and before[-2].actor != before[-1].actor else []


def of_another_side(actor: Any, source: Any) -> Any:
    """The actor, when it is not on the source's own side."""
    if actor is None or (source is not None and (actor == source or actor.side == source.side)):
        return None
    return actor
