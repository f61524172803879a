import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError

from tests.factories import make_event, make_source
from timeline import importers
from timeline.models import Evidence, Source

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parent.parent
CNN = DATA / "cnn-2017-04-07-russia-us-ties-zero.txt"
HOTAIR = DATA / "hotair-2017-07-29-good-old-days-over.txt"
DEBRIS = DATA / "wire-expulsions-with-debris.txt"
NOT_UTF8 = DATA / "windows-1252-article.txt"
CNN_URL = "https://edition.cnn.com/2017/04/07/europe/russia-us-syria-putin-trump-assad/"
CNN_DETAILS = {"outlet": "CNN", "published": "2017-04-07", "url": CNN_URL}
HOTAIR_DETAILS = {"outlet": "HotAir", "published": "2017-07-29"}


def import_article(*args, **options):
    out = StringIO()
    call_command("import_article", *[str(arg) for arg in args], stdout=out, **options)
    return out.getvalue()


def import_error(*args, **options):
    with pytest.raises(CommandError) as raised:
        import_article(*args, **options)
    return str(raised.value)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def stored_cnn(db):
    import_article(CNN, **CNN_DETAILS)
    return Source.objects.get()


@pytest.mark.django_db
def test_imports_the_cnn_article_and_reports_the_captions_it_removed():
    output = import_article(CNN, **CNN_DETAILS, author="Frederik Pleitgen")

    source = Source.objects.get()
    assert source.outlet == "CNN"
    assert source.headline == "Russia-US ties face long haul to recover from 'zero'"
    assert source.published == datetime.date(2017, 4, 7)
    assert source.url == CNN_URL
    assert source.author == "Frederik Pleitgen"
    assert source.language == "en"
    assert "Putin 'didn't expect'" not in source.body
    assert "Michael Flynn omitted Russia income" not in source.body
    assert "Hopefully, it won't lead to any irreversible damage." in source.body
    assert not source.body.startswith(source.headline)
    lines = output.splitlines()
    assert lines[0] == (
        f"Imported CNN, “Russia-US ties face long haul to recover from 'zero'”, 7 April 2017 "
        f"(source #{source.pk}) (language en, told from its text); removed 8 lines of page debris:"
    )
    assert lines[1] == "    line 17 (caption repeated in the page): Putin 'didn't expect' Trump would win"
    assert lines[4] == "    line 24 (caption with video duration): Putin 'didn't expect' Trump would win 06:30"
    assert lines[8] == "    line 46 (caption with video duration): Michael Flynn omitted Russia income 02:32"
    assert len(lines) == 9


@pytest.mark.django_db
def test_imports_the_hotair_article_without_a_url():
    output = import_article(HOTAIR, **HOTAIR_DETAILS)

    source = Source.objects.get()
    assert source.url == ""
    assert source.headline == 'The "good old days" with Russia seem to be over, if they ever existed'
    assert source.published == datetime.date(2017, 7, 29)
    assert "Join the conversation" not in source.body
    assert "Trending on HotAir Video" not in source.body
    assert "removed 2 lines of page debris:" in output
    assert "    line 31 (site trailer): Join the conversation as a VIP Member" in output


@pytest.mark.django_db
@pytest.mark.parametrize("path", [CNN, HOTAIR, DEBRIS])
def test_the_raw_text_is_stored_exactly_as_received(path):
    import_article(path, outlet="Example Wire", published="2017-07-30")

    assert Source.objects.get().raw_text == path.read_text(encoding="utf-8")


@pytest.mark.django_db
def test_line_endings_are_kept_in_the_raw_text_and_a_byte_order_mark_is_dropped(tmp_path):
    article = tmp_path / "windows.txt"
    article.write_bytes("\ufeffLavrov calls Tillerson\r\n\r\nThey spoke on Friday.\r\n".encode("utf-8"))

    import_article(article, outlet="Example Wire", published="2017-07-29")

    source = Source.objects.get()
    assert source.headline == "Lavrov calls Tillerson"
    assert source.raw_text == "Lavrov calls Tillerson\r\n\r\nThey spoke on Friday.\r\n"
    assert source.body == "They spoke on Friday."


@pytest.mark.django_db
def test_an_article_without_debris_says_so(tmp_path):
    text = HOTAIR.read_text(encoding="utf-8").split("\n\nJoin the conversation")[0]

    output = import_article(write(tmp_path / "clean-article.txt", text), **HOTAIR_DETAILS)

    assert output.strip().endswith("removed no page debris.")


@pytest.mark.django_db
def test_importing_the_same_article_again_changes_nothing(stored_cnn):
    output = import_article(CNN, **CNN_DETAILS)

    source = Source.objects.get()
    assert output == f"Unchanged: {source} (source #{source.pk}) is already stored with this text.\n"
    assert source.updated_at == stored_cnn.updated_at
    assert source.history.count() == 1


def test_the_same_article_again_at_its_address_written_otherwise_changes_nothing(stored_cnn):
    """It was found by its address, then refused as "already stored with a different URL"."""
    output = import_article(CNN, **{**CNN_DETAILS, "url": CNN_URL.replace("https://", "http://www.").rstrip("/")})

    source = Source.objects.get()
    assert output.startswith("Unchanged: CNN")
    assert source.url == CNN_URL


@pytest.mark.django_db
def test_an_article_without_url_is_recognised_by_outlet_headline_and_date():
    import_article(HOTAIR, **HOTAIR_DETAILS)

    output = import_article(HOTAIR, **HOTAIR_DETAILS)

    assert output.startswith("Unchanged: HotAir")
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_an_article_imported_without_url_is_recognised_when_its_url_is_given():
    import_article(HOTAIR, **HOTAIR_DETAILS)

    message = import_error(HOTAIR, **HOTAIR_DETAILS, url="https://hotair.com/good-old-days")

    assert "already stored with a different URL" in message
    assert Source.objects.get().url == ""


@pytest.mark.django_db
def test_a_changed_text_is_refused_without_update_and_nothing_is_lost(stored_cnn, tmp_path):
    changed = write(tmp_path / "cnn.txt", CNN.read_text(encoding="utf-8") + "\nA correction was appended.\n")

    message = import_error(changed, **CNN_DETAILS)

    assert "is already stored with a different body, raw text" in message
    assert "--update" in message
    source = Source.objects.get()
    assert source.raw_text == stored_cnn.raw_text
    assert source.body == stored_cnn.body


@pytest.mark.django_db
def test_update_replaces_the_text_keeps_history_and_says_what_changed(stored_cnn, tmp_path):
    changed = write(tmp_path / "cnn.txt", CNN.read_text(encoding="utf-8") + "\nA correction was appended.\n")

    output = import_article(changed, **CNN_DETAILS, author="Frederik Pleitgen", update=True)

    source = Source.objects.get()
    assert source.body.endswith("A correction was appended.")
    assert source.raw_text == changed.read_text(encoding="utf-8")
    assert source.author == "Frederik Pleitgen"
    assert output.startswith(f"Updated {source} (source #{source.pk}), changed: body, raw text, author;")
    assert source.history.count() == 2
    assert source.history.earliest().raw_text == stored_cnn.raw_text


@pytest.mark.django_db
def test_update_keeps_the_stored_details_that_are_not_given(tmp_path):
    article = write(tmp_path / "hotair.txt", HOTAIR.read_text(encoding="utf-8"))
    import_article(article, **HOTAIR_DETAILS, author="Jazz Shaw", language="en-US")
    write(article, HOTAIR.read_text(encoding="utf-8") + "\nUpdated at noon.\n")

    import_article(article, **HOTAIR_DETAILS, update=True)

    source = Source.objects.get()
    assert (source.author, source.language) == ("Jazz Shaw", "en-US")
    assert source.body.endswith("Updated at noon.")


@pytest.mark.django_db
def test_update_moves_the_evidence_offsets_to_where_the_quotes_now_are(stored_cnn, tmp_path):
    quote = "Hopefully, it won't lead to any irreversible damage."
    evidence = make_event(source=stored_cnn, quote=quote).evidence.get()
    old_text = CNN.read_text(encoding="utf-8")
    headline, rest = old_text.split("\n", 1)
    changed = write(tmp_path / "cnn.txt", f"{headline}\nEditor's note: this story was updated.\n{rest}")

    import_article(changed, **CNN_DETAILS, update=True)

    evidence.refresh_from_db()
    body = Source.objects.get().body
    assert evidence.start > stored_cnn.body.index(quote)
    assert body[evidence.start : evidence.end] == quote


@pytest.mark.django_db
def test_update_is_refused_when_a_quoted_passage_would_disappear(stored_cnn, tmp_path):
    quote = "Hopefully, it won't lead to any irreversible damage."
    make_event(source=stored_cnn, quote=quote, title="Lavrov laments the strikes")
    changed = write(tmp_path / "cnn.txt", CNN.read_text(encoding="utf-8").replace(quote, "Hopefully not."))

    message = import_error(changed, **CNN_DETAILS, update=True)

    assert f"no longer contains the quote “{quote}”" in message
    assert "“Lavrov laments the strikes”" in message
    assert Source.objects.get().body == stored_cnn.body
    assert Source.objects.get().history.count() == 1
    assert Evidence.objects.get().quote == quote


@pytest.mark.django_db
def test_articles_are_saved_in_one_transaction():
    articles = [
        importers.ArticleFile(path=HOTAIR, **HOTAIR_DETAILS),
        importers.ArticleFile(path=CNN, **CNN_DETAILS),
    ]
    prepared = importers.prepare_articles(articles)
    make_source(url=CNN_URL)  # saved by someone else between validating and saving

    with pytest.raises(IntegrityError):
        importers.save_articles(prepared)

    assert list(Source.objects.values_list("url", flat=True)) == [CNN_URL]


def only_debris(tmp_path):
    return write(tmp_path / "debris.txt", "Advertisement\n01:45\nJoin the conversation as a VIP Member\n"), {}


def headline_only(tmp_path):
    return write(tmp_path / "headline.txt", "Lavrov calls Tillerson\n\nAdvertisement\n"), {}


def empty_file(tmp_path):
    return write(tmp_path / "empty.txt", " \n\n"), {}


def missing_file(tmp_path):
    return tmp_path / "nowhere.txt", {}


def utf16_file(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Headline\n\nText.\n".encode("utf-16-le"))
    return path, {}


def not_utf8(tmp_path):
    return NOT_UTF8, {}


def debris_article_with(**details):
    return lambda tmp_path: (DEBRIS, details)


BAD_INPUTS = [
    pytest.param(missing_file, "nowhere.txt: there is no such file.", id="missing file"),
    pytest.param(not_utf8, "windows-1252-article.txt: the file is not UTF-8 text (line 3", id="not UTF-8"),
    pytest.param(utf16_file, "utf16.txt: the file contains NUL characters", id="UTF-16"),
    pytest.param(empty_file, "empty.txt: the file is empty.", id="empty"),
    pytest.param(only_debris, "debris.txt: the file holds only page debris and no article.", id="only debris"),
    pytest.param(
        headline_only,
        "headline.txt: the file has a headline (“Lavrov calls Tillerson”) but no article text after it.",
        id="only a headline",
    ),
    pytest.param(
        debris_article_with(published="2017-02-30"),
        "published: “2017-02-30” value has the correct format (YYYY-MM-DD) but it is an invalid date.",
        id="impossible date",
    ),
    pytest.param(
        debris_article_with(published="yesterday"),
        "published: “yesterday” value has an invalid date format.",
        id="relative date",
    ),
    pytest.param(debris_article_with(url="cnn.com/some story"), "URL: Enter a valid URL.", id="invalid URL"),
    pytest.param(
        debris_article_with(url=CNN_URL),
        f"the URL {CNN_URL} is already used by a different article, CNN, “Russia-US ties",
        id="URL of a different article",
    ),
    pytest.param(debris_article_with(outlet=" "), "outlet: This field cannot be blank.", id="blank outlet"),
]


@pytest.mark.parametrize(("bad_input", "expected_message"), BAD_INPUTS)
def test_bad_input_is_a_clear_error_and_writes_nothing(stored_cnn, tmp_path, bad_input, expected_message):
    path, details = bad_input(tmp_path)

    message = import_error(path, **{"outlet": "Example Wire", "published": "2017-07-30", **details})

    assert message.startswith("Nothing was imported:\n")
    assert expected_message in message
    assert Source.objects.count() == 1
    assert Source.history.count() == 1


@pytest.mark.django_db
def test_one_bad_file_among_several_writes_none_and_every_problem_is_listed(tmp_path):
    empty = write(tmp_path / "empty.txt", "")

    message = import_error(HOTAIR, empty, NOT_UTF8, outlet="HotAir", published="2017-07-29")

    assert "empty.txt: the file is empty." in message
    assert "windows-1252-article.txt: the file is not UTF-8 text" in message
    assert "hotair" not in message
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_the_same_article_twice_in_one_run_is_refused(tmp_path):
    copy = shutil.copy(HOTAIR, tmp_path / "copy.txt")

    message = import_error(HOTAIR, copy, **HOTAIR_DETAILS)

    assert f"{copy}: this is the same article as {HOTAIR}" in message
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_an_ambiguous_article_without_url_asks_for_its_url():
    import_article(HOTAIR, **HOTAIR_DETAILS, url="https://hotair.example/first")
    import_article(HOTAIR, **HOTAIR_DETAILS, url="https://hotair.example/second")
    first, second = Source.objects.order_by("pk")

    message = import_error(HOTAIR, **HOTAIR_DETAILS)

    assert f"several stored sources (#{first.pk}, #{second.pk}) have this outlet, headline and date" in message
    assert Source.objects.count() == 2


@pytest.mark.django_db
def test_control_characters_from_a_file_are_escaped_in_the_report(tmp_path):
    caption = "Watch \x1b[2Jthis"
    article = write(tmp_path / "escape.txt", f"Headline\n{caption}\nProse.\n{caption}\n{caption}\n")

    output = import_article(article, outlet="Example Wire", published="2017-07-30")

    assert "\x1b" not in output
    assert "Watch \\x1b[2Jthis" in output
    assert Source.objects.get().raw_text == article.read_text(encoding="utf-8")


def test_the_command_needs_files_or_a_manifest():
    assert "Give the article files to import, or --manifest." in import_error()


def test_files_need_an_outlet_and_a_date():
    assert "Give the articles' --outlet and --published date." in import_error(HOTAIR, outlet="HotAir")


def test_a_url_names_one_article_only():
    message = import_error(CNN, HOTAIR, **CNN_DETAILS)

    assert "--url is the address of one article" in message


def test_a_manifest_takes_no_files_or_details():
    message = import_error(HOTAIR, manifest=DATA / "seed-articles.json")

    assert "With --manifest, give the files and their details in the manifest only." in message


@pytest.mark.django_db
def test_a_manifest_imports_every_article_with_paths_relative_to_its_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    output = import_article(manifest=DATA / "seed-articles.json")

    cnn, hotair = Source.objects.order_by("published")
    assert (cnn.outlet, cnn.url, cnn.raw_text) == ("CNN", CNN_URL, CNN.read_text(encoding="utf-8"))
    assert (hotair.outlet, hotair.url, hotair.published) == ("HotAir", "", datetime.date(2017, 7, 29))
    assert (
        f"Imported {cnn} (source #{cnn.pk}) (language en, told from its text); removed 8 lines of page debris:"
        in output
    )
    assert f"Imported {hotair} (source #{hotair.pk}) (language en, told from its text); removed 2 lines" in output


@pytest.mark.django_db
def test_a_manifest_imported_again_changes_nothing():
    import_article(manifest=DATA / "seed-articles.json")

    output = import_article(manifest=DATA / "seed-articles.json")

    assert [line.split(":")[0] for line in output.splitlines()] == ["Unchanged", "Unchanged"]
    assert Source.objects.count() == 2


def manifest(tmp_path, entries):
    shutil.copy(CNN, tmp_path / CNN.name)
    shutil.copy(HOTAIR, tmp_path / HOTAIR.name)
    return write(tmp_path / "manifest.json", json.dumps(entries))


GOOD_ENTRY = {"file": CNN.name, **CNN_DETAILS}
BAD_MANIFESTS = [
    pytest.param(
        [GOOD_ENTRY, {"file": HOTAIR.name, "outlet": "HotAir"}],
        "manifest.json entry 2: “published” is missing.",
        id="missing field",
    ),
    pytest.param(
        [GOOD_ENTRY, {"file": HOTAIR.name, "outlet": "HotAir", "publshed": "2017-07-29"}],
        "manifest.json entry 2: “publshed” is not a field of a manifest entry",
        id="misspelt field",
    ),
    pytest.param(
        [GOOD_ENTRY, {"file": HOTAIR.name, "outlet": "HotAir", "published": 20170729}],
        "manifest.json entry 2: “published” must be a string.",
        id="date as a number",
    ),
    pytest.param(
        [GOOD_ENTRY, {"file": HOTAIR.name, "outlet": "HotAir", "published": "2017-07-32"}],
        f"manifest.json entry 2 ({HOTAIR.name}): published: “2017-07-32” value has the correct format",
        id="bad date",
    ),
    pytest.param(
        [GOOD_ENTRY, {"file": "missing.txt", "outlet": "HotAir", "published": "2017-07-29"}],
        "manifest.json entry 2 (missing.txt): there is no such file.",
        id="missing file",
    ),
    pytest.param(
        [GOOD_ENTRY, {**GOOD_ENTRY, "file": HOTAIR.name}],
        f"manifest.json entry 2 ({HOTAIR.name}): this is the same article as",
        id="URL used twice",
    ),
    pytest.param([GOOD_ENTRY, "hotair.txt"], "entry 2: each article must be a JSON object", id="not an object"),
    pytest.param({"articles": [GOOD_ENTRY]}, "the manifest must be a JSON list of articles", id="not a list"),
    pytest.param([], "the manifest must be a JSON list of articles", id="empty list"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("entries", "expected_message"), BAD_MANIFESTS)
def test_a_manifest_with_one_bad_entry_writes_nothing(tmp_path, entries, expected_message):
    message = import_error(manifest=manifest(tmp_path, entries))

    assert expected_message in message
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_a_manifest_that_is_not_json_is_a_clear_error(tmp_path):
    path = write(tmp_path / "manifest.json", '[{"file": "a.txt",}]')

    message = import_error(manifest=path)

    assert "manifest.json: the manifest is not valid JSON (Expecting property name" in message
    assert Source.objects.count() == 0


def test_a_missing_manifest_is_a_clear_error(tmp_path):
    assert "nowhere.json: there is no such manifest." in import_error(manifest=tmp_path / "nowhere.json")


def test_the_command_exits_non_zero_on_a_bad_file_and_writes_nothing(tmp_path):
    database = tmp_path / "db.sqlite3"
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}

    def manage(*args):
        return subprocess.run(
            [sys.executable, str(REPO / "manage.py"), *args],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert manage("migrate", "--verbosity", "0").returncode == 0
    result = manage(
        "import_article", str(DEBRIS), str(NOT_UTF8), "--outlet", "Example Wire", "--published", "2017-07-30"
    )

    assert result.returncode == 1
    assert "CommandError: Nothing was imported:" in result.stderr
    assert f"{NOT_UTF8}: the file is not UTF-8 text" in result.stderr
    assert result.stdout == ""
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM timeline_source").fetchone() == (0,)
