"""Every public page and embed, light and dark, at 1280 and 390 px, and in Russian; the admin pages an editor works
in, in both languages and themes: axe-core finds nothing serious or critical, headings are in order, and a
screenshot of each is written for people to look at."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.test_assistant import add_the_editor, log_in
from tests.factories import make_event
from timeline.models import Era, Event, Source

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
# Moderate in axe's eyes, but part of this site's bar: one h1 on every page, no skipped level.
HEADING_RULES = {"heading-order", "page-has-heading-one"}


def pages():
    """(name, address, what to wait for, what to do first) of every public page and embed."""
    event = Event.objects.published().order_by("-score").first()
    opened = Event.objects.published().filter(category="sanctions").first()
    # Its quoted passages sit inside running text, where their links must stand out from the words around them.
    source = Source.objects.get(outlet="HotAir")
    return [
        ("timeline", "/", "#chart[data-drawn]", None),
        ("timeline-event", f"/?category=sanctions&event={opened.slug}", "#chart[data-drawn]", None),
        ("timeline-problem", "/?date_from=2017-05-01&date_to=2017-04-01", "#chart-problem", None),
        ("timeline-builder", "/?direction=thaw", "#chart[data-drawn]", "builder"),
        ("event", event.get_absolute_url(), "h1", None),
        ("event-builder", event.get_absolute_url(), "h1", "builder"),
        ("sources", "/sources/", "h1", None),
        ("source", source.get_absolute_url(), "h1", None),
        ("embed", "/embed/?theme={theme}", "html.chart-drawn", None),
        ("embed-list", "/embed/?theme={theme}&list=on&title=Escalations+and+thaws+in+2017", "html.chart-drawn", None),
        ("embed-event", f"/embed/events/{event.slug}/?theme={{theme}}", "h1", None),
        ("embed-problem", "/embed/?theme={theme}&height=1", "h1", None),
    ]


def scanned_page(browser, theme):
    """A page at 1280 px in `theme`, in a context of its own that loads axe-core into every document."""
    context = browser.new_context(color_scheme=theme, viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE))
    return context.new_page()


def axe_problems(page):
    """axe-core's serious and critical violations, and any heading-rule violation, as readable lines."""
    violations = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations.map(violation => ({
            id: violation.id, impact: violation.impact,
            nodes: violation.nodes.map(node => node.target.join(' ') + ': ' + node.failureSummary.split('\\n')[1])
        }))"""
    )
    return [
        f"{violation['impact']} {violation['id']}: {node}"
        for violation in violations
        if violation["impact"] in BLOCKING or violation["id"] in HEADING_RULES
        for node in violation["nodes"]
    ]


def prepare(page, action):
    if action == "builder":
        page.click(".embed-builder > summary")
        page.wait_for_selector(".embed-preview-frame")
        page.wait_for_timeout(800)


def problems_on(page, url, ready, action, screenshot):
    """axe_problems() of the page at `url` once `ready` is in it and `action` done, after a full-page screenshot."""
    page.goto(url)
    page.wait_for_selector(ready)
    prepare(page, action)
    page.screenshot(path=screenshot, full_page=True)
    return axe_problems(page)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_nothing_serious_on_any_page_and_screenshots_are_written(browser, site, screenshot_dir, theme):
    context = browser.new_context(color_scheme=theme)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    problems = []
    for name, address, ready, action in pages():
        url = site + address.format(theme=theme)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900 if width > 390 else 844})
            shot = screenshot_dir / f"{name}-{theme}-{width}.png"
            found = problems_on(page, url, ready, action, shot)
            problems += [f"{name} at {width} px, {theme}: {problem}" for problem in found]
    context.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_nothing_serious_on_the_russian_pages(browser, site, screenshot_dir, theme):
    page = scanned_page(browser, theme)
    context = page.context
    problems = []
    for name, address, ready, action in pages():
        url, shot = site + "/ru" + address.format(theme=theme), screenshot_dir / f"ru-axe-{name}-{theme}.png"
        problems += [f"{name}, {theme}: {problem}" for problem in problems_on(page, url, ready, action, shot)]
    context.close()
    assert problems == [], "\n".join(problems)


@pytest.fixture
def editors_site(site, monkeypatch):
    """The site of record with an editor's account (password PASSWORD) and the assistant's vocabulary."""
    add_the_editor(monkeypatch)
    return site


def admin_pages():
    """(name, address) of the admin pages an editor works in: an event with its evidence, an era with its quotes, a
    source, the import, the assistant's suggestions, an event's history and the list of events."""
    event = Event.objects.published().filter(evidence__isnull=False, actors__isnull=False).first()
    source = Source.objects.get(outlet="HotAir")
    era = Era.objects.first()
    return [
        ("event", f"/admin/timeline/event/{event.pk}/change/"),
        ("event-history", f"/admin/timeline/event/{event.pk}/history/"),
        ("events", "/admin/timeline/event/"),
        ("era", f"/admin/timeline/era/{era.pk}/change/"),
        ("source", f"/admin/timeline/source/{source.pk}/change/"),
        ("source-import", "/admin/timeline/source/add/"),
        ("suggest", f"/admin/timeline/source/{source.pk}/suggest/"),
    ]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_nothing_serious_on_the_admin_pages_an_editor_uses(browser, editors_site, screenshot_dir, theme):
    page = scanned_page(browser, theme)
    context = page.context
    problems = []

    def scan(name, address):
        for language in ("", "/ru"):
            # Loaded, the page has drawn its autocomplete fields: select2 draws them when the document is ready.
            page.goto(editors_site + language + address)
            page.screenshot(path=screenshot_dir / f"admin-axe-{name}{language.replace('/', '-')}-{theme}.png")
            problems.extend(f"{name}{language}, {theme}: {problem}" for problem in axe_problems(page))

    scan("login", "/admin/login/")
    log_in(page, editors_site)
    for name, address in admin_pages():
        scan(name, address)
    context.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("language", "source_label", "actors_label"), [("", "Source:", "Actors:"), ("/ru", "Источник:", "Участники:")]
)
def test_an_evidence_rows_source_field_is_named_by_its_label_in_a_row_added_later_too(
    browser, editors_site, language, source_label, actors_label
):
    event = Event.objects.published().filter(evidence__isnull=False, actors__isnull=False).first()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(page, editors_site)
    page.goto(f"{editors_site}{language}/admin/timeline/event/{event.pk}/change/")
    page.click("#evidence-group .add-row a")
    rows = page.locator("#evidence-group .inline-related:not(.empty-form)")
    added = rows.nth(rows.count() - 1)

    expect(added.get_by_role("combobox")).to_have_accessible_name(source_label)
    expect(page.locator(".field-actors").get_by_role("searchbox")).to_have_accessible_name(actors_label)
    page.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_actors_field_shows_the_keyboards_focus_as_every_other_field_does(browser, editors_site, theme):
    event = Event.objects.published().filter(actors__isnull=False).first()
    context = browser.new_context(color_scheme=theme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, editors_site)
    page.goto(f"{editors_site}/admin/timeline/event/{event.pk}/change/")
    page.focus("#id_score")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")

    focused_in = page.evaluate("document.activeElement.closest('.field-actors') !== null")
    actors_box = page.locator(".field-actors .select2-selection--multiple")
    ring = actors_box.evaluate("box => getComputedStyle(box).outlineStyle")
    context.close()
    assert focused_in
    assert ring != "none"


def test_a_decision_sent_back_with_an_error_puts_the_keyboard_on_the_field_in_error(page, editors_site):
    source = Source.objects.get(outlet="HotAir")
    log_in(page, editors_site)
    page.goto(f"{editors_site}/ru/admin/timeline/source/{source.pk}/suggest/")
    candidate = page.locator(".candidate").first
    candidate.locator("select[name$=-theater]").select_option("")
    candidate.locator("button[value=accept]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")

    focused = page.locator(":focus")
    expect(focused).to_have_attribute("name", re.compile(r"-theater$"))
    expect(focused).to_have_accessible_description("Выберите, на какой арене происходит событие.")


def test_the_axe_check_catches_what_it_should(browser, site):
    """The check itself: a page with a skipped heading, an unlabelled field and unreadable text fails it."""
    context = browser.new_context()
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.goto(site + "/sources/")
    page.evaluate(
        """() => {
            document.querySelector('main').insertAdjacentHTML('beforeend',
                '<h4>Skipped</h4><input type="text"><p id="faint">faint</p>');
            document.getElementById('faint').style.color = '#fdfdfd';  // CSSOM: the CSP allows it
        }"""
    )

    found = {problem.split(":")[0] for problem in axe_problems(page)}

    assert {"moderate heading-order", "critical label", "serious color-contrast"} <= found
    context.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_neutral_events_score_reads_as_clearly_as_the_others(browser, site, screenshot_dir, theme):
    """The seed has no event scored 0: its grey badge on grey is scanned here, in the list and in an embed's."""
    make_event(title="Lavrov and Tillerson speak by telephone", slug="neutral-call", score=0)
    page = scanned_page(browser, theme)
    problems = []
    for name, address, ready in (
        ("timeline", "/?q=telephone", "#chart[data-drawn]"),
        ("embed-list", "/embed/?list=on&q=telephone&theme={theme}", "html.chart-drawn"),
    ):
        shot = screenshot_dir / f"neutral-score-{name}-{theme}.png"
        problems += problems_on(page, site + address.format(theme=theme), ready, None, shot)
    page.context.close()
    assert problems == [], "\n".join(problems)
