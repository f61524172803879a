import argparse
import unicodedata
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, DjangoHelpFormatter
from django.utils.translation import gettext as _

from timeline import importers


class HelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Django's option order, with the description's line breaks kept."""


class Command(BaseCommand):
    help = """\
Import articles as sources: the first line of a file is the headline, the rest
is the article. Page debris (repeated video captions, durations, site trailers)
is removed from the stored body and each removed line is reported; the text
exactly as received is kept as the raw text.

Files must be UTF-8 text. Every file is checked first and then all are saved in
one transaction: if any file has a problem, nothing is saved.

An article is the same article when it has the same URL, or, without a URL, the
same outlet, headline and publication date. Importing it again with the same
text changes nothing. With a different text or different details it is refused,
so nothing stored is lost by mistake; give --update to replace the stored text
and details. An update keeps the previous version in the source's history, keeps
the stored URL, author and language unless new ones are given, and is refused if
a quote cited as evidence would no longer be found in the new text.

Several articles with their own details are imported with a manifest: a UTF-8
JSON list of objects, one per article, with the fields "file", "outlet" and
"published" (YYYY-MM-DD), and optionally "url", "author" and "language". File
paths are relative to the manifest's folder. For example:

  [
    {"file": "cnn-ties.txt", "outlet": "CNN", "published": "2017-04-07",
     "url": "https://edition.cnn.com/2017/04/07/europe/russia-us-syria-putin-trump-assad/"},
    {"file": "hotair-days.txt", "outlet": "HotAir", "published": "2017-07-29"}
  ]
"""

    def create_parser(self, prog_name, subcommand, **kwargs):
        return super().create_parser(prog_name, subcommand, formatter_class=HelpFormatter, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="Article files to import.")
        parser.add_argument("--manifest", type=Path, help="A JSON manifest listing the articles to import.")
        parser.add_argument("--outlet", help="The outlet that published the articles, such as CNN.")
        parser.add_argument("--published", metavar="YYYY-MM-DD", help="The day the articles were published.")
        parser.add_argument("--url", default="", help="The article's original address (one FILE only).")
        parser.add_argument("--author", default="", help="The article's author.")
        parser.add_argument(
            "--language",
            default="",
            help="An IETF language tag such as en or ru (default: told from the text for a new article, "
            "ru when most of its letters are Cyrillic, else en; the stored language on update).",
        )
        parser.add_argument(
            "--update", action="store_true", help="Replace the text and details of articles already stored."
        )

    def handle(self, *args, **options):
        try:
            articles = self.articles_to_import(options)
            prepared = importers.prepare_articles(articles, allow_update=options["update"])
            importers.save_articles(prepared)
        except importers.ArticleImportError as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {printable(message)}" for message in error.messages)
            ) from error
        for article in prepared:
            self.report(article)

    def articles_to_import(self, options):
        files, manifest = options["files"], options["manifest"]
        details = {name: options[name] for name in ("outlet", "published", "url", "author", "language")}
        if manifest:
            if files or any(details.values()):
                raise CommandError("With --manifest, give the files and their details in the manifest only.")
            return importers.read_manifest(manifest)
        if not files:
            raise CommandError("Give the article files to import, or --manifest.")
        if not details["outlet"] or not details["published"]:
            raise CommandError("Give the articles' --outlet and --published date.")
        if details["url"] and len(files) > 1:
            raise CommandError("--url is the address of one article: import one FILE with it, or use a manifest.")
        return [importers.ArticleFile(path=path, **details) for path in files]

    def report(self, article):
        described = printable(f"{article.source} (source #{article.source.pk})")
        if article.action == importers.UNCHANGED:
            self.stdout.write(f"Unchanged: {described} is already stored with this text.")
            return
        if article.action == importers.UPDATED:
            changed = ", ".join(importers.field_label(name) for name in article.changed_fields)
            heading = f"Updated {described}, changed: {changed}"
        else:
            heading = f"Imported {described}"
            if article.language_told_from_text:
                heading += _(" (language %(language)s, told from its text)") % {"language": article.source.language}
        removed = article.removed
        if not removed:
            self.stdout.write(f"{heading}; removed no page debris.")
            return
        self.stdout.write(f"{heading}; removed {len(removed)} line{'s' if len(removed) > 1 else ''} of page debris:")
        for line in removed:
            self.stdout.write(f"    line {line.number} ({line.reason}): {printable(line.text)}")


def printable(text):
    """Text safe to print on a terminal: control characters other than line breaks are escaped."""
    return "".join(
        character if character == "\n" or unicodedata.category(character) != "Cc" else repr(character)[1:-1]
        for character in text
    )
