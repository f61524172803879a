"""Removing page debris from an article's text as received.

Copy-pasted or scraped articles carry lines that are not prose: video
captions repeated around a player, lines that are only a video duration,
and site trailers ("Join the conversation as a VIP Member"). Russian news
sites add their own furniture, which the rules below know by its kind, not by
one site's wording:
- links to other stories and calls to follow the site: «Читайте также: ...»,
  «Материалы по теме», «Подписывайтесь на наш канал в Telegram», «Поделиться»,
  the names of social networks, «Реклама», «Нашли опечатку? ... Ctrl+Enter»,
  copyright and reprint notices, tags, reading times, view counts;
- photo and video credits, alone («Фото: Алексей Никольский / ТАСС») or ending
  a short caption («Сергей Лавров. Фото: Reuters», «... © РИА Новости»);
- bylines and timestamps on a line of their own («Автор: Иван Петров», «29
  марта 2018, 14:35», «Обновлено 29.03.2018 15:10»), and English ones ("By Jane
  Doe, Reuters", "Updated 2:32 PM ET, Fri April 7, 2017", and the wire's closing
  credits: "Reporting by Andrew Osborn in Moscow; Editing by Peter Graff").
English sites' furniture of the same kinds goes too: "Related: <another story>",
"Read more: ...", "Follow us on X", "Share this article: Facebook Twitter",
"Copyright 2018 Reuters. All rights reserved.", "5 min read", "Comments (12)",
and photo credits ("Photo: ...", "... (AP Photo/Ted S. Warren)", "Getty Images").
The cleaner drops whole lines only, never words inside a line, and reports
each line it dropped with the reason, so an editor can check it.
"""

import re
from collections import Counter
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DURATION = r"\d{1,2}:\d{2}(?::\d{2})?"
DURATION_LINE = re.compile(rf"^{DURATION}$")
CAPTION_WITH_DURATION = re.compile(rf"^(?P<caption>.+?)\s+{DURATION}$")

# The networks an English site offers to share a story on, in its rows of buttons
ENGLISH_NETWORKS = "facebook|twitter|linkedin|whatsapp|telegram|reddit|flipboard|pinterest|messenger|threads|bluesky"
# Lines that sites append around or after an article. Matched against a whole line.
SITE_TRAILERS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"join the conversation as an? .{1,40}member",
        r"trending on .{1,40}",
        r"advertisement",
        r"story continues (below|after) (the )?advertisement",
        r"(click|tap) here to (subscribe|sign up|read more).*",
        r"sign up for (our|the) .{1,60}newsletter.*",
        r"share (this|on) (article|story|facebook|twitter|x)",
        r"(watch|related|read more|recommended)( video)?:?",
        # English sites: links to other stories, calls to follow, sharing, notices, reading times, comments
        r"(related|read more|read also|also read|see also|more|more on this|watch|listen|recommended|top stories|"
        r"related (stories|articles|coverage|content|topics|video))\s*:\s*.{1,300}",
        r"(related (stories|articles|coverage|content|topics)|more on this story|more from .{1,40}|most (read|popular|"
        r"viewed)|top stories|latest news|you may also like|recommended for you|editor'?s picks|around the web|"
        r"sponsored( content| stories)?|more stories|trending( now| stories)?)\.?",
        r"(follow|like|find) us on .{1,80}",
        r"(subscribe|sign up|register)( now| today| here| for free)?( (to|for) .{1,100})?[.!]?",
        r"get (the|our) .{1,60}newsletter.{0,100}",
        r"(share|tweet|email|e-mail|print|save|copy link|comment)( (this|the) (article|story|page))?"
        r"(\s*[:|·•/,-]\s*|\s+)?"
        rf"(({ENGLISH_NETWORKS}|x|email|e-mail|print|copy link)[\s,|·•/]*){{0,12}}",
        rf"(({ENGLISH_NETWORKS})[\s,|·•/]*){{1,12}}",
        r"(copyright|©|\(c\))\s*(©\s*)?\d{4}\b.{0,160}",
        r".{0,160}\ball rights reserved\b.{0,80}",
        r"our standards\s*:.{0,120}",
        r"(\d+\s*(min|minute)s?\s+read|listen( to this (article|story))?(\s*[·•|-]?\s*\d+\s*(min|minute)s?)?)\.?",
        r"(\d+\s+comments?|comments?\s*\(\d+\)|(leave|add|show|view|see) (a |all )?comments?)\.?",
        r"story continues( below)?\.?",
        # Russian sites: links to other stories, calls to follow, sharing, advertising, notices
        r"(читайте|читать|смотрите|см\.) (также|еще|ещё|нас|по теме)\b.{0,300}",
        r"подпи(сывайтесь|сывайся|шитесь|шись|саться)\b.{0,160}",
        r"(следите|следи) за (нашими |главными |последними )?новостями\b.{0,160}",
        r"(реклама|на правах рекламы|партнерский материал|партнёрский материал)(\s*\d{1,2}\s*\+)?\.?",
        r"поделит(ься|есь)\b.{0,80}",
        r"((материалы|новости|статьи|ещ[её]|все новости) по теме|по теме|другие новости|главное|популярное|"
        r"самое (читаемое|популярное|интересное)|вам может быть интересно|рекомендуем|редакция рекомендует|"
        r"выбор редакции|новости партнеров|новости партнёров|лента новостей):?",
        r"(комментарии|оставить комментарий|показать (еще|ещё)|загрузка(\.\.\.|…)?)(\s*\(?\d+\)?)?",
        r"((нашли|заметили) (опечатку|ошибку)|ошибка в тексте)\b.{0,160}",
        r".{0,120}\bctrl\s*\+\s*enter\b.{0,60}",
        r"(©|\(c\)|все права защищены)\s*.{0,160}",
        r".{0,80}(копировани|перепечатк|использовани|цитировани)\w* .{0,120}"
        r"(запрещено|запрещена|обязательна|обязательно|разрешается|допускается).{0,80}",
        r"(теги|тэги|метки|рубрики?|сюжеты?)\s*:.{0,200}",
        r"(слушать( новость| статью| текст)?|время чтения\s*:?.{0,20}|\d+\s*мин(\.|уты?|ут)?\s*(на )?чтени[яе]|"
        r"читать \d+\s*мин(\.|уты?|ут)?)",
        r"(нравится|не нравится|просмотр(ы|ов)?\s*:?\s*[\d\s]+|[\d\s]+\s*просмотр(а|ов)?)",
        r"((вконтакте|вк|одноклассники|ок|telegram|телеграм|дзен|twitter|whatsapp|viber|facebook|x|rutube)"
        r"[\s,|·•/]*){1,8}",
    )
]

# Credits of photos and videos: alone on a line, or ending a short caption.
CREDIT_WORDS = r"(фото|фотография|иллюстрация|видео|источник фото|кадр( из видео)?|скриншот|коллаж|графика)"
PHOTO_CREDITS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"{CREDIT_WORDS}\s*(:|©)\s*.{{1,160}}",
        rf"[^.!?]{{1,200}}[.\s]\s*{CREDIT_WORDS}\s*:\s*[^.!?]{{1,100}}",
        r"[^©]{1,200}©\s*[^.!?]{1,100}",
    )
]
# The same in English: "Photo: ...", "Image caption, ...", a caption ending in its agency's credit ("... (AP
# Photo/Ted S. Warren)", "... Photograph: Maxim Shemetov/Reuters"), and a credit alone ("AFP via Getty Images").
ENGLISH_CREDIT_WORDS = r"(photo|photograph|image|picture|video|illustration|graphic|photo credit|credit)"
AGENCIES = r"(ap|afp|reuters|getty images|epa(-efe)?|tass|sputnik|ria novosti|bloomberg|shutterstock|pool)"
PHOTO_CREDITS += [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"{ENGLISH_CREDIT_WORDS}\s*[:©]\s*.{{1,160}}",
        r"(image source|image caption|media caption)\s*[:,]?\s*.{1,160}",  # "Image source, Getty Images"
        r"[^.!?]{1,200}[.\s]\s*\((ap|afp|reuters|epa|getty)( photo)?\s*/\s*[^)]{1,80}\)\.?",
        rf"[^.!?]{{1,200}}[.\s]\s*(photograph|photo|picture)\s*:\s*[^.!?]{{1,80}}/\s*{AGENCIES}\.?",
        rf"([\w.'’-]+\s+){{0,4}}via\s+{AGENCIES}\.?",
        rf"{AGENCIES}(\s+photo)?\s*/\s*[\w .'’-]{{1,60}}(/\s*{AGENCIES})?\.?",
        AGENCIES,
    )
]
MAX_CAPTION_LINE_WORDS = 30

# Bylines and timestamps on a line of their own.
RUSSIAN_MONTHS = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
DAY_WORDS = (
    rf"(\d{{1,2}}\s+{RUSSIAN_MONTHS}(\s+\d{{4}}(\s*(г\.|года))?)?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|сегодня|вчера)"
)
TIME = r"(в\s*)?\d{1,2}[:.]\d{2}(\s*\(?мск\)?)?"
BYLINES_AND_TIMESTAMPS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"((обновлено|опубликовано|изменено|дата публикации|последнее обновление)\s*:?\s*)?{DAY_WORDS}(,?\s*{TIME})?",
        rf"((обновлено|опубликовано|изменено)\s*:?\s*)?{TIME},?\s*{DAY_WORDS}",
        r"(автор|авторы|текст|корреспондент|редактор|обозреватель|фотограф)\s*[:—–-]\s*"
        r"(?-i:[А-ЯЁA-Z][\w.-]*(\s+[А-ЯЁA-Z][\w.-]*){0,3}(,\s*[А-ЯЁA-Z][\w.-]*(\s+[А-ЯЁA-Z][\w.-]*){0,3})?)",
    )
]

# The same in English: "By Jane Doe, Reuters", "Updated 2:32 PM ET, Fri April 7, 2017", "April 7, 2017", "14:32 GMT".
ENGLISH_MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?"
    r"|dec(ember)?)\.?"
)
WEEKDAY = r"(mon|tue(s)?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?"
ENGLISH_DATE = (
    rf"(\d{{1,2}}\s+{ENGLISH_MONTHS}(\s+\d{{4}})?|{ENGLISH_MONTHS}\s+\d{{1,2}}(,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
)
ENGLISH_TIME = (
    r"\d{1,2}[:.]\d{2}(\s*([ap]\.?m\.?))?(\s*(gmt|utc|bst|cet|cest|msk|[ecmp][sd]?t))?"
    r"|\d{1,2}\s*[ap]\.?m\.?(\s*(gmt|utc|bst|cet|cest|msk|[ecmp][sd]?t))?"
)
WHEN_PARTS = rf"(\s|,|\||·|•|at|on|{WEEKDAY}|{ENGLISH_DATE}|{ENGLISH_TIME})*"
CAPITALISED_NAME = r"[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,3}"
CAPITALISED_NAMES = rf"{CAPITALISED_NAME}((\s*,\s*|\s+and\s+){CAPITALISED_NAME})*"
WIRE_CREDIT = (
    r"(additional\s+)?(reporting|writing|editing|graphics|research|compiled|edited|produced)\s+by\s+"
    rf"(?-i:{CAPITALISED_NAMES})(\s+in\s+(?-i:{CAPITALISED_NAMES}))?"
)
BYLINES_AND_TIMESTAMPS += [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"(updated|published|posted|first published|last updated|last modified)\s*:?{WHEN_PARTS}",
        rf"({WEEKDAY}|{ENGLISH_DATE})({WHEN_PARTS})",
        # names are capitalised ("By the end of the week" is prose)
        rf"by\s+(?-i:{CAPITALISED_NAME}((\s*,\s*|\s+and\s+){CAPITALISED_NAME})*)",
        # a wire's closing credits: names and places only ("Reporting by Reuters showed ..." is prose)
        rf"{WIRE_CREDIT}(\s*[;,]\s*(and\s+)?{WIRE_CREDIT})*\.?",
    )
]

# A caption is short and is repeated around its video player: it appears at least
# three times, or at least twice with one copy followed by the video's duration.
# Short prose that happens to repeat ("No.") is left alone.
MAX_CAPTION_WORDS = 15
MIN_CAPTION_REPEATS = 3


@dataclass(frozen=True)
class RemovedLine:
    number: int
    text: str
    reason: str | Promise


@dataclass(frozen=True)
class CleanedText:
    body: str
    removed: list


def clean_article(raw_text):
    """Return the article body without page debris, and what was removed."""
    return clean_lines(split_lines(raw_text))


def split_lines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def clean_lines(lines, first_number=1, headline=None):
    """Clean `lines`, numbered from `first_number`; repeats of `headline` are debris too."""
    stripped = [line.strip() for line in lines]
    repeated = repeated_short_lines(stripped)
    kept, removed = [], []
    for number, line in enumerate(stripped, start=first_number):
        reason = _("headline repeated") if line and line == headline else debris_reason(line, repeated)
        if reason:
            removed.append(RemovedLine(number, line, reason))
        else:
            kept.append(line)
    return CleanedText(body=join_paragraphs(kept), removed=removed)


def repeated_short_lines(lines):
    """Short lines repeated like captions; a copy followed by a duration counts too."""
    with_duration = [match.group("caption") for match in map(CAPTION_WITH_DURATION.match, lines) if match]
    counts = Counter(line for line in lines if line) + Counter(with_duration)
    return {
        line
        for line, count in counts.items()
        if len(line.split()) <= MAX_CAPTION_WORDS
        and (count >= MIN_CAPTION_REPEATS or (count >= 2 and line in with_duration))
    }


def debris_reason(line, repeated):
    if not line:
        return None
    if DURATION_LINE.match(line):
        return _("video duration")
    if line in repeated:
        return _("caption repeated in the page")
    caption = CAPTION_WITH_DURATION.match(line)
    if caption and caption.group("caption") in repeated:
        return _("caption with video duration")
    if any(pattern.fullmatch(line) for pattern in SITE_TRAILERS):
        return _("site trailer")
    if len(line.split()) <= MAX_CAPTION_LINE_WORDS and any(pattern.fullmatch(line) for pattern in PHOTO_CREDITS):
        return _("photo or video credit")
    if any(pattern.fullmatch(line) for pattern in BYLINES_AND_TIMESTAMPS):
        return _("byline or timestamp")
    return None


def join_paragraphs(lines):
    """Join kept lines, with at most one blank line between paragraphs."""
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


@dataclass(frozen=True)
class ParsedArticle:
    headline: str
    body: str
    removed: list


def parse_article(raw_text):
    """Split a received article into its headline and cleaned body.

    The headline is the first line that is not a trailer or a video duration.
    It is taken before repeated lines are judged, so a page that repeats its
    headline keeps it; the repeats further down are removed as debris.
    """
    lines = [line.strip() for line in split_lines(raw_text)]
    headline_index = next((index for index, line in enumerate(lines) if line and not debris_reason(line, set())), None)
    if headline_index is None:
        cleaned = clean_lines(lines)
        return ParsedArticle(headline="", body="", removed=cleaned.removed)
    headline = lines[headline_index]
    before = clean_lines(lines[:headline_index]).removed
    after = clean_lines(lines[headline_index + 1 :], first_number=headline_index + 2, headline=headline)
    return ParsedArticle(headline=headline, body=after.body, removed=before + after.removed)
