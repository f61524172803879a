"""A Russian sentence cut into clauses (the kinds of ../clauses.py).

Russian puts a comma before every subordinate clause, so a clause runs from
its opening word to the next comma:
- conditional: «если ...», «в случае если ...», «как только ...», «при условии,
  что ...» (what is done once the condition is met is not done yet);
- subordinate: «после того как», «когда», «пока», «хотя», «поскольку», «так
  как», «потому что», «чтобы», «несмотря на то что»; «пока» only after a comma
  (inside a clause it is "for now": «заявил, что пока не будет вводить пошлины»);
- relative: «, который ...» in any of its forms, after a preposition too («, с
  которым»), «, где ...», «, куда ...»;
- opening: a gerund or «по словам ...» («по данным ...») before the first comma («Выступая в
  Мюнхене, Путин заявил ...»);
- a new main clause after «, а», «, но», «, однако», «; », and after «, по итогам которых», «, после
  чего» (what came of the act: «провели переговоры, по итогам которых подписали ...»; «в ходе которых обсудили»
  is the same talks).
What follows «заявил, что» stays in the main clause, as after "said that".

A wire dateline («МОСКВА, 29 марта /ТАСС/.», «ПРАГА, 8 апреля.», «МОСКВА, 20
марта — РИА Новости.») is cut off first: its city is where the story was
filed and its date the day of writing.
"""

import re

from ..clauses import OPENING, Clause, ClausePatterns, clauses_around
from ..datelines import dateline_end
from .morphology import analyse

SUBORDINATOR = re.compile(
    r"(?i)(?:(?<=[\s,])|^)(?:(?P<condition>если|в случае если|в случае, если|как только|при условии,? что)|"
    r"после того,? как|перед тем,? как|"
    r"до того,? как|прежде чем|когда|(?<=,\s)пока|хотя|поскольку|так как|потому что|чтобы|несмотря на то,? что|"
    r"в то время как)\s"
)
# «, который», «, с которым», «, против которой»: a preposition may open the relative clause
RELATIVE = re.compile(
    r"(?i),\s+(?:(?:с|со|о|об|на|в|во|к|по|за|от|у|при|для|против|между|из|без)\s+)?"
    r"(?:котор\w+|где|куда|откуда|чей|чья|чье|чьи)\b"
)
NEW_MAIN_CLAUSE = re.compile(
    r"(?i),\s+(?:а|но|однако|и при этом)\s|;\s|,\s+и\s(?=(?:теперь|тогда|затем|потом)\b)"
    # «переговоры, по итогам которых президенты подписали ...»: what came of the act is an act of its own
    r"|,\s+(?:по итогам|в результате|по завершении|после)\s+(?:которых|которого|которой|чего)\s"
    # «... и заявил, что ...», «... и пообещал ...»: a verb of saying or promising begins a clause of its own
    r"|\s(?:и|а|но)\s(?=(?:также\s)?(?:заяв|сказа|добав|отмет|подчеркн|пообеща|пригрози|назва|сообщи|указа|"
    r"призва|потребова|предупреди|пояснил)\w*\b)"
)
OPENING_PHRASE = re.compile(
    r"^(?:(?i:по (?:словам|данным|сведениям|информации))\b[^,]{0,80}|(?P<gerund>[А-ЯЁ][а-яё]+)\s[^,]{0,120}),\s"
)
CLAUSE_END = re.compile(r",|;|\s[—–]\s|\.$")
RUSSIAN = ClausePatterns(SUBORDINATOR, RELATIVE, CLAUSE_END, NEW_MAIN_CLAUSE)


def split_clauses(text: str) -> list[Clause]:
    """The clauses of a Russian sentence; the main clause is what is left between the others."""
    begin = dateline_end(text)
    opening = OPENING_PHRASE.match(text[begin:])
    opens = opening is not None and (not opening["gerund"] or analyse(opening["gerund"]).is_("GRND"))
    openings = [Clause(OPENING, begin, begin + opening.end())] if opening and opens else []
    return clauses_around(text, begin, openings, RUSSIAN)
