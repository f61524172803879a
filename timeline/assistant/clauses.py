"""A sentence cut into clauses, so that the main clause's action governs and asides do not.

Kinds of clause:
- main: what the sentence reports;
- opening: a phrase before the first comma that opens with a preposition
  ("Within hours of the strikes,", "On Monday,"): its time expression dates
  the main clause, its actions set the scene;
- subordinate: "after ...", "following ...", "in response to ...", "when ..."
  up to the next comma: an action in it is an event of its own when the
  clause has its own time expression ("after the Senate on Thursday passed
  ...") or names who did it ("after Russian forces launched an invasion");
- relative: ", which ...", ", who ...", an apposition (", a Russian convicted
  of ..."): an event of its own only with its own time expression;
- conditional: a subordinate clause opened by "if" or "unless", which makes
  the main clause's action a threat or a condition.

A dateline ("MOSCOW (AP) —", "WASHINGTON, Feb 23 (Reuters) -", "MOSCOW. June 25 (Interfax) -") is cut off
first: its city is where the story was filed, not an actor, and its date is
the day of writing.
"""

import re
from dataclasses import dataclass

from .datelines import dateline_end

MAIN, OPENING, SUBORDINATE, RELATIVE_CLAUSE, CONDITIONAL = "main", "opening", "subordinate", "relative", "conditional"

SUBORDINATOR = re.compile(
    r"(?:(?<=\s)|^)(?:(?:just |shortly |hours |minutes |days |weeks |a day |a week |two days |soon )?"
    r"(?:after|before|following)|in (?:response|reply|retaliation|reaction) (?:to|for)|when|while|because|"
    r"despite|amid|although|though|even as|even if|as if|whereas|once|since(?!\s+(?:\d|the (?:start|end|beginning)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))|"
    # "before dawn Saturday", "after midnight": a time of day, no clause
    r"(?P<condition>if|unless))\s(?!\w+ing\b)(?!(?:dawn|dusk|noon|midnight|daybreak|sunrise|sunset|nightfall)\b)",
    re.IGNORECASE,
)
# Asides after a comma: relative clauses, appositions ("Vadim Krasikov, a Russian convicted of ..."),
# participles with their agent (", agreed by envoys meeting in Minsk,").
RELATIVE = re.compile(
    r",\s+(?:which|who|whose|where|in\s+what\s|(?:a|an)\s(?!(?:day|week|month|year)\s+(?:after|before))"
    # not an attribution: "..., a State Department spokesman said on Tuesday" is the main clause's saying
    r"(?!(?:[\w.'’-]+\s+){0,5}(?:said|says|told|added)\b)|\w+ed by\s"
    # a participle between the subject and its verb: "EU leaders, meeting in Brussels, held off on ..."
    r"|(?!(?:saying|adding|noting)\b)\w+ing\b"
    r"(?=[^,]*,\s+(?!(?:and|but|or|the|a|an|who|which|in|on|at|to|for|with|as)\b)[a-z]+\s))"
    # a restrictive relative clause after a noun: "a CIA officer who had struck the policeman", "the compounds that
    # were confiscated in December 2016" (not "said that ...": what is said is the main clause's)
    r"|(?<=[a-z])(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\bannounced)(?<!\bwarned)"
    r"\s+(?=who\s+(?:had|has|have|was|were|is|are|\w+ed)\b|that\s+(?:had been|has been|have been|was|were)\s+\w+ed\b)",
    re.IGNORECASE,
)
# Another's answer to what the main clause proposed or demanded, an event of its own when it names who answered
# (reading.keeps): after a noun that names the proposal (", a proposal Kyiv turned down", ", a demand Washington
# welcomed"), or after "which" (", which Moscow rejected"), the answerer named first (not ", which is what Moscow
# objects to")
PROPOSAL_ANSWERED = re.compile(
    r",\s+(?:a|an)\s+(?:\w+\s+)?(?:demand|offer|proposal|request|call|plan|idea|initiative|ultimatum)s?"
    r"\s+(?=(?:the\s+)?[A-Z])"
)
WHICH_ANSWERED = re.compile(r",\s+which\s+(?=(?:the\s+)?[A-Z])")
# Where one main clause ends and another begins: "..., but Moscow said ...", "... and that ...".
NEW_MAIN_CLAUSE = re.compile(
    r",\s+(?:but|and|while|yet)\s|;\s|\s(?:and|but) that\s|\s(?:and|but)\s(?=(?:said|added|told|says)\b)"
    r"|\s(?:but|and)\s(?=(?:we|they|he|she|I)\s)"
    r"|,\s+(?=(?:saying|adding|noting)\b)",
    re.IGNORECASE,
)
OPENING_PHRASE = re.compile(
    r"^(?:(?:in|on|at|after|amid|amidst|before|beyond|despite|during|following|since|within|as|with|"
    # not a clause with its own subject: "In October he called off a planned meeting, ..."
    r"speaking|asked|responding|reacting|commenting|hours|days|minutes|by)\b(?:(?!\b(?:he|she|they|we)\b)[^,]){0,120}"
    r"|(?:earlier|later|last|this)\b[^,]{0,25}),\s",
    re.IGNORECASE,
)
AS_CLAUSE = re.compile(
    r"(?:just\s+)?as\s+(?!(?:a|an|part|well|of|soon|long|far|much|expected|usual|such)\b)", re.IGNORECASE
)
# A subordinator used as a preposition before a name, then "and" and another verb of the main clause
NAME_THEN_AND = re.compile(
    r"(?P<name>(?:the\s+)?(?:[A-Z][\w'’.-]*|\d+)(?:\s+(?:[A-Z][\w'’.-]*|\d+|of))*)\s+and\s+(?=[a-z]+ed\b)"
)
QUOTED_COMMA = re.compile(r",([\"”’]+)")
CLAUSE_END = re.compile(r",|;|\s[—–]\s|\s--\s|\.$")
# A name set off by commas after a title, then the clause's verb: "a day after his envoy, Steve Witkoff, met Putin"
NAME_IN_APPOSITION = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?!(?:and|but|or|who|which|whose|where|said|says|told)\b)[a-z]"
)


@dataclass(frozen=True)
class Clause:
    kind: str
    start: int
    end: int
    group: int = 0  # main clauses interrupted by an aside share their group

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


def split_clauses(text: str) -> list[Clause]:
    """The clauses of a sentence; the main clause is what is left between the others."""
    begin = dateline_end(text)
    opening = OPENING_PHRASE.match(text, begin)
    openings = [Clause(OPENING, begin, opening.end())] if opening else []
    if opening and (while_clause := as_after_the_opening(text, opening.end())) is not None:
        openings.append(while_clause)
    return clauses_around(text, begin, openings, ENGLISH)


def as_after_the_opening(text: str, start: int) -> "Clause | None":
    """ "On Aug. 6, as his envoy met Putin in the Kremlin, Trump doubled the tariff": an "as" clause right after an
    opening phrase, up to its comma, is a subordinate clause as one opened by "while" is (not "as part of",
    "as expected", which open no clause of their own before a comma)."""
    match = AS_CLAUSE.match(text, start)
    if match is None:
        return None
    end = aside_end(text, match.end(), ENGLISH, apposition=True)
    return Clause(SUBORDINATE, start, end) if text.startswith(",", end) else None


@dataclass(frozen=True)
class ClausePatterns:
    """What opens an aside, where it ends and where a new main clause begins, in one language."""

    subordinator: re.Pattern[str]
    relative: re.Pattern[str]
    clause_end: re.Pattern[str]
    new_main_clause: re.Pattern[str]


ENGLISH = ClausePatterns(SUBORDINATOR, RELATIVE, CLAUSE_END, NEW_MAIN_CLAUSE)


def clauses_around(text: str, begin: int, openings: list[Clause], patterns: ClausePatterns) -> list[Clause]:
    """The opening phrase, the subordinate, conditional and relative asides after `begin`, and the main
    clauses between them."""
    asides = list(openings)
    for match in [*patterns.subordinator.finditer(text, begin), *patterns.relative.finditer(text, begin)]:
        if any(aside.contains(match.start()) for aside in asides):
            continue
        end = aside_end(text, match.end(), patterns, apposition=match.re is SUBORDINATOR)
        if match.re is SUBORDINATOR and (name := NAME_THEN_AND.match(text, match.end(), end)):
            end = name.end("name")  # "since World War II and demanded ...": a preposition before a name
        kind = CONDITIONAL if match.groupdict().get("condition") else SUBORDINATE
        kind = RELATIVE_CLAUSE if match.re is patterns.relative else kind
        asides.append(Clause(kind, match.start(), end))
    breaks = [match.start() for match in patterns.new_main_clause.finditer(text, begin)]
    breaks = [position for position in breaks if not any(aside.contains(position) for aside in asides)]
    return with_main_clauses(sorted(asides, key=lambda clause: clause.start), begin, len(text), breaks)


def aside_end(text: str, start: int, patterns: ClausePatterns, apposition: bool) -> int:
    """Where an aside opened at `start` ends: at the next comma, or past a name set off by commas in a subordinate
    clause ("a day after his envoy, Steve Witkoff, met Putin in Moscow": Witkoff's meeting is the clause's)."""
    end_match = patterns.clause_end.search(text, start)
    if end_match is None:
        return len(text)
    if apposition and NAME_IN_APPOSITION.match(text, end_match.start()):
        return aside_end(text, text.index(",", end_match.end()) + 1, patterns, apposition=False)
    return end_match.start()


def with_main_clauses(asides: list[Clause], begin: int, end: int, breaks: list[int]) -> list[Clause]:
    """The asides, and between them the main clauses, cut where a new main clause begins."""
    clauses: list[Clause] = []
    position, group = begin, 0
    for aside in [*asides, Clause(MAIN, end, end)]:
        if aside.start > position:
            cuts = [cut for cut in breaks if position < cut < aside.start]
            group += position in breaks and bool(clauses)  # "... before dawn, and ground troops crossed"
            for number, (start, stop) in enumerate(zip([position, *cuts], [*cuts, aside.start], strict=True)):
                group += number > 0
                clauses.append(Clause(MAIN, start, stop, group))
        if aside.end > aside.start:
            clauses.append(aside)
        position = max(position, aside.end)
    return clauses


def clause_at(clauses: list[Clause], position: int) -> Clause:
    return next((clause for clause in clauses if clause.contains(position)), clauses[-1])


def same_clause(piece: Clause, clause: Clause) -> bool:
    """Whether a piece of the sentence belongs to the clause (a main clause's pieces share its group)."""
    if clause.kind == MAIN:
        return piece.kind == MAIN and piece.group == clause.group
    return piece == clause


def relative_asides(clause: Clause, position: int, clauses: list[Clause]) -> list[Clause]:
    """The relative clauses inside `clause` that do not hold `position` ("Lavrov, who met Rubio in May, threatened
    ...": the aside names no doer of "threatened")."""
    return [
        other
        for other in clauses
        if other.kind == RELATIVE_CLAUSE and clause.start <= other.start < clause.end and not other.contains(position)
    ]


def comma_after_the_quote(text: str) -> str:
    """The text with a comma that a closing quotation mark follows put after it, offsets kept: the American
    "could 'ignite a war,' and the ministry summoned ..." ends its clause at the comma as "a war', and" does."""
    return QUOTED_COMMA.sub(lambda match: match.group(1) + ",", text)
