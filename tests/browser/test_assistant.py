"""An editor in a real browser: adds an article from its text, has events suggested, accepts one, publishes it."""

import importlib
import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from tests.conftest import SEED_FIXTURE
from timeline.assistant.vocabulary import load_actors, load_lexicon
from timeline.models import Actor, Event, LexiconEntry

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "dev" / "2021-05-20-rusal-relief.txt"
PASSWORD = "a long pass phrase for the browser test"
# What makes a button look the size of the admin's own: its padding, height and letters.
SIZE = "button => ['padding', 'height', 'fontSize', 'textTransform'].map(name => getComputedStyle(button)[name])"


@pytest.fixture
def site(live_server, transactional_db, monkeypatch):
    call_command("loaddata", SEED_FIXTURE, verbosity=0)
    add_the_editor(monkeypatch)
    return live_server.url


def add_the_editor(monkeypatch):
    """The assistant's vocabulary, the Editors group and an editor's account (password PASSWORD)."""
    # Transactional tests empty the tables that migrations filled: the vocabulary and the Editors group.
    load_actors(Actor)
    load_lexicon(LexiconEntry)
    if not Group.objects.filter(name="Editors").exists():
        make_editors_group()
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    call_command("create_editor", "editor", "--password-from-env", "EDITOR_PASSWORD", stdout=io.StringIO())


def make_editors_group():
    migration = importlib.import_module("timeline.migrations.0002_editors_group")
    state_apps = MigrationLoader(connection).project_state(("timeline", "0002_editors_group")).apps
    migration.create_editors_group(state_apps, SimpleNamespace(connection=connection))


def chosen(candidate, field):
    """The text of the option chosen in a candidate's select."""
    return candidate.locator(f"select[name$=-{field}]").evaluate("select => select.selectedOptions[0].text")


def log_in(page, site):
    page.goto(site + "/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


def test_an_editor_turns_an_article_into_a_published_event(page, site, screenshot_dir):
    log_in(page, site)

    # Add the article from its text, check the preview, save it.
    page.goto(site + "/admin/timeline/source/")
    page.click(".object-tools a.addlink")
    page.fill("input[name=outlet]", "Example Wire")
    page.fill("input[name=published]", "2021-05-20")
    page.fill("textarea[name=text]", ARTICLE.read_text(encoding="utf-8"))
    page.click("input[name=preview]")
    assert page.inner_text("#preview-headline") == "US eases sanctions on Russian aluminium group as talks resume"
    page.click("input[name=save]")
    page.wait_for_selector("text=Source added")

    # Suggest events and accept the easing of sanctions as a draft.
    page.click("a.suggest-events")
    candidate = page.locator("section.candidate", has_text="lifted sanctions on the Russian aluminium producer")
    assert "19 May 2021" in candidate.locator("h2").inner_text()
    page.screenshot(path=screenshot_dir / "assistant-suggest.png", full_page=True)
    candidate.screenshot(path=screenshot_dir / "assistant-candidate.png")
    assert (
        candidate.locator("input[name$=-title]").input_value()
        == "US lifts sanctions on the Russian aluminium producer Rusal"
    )
    assert chosen(candidate, "source_actor") == "United States"

    # The target, Rusal, is no actor yet: add it in the pop-up, without leaving the page.
    with page.expect_popup() as opening:
        candidate.locator("a[id$=-target_actor].add-related").click()
    popup = opening.value
    popup.fill("input[name=name_en]", "Rusal")
    popup.fill("input[name=name_ru]", "Русал")
    popup.select_option("select[name=kind]", "institution")
    popup.select_option("select[name=side]", "ru")
    with popup.expect_event("close"):  # listening before the click: the popup may close before it returns
        popup.click("input[name=_save]")
    assert chosen(candidate, "target_actor") == "Rusal"

    candidate.locator("input[name$=-title]").fill("US lifts sanctions on Rusal")
    candidate.locator("select[name$=-theater]").select_option(label="Bilateral")
    candidate.locator("button[value=accept]").click()
    page.wait_for_selector("text=Draft event")
    assert page.locator("section.candidate", has_text="lifted sanctions on the Russian aluminium producer").count() == 0

    # Publish it from its change page.
    page.click("ul.messagelist a:has-text('US lifts sanctions on Rusal')")
    page.select_option("select[name=status]", "published")
    page.click("input[name=_save]")
    page.wait_for_selector("ul.messagelist")

    event = Event.objects.get(title="US lifts sanctions on Rusal")
    assert event.status == Event.Status.PUBLISHED
    assert (event.source_actor.name, event.target_actor.name) == ("United States", "Rusal")
    assert str(event.date) == "2021-05-19"
    assert event.date_precision == "day"
    page.goto(site + "/")
    assert page.locator(".event-row", has_text="US lifts sanctions on Rusal").count() == 1


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_sentences_worth_a_look(browser, site, screenshot_dir, width):
    from tests.factories import make_source

    statement = "Foreign Minister Sergei Lavrov said Washington had no right to lecture Moscow on human rights."
    source = make_source(body=f"Russia expelled two US diplomats on Friday, the Kremlin said.\n\n{statement}")
    page = browser.new_page(viewport={"width": width, "height": 900 if width > 390 else 844})
    log_in(page, site)
    page.goto(f"{site}/admin/timeline/source/{source.pk}/suggest/")

    looks = page.locator("#worth-a-look")
    assert looks.locator("blockquote").all_inner_texts() == [f"“{statement}” (characters 63–157)"]
    looks.locator("summary").click()
    assert looks.locator("select[name$=-category]").evaluate("select => select.value") == ""
    page.screenshot(path=screenshot_dir / f"assistant-worth-a-look-{width}.png", full_page=True)
    width_of_page = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert width_of_page <= width


def test_a_candidates_lists_fit_its_form_in_russian(page, site):
    """«То же событие, что» names events by their Russian dates and titles, longer than the form is wide."""
    from timeline.models import Source

    source = Source.objects.get(outlet="CNN")
    log_in(page, site)
    page.goto(f"{site}/ru/admin/timeline/source/{source.pk}/suggest/")
    overflowing = page.evaluate(
        """() => [...document.querySelectorAll('.candidate select, .look select')].filter((select) => {
            const row = select.closest('.form-row').getBoundingClientRect();
            return select.getBoundingClientRect().right > row.right;
        }).map((select) => select.name)"""
    )
    assert page.locator(".candidate select[name$=-merge_into]").count() == 1
    assert overflowing == []


def test_the_sentences_to_keep_as_quotes_run_across_the_form(page, site, screenshot_dir):
    """Each is a checkbox's label, which the admin's aligned forms would squeeze into its 160-pixel column of field
    labels: a 250-character sentence then ran down the page a few words a line."""
    from tests.factories import make_source

    sentence = (
        "Russia expelled two US diplomats on Friday in retaliation for the expulsion of Russian diplomats from "
        "Washington last month, the Foreign Ministry said in a statement read out on state television."
    )
    source = make_source(body=sentence)
    log_in(page, site)
    page.goto(f"{site}/admin/timeline/source/{source.pk}/suggest/")

    quote = page.locator("section.candidate label", has_text="Russia expelled two US diplomats").first
    quote.screenshot(path=screenshot_dir / "assistant-candidate-quote.png")
    assert quote.bounding_box()["width"] > 600


def test_the_decisions_on_a_candidate_are_the_admins_buttons(page, site):
    """Plain <button>s, which the admin's stylesheet leaves as the browser draws them, unless classed "button"; and
    then as big as its own Save."""
    from tests.factories import make_source

    source = make_source(body="Russia expelled two US diplomats on Friday, the Kremlin said.")
    log_in(page, site)
    page.goto(f"{site}/admin/timeline/source/{source.pk}/change/")
    save_size = page.locator("input[name=_save]").evaluate(SIZE)
    page.goto(f"{site}/admin/timeline/source/{source.pk}/suggest/")

    def background(selector):
        return page.locator(selector).first.evaluate("button => getComputedStyle(button).backgroundColor")

    def colour_of(variable):
        return page.evaluate(
            """variable => {
                const probe = document.body.appendChild(document.createElement("div"));
                probe.style.backgroundColor = `var(${variable})`;
                return getComputedStyle(probe).backgroundColor;
            }""",
            variable,
        )

    assert background("section.candidate button[value=accept]") == colour_of("--default-button-bg")
    assert background("section.candidate button[value=merge]") == colour_of("--button-bg")
    assert background("section.candidate button[value=reject]") == colour_of("--button-bg")
    assert page.locator("section.candidate button[value=accept]").evaluate(SIZE) == save_size
