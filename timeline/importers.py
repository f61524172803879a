"""Importing article files as Sources.

An import runs in two steps so that a run writes all of its articles or none:
`prepare_articles` reads and validates every file (raising ArticleImportError
with every problem found), then `save_articles` writes them in one
transaction. The functions take plain values, so the admin can reuse them.

The article's language is given (an IETF tag such as "en" or "ru") or told
from its text: mostly Cyrillic letters make it Russian, else English. It
decides how quotes are read and which reader the assistant uses.

An article is identified by its URL when it has one (written with http or
https, with or without "www." or a closing slash), otherwise by outlet,
headline and publication date. Importing a stored article again with the same
text changes nothing; with a different text or different details it is refused
unless updating is allowed. An update keeps the previous version in the
source's history and is refused if evidence quoted from the source would no
longer be found in the new text.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from . import quotes
from .cleaning import parse_article
from .models import Source

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"

# Details that replace the stored ones on update only when they are given.
OPTIONAL_DETAILS = ("url", "author", "language")
COMPARED_FIELDS = ("outlet", "headline", "published", "body", "raw_text", *OPTIONAL_DETAILS)

LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
LETTER = re.compile(r"[^\W\d_]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

MANIFEST_REQUIRED = ("file", "outlet", "published")
MANIFEST_FIELDS = MANIFEST_REQUIRED + OPTIONAL_DETAILS


class ArticleImportError(ValidationError):
    """One or more articles cannot be imported; each message names the file and the problem."""


@dataclass(frozen=True)
class ArticleFile:
    """A file to import, with the facts about the article that its text does not carry."""

    path: Path
    outlet: str
    published: object  # "YYYY-MM-DD" or a date; the model's DateField validates it
    url: str = ""
    author: str = ""
    language: str = ""  # blank: the model's default for a new source, the stored value on update
    label: str = ""  # how messages name the file, if not by its path

    @property
    def name(self):
        return self.label or str(self.path)


@dataclass
class PreparedArticle:
    """A validated article: the Source to save (new, or the stored one with the new values)."""

    article: ArticleFile
    source: Source
    removed: list
    action: str
    changed_fields: list = field(default_factory=list)
    relocated_evidence: list = field(default_factory=list)  # (evidence, passage) pairs
    language_told_from_text: bool = False


def prepare_articles(articles, *, allow_update=False, update_advice=None):
    """Validate every article of a run; raise one ArticleImportError listing all problems.

    `update_advice` tells how a stored article is replaced where the import runs (the command's --update).
    """
    prepared, problems = [], []
    advice = update_advice or command_update_advice()
    for article in articles:
        try:
            prepared.append(prepare_article(article, allow_update=allow_update, update_advice=advice))
        except ArticleImportError as error:
            problems.extend(error.messages)
    problems.extend(same_article_twice(prepared))
    if problems:
        raise ArticleImportError(problems)
    return prepared


def prepare_article(article, *, allow_update=False, update_advice=""):
    check_language_tag(article)
    raw_text = read_text(article)
    parsed = parse_article(raw_text)
    check_has_text(article, raw_text, parsed)
    source = new_source(article, parsed, raw_text)
    run_model_validation(article, source.clean_fields)
    stored = stored_source(article, source)
    if stored is None:
        run_model_validation(article, source.full_clean)
        return PreparedArticle(
            article, source, parsed.removed, CREATED, language_told_from_text=not given_language(article)
        )
    return prepare_update(article, stored, source, parsed.removed, allow_update, update_advice)


def given_language(article):
    return article.language.strip()


def check_language_tag(article):
    tag = given_language(article)
    if tag and not LANGUAGE_TAG.fullmatch(tag):
        raise ArticleImportError(
            _("%(name)s: “%(tag)s” is not a language tag; give one such as en or ru, or none to tell it from the text.")
            % {"name": article.name, "tag": tag}
        )


def language_of(text):
    """The language told from the text: "ru" when most of its letters are Cyrillic, else "en"."""
    letters = LETTER.findall(text)
    cyrillic = sum(1 for letter in letters if CYRILLIC.match(letter))
    return "ru" if letters and cyrillic * 2 > len(letters) else "en"


def save_articles(prepared):
    """Write the prepared articles in one transaction; return them, saved."""
    with transaction.atomic():
        for prepared_article in prepared:
            if prepared_article.action == UNCHANGED:
                continue
            prepared_article.source.save()
            for evidence, passage in prepared_article.relocated_evidence:
                evidence.start, evidence.end = passage.start, passage.end
                evidence.save(update_fields=["start", "end"])
    return prepared


def read_text(article):
    try:
        data = article.path.read_bytes()
    except FileNotFoundError:
        raise ArticleImportError(_("%(name)s: there is no such file.") % {"name": article.name}) from None
    except OSError as error:
        raise ArticleImportError(
            _("%(name)s: the file cannot be read (%(error)s).") % {"name": article.name, "error": error.strerror}
        ) from error
    try:
        # A byte order mark belongs to the encoding, not to the text.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleImportError(
            _(
                "%(name)s: the file is not UTF-8 text (line %(line)d has bytes that are not UTF-8). "
                "Save it as UTF-8 and import it again."
            )
            % {"name": article.name, "line": line}
        ) from error
    if "\x00" in text:
        raise ArticleImportError(
            _(
                "%(name)s: the file contains NUL characters, so it is not plain text "
                "(it may be UTF-16 or a binary file). Save it as UTF-8 text and import it again."
            )
            % {"name": article.name}
        )
    return text


def check_has_text(article, raw_text, parsed):
    if not raw_text.strip():
        raise ArticleImportError(_("%(name)s: the file is empty.") % {"name": article.name})
    if not parsed.headline:
        raise ArticleImportError(
            _("%(name)s: the file holds only page debris and no article.") % {"name": article.name}
        )
    if not parsed.body:
        raise ArticleImportError(
            _("%(name)s: the file has a headline (“%(headline)s”) but no article text after it.")
            % {"name": article.name, "headline": parsed.headline}
        )


def new_source(article, parsed, raw_text):
    source = Source(
        outlet=article.outlet.strip(),
        headline=parsed.headline,
        url=article.url.strip(),
        published=article.published,
        author=article.author.strip(),
        body=parsed.body,
        raw_text=raw_text,
    )
    source.language = given_language(article) or language_of(parsed.body)
    return source


def run_model_validation(article, validate):
    """Run one of the model's validation methods; its rules are the import's rules."""
    try:
        validate()
    except ValidationError as error:
        raise ArticleImportError([f"{article.name}: {message}" for message in field_messages(error)]) from error


def field_messages(error):
    for field_name, messages in error.message_dict.items():
        for message in messages:
            if field_name == NON_FIELD_ERRORS:
                yield message
            elif field_name == "headline":
                yield _("headline (the file's first line): %(message)s") % {"message": message}
            else:
                yield f"{field_label(field_name)}: {message}"


def stored_source(article, source):
    """The stored Source that is the same article, or None."""
    if source.url:
        by_url = Source.objects.filter(url__in=same_address(source.url)).order_by("pk").first()
        if by_url is not None:
            return by_url
        # The same article may have been imported before its URL was known.
        candidates = Source.objects.filter(url="")
    else:
        candidates = Source.objects.all()
    matches = list(
        candidates.filter(outlet=source.outlet, headline=source.headline, published=source.published).order_by("pk")
    )
    if len(matches) > 1:
        numbers = ", ".join(f"#{match.pk}" for match in matches)
        raise ArticleImportError(
            _(
                "%(name)s: several stored sources (%(numbers)s) have this outlet, headline and date; "
                "give the article's URL to say which one it is."
            )
            % {"name": article.name, "numbers": numbers}
        )
    return matches[0] if matches else None


def same_address(url):
    """The URL as written and as the same page is also written: http or https, with or without "www.", with or
    without a closing slash (a copied address differs from the stored one in these, not in the article)."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    return [url] + [
        urlunsplit((scheme, f"{www}{host}", f"{path}{slash}", parts.query, parts.fragment))
        for scheme in ("https", "http")
        for www in ("", "www.")
        for slash in ("", "/")
    ]


def prepare_update(article, stored, source, removed, allow_update, update_advice):
    changed = changed_fields(article, stored, source)
    if not changed:
        return PreparedArticle(article, stored, removed, UNCHANGED)
    if not allow_update:
        raise ArticleImportError(refusal_message(article, stored, changed, update_advice))
    relocated = relocate_evidence(article, stored, source.body) if "body" in changed else []
    for field_name in changed:
        setattr(stored, field_name, getattr(source, field_name))
    run_model_validation(article, stored.full_clean)
    return PreparedArticle(article, stored, removed, UPDATED, changed, relocated)


def changed_fields(article, stored, source):
    given = [name for name in COMPARED_FIELDS if name not in OPTIONAL_DETAILS or getattr(article, name).strip()]
    return [name for name in given if differs(name, stored, source)]


def differs(field_name, stored, source):
    """Whether a field of the article sent differs from the stored one; its address written otherwise does not."""
    if field_name == "url":
        return stored.url not in same_address(source.url)
    return getattr(stored, field_name) != getattr(source, field_name)


def refusal_message(article, stored, changed, update_advice):
    described = described_source(stored)
    if (
        stored.url
        and stored.url in same_address(article.url.strip())
        and {"outlet", "headline", "published"} & set(changed)
    ):
        return _(
            "%(name)s: the URL %(url)s is already used by a different article, %(source)s. Check the URL. "
            "%(update_advice)s"
        ) % {"name": article.name, "url": stored.url, "source": described, "update_advice": update_advice}
    differences = ", ".join(field_label(name) for name in changed)
    return _(
        "%(name)s: %(source)s is already stored with a different %(differences)s. Nothing was changed. "
        "%(update_advice)s"
    ) % {"name": article.name, "source": described, "differences": differences, "update_advice": update_advice}


def command_update_advice():
    return _("If this is the same article, corrected, import it again with --update to replace the stored one.")


def described_source(source):
    """'CNN: “Headline” (2017-04-07) (source #3)', the source as messages name it."""
    return _("%(source)s (source #%(number)s)") % {"source": source, "number": source.pk}


def field_label(field_name):
    if field_name == "raw_text":
        return _("raw text")
    field = Source._meta.get_field(field_name)
    assert isinstance(field, models.Field), field_name
    return str(field.verbose_name)


def relocate_evidence(article, stored, new_body):
    """Where each quote from the stored source sits in the new body; refuse if one is gone."""
    relocated, problems = [], []
    for evidence in stored.evidence.select_related("event"):
        passage = quotes.locate(evidence.quote, new_body)
        if passage is None:
            problems.append(
                _(
                    "%(name)s: the new text no longer contains the quote “%(quote)s”, evidence for the event "
                    "“%(event)s”. Correct the evidence or the text first."
                )
                % {"name": article.name, "quote": evidence.quote, "event": evidence.event.title}
            )
        else:
            relocated.append((evidence, passage))
    if problems:
        raise ArticleImportError(problems)
    return relocated


def same_article_twice(prepared):
    """Messages for articles listed more than once in one run."""
    first_by_key: dict[tuple, PreparedArticle] = {}
    problems: list[str] = []
    for prepared_article in prepared:
        source = prepared_article.source
        key: tuple
        if source.pk:
            key = ("source", source.pk)
        elif source.url:
            key = ("url", source.url)
        else:
            key = ("article", source.outlet, source.headline, source.published)
        first = first_by_key.setdefault(key, prepared_article)
        if first is not prepared_article:
            problems.append(
                _("%(name)s: this is the same article as %(first)s (%(source)s); list it once.")
                % {"name": prepared_article.article.name, "first": first.article.name, "source": source}
            )
    return problems


def read_manifest(path):
    """The articles a manifest lists: a JSON list of objects, file paths relative to the manifest's folder."""
    path = Path(path)
    entries = load_manifest_json(path)
    articles: list[ArticleFile] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, start=1):
        label = _("%(manifest)s entry %(number)d") % {"manifest": path, "number": number}
        entry_problems = manifest_entry_problems(entry)
        if entry_problems:
            problems.extend(f"{label}: {problem}" for problem in entry_problems)
            continue
        articles.append(
            ArticleFile(
                path=path.parent / entry["file"],
                outlet=entry["outlet"],
                published=entry["published"],
                url=entry.get("url") or "",
                author=entry.get("author") or "",
                language=entry.get("language") or "",
                label=f"{label} ({entry['file']})",
            )
        )
    if problems:
        raise ArticleImportError(problems)
    return articles


def load_manifest_json(path):
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArticleImportError(_("%(path)s: there is no such manifest.") % {"path": path}) from None
    except OSError as error:
        raise ArticleImportError(
            _("%(path)s: the manifest cannot be read (%(error)s).") % {"path": path, "error": error.strerror}
        ) from error
    except UnicodeDecodeError:
        raise ArticleImportError(_("%(path)s: the manifest is not UTF-8 text.") % {"path": path}) from None
    except json.JSONDecodeError as error:
        raise ArticleImportError(
            _("%(path)s: the manifest is not valid JSON (%(error)s at line %(line)d, column %(column)d).")
            % {"path": path, "error": error.msg, "line": error.lineno, "column": error.colno}
        ) from error
    if not isinstance(entries, list) or not entries:
        raise ArticleImportError(
            _("%(path)s: the manifest must be a JSON list of articles, such as %(example)s.")
            % {"path": path, "example": '[{"file": "article.txt", "outlet": "CNN", "published": "2017-04-07"}]'}
        )
    return entries


def manifest_entry_problems(entry):
    if not isinstance(entry, dict):
        return [
            _("each article must be a JSON object, such as %(example)s.")
            % {"example": '{"file": ..., "outlet": ..., "published": ...}'}
        ]
    problems = [_("“%(field)s” is missing.") % {"field": name} for name in MANIFEST_REQUIRED if not entry.get(name)]
    problems += [
        _("“%(field)s” is not a field of a manifest entry (the fields are %(fields)s).")
        % {"field": name, "fields": ", ".join(MANIFEST_FIELDS)}
        for name in entry
        if name not in MANIFEST_FIELDS
    ]
    problems += [
        _("“%(field)s” must be a string.") % {"field": name}
        for name in MANIFEST_FIELDS
        if name in entry and entry[name] and not isinstance(entry[name], str)
    ]
    return problems
