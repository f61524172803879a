"""Russian time expressions resolved against the publication date, with their precision.

The rules are the English ones (../dates.py), in Russian words:
- «в четверг», «в прошлую пятницу» is a day: the most recent one not after
  publication, or the next one when its clause is in the future tense
  («Лавров посетит Вашингтон в понедельник»), then expected;
- «на прошлой неделе», «на этой неделе» a week (its Monday); «в прошлом
  месяце», «в марте», «в начале марта 2023 года», «в середине февраля», «в
  конце июня» a month (tests/data/CODING.md: a part of a month is the month),
  «в начале месяца», «в конце прошлого месяца», «на конец месяца» too, and «в
  начале недели», «к концу года», «на начало следующего года» their week and
  year; «в июле прошлого года» is last year's July, «в феврале того же года»
  the February of the year the sentence named before; «в 2014 году», «в
  прошлом году» a year; «договор 1987 года» names the treaty and dates
  nothing;
- «3 апреля», «3 апреля 2017 года», «вчера», «сегодня» a day; «три недели
  назад» so long before publication; «месяцем ранее», «неделей раньше» about so
  long before the lede's day (approximate), «годом ранее» the year before;
- a deadline («должны покинуть страну до 5 апреля», «не позднее 1 июля») lies
  ahead, expected, in the year of publication unless that day has passed; «до
  29 мая» in a clause that is not in the future («арестован до 29 мая») dates
  the end of something, not the happening, and is left out, as «после 5
  февраля» there dates what comes after it;
- «в ближайшие дни», «в ближайшее время» are expected, approximate;
  «недавно», «в последние недели» approximate;
- «в тот же день», «того же дня», «накануне», «днем ранее», «на следующий
  день», «днем позже» count from the day the story reports on, which only the
  whole article tells: they carry `story_days` and story_dates.py resolves
  them. «днем ранее» ("a day earlier") and «на следующий день» count from the
  day the story last named («на следующий день после выборов» from the
  elections, and is left out); «накануне» is the day before the lede's day,
  whatever day a sentence between named («Суд вынес приговор 6 декабря.
  Накануне госсекретарь призвала ...» in a Thursday
  report is Wednesday), as the wire uses it.

The tense is read from the clause (between commas, «что», colons and
quotation marks): a verb in the future tense («вышлет», «будет»), or an
intention or obligation («планирует», «намерен», «должны», «предстоит»).
"""

import datetime
import re
from collections.abc import Iterator

import dateparser
from dateutil.relativedelta import relativedelta

from ...dates import APPROXIMATE, DAY, MONTH, WEEK, YEAR
from ..dates import Found, add_months, days_after, longest_without_overlaps, nearest_year
from .morphology import analyse

WORD = re.compile(r"\w+")
WEEKDAYS = [
    ("понедельник",),
    ("вторник",),
    ("среду", "среда"),
    ("четверг",),
    ("пятницу", "пятница"),
    ("субботу", "суббота"),
    ("воскресенье",),
]
WEEKDAY_WORDS = "|".join(word for forms in WEEKDAYS for word in forms)
MONTH_STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
# Genitive («3 апреля») and prepositional («в апреле») forms.
MONTHS_GENITIVE = [stem + ("я" if stem[-1] != "т" else "а") for stem in MONTH_STEMS]
MONTHS_GENITIVE[4] = "мая"
MONTHS_GENITIVE[7] = "августа"
MONTHS_PREPOSITIONAL = [stem + "е" for stem in MONTH_STEMS]
MONTHS_PREPOSITIONAL[4] = "мае"
GENITIVE = "|".join(MONTHS_GENITIVE)
PREPOSITIONAL = "|".join(MONTHS_PREPOSITIONAL)
YEAR_WORD = r"(?:года|году|год|г\.)"
COUNT_WORDS = {
    "один": 1,
    "одну": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
}

# «встреча запланирована на март» is due; «отменили запланированные учения» (a full participle) is not
FUTURE_WORDS = re.compile(
    r"(?i)\b(?:планиру\w*|намерен\w*|собира\w*|долж(?:ен|на|но|ны)|предстоит|ожида\w*|запланирован[аоы]?|"
    r"назначен[аоы]?|будет|будут|буду|будем|будете|станет|станут)\b"
)
CLAUSE_BOUNDARY = re.compile(r"(?i),|;|:|\bчто\b|[«»\"“”„]|\s[—–]\s")


def find(text: str, published: datetime.date) -> list[Found]:
    """Every time expression of the text, resolved; overlapping ones keep the longest."""
    return longest_without_overlaps(item for recogniser in RECOGNISERS for item in recogniser(text, published))


def in_future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] is in the future tense, or says what is intended or due."""
    boundaries = [match.end() for match in CLAUSE_BOUNDARY.finditer(text, 0, start)]
    following = CLAUSE_BOUNDARY.search(text, end)
    clause = text[boundaries[-1] if boundaries else 0 : following.start() if following else len(text)]
    if FUTURE_WORDS.search(clause):
        return True
    return any(analyse(word).is_("futr") and analyse(word).is_("VERB") for word in WORD.findall(clause))


DAY_OFFSETS = [
    (re.compile(r"(?i)\bпозавчера\b"), -2),
    (re.compile(r"(?i)\bвчера\b"), -1),
    (re.compile(r"(?i)\b(?:сегодня|этим утром|этой ночью)\b"), 0),
    (re.compile(r"(?i)\bзавтра\b"), 1),
    (re.compile(r"(?i)\bпослезавтра\b"), 2),
]
STORY_OFFSETS = [
    (
        re.compile(
            r"(?i)\b(?:в (?:тот|этот) же день|(?:\w+ )?(?:утром |вечером |днем |днём )?того же дня|в тот день)\b"
        ),
        0,
    ),
    (re.compile(r"(?i)\b(?:накануне|дн[её]м (?:ранее|раньше)|за день до этого)\b"), -1),
    # «на следующий день после выборов» counts from the elections, which no calendar gives
    (re.compile(r"(?i)\b(?:на следующий день|на другой день|дн[её]м (?:позже|позднее))\b(?!\s+после\b)"), 1),
]
# «накануне визита»: on the eve of something named, not the day before the story
EVE_OF = re.compile(r"\s+(?P<word>[а-яё]+)")


def day_offsets(text: str, published: datetime.date) -> Iterator[Found]:
    for pattern, offset in DAY_OFFSETS:
        for match in pattern.finditer(text):
            yield Found(*match.span(), days_after(published, offset), DAY, offset > 0)
    for pattern, offset in STORY_OFFSETS:
        for match in pattern.finditer(text):
            if match.group().lower() == "накануне" and eve_of_something(text, match.end()):
                continue
            eve = match.group().lower() == "накануне"
            yield Found(*match.span(), days_after(published, offset), DAY, False, story_days=offset, from_lede=eve)


def eve_of_something(text: str, end: int) -> bool:
    following = EVE_OF.match(text, end)
    if following is None:
        return False
    word = analyse(following["word"])
    return word.is_("NOUN") and word.can_be("gent")


RELATIVE_WEEK = re.compile(
    r"(?i)\bна (?P<which>прошлой|минувшей|прошедшей|этой|текущей|нынешней|следующей|будущей|предстоящей) неделе\b"
)
RELATIVE_MONTH = re.compile(
    r"(?i)\bв (?P<which>прошлом|минувшем|прошедшем|этом|текущем|нынешнем|следующем|будущем) месяце\b"
)
RELATIVE_YEAR = re.compile(
    r"(?i)\bв (?P<which>прошлом|минувшем|прошедшем|этом|текущем|нынешнем|следующем|будущем) году\b"
)
# «в начале месяца», «в конце прошлой недели», «к концу года»: a part of this (or the last, the next) month, week
# or year is that month, week or year (tests/data/CODING.md: a part of a month is the month)
PART_OF_PERIOD = re.compile(
    r"(?i)\b(?:в\s+(?:начале|конце|середине)|к\s+(?:началу|концу|середине)|на\s+(?:начало|конец|середину))\s+"
    r"(?:(?P<which>прошлого|прошлой|минувшего|минувшей|прошедшего|прошедшей|этого|этой|текущего|текущей|нынешнего|"
    r"нынешней|следующего|следующей|будущего|будущей|предстоящей)\s+)?(?P<unit>месяца|недели|года)\b"
)
STEP = {
    "прошл": -1,
    "минувш": -1,
    "прошедш": -1,
    "эт": 0,
    "текущ": 0,
    "нынешн": 0,
    "следующ": 1,
    "будущ": 1,
    "предстоящ": 1,
}


def step_of(word: str) -> int:
    return next(value for prefix, value in STEP.items() if word.lower().startswith(prefix))


def relative_periods(text: str, published: datetime.date) -> Iterator[Found]:
    for match in RELATIVE_WEEK.finditer(text):
        step = step_of(match["which"])
        expected = step > 0 or (step == 0 and in_future_clause(text, *match.span()))
        yield Found(*match.span(), days_after(published, 7 * step), WEEK, expected)
    for match in RELATIVE_MONTH.finditer(text):
        step = step_of(match["which"])
        expected = step > 0 or (step == 0 and in_future_clause(text, *match.span()))
        yield Found(*match.span(), add_months(published, step), MONTH, expected)
    for match in RELATIVE_YEAR.finditer(text):
        step = step_of(match["which"])
        yield Found(*match.span(), datetime.date(published.year + step, 1, 1), YEAR, step > 0)
    for match in PART_OF_PERIOD.finditer(text):
        step = step_of(match["which"]) if match["which"] else 0
        expected = step > 0 or (step == 0 and in_future_clause(text, *match.span()))
        unit = match["unit"].lower()
        if unit == "месяца":
            yield Found(*match.span(), add_months(published, step), MONTH, expected)
        elif unit == "недели":
            yield Found(*match.span(), days_after(published, 7 * step), WEEK, expected)
        else:
            yield Found(*match.span(), datetime.date(published.year + step, 1, 1), YEAR, expected)


UNITS_AGO = re.compile(
    r"(?i)\b(?P<count>\d+|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)?\s*"
    r"(?P<unit>дн(?:я|ей)|день|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад\b"
)
UNIT_PRECISION = {"д": DAY, "н": WEEK, "м": MONTH, "г": YEAR, "л": YEAR}


def units_ago(text: str, published: datetime.date) -> Iterator[Found]:
    for match in UNITS_AGO.finditer(text):
        count_word = (match["count"] or "1").lower()
        count = int(count_word) if count_word.isdigit() else COUNT_WORDS[count_word]
        precision = UNIT_PRECISION[match["unit"][0].lower()]
        if precision == DAY:
            date = days_after(published, -count)
        elif precision == WEEK:
            date = days_after(published, -7 * count)
        elif precision == MONTH:
            date = add_months(published, -count)
        else:
            date = datetime.date(published.year - count, 1, 1)
        start = match.start("count") if match["count"] else match.start("unit")
        yield Found(start, match.end(), date, precision, False)


# «месяцем ранее», «неделей раньше»: about one such unit before the day the lede reports on, as «накануне» is the
# day before it; «годом ранее» the year before publication.
UNIT_EARLIER = re.compile(r"(?i)\b(?P<unit>неделей|месяцем|годом)\s+(?:ранее|раньше)\b")


def unit_earlier(text: str, published: datetime.date) -> Iterator[Found]:
    for match in UNIT_EARLIER.finditer(text):
        unit = match["unit"].lower()
        if unit == "годом":
            yield Found(*match.span(), datetime.date(published.year - 1, 1, 1), YEAR, False)
            continue
        date = days_after(published, -7) if unit == "неделей" else published - relativedelta(months=1)
        days = (date - published).days
        yield Found(*match.span(), date, APPROXIMATE, False, story_days=days, from_lede=True)


WRITTEN_DATE = re.compile(
    rf"(?i)\b(?P<day>\d{{1,2}})(?:-?го)?\s+(?P<month>{GENITIVE})(?:\s+(?P<year>\d{{4}})(?:\s*{YEAR_WORD})?)?(?!\w)"
)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DEADLINE_BEFORE = re.compile(r"(?i)\b(?:до|к|по|не позднее|не позже|крайний срок)\s+$")
# «после 5 февраля»: what a day bounds from before, not when it happened
AFTER_A_DAY = re.compile(r"(?i)\bпосле\s+$")
# «с 14 июня запрещено»: from a day on, which may lie ahead or behind
STARTING = re.compile(r"(?i)\b(?:с|со|начиная с)\s+$")


def written_dates(text: str, published: datetime.date) -> Iterator[Found]:
    for match in WRITTEN_DATE.finditer(text):
        future = in_future_clause(text, *match.span())
        if DEADLINE_BEFORE.search(text, 0, match.start()) and not future:
            continue  # «арестован до 29 мая» dates the end of the arrest, not the arrest
        if AFTER_A_DAY.search(text, 0, match.start()) and not future:
            continue  # «готова соблюдать ограничения после 5 февраля»: placed after the day, not on it
        words = f"{match['day']} {match['month']}" + (f" {match['year']}" if match["year"] else "")
        parsed = parse_with_dateparser(words, published, "future" if future else "past")
        if parsed is None:
            continue
        if not match["year"] and STARTING.search(text, 0, match.start()):
            parsed = min(
                (
                    parsed.replace(year=published.year + step)
                    for step in (-1, 0, 1)
                    if valid_day(parsed, published.year + step)
                ),
                key=lambda day: abs(day - published),
            )
            future = parsed > published
        elif not match["year"]:
            parsed = nearest_year(parsed, published, future)
        yield Found(*match.span(), parsed, DAY, future)
    for match in ISO_DATE.finditer(text):
        try:
            yield Found(*match.span(), datetime.date.fromisoformat(match.group()), DAY, False)
        except ValueError:
            continue


def valid_day(date: datetime.date, year: int) -> bool:
    return not (date.month == 2 and date.day == 29) or year % 4 == 0


MONTH_EXPRESSION = re.compile(
    rf"(?i)\b(?:в|во)\s+(?:(?:прошлом|этом|следующем)\s+)?(?P<prepositional>{PREPOSITIONAL})"
    rf"(?:\s+(?P<year>\d{{4}})(?:\s*{YEAR_WORD})?)?(?!\w)"
    rf"|\b(?:в\s+(?:начале|конце|середине)|с|до|к\s+концу|в\s+течение)\s+(?P<genitive>{GENITIVE})"
    rf"(?:\s+(?P<year2>\d{{4}})(?:\s*{YEAR_WORD})?)?(?!\w)"
)


# «в июле прошлого года», «в феврале того же года»: the year named after a month, counted from publication or, for
# «того же года», the year the sentence named before it
YEAR_NAMED_AFTER = re.compile(
    r"(?i)\s+(?P<which>позапрошлого|прошлого|минувшего|прошедшего|этого|текущего|нынешнего|следующего|будущего|"
    r"того\s+же)\s+года\b"
)
NAMED_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def year_named_after(text: str, end: int, published: datetime.date) -> tuple[int | None, int] | None:
    """The year named right after text[:end] and where its words end; None when none is named, a year of None
    when it is «того же года» and the text named no year before."""
    match = YEAR_NAMED_AFTER.match(text, end)
    if match is None:
        return None
    which = match["which"].lower()
    if which.startswith("того"):
        named = NAMED_YEAR.findall(text, 0, end)
        return (int(named[-1]) if named else None), match.end()
    step = -2 if which.startswith("позапрошл") else step_of(which)
    return published.year + step, match.end()


def months(text: str, published: datetime.date) -> Iterator[Found]:
    for match in MONTH_EXPRESSION.finditer(text):
        name = (match["prepositional"] or match["genitive"]).lower()
        forms = MONTHS_PREPOSITIONAL if match["prepositional"] else MONTHS_GENITIVE
        number = forms.index(name) + 1
        year = match["year"] or match["year2"]
        named_after = None if year else year_named_after(text, match.end(), published)
        if named_after is not None:
            named_year, end = named_after
            if named_year is not None:
                date = datetime.date(named_year, number, 1)
                yield Found(match.start(), end, date, MONTH, date > published)
            continue
        words = match.group().lower()
        word = "last" if "прошлом" in words else "next" if "следующем" in words else ""
        future = word != "last" and in_future_clause(text, *match.span())
        date = datetime.date(int(year), number, 1) if year else month_without_year(number, word, published, future)
        yield Found(*match.span(), date, MONTH, future and date >= published.replace(day=1))


def month_without_year(number: int, word: str, published: datetime.date, future: bool) -> datetime.date:
    this_year = datetime.date(published.year, number, 1)
    this_month = published.replace(day=1)
    if word == "last" or (word != "next" and not future):
        return this_year if this_year <= this_month else this_year - relativedelta(years=1)
    return this_year if this_year >= this_month else this_year + relativedelta(years=1)


WEEKDAY_EXPRESSION = re.compile(
    rf"(?i)\b(?:в|во|на|ночь на)\s+(?:(?P<word>прошл\w+|минувш\w+|эт\w+|следующ\w+|ближайш\w+|будущ\w+)\s+)?"
    rf"(?P<weekday>{WEEKDAY_WORDS})\b"
)


def weekday_number(word: str) -> int:
    return next(number for number, forms in enumerate(WEEKDAYS) if word.lower() in forms)


def weekdays(text: str, published: datetime.date) -> Iterator[Found]:
    for match in WEEKDAY_EXPRESSION.finditer(text):
        word = (match["word"] or "").lower()
        target = weekday_number(match["weekday"])
        ahead = word.startswith(("следующ", "ближайш", "будущ"))
        past = word.startswith(("прошл", "минувш"))
        future = ahead or (not past and in_future_clause(text, *match.span()))
        if future:
            days = (target - published.weekday()) % 7 or 7
        else:
            days = -((published.weekday() - target) % 7)
            if days == 0 and past:
                days = -7
        yield Found(*match.span(), days_after(published, days), DAY, future)


YEAR_EXPRESSION = re.compile(
    rf"(?i)\b(?:(?P<word>в|с|до|к|по|начиная с|в течение)\s+)?(?P<year>(?:19|20)\d{{2}})\s*{YEAR_WORD}(?!\w)"
)


# «ядерную сделку 2015 года», «договор 1987 года»: a year right after a document names it, as "the 1987 pact"
DOCUMENTS = frozenset(
    "сделка договор соглашение договоренность пакт акт закон резолюция меморандум декларация протокол хартия "
    "доктрина конвенция".split()
)
WORD_BEFORE = re.compile(r"(\w+)\s+$")


def names_a_document(text: str, match: re.Match[str]) -> bool:
    before = WORD_BEFORE.search(text, 0, match.start())
    return not match["word"] and before is not None and bool(analyse(before.group(1)).lemmas & DOCUMENTS)


def years(text: str, published: datetime.date) -> Iterator[Found]:
    for match in YEAR_EXPRESSION.finditer(text):
        if re.search(rf"(?i)(?:{GENITIVE}|{PREPOSITIONAL})\s+$", text[: match.start("year")]):
            continue  # part of «3 апреля 2017 года» or «в марте 2023 года», found as a day or a month
        if names_a_document(text, match):
            continue
        year = int(match["year"])
        word = (match["word"] or "").lower()
        future = year > published.year or (word in ("до", "к") and in_future_clause(text, *match.span()))
        yield Found(*match.span(), datetime.date(year, 1, 1), YEAR, future)


COMING = re.compile(r"(?i)\b(?:в ближайшие (?:дни|недели|месяцы)|в ближайшее время|в скором времени|скоро)\b")
VAGUE = re.compile(r"(?i)\b(?:недавно|в последние (?:дни|недели|месяцы)|в последнее время|на днях)\b")


def coming(text: str, published: datetime.date) -> Iterator[Found]:
    for match in COMING.finditer(text):
        yield Found(*match.span(), published, APPROXIMATE, True)


def vague(text: str, published: datetime.date) -> Iterator[Found]:
    for match in VAGUE.finditer(text):
        yield Found(*match.span(), published, APPROXIMATE, False)


def parse_with_dateparser(words: str, published: datetime.date, prefer: str) -> datetime.date | None:
    settings = {
        "RELATIVE_BASE": datetime.datetime.combine(published, datetime.time()),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    }
    parsed = dateparser.parse(words, languages=["ru"], settings=settings)
    return parsed.date() if parsed else None


RECOGNISERS = [
    day_offsets,
    relative_periods,
    units_ago,
    unit_earlier,
    written_dates,
    months,
    weekdays,
    years,
    coming,
    vague,
]
