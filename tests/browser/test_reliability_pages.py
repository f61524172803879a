"""In Chromium: an article too large to send is refused before sending, saying why, with the text kept;
and screenshots of the pages that answer failures (lock-out, unlock, conflict, a request too large)."""

import importlib
import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from tests.browser.test_assistant import PASSWORD, log_in, make_editors_group
from tests.factories import make_event
from timeline.models import Event

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server, monkeypatch):
    if not Group.objects.filter(name="Editors").exists():
        make_editors_group()
    if not Group.objects.filter(name="Editors-in-chief").exists():
        make_editors_in_chief_group()
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    call_command("create_editor", "editor", "--password-from-env", "EDITOR_PASSWORD", stdout=io.StringIO())
    return live_server.url


def make_editors_in_chief_group():
    """Transactional tests empty the tables migrations filled; the group is made again as its migration makes it."""
    migration = importlib.import_module("timeline.migrations.0010_editors_in_chief_group")
    state_apps = MigrationLoader(connection).project_state(("timeline", "0010_editors_in_chief_group")).apps
    migration.create_group(state_apps, SimpleNamespace(connection=connection))


def test_an_article_over_the_limit_is_not_sent_and_stays_in_the_field(page, site, screenshot_dir):
    log_in(page, site)
    page.goto(site + "/admin/timeline/source/add/")
    sent = []
    page.on("request", lambda request: sent.append(request) if request.method == "POST" else None)
    text = "Russia expelled two US diplomats on Friday. " * 60_000  # 2.6 MB
    page.fill("input[name=outlet]", "Example Wire")
    page.fill("input[name=published]", "2021-05-20")
    page.fill("textarea[name=text]", text)

    page.click("input[name=preview]")

    error = page.locator("#id_text-size-error")
    error.wait_for(state="visible")
    assert error.inner_text() == (
        "This text is 2.5 MB; an article can be at most 2.0 MB. Paste the article alone, "
        "without the rest of the page, or split it. Nothing was sent."
    )
    assert sent == []
    assert page.locator("textarea[name=text]").evaluate("field => field.value.length") == len(text)
    assert page.locator("textarea[name=text]").get_attribute("aria-invalid") == "true"
    page.screenshot(path=str(screenshot_dir / "admin-article-too-large-1280.png"))

    page.fill("textarea[name=text]", "Russia expels two US diplomats\nRussia expelled two US diplomats on Friday.\n")
    assert error.is_hidden()


def test_screenshots_of_the_failure_pages(page, site, screenshot_dir):
    for _ in range(5):
        page.goto(site + "/admin/login/")
        page.fill("input[name=username]", "editor")
        page.fill("input[name=password]", "wrong")
        page.click("input[type=submit]")
    assert "Too many failed log-ins" in page.content()
    page.screenshot(path=str(screenshot_dir / "admin-locked-out-1280.png"))

    call_command("create_editor", "editor", "--in-chief", "--noinput", stdout=io.StringIO())
    page.context.clear_cookies()
    from axes.models import AccessAttempt

    AccessAttempt.objects.all().delete()
    log_in(page, site)
    AccessAttempt.objects.create(
        username="someone",
        ip_address="203.0.113.9",
        user_agent="Mozilla/5.0",
        failures_since_start=5,
        get_data="",
        post_data="",
        http_accept="*/*",
        path_info="/admin/login/",
    )
    page.goto(site + "/admin/timeline/lockedoutlogin/?locked=yes")
    assert "someone" in page.content()
    page.screenshot(path=str(screenshot_dir / "admin-locked-out-log-ins-1280.png"), full_page=True)

    event = make_event(title="Talks planned")
    page.goto(site + f"/admin/timeline/event/{event.pk}/change/")
    stale = Event.objects.get(pk=event.pk)
    stale.title = "Talks cancelled"
    stale.save()
    page.fill("textarea[name=summary_en]", "My summary, kept.")
    page.click("input[name=_save]")
    page.wait_for_selector(".errornote")
    assert "saved this event after you opened it" in page.inner_text("#content-main")
    assert page.input_value("textarea[name=summary_en]") == "My summary, kept."
    page.screenshot(path=str(screenshot_dir / "admin-save-conflict-1280.png"), full_page=True)
