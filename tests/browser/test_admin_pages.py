"""The admin's own pages in Chromium, as an editor sees them."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.browser.test_assistant import PASSWORD, log_in, make_editors_group
from tests.factories import make_event

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server, monkeypatch):
    if not Group.objects.filter(name="Editors").exists():
        make_editors_group()
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    call_command("create_editor", "editor", "--password-from-env", "EDITOR_PASSWORD", stdout=io.StringIO())
    return live_server.url


@pytest.mark.parametrize("width", [1280, 390])
def test_a_long_title_on_a_change_page_is_not_run_under_its_history_and_view_on_site(browser, site, width):
    event = make_event(title="US gives Russia a last chance in Geneva talks to destroy the 9M729 cruise missile")
    page = browser.new_page(viewport={"width": width, "height": 900})
    log_in(page, site)
    page.goto(f"{site}/admin/timeline/event/{event.pk}/change/")

    title = page.locator("#content > h2").bounding_box()
    tools = page.locator(".object-tools").bounding_box()
    page.close()
    assert tools["y"] >= title["y"] + title["height"]
