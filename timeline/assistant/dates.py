"""Resolving the time expressions of a sentence against the article's publication date.

The precision of the words is kept: "Friday" is a day, "last week" a week
(stored as its Monday), "in January" a month, "after 11 weeks of ..." is
approximate. Relative expressions are resolved by the rules below, because
dateparser loses their precision ("earlier this week" is not understood, and
"Friday" in an article published on a Friday is the Friday before); dateparser
parses written-out dates ("6 April", "April 6, 2017") and "three weeks ago".

A bare weekday or month is the most recent one not after publication (an
article of Friday that says "Friday" means that day), unless its clause is
in the future tense ("Tillerson will visit on Monday"): then it is the next
one, and the date is flagged as expected. "next week", "tomorrow", "later
this week" and any date after publication are expected too.

A time expression in a relative clause (", which stalled in March,") dates
something else than the sentence's happening and is left out.

A year alone ("in 2014", "last year") has year precision. A deadline ("must
leave by April 5", "have until April 5") lies ahead: it is expected, in the
year of publication unless that day has passed ("by January 1" in a December
article is next year). "In the coming days" is expected, approximate.

"The same day", "within hours", "the day before", "the next day", "that night",
"five days later" count from
the day the story last spoke of, which only the whole article tells: they
carry `story_days` and story_dates.py resolves them.

Known limit: the tense is judged from its clause only (the text between
"that", ";", ":" and quotation marks), so "said on Monday Tillerson will go"
reads Monday as future.
"""

import calendar
import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import dateparser
from dateutil.relativedelta import relativedelta

from ..dates import APPROXIMATE, DAY, MONTH, WEEK, YEAR, normalise

EXPRESSION = "expression"
CONTEXT = "context"
PUBLICATION = "publication"
PRECISION_RANK = {DAY: 0, WEEK: 1, MONTH: 2, APPROXIMATE: 3, YEAR: 4}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
MONTH_NAME = "|".join(MONTHS)
MONTH_OR_ABBREVIATION = "|".join(MONTHS + [rf"{name}\." for name in MONTH_ABBREVIATIONS])
COUNT_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

FUTURE_MARKERS = re.compile(
    r"\b(?:will|shall|won[’']t|(?:is|are) (?:due|set|expected|scheduled|going) to|(?:is|are) due (?:in|at|back)|"
    r"(?:is|are) (?:set|scheduled|planned|slated|due) for|(?:is|are) expected (?:on|in|at|by|next)|"
    r"plans to|(?:I|we|they|you) plan to|planning to|intends? to|must|(?:has|have) until|as (?:early|soon) as)\b|"
    r"[’']ll\b",
    re.IGNORECASE,
)
# The rest of a predicate up to the time expression: no clause boundary, contrast or saying in between
TO_THE_EXPRESSION = r"(?:(?!\b(?:but|said|says|told)\b)[^,;])*$"
# "said Clinton would telephone Yeltsin on Friday": "would" before the time expression puts it ahead of the saying
# (after it, "said on Friday he would ...", the expression dates the saying).
REPORTED_FUTURE = re.compile(r"\bwould\s+(?!have\b)" + TO_THE_EXPRESSION, re.IGNORECASE)
# "Bush flies to Paris on Monday": a journey or meeting in the simple present is on the timetable, ahead
SCHEDULED = re.compile(
    r"\b(?:flies|travels|leaves|heads|arrives|visits|meets|hosts|begins|starts|opens|resumes|returns)\b"
    + TO_THE_EXPRESSION,
    re.IGNORECASE,
)
# ", President Putin said on Monday": an attribution after the report is a clause of its own, in its own tense
SAYING_AFTER = (
    r"(?:[\w.'’-]+\s+){0,6}(?:said|says|told|announced|added|warned|warns|stated|declared|insisted|noted|stressed|"
    r"confirmed|claimed|argued|explained|wrote|tweeted)\b"
)
CLAUSE_BOUNDARY = re.compile(rf"\bthat\b|[;:\"“”]|,\s+(?={SAYING_AFTER})", re.IGNORECASE)
# ", the Justice Department said on Friday": who said it, after what was said
ATTRIBUTION = re.compile(rf",\s+{SAYING_AFTER}", re.IGNORECASE)
# ", which stalled in March," describes something else than the sentence's happening.
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*")


@dataclass(frozen=True)
class ResolvedDate:
    date: datetime.date
    precision: str
    expected: bool = False
    expression: str = ""
    basis: str = EXPRESSION
    # "that same day", «накануне»: so many days from the day the story reports on, which only the whole
    # article tells (story_dates.py resolves it); `date` is then counted from the publication day
    story_days: int | None = None
    # «накануне»: counted from the day the lede reports on, not from a day a later sentence named
    from_lede: bool = False

    @property
    def needs_check(self) -> bool:
        """The editor should check dates that come from no time expression of their own."""
        return self.basis != EXPRESSION


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    date: datetime.date
    precision: str
    expected: bool
    story_days: int | None = None
    from_lede: bool = False


def publication_date(published: datetime.date) -> ResolvedDate:
    """The fall-back for a sentence without a time expression."""
    return ResolvedDate(published, APPROXIMATE, basis=PUBLICATION)


# "agreed to ban imports of Russian coal starting in August": when a measure takes effect is not when it was decided
ONSET_BEFORE = re.compile(
    r"\b(?:starting|beginning|effective|as of|taking effect)\s+(?:in\s+|on\s+|from\s+)?$", re.IGNORECASE
)


def find(text: str, published: datetime.date) -> list[Found]:
    """Every time expression of the text, resolved; overlapping ones keep the longest. The day a measure takes effect
    is left out, unless the clause tells of what lies ahead ("will take effect starting Monday")."""
    found = longest_without_overlaps(item for recogniser in RECOGNISERS for item in recogniser(text, published))
    return [item for item in found if item.expected or not ONSET_BEFORE.search(text, 0, item.start)]


def longest_without_overlaps(found: Iterable[Found]) -> list[Found]:
    """The expressions in order of the text; of overlapping ones, the one that starts first, the longest there."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda item: (item.start, -(item.end - item.start))):
        if not any(item.start < other.end and other.start < item.end for other in kept):
            kept.append(item)
    return kept


def choose(found: list[Found], text: str, published: datetime.date) -> ResolvedDate | None:
    """The date among the found expressions: the most precise, then the first."""
    if not found:
        return None
    best = min(found, key=lambda item: (PRECISION_RANK[item.precision], item.story_days is not None, item.start))
    return ResolvedDate(
        date=normalise(best.date, best.precision),
        precision=best.precision,
        expected=best.expected or (best.date > published and best.story_days is None),
        expression=text[best.start : best.end],
        story_days=best.story_days,
        from_lede=best.from_lede,
    )


def resolve(text: str, published: datetime.date) -> ResolvedDate | None:
    """The date a sentence speaks of, or None when it has no time expression."""
    asides = [match.span() for match in RELATIVE_CLAUSE.finditer(text)]
    found = [item for item in find(text, published) if not any(start <= item.start < end for start, end in asides)]
    return choose(found, text, published)


def in_future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] is in the future tense."""
    boundaries = [match.end() for match in CLAUSE_BOUNDARY.finditer(text, 0, start)]
    following = CLAUSE_BOUNDARY.search(text, end)
    opening = boundaries[-1] if boundaries else 0
    clause = text[opening : following.start() if following else len(text)]
    before = text[opening:start]
    return bool(FUTURE_MARKERS.search(clause) or REPORTED_FUTURE.search(before) or SCHEDULED.search(before))


def days_after(published: datetime.date, days: int) -> datetime.date:
    return published + datetime.timedelta(days=days)


def add_months(date: datetime.date, months: int) -> datetime.date:
    return date.replace(day=1) + relativedelta(months=months)


# Recognisers: each finds one kind of expression and yields Found items.

DAY_OFFSETS = [
    (re.compile(r"\bthe day before yesterday\b", re.IGNORECASE), -2),
    (re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE), -1),
    (re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE), 0),
    (re.compile(r"\btomorrow\b", re.IGNORECASE), 1),
]


STORY_OFFSETS = [
    (
        re.compile(
            r"\b(?:(?:on )?(?:that|the) same day|(?:later|earlier) (?:that|in the) day|within hours|"
            r"(?:hours|minutes) (?:earlier|later))\b",
            re.IGNORECASE,
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?:the day before|the previous day|a day (?:earlier|before))\b(?!\s+(?:yesterday|the|a|his|her|its))",
            re.IGNORECASE,
        ),
        -1,
    ),
    (
        re.compile(
            r"\b(?:the next day|the following day|a day later|the (?:next|following) (?:morning|afternoon|evening))\b",
            re.IGNORECASE,
        ),
        1,
    ),
    # "That night, Churkin accused ...": the night of the day the story last spoke of
    (re.compile(r"^(?:that (?:night|evening|afternoon|morning))\b", re.IGNORECASE), 0),
]
# "Five days later, American jets struck ...": so many days after the day the story last spoke of
DAYS_LATER = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days later\b", re.IGNORECASE
)
DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def story_offsets(text: str, published: datetime.date) -> Iterator[Found]:
    for pattern, offset in STORY_OFFSETS:
        for match in pattern.finditer(text):
            yield Found(*match.span(), days_after(published, offset), DAY, False, story_days=offset)


def days_later(text: str, published: datetime.date) -> Iterator[Found]:
    for match in DAYS_LATER.finditer(text):
        count = DAY_COUNTS.get(match["count"].lower()) or int(match["count"])
        yield Found(*match.span(), days_after(published, count), DAY, False, story_days=count)


def day_offsets(text: str, published: datetime.date) -> Iterator[Found]:
    taken: list[tuple[int, int]] = []
    for pattern, offset in DAY_OFFSETS:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue  # "yesterday" inside "the day before yesterday"
            taken.append(match.span())
            yield Found(*match.span(), days_after(published, offset), DAY, offset > 0)


RELATIVE_PERIOD = re.compile(
    r"\b(?P<part>(?:earlier|later|early|late) )?(?P<which>last|this|next) (?P<unit>week|month)\b", re.IGNORECASE
)
STEP = {"last": -1, "this": 0, "next": 1}


def relative_periods(text: str, published: datetime.date) -> Iterator[Found]:
    for match in RELATIVE_PERIOD.finditer(text):
        which, part = match["which"].lower(), (match["part"] or "").strip().lower()
        step = STEP[which]
        if match["unit"].lower() == "week":
            date, precision = days_after(published, 7 * step), WEEK
        else:
            date, precision = add_months(published, step), MONTH
        expected = step > 0 or (
            which == "this" and (part == "later" or (not part and in_future_clause(text, *match.span())))
        )
        if expected and step == 0 and precision == WEEK and published.weekday() == calendar.SUNDAY:
            date = days_after(published, 1)  # on a Sunday the week ahead is the one that starts the next day
        yield Found(*match.span(), date, precision, expected)


UNITS_AGO = re.compile(rf"\b(?P<count>\d+|{COUNT_WORDS}) (?P<unit>day|week|month|year)s? ago\b", re.IGNORECASE)


def units_ago(text: str, published: datetime.date) -> Iterator[Found]:
    for match in UNITS_AGO.finditer(text):
        parsed = parse_with_dateparser(match.group(), published, "past")
        if parsed is not None:
            yield Found(*match.span(), parsed, match["unit"].lower(), False)


DAY_AND_MONTH = [
    re.compile(rf"\b(?:{MONTH_OR_ABBREVIATION}) \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}}\b)?"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_OR_ABBREVIATION})(?:,? \d{{4}}\b)?"),
]
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|no later than|deadline of)\s+$", re.IGNORECASE)
HAS_YEAR = re.compile(r"\d{4}\b")


def written_dates(text: str, published: datetime.date) -> Iterator[Found]:
    for pattern in DAY_AND_MONTH:
        for match in pattern.finditer(text):
            future = in_future_clause(text, *match.span())
            if DEADLINE_BEFORE.search(text, 0, match.start()) and not future:
                continue  # "held in custody until May 29" dates the end of the custody, not the order
            parsed = parse_with_dateparser(match.group(), published, "future" if future else "past")
            if parsed is None:
                continue
            if not HAS_YEAR.search(match.group()):
                parsed = nearest_year(parsed, published, future)
            yield Found(*match.span(), parsed, DAY, future)
    for match in ISO_DATE.finditer(text):
        try:
            yield Found(*match.span(), datetime.date.fromisoformat(match.group()), DAY, False)
        except ValueError:
            continue


def nearest_year(date: datetime.date, published: datetime.date, future: bool) -> datetime.date:
    """A day and month without a year, in the year that puts it on the right side of publication."""
    date = date.replace(year=published.year) if not (date.month == 2 and date.day == 29) else date
    if future and date < published:
        return date + relativedelta(years=1)
    if not future and date > published:
        return date - relativedelta(years=1)
    return date


# A month name alone is a month only after a word that makes it one, or before a year:
# "in May", "since March", "April 2016", never the modal verb "may" or the name "May".
MONTH_EXPRESSION = re.compile(
    rf"\b(?:(?P<word>(?i:in|since|during|until|by|from|of|last|this|next|early|late|mid)[ -])"
    rf"(?:(?i:early|late|mid)[ -])?(?P<month>{MONTH_NAME})(?:,? (?P<year>\d{{4}})\b)?(?! \d)"
    rf"|(?P<bare_month>{MONTH_NAME}),? (?P<bare_year>\d{{4}})\b)"
)


def months(text: str, published: datetime.date) -> Iterator[Found]:
    for match in MONTH_EXPRESSION.finditer(text):
        name, year = match["month"] or match["bare_month"], match["year"] or match["bare_year"]
        number = MONTHS.index(name) + 1
        word = (match["word"] or "").strip(" -").lower()
        future = word != "last" and in_future_clause(text, *match.span())
        date = datetime.date(int(year), number, 1) if year else month_without_year(number, word, published, future)
        yield Found(*match.span(), date, MONTH, future)


def month_without_year(number: int, word: str, published: datetime.date, future: bool) -> datetime.date:
    this_year = datetime.date(published.year, number, 1)
    this_month = published.replace(day=1)
    if word == "last" or (word != "next" and not future):
        if this_year < this_month or (this_year == this_month and word != "last"):
            return this_year
        return this_year.replace(year=published.year - 1)
    if this_year > this_month or (this_year == this_month and word != "next"):
        return this_year
    return this_year.replace(year=published.year + 1)


# "will meet later on Thursday" in Thursday's paper: later that same day
LATER_THE_SAME_DAY = re.compile(r"\blater\s+(?:on\s+)?$", re.IGNORECASE)
WEEKDAY_EXPRESSION = re.compile(rf"\b(?:(?P<word>(?i:last|this past|this|next)) )?(?P<weekday>{'|'.join(WEEKDAYS)})\b")


def weekdays(text: str, published: datetime.date) -> Iterator[Found]:
    for match in WEEKDAY_EXPRESSION.finditer(text):
        word = (match["word"] or "").lower()
        target = WEEKDAYS.index(match["weekday"])
        future = word == "next" or (word in ("", "this") and in_future_clause(text, *match.span()))
        if future:
            days = (target - published.weekday()) % 7 or (0 if LATER_THE_SAME_DAY.search(text, 0, match.start()) else 7)
            future = days > 0
        else:
            days = -((published.weekday() - target) % 7)
            if days == 0 and word in ("last", "this past"):
                days = -7
        yield Found(*match.span(), days_after(published, days), DAY, future)


YEAR_EXPRESSION = re.compile(
    r"\b(?:(?P<word>(?i:in|since|during|from|of|by|until|early|late|mid|through|throughout))[ -])?"
    r"(?P<year>(?:19|20)\d{2})\b(?![-–/]\d)(?! (?:votes|people|troops|diplomats|officials|miles|km))"
)
RELATIVE_YEAR = re.compile(r"\b(?P<part>(?:earlier|later) )?(?P<which>last|this|next) year\b", re.IGNORECASE)
MONTH_NAME_BEFORE = re.compile(rf"(?:{MONTH_OR_ABBREVIATION})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")


def years(text: str, published: datetime.date) -> Iterator[Found]:
    for match in YEAR_EXPRESSION.finditer(text):
        if MONTH_NAME_BEFORE.search(text, 0, match.start("year")):
            continue  # part of "April 2016" or "May 24, 2002", found as a month or a day
        year = int(match["year"])
        word = (match["word"] or "").lower()
        future = year > published.year or (word == "by" and in_future_clause(text, *match.span()))
        yield Found(match.start(), match.end(), datetime.date(year, 1, 1), YEAR, future)
    for match in RELATIVE_YEAR.finditer(text):
        step = STEP[match["which"].lower()]
        expected = step > 0 or (step == 0 and (match["part"] or "").strip().lower() == "later")
        yield Found(*match.span(), datetime.date(published.year + step, 1, 1), YEAR, expected)


COMING = re.compile(r"\b(?:in|over) the (?:coming|next) (?:few )?(?:days|weeks)\b|\bsoon\b", re.IGNORECASE)


def coming(text: str, published: datetime.date) -> Iterator[Found]:
    for match in COMING.finditer(text):
        yield Found(*match.span(), published, APPROXIMATE, True)


# Spans of time measured up to the time of writing: "after 11 weeks of", "in recent days".
VAGUE = re.compile(
    rf"\b(?:(?:after|for|in) (?:the )?(?:past |last |first )?(?:\d+|a few|several|{COUNT_WORDS}) "
    r"(?:days|weeks|months|years) of|in recent (?:days|weeks|months)|recently|lately)\b",
    re.IGNORECASE,
)


def vague(text: str, published: datetime.date) -> Iterator[Found]:
    for match in VAGUE.finditer(text):
        yield Found(*match.span(), published, APPROXIMATE, False)


def parse_with_dateparser(words: str, published: datetime.date, prefer: str) -> datetime.date | None:
    settings = {
        "RELATIVE_BASE": datetime.datetime.combine(published, datetime.time()),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    }
    parsed = dateparser.parse(words, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


RECOGNISERS: list[Callable[[str, datetime.date], Iterator[Found]]] = [
    day_offsets,
    story_offsets,
    days_later,
    relative_periods,
    units_ago,
    written_dates,
    months,
    weekdays,
    years,
    coming,
    vague,
]
