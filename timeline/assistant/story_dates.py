"""The date of a candidate whose action names none, or names it counted from the story's day.

The action's own time expression comes first; else, for a sentence continuing
the same speaker (or in the same paragraph, or replying right after: "... retorted
that"), the candidate before's date; else
the date the paragraph last named (the story last named, for a sentence set
«тогда», "then"); else, for a sentence in the future tense, the publication
date, approximate and expected; else the day of the story (a
wire report's lede: "The United States on Thursday expelled ...", when it is
within three days of publication; else the publication day). All of these but
the first are flagged for the editor to check. A sentence opening "Earlier," is
set some days before the day the story last named, approximately. A time counted
back from another ("the previous day", "earlier in the day") counts from the day
the story last named, but in a report whose saying names no day ("The Pentagon
said it had airlifted aid the previous day") from the saying's day.
"""

import datetime
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates import APPROXIMATE, DAY, YEAR
from .clauses import MAIN
from .continuations import adjacent, same_speaker, speaker_goes_on
from .dates import CONTEXT, EXPRESSION, PUBLICATION, ResolvedDate, find, publication_date
from .languages import Language
from .reading import Action
from .timing import SOME_DAYS

if TYPE_CHECKING:
    from .candidates import Candidate, Reading


# «через несколько недель», «спустя месяц», «через два дня»: how many of which unit («несколько» taken for three)
UNIT_DAYS = {"ден": 1, "дня": 1, "дне": 1, "нед": 7, "мес": 30}
COUNTS = {"": 1, "два": 2, "две": 2, "пару": 2, "три": 3, "четыре": 4, "пять": 5}
SOME = 3
LEDE_SENTENCES = 2  # an undated lede's story is dated by the sentence after it
LEDE_DAYS = datetime.timedelta(days=3)


def said_date(reading: "Reading", counted_from: ResolvedDate, news_date: ResolvedDate) -> ResolvedDate | None:
    """The date a sentence's main clause names by its own words, one counted from another ("Two days later an aid
    convoy was bombed.") counted from the day the story last spoke of (or the lede's, «накануне»)."""
    date = reading.said.date
    if date is None or date.story_days is None:
        return date
    counted = on_story_day(date, news_date if date.from_lede else counted_from)
    return replace(counted, basis=EXPRESSION) if counted is not None else None


def named_in_paragraph(reading: "Reading", date: ResolvedDate | None) -> tuple[int, ResolvedDate] | None:
    """The past date a sentence's main clause names by its own words, of any precision, with its paragraph ("In
    November a peace plan leaked to the press."), whether or not the sentence gave a candidate (`date`, counted
    from the story's days where its words count); of two main clauses dated apart («В марте ... подписали
    соглашение, а в мае ... провели переговоры») the later in the text, which «Тогда же» in the next sentence
    means."""
    named = [found for found in [*main_clause_dates(reading), date] if found is not None]
    date = named[0] if named else None
    if date is None or date.expected or date.story_days is not None or date.basis != EXPRESSION:
        return None
    return reading.sentence.paragraph, date


def main_clause_dates(reading: "Reading") -> list[ResolvedDate]:
    """The own past dates of the sentence's main-clause actions, the one latest in the text first."""
    actions = sorted(reading.said.actions, key=lambda action: -action.match.start)
    return [
        action.date
        for action in actions
        if action.clause.kind == MAIN
        and action.date is not None
        and action.date.basis == EXPRESSION
        and action.date.story_days is None
        and not action.date.expected
    ]


def paragraph_date(named: tuple[int, ResolvedDate] | None, reading: "Reading") -> ResolvedDate | None:
    """The date the sentence's paragraph last named, for an undated sentence that goes on in it ("Ukraine and its
    allies rejected several of its terms.")."""
    if named is None or named[0] != reading.sentence.paragraph:
        return None
    return replace(named[1], basis=CONTEXT)


def back_then(named: tuple[int, ResolvedDate] | None, reading: "Reading", language: Language) -> ResolvedDate | None:
    """The date the story last named, for a sentence set at that time whatever its paragraph («В феврале Минфин
    продлил ограничения. Тогда Кремль назвал это решение ...»)."""
    if named is None or language.back_then is None or not language.back_then.match(reading.sentence.text):
        return None
    return replace(named[1], basis=CONTEXT)


def named_day(date: ResolvedDate | None) -> ResolvedDate | None:
    """The day a sentence's main clause names by its own words ("Peskov announced on Monday ..."), which "hours
    earlier" in the next sentence counts from, whether or not the sentence gave a candidate."""
    if date is None or date.precision != DAY or date.expected or date.story_days is not None:
        return None
    return date if date.basis == EXPRESSION else None


def story_date(readings: list["Reading"], published: datetime.date) -> ResolvedDate:
    """The day a wire story reports on: its lede's day when the lede dates it within days of publication
    ("The United States on Thursday expelled ..."), or the next sentence's when the lede has no date, else the
    publication day."""
    lede = next((reading for reading in readings[:LEDE_SENTENCES] if reading.sentence.dateline), None)
    if lede is not None and lede.said.date is None and (day := dateline_day(lede, published)) is not None:
        return day  # "VANCOUVER, British Columbia, April 4 — For two days ...": an undated lede's day is its dateline's
    opening = [reading for reading in readings if reading.said.actions or reading.said.date][:LEDE_SENTENCES]
    for reading in opening:
        date = reading.said.date
        if date is None:
            continue  # a lede without a date ("If you were hoping for fireworks, ..."): the next sentence's
        if (
            date.story_days is None
            and date.precision == DAY
            and not date.expected
            and published - date.date <= LEDE_DAYS
        ):
            return date
        break
    return ResolvedDate(published, DAY, basis=PUBLICATION)


def dateline_day(reading: "Reading", published: datetime.date) -> ResolvedDate | None:
    """The day a dateline names ("MOSCOW, Dec 28 (Reuters) - ", "VANCOUVER, British Columbia, April 4 — ")."""
    found = [item for item in find(reading.sentence.dateline, published) if item.precision == DAY and not item.expected]
    if not found:
        return None
    return ResolvedDate(found[0].date, DAY, expression=reading.sentence.dateline.strip())


def last_day(candidates: list["Candidate"], news_date: ResolvedDate) -> ResolvedDate:
    """The day the story last spoke of: the last main-clause candidate dated to a day by its own words (not a
    background clause's: "sanctions, which Washington imposed on March 17"), else the story's day."""
    return day_told(candidates) or news_date


def day_told(candidates: list["Candidate"]) -> ResolvedDate | None:
    """The day the last of these main-clause candidates is dated to by its own words, if any."""
    dated = (
        candidate.date
        for candidate in reversed(candidates)
        if candidate.action.clause.kind == MAIN
        and (candidate.date.basis == EXPRESSION or counted_by_its_words(candidate))
        and candidate.date.precision == DAY
        and not candidate.date.expected
    )
    return next(dated, None)


def counted_by_its_words(candidate: "Candidate") -> bool:
    """A date the candidate's own words count from the day the story last spoke of ("Four days later, ...")."""
    own = candidate.action.date
    return own is not None and own.story_days is not None and not own.from_lede


def on_story_day(date: ResolvedDate | None, news_date: ResolvedDate) -> ResolvedDate | None:
    """A date counted from the day the story reports on («в тот же день», «накануне») put on that day."""
    if date is None or date.story_days is None:
        return date
    day = news_date.date + datetime.timedelta(days=date.story_days)
    return replace(date, date=day, story_days=None, basis=CONTEXT)


def day_of_the_saying(
    reading: "Reading", action: Action, spoken_of: ResolvedDate, saying_day: ResolvedDate, language: Language
) -> ResolvedDate:
    """The day a time counted back is counted from: the day the story last spoke of, but the day of the saying when
    the sentence reports what someone said and names no other time ("The Pentagon said it had airlifted aid the
    previous day", "Lavrov said the ambassador had been summoned earlier in the day": not the day of a paragraph
    before)."""
    date, said = action.date, reading.said.date
    if date is None or date.story_days is None or date.story_days > 0 or language.saying is None:
        return spoken_of
    if said is not None and said.story_days is None:
        return spoken_of
    at = reading.sentence.text.find(date.expression)
    return saying_day if at > 0 and language.saying.search(reading.sentence.text, 0, at) else spoken_of


def later_than_named(
    named: tuple[int, ResolvedDate] | None, reading: "Reading", language: Language
) -> ResolvedDate | None:
    """«Летом 2010 года ФБР арестовало ... Через несколько недель их обменяли»: some time after the date the story
    last named, in that year when it named a year, else about so long after it (approximate)."""
    text = reading.sentence.text
    later = language.later.match(text) if language.later else None
    if named is None or later is None or language.future(text):
        return None
    date = named[1]
    if date.precision == YEAR:
        return replace(date, basis=CONTEXT)
    days = UNIT_DAYS[later.group("unit")[:3].lower()] * COUNTS.get(later.group("count").lower(), SOME)
    return ResolvedDate(date.date + datetime.timedelta(days=days), APPROXIMATE, basis=CONTEXT)


def earlier_than_the_story(reading: "Reading", language: Language, day: ResolvedDate) -> ResolvedDate | None:
    """ "Earlier, Washington expelled ...", «Ранее Вашингтон выслал ...»: some days before the day the story last
    spoke of, approximately (the sentence names no time of its own)."""
    if language.earlier is None or not language.earlier.match(reading.sentence.text):
        return None
    return ResolvedDate(day.date - datetime.timedelta(days=SOME_DAYS), APPROXIMATE, basis=CONTEXT)


def undated(
    reading: "Reading", action: Action, news_date: ResolvedDate, published: datetime.date, language: Language
) -> ResolvedDate:
    """The date of an action without a time expression: ahead if its clause is in the future, else the story's."""
    clause = reading.sentence.text[action.clause.start : action.match.start]
    stance = action.negated or action.conditional  # a refusal or a threat is dated when it is made
    if language.future(clause) and not stance:
        return replace(publication_date(published), expected=True)
    return replace(news_date, basis=CONTEXT if news_date.basis == EXPRESSION else PUBLICATION, expected=False)


def carried_date(
    previous: "Candidate | None", reading: "Reading", language: Language, action: Action | None = None
) -> ResolvedDate | None:
    """The date of the candidate before, for the same speaker going on (named again as the doer: "Zakharova also
    demanded ...") or a sentence opening with "He", "They"."""
    continues = (
        language.pronoun_subject.match(reading.sentence.text)
        or (previous and same_speaker(previous, reading))
        or (previous and action and speaker_goes_on(previous, reading, action))
        or (previous and action and replies(previous, reading, action, language))
    )
    same_paragraph = previous and previous.readings[-1].sentence.paragraph == reading.sentence.paragraph
    if previous and (continues or same_paragraph) and dated_by_its_words(previous) and not previous.date.expected:
        return replace(previous.date, basis=CONTEXT)
    return None


def replies(previous: "Candidate", reading: "Reading", action: Action, language: Language) -> bool:
    """ "Polyanskiy on Thursday accused the United States ... The American envoy retorted that ...": a reply, right
    after what it answers, was made on its occasion."""
    text = reading.sentence.text
    reply = language.reply is not None and language.reply.search(text, action.clause.start, action.match.end)
    return bool(reply) and adjacent(previous, reading)


def dated_by_its_words(candidate: "Candidate") -> bool:
    """A date of the candidate's own time expression, counted from the story's day or not ("Hours earlier, ..."),
    or carried to it from one that was ("On Friday Lavrov called Tillerson. Lavrov told him ... Lavrov and
    Tillerson agreed ...")."""
    own = candidate.action.date
    return not candidate.date.needs_check or (own is not None and own.story_days is not None) or candidate.carried


def named_earlier_in_the_sentence(action: Action, told: list["Candidate"]) -> ResolvedDate | None:
    """ "In July, Rice signed the accord in Prague, and Moscow threatened a response the same day": "the same day"
    counts from the date an earlier action of its own sentence named, at that date's precision, not from the day
    the story last spoke of."""
    date = action.date
    if date is None or date.story_days != 0 or date.from_lede:
        return None
    named = [
        candidate.date
        for candidate in told
        if candidate.date.basis == EXPRESSION
        and candidate.action.date is not None
        and candidate.action.date.story_days is None
        and not candidate.date.expected
    ]
    return replace(named[-1], basis=CONTEXT) if named else None
