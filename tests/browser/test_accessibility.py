"""Every public page and embed, light and dark, at 1280 and 390 px: axe-core finds nothing serious or
critical, headings are in order, and a screenshot of each is written for people to look at."""

from pathlib import Path

import pytest

from timeline.models import Event, Source

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
            page.goto(url)
            page.wait_for_selector(ready)
            prepare(page, action)
            page.screenshot(path=screenshot_dir / f"{name}-{theme}-{width}.png", full_page=True)
            problems += [f"{name} at {width} px, {theme}: {problem}" for problem in axe_problems(page)]
    context.close()
    assert problems == [], "\n".join(problems)


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
