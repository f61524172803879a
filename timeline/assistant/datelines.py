"""A wire's dateline before the first sentence: where and when the story was filed, not what it reports.

"MOSCOW, Dec 28 (Reuters) - ", "ANKARA, Turkey (AP) — ", "WASHINGTON (CNN)", "Jan. 2 (Bloomberg) -- ",
"MOSCOW — ", «ВЕНА, 9 июля /Интерфакс/. », «ЖЕНЕВА, 6 марта — РИА Новости. », «МОСКВА, 29 марта 2019 г. /ТАСС/.».
An editor does not quote it, its city is no actor and its date is the day of writing, not of the happening. The
sentence splitter starts the first sentence after it, and the readers mask it in a sentence read on its own.
"""

import re

CAPITALS = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.]+(?:[ -][A-ZА-ЯЁ][A-ZА-ЯЁ'’.]+)*"
PLACE_OR_DAY = r"(?:[,.]\s+(?:[A-ZА-ЯЁ][\w.'’-]*|\d{1,2})(?:\s+(?:[A-Za-zа-яё][\w.'’-]*|\d{1,2}))?)"
AGENCY = r"\s*\([^()]{2,40}\)"
WIRES = r"(?:AP|Reuters|AFP|CNN|Bloomberg|UPI|TASS|Interfax)"
CITY = r"[А-ЯЁ][А-ЯЁ-]+(?:[ -][А-ЯЁ][А-ЯЁ-]+)*"
# Each form a wire writes; the longest match is the dateline.
DATELINES = [
    re.compile(pattern)
    for pattern in [
        # the city, a region or a day, the agency, then a dash
        rf"{CAPITALS}(?:{PLACE_OR_DAY}+(?:{AGENCY})?|{AGENCY})\s*[-—–]+\s+(?:[А-ЯЁ][\w ]{{2,30}}\.\s+)?",
        # the agency between slashes
        rf"{CAPITALS}{PLACE_OR_DAY}*\.?\s*/[^/]{{2,30}}/\.?\s+",
        rf"{CAPITALS}{PLACE_OR_DAY}*,\s+\d{{1,2}}\s+[а-яё]+\.\s+",
        # without an agency or a day, a city's capitals before a dash; an organisation's ("NATO — ") are not
        rf"(?:[A-ZА-ЯЁ'’.]{{5,}}|{CAPITALS}\s{CAPITALS})\s*[-—–]+\s+",
        # a known agency after the city, with or without a dash ("WASHINGTON (CNN)President ...")
        r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?"
        rf"(?:,?\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*\((?:{WIRES}|[A-Z][\w ]{{1,20}})\)\s*[-—–]*\s*",
        # a day and an agency without a place: "Jan. 2 (Bloomberg) --"
        rf"[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*\({WIRES}\)\s*[-—–]*\s*",
        # a Russian city, the day with its year, and the agency: «МОСКВА, 29 марта 2019 г. /ТАСС/.»
        rf"{CITY}\s*,\s*\d{{1,2}}\s+[а-яё]+\.?(?:\s+\d{{4}}(?:\s*г(?:ода|\.)?)?)?"
        r"(?:\s*/\s*[^/\n]{1,30}/\s*\.?|\s*[—–-]+\s*(?:[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,2})\s*\.?"
        r"|\s*\([^)\n]{1,30}\)\s*[—–-]*\s*\.?|\s*\.)?",
        rf"{CITY}\s*(?:\([^)\n]{{1,30}}\)|/[^/\n]{{1,30}}/)\s*[—–.-]*",
    ]
]


def dateline_end(text: str, start: int = 0) -> int:
    """Where what follows the dateline starts, if the text opens with one at `start`; else `start`."""
    return max((match.end() for pattern in DATELINES if (match := pattern.match(text, start))), default=start)
