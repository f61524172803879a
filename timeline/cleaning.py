"""Removing page debris from an article's text as received.

Copy-pasted or scraped articles carry lines that are not prose: video
captions repeated around a player, lines that are only a video duration,
and site trailers ("Join the conversation as a VIP Member"). The cleaner
drops whole lines only, never words inside a line, and reports each line it
dropped with the reason, so an editor can check it.
"""

import re
from collections import Counter
from dataclasses import dataclass

DURATION = r"\d{1,2}:\d{2}(?::\d{2})?"
DURATION_LINE = re.compile(rf"^{DURATION}$")
CAPTION_WITH_DURATION = re.compile(rf"^(?P<caption>.+?)\s+{DURATION}$")

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
    reason: str


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
        reason = "headline repeated" if line and line == headline else debris_reason(line, repeated)
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
        return "video duration"
    if line in repeated:
        return "caption repeated in the page"
    caption = CAPTION_WITH_DURATION.match(line)
    if caption and caption.group("caption") in repeated:
        return "caption with video duration"
    if any(pattern.fullmatch(line) for pattern in SITE_TRAILERS):
        return "site trailer"
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
