"""The site in Russian, in Chromium: every public page and embed at 1280 and 390 px has no English
interface text (the rendered text, plotly.js's toolbar and hover label included), nothing sticks out
sideways at 390 px, the language switch keeps the view, and the chart's date axis names months in
Russian in both drawings. Screenshots of each, light and dark, go to screenshots/ru-*.png."""

import datetime
import re

import pytest
from django.utils import translation

from tests.factories import make_event
from tests.untranslated import data_texts, untranslated_words
from timeline.models import Event

RUSSIAN_MONTH = re.compile(r"(янв|февр|март|апр|ма[йя]|июн|июл|авг|сент|окт|нояб|дек)")  # «май», «1 мая»
# Every text node the reader can see, and the attributes a reader meets, each with its nearest lang.
PAGE_TEXT = """() => {
    const pieces = [];
    const languageOf = (element) => { const marked = element.closest('[lang]'); return marked ? marked.lang : ''; };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode, element = node.parentElement;
        if (!node.textContent.trim() || element.closest('script, style, noscript, template')) continue;
        if (!element.getClientRects().length && !element.closest('svg title')) continue;
        pieces.push([node.textContent, languageOf(element)]);
    }
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder], [alt], [data-title]')) {
        for (const name of ['title', 'aria-label', 'placeholder', 'alt', 'data-title']) {
            if (element.hasAttribute(name)) pieces.push([element.getAttribute(name), languageOf(element)]);
        }
    }
    pieces.push([document.title, document.documentElement.lang]);
    return pieces;
}"""


def russian_pages():
    """(name, address, what to wait for, what to do first) of every public page and embed, in Russian."""
    event = Event.objects.published().order_by("-score").first()
    opened = Event.objects.published().filter(category="sanctions").first()
    source = event.evidence.first().source
    return [
        ("timeline", "/ru/", "#chart[data-drawn]", "hover"),
        ("timeline-event", f"/ru/?category=sanctions&event={opened.slug}", "#chart[data-drawn]", None),
        ("timeline-problem", "/ru/?date_from=2017-05-01&date_to=2017-04-01", "#chart-problem", None),
        ("timeline-empty", "/ru/?date_from=2020-01-01&date_to=2020-03-31", "#chart-frame.is-empty", None),
        ("timeline-builder", "/ru/?direction=thaw", "#chart[data-drawn]", "builder"),
        ("timeline-menu", "/ru/", "#chart[data-drawn]", "menu"),
        ("event", f"/ru{event.get_absolute_url()}", "h1", None),
        ("event-builder", f"/ru{event.get_absolute_url()}", "h1", "builder"),
        ("sources", "/ru/sources/", "h1", None),
        ("source", f"/ru{source.get_absolute_url()}", "h1", None),
        ("not-found", "/ru/events/no-such-event/", "h1", None),
        ("embed", "/ru/embed/?theme={theme}", "html.chart-drawn", "hover"),
        (
            "embed-list",
            "/ru/embed/?theme={theme}&list=on&title=Обострения+и+потепления+2017+года",
            "html.chart-drawn",
            None,
        ),
        ("embed-event", f"/ru/embed/events/{event.slug}/?theme={{theme}}", "h1", None),
        ("embed-problem", "/ru/embed/?height=12&theme={theme}&list=может+быть", "h1", None),
    ]


def prepare(page, action):
    if action == "builder":
        page.click(".embed-builder > summary")
        page.wait_for_selector(".embed-preview-frame")
        page.wait_for_timeout(800)
    elif action == "menu":
        page.click(".choice-menu > summary")
    elif action == "hover":
        # Focus on a static marker shows plotly's hover label for its event (static/js/chart.js).
        page.focus("a.marker")
        page.wait_for_selector(".hoverlayer .hovertext")


def sideways_overflow(page) -> list[str]:
    """Elements that reach past the right edge of the window (text cut off or a page that scrolls sideways)."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth > width) found.push('the page scrolls sideways');
            const drawnApart = 'svg, .js-plotly-plot, .embed-preview, .embed-code, .visually-hidden';
            for (const element of document.querySelectorAll('main *, header *, footer *')) {
                if (!element.checkVisibility() || element.closest(drawnApart)) continue;
                const box = element.getBoundingClientRect();
                const where = element.tagName + '.' + element.className + ' ends at ' + Math.round(box.right);
                if (box.width && box.right > width + 1) found.push(where);
            }
            return found.slice(0, 5);
        }"""
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_russian_pages_have_no_english_and_fit_a_phone(browser, site, screenshot_dir, theme):
    data = data_texts()
    context = browser.new_context(color_scheme=theme)
    page = context.new_page()
    problems = []
    for name, address, ready, action in russian_pages():
        url = site + address.format(theme=theme)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900 if width > 390 else 844})
            page.goto(url)
            page.wait_for_selector(ready)
            prepare(page, action)
            page.screenshot(path=screenshot_dir / f"ru-{name}-{theme}-{width}.png", full_page=True)
            if theme == "light":
                found = untranslated_words([tuple(piece) for piece in page.evaluate(PAGE_TEXT)], data)
                problems += [f"{name} at {width} px: “{word}” in “{text}”" for word, text in found.items()]
            if width == 390:
                problems += [f"{name} at 390 px, {theme}: {problem}" for problem in sideways_overflow(page)]
    context.close()
    assert problems == [], "\n".join(problems)


def test_the_scan_sees_plotlys_toolbar_in_english_without_its_locale(browser, site):
    """The check itself: plotly.js without the Russian locale titles its toolbar in English, which the scan finds."""
    context = browser.new_context()
    page = context.new_page()
    page.route("**/plotly-locales/ru*.js", lambda route: route.abort())
    page.goto(site + "/ru/")
    page.wait_for_selector("#chart[data-drawn]")
    found = untranslated_words([tuple(piece) for piece in page.evaluate(PAGE_TEXT)], data_texts())
    context.close()
    assert {"Zoom", "Pan"} <= set(found)


def test_the_language_switch_keeps_the_filters_and_the_open_event(page, site):
    opened = Event.objects.published().filter(category="sanctions").first()
    page.goto(site + "/?category=sanctions")
    page.wait_for_selector("#chart[data-drawn]")
    page.click(f'#results a[data-event-slug="{opened.slug}"]')
    page.wait_for_url(re.compile(rf"event={opened.slug}"))
    page.wait_for_selector(f'#panel [data-event-slug="{opened.slug}"]')

    page.click("a.language-switch")
    page.wait_for_url(re.compile(r"/ru/\?"))
    assert page.url == f"{site}/ru/?category=sanctions&event={opened.slug}"
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator(f'#panel [data-event-slug="{opened.slug}"]').count() == 1
    assert page.locator('#filters input[name="category"][value="sanctions"]').is_checked()

    page.click("a.language-switch")
    page.wait_for_url(re.compile(r"/\?category"))
    assert page.url == f"{site}/?category=sanctions&event={opened.slug}"
    assert page.locator("html").get_attribute("lang") == "en"


def visible_date_ticks(page) -> list[str]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.chart-static text.date-tick'))
            .filter(text => text.getClientRects().length).map(text => text.textContent)"""
    )


def plotly_date_ticks(page) -> list[str]:
    return page.locator(".js-plotly-plot .xtick text").all_text_contents()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_chart_names_months_in_russian_in_both_drawings_and_when_zoomed(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site + "/ru/?date_from=2017-01-01&date_to=2017-12-31")
    static_ticks = visible_date_ticks(page)
    page.wait_for_selector("#chart[data-drawn]")
    drawn_ticks = plotly_date_ticks(page)
    assert static_ticks
    assert all(RUSSIAN_MONTH.search(tick) for tick in static_ticks), static_ticks
    assert drawn_ticks == static_ticks

    # Zoomed in, plotly.js picks its own ticks: still Russian month names, from the page's locale.
    page.evaluate(
        """() => Plotly.relayout(document.getElementById('chart'), {'xaxis.range': ['2017-03-20', '2017-05-10']})"""
    )
    page.wait_for_function("() => document.querySelector('#chart .xtick text').textContent.length > 0")
    page.wait_for_timeout(300)
    zoomed = plotly_date_ticks(page)
    context.close()
    assert zoomed != drawn_ticks
    assert zoomed
    assert all(RUSSIAN_MONTH.search(tick) for tick in zoomed), zoomed
    assert not any(re.search(r"[A-Za-z]", tick) for tick in zoomed), zoomed


def test_plotlys_toolbar_speaks_russian(page, site):
    page.goto(site + "/ru/")
    page.wait_for_selector("#chart[data-drawn]")
    titles = page.locator(".modebar-btn").evaluate_all("buttons => buttons.map(button => button.dataset.title)")
    assert "Сохранить в формате PNG" in titles
    assert not any(re.search(r"[A-Za-z]", (title or "").replace("PNG", "")) for title in titles), titles


# Terms editors type or read as written (file types, encodings, language tags), as in tests/test_translations.py.
EDITORS_TERMS = {"txt", "UTF", "IETF", "en", "ru", "GDELT"}


def log_in_as_chief(page, site):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("chief", "chief@example.org", "a long test password 13")
    page.goto(site + "/ru/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a long test password 13")
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/ru/admin/$"))


def test_the_russian_admin_and_the_assistants_pages_are_russian_at_both_widths(browser, site, screenshot_dir):
    from timeline.models import Evidence, LexiconEntry, Source

    source = Source.objects.get(outlet="HotAir")
    event = Event.objects.published().first()
    lexicon = LexiconEntry.objects.values_list("expression", "event_type")
    # Data too: the account's name and the evidence as the admin's inlines name it (its quote cut short).
    with translation.override("ru"):
        quotes = [str(evidence) for evidence in Evidence.objects.select_related("source")]
    names = ["chief", *quotes]
    data = sorted({*data_texts(), *names, *(text for entry in lexicon for text in entry)}, key=len, reverse=True)
    pages = [
        ("admin", "/ru/admin/"),
        ("admin-events", "/ru/admin/timeline/event/"),
        ("admin-event", f"/ru/admin/timeline/event/{event.pk}/change/"),
        ("admin-source-add", "/ru/admin/timeline/source/add/"),
        ("admin-suggest", f"/ru/admin/timeline/source/{source.pk}/suggest/"),
    ]
    context = browser.new_context()
    page = context.new_page()
    log_in_as_chief(page, site)
    problems = []
    for name, address in pages:
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900 if width > 390 else 844})
            page.goto(site + address)
            page.wait_for_selector("#content")
            page.screenshot(path=screenshot_dir / f"ru-{name}-{width}.png", full_page=True)
            found = untranslated_words([tuple(piece) for piece in page.evaluate(PAGE_TEXT)], data)
            problems += [f"{name} at {width} px: “{word}” in “{text}”" for word, text in found.items()]
    context.close()
    problems = [problem for problem in problems if problem.split("“")[1].split("”")[0] not in EDITORS_TERMS]
    assert problems == [], "\n".join(problems)


# The words of the admin's index (its models' names) that a line break cuts in two.
WORDS_CUT = """() => [...document.querySelectorAll('#content-main th a')].flatMap(link => {
    const text = link.firstChild, cut = [];
    for (const word of text.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index); range.setEnd(text, word.index + word[0].length);
        if (range.getClientRects().length > 1) cut.push(word[0]);
    }
    return cut;
})"""


def test_the_russian_admins_index_cuts_no_models_name_inside_a_word_on_a_phone(page, site):
    """Django's admin breaks a word too long for its column anywhere: «Заблокирован-ные входы» at 390 px."""
    page.set_viewport_size({"width": 390, "height": 844})
    log_in_as_chief(page, site)
    assert page.locator("#content-main th a").count() > 8
    assert page.evaluate(WORDS_CUT) == []


@pytest.mark.parametrize(("prefix", "decimal"), [("/ru", ","), ("", ".")])
def test_plotlys_hover_writes_scores_as_the_page_does(page, site, prefix, decimal):
    """The hover label's score has a true minus sign and the language's decimal mark, as the marker's title, the
    list and the axes write it (plotly.js's own number format would write a hyphen: «-2,0»)."""
    page.goto(site + prefix + "/")
    page.wait_for_selector("#chart[data-drawn]")
    title = page.locator("a.marker.escalation title").first.text_content()
    score = re.search(rf"−\d+{re.escape(decimal)}\d", title).group(0)

    page.focus("a.marker.escalation")
    page.wait_for_selector(".hoverlayer .hovertext")
    hover = page.locator(".hoverlayer .hovertext").first.text_content()

    assert score in hover, (score, hover)
    assert not re.search(r"-\d", hover), hover


# The words of each list date whose «г.» ends on another line than the year it belongs to.
YEAR_SUFFIX_ALONE = """() => [...document.querySelectorAll('#results .event-row time')].filter(time => {
    const text = time.firstChild, at = text.data.lastIndexOf('\\u00a0г.');
    const range = document.createRange();
    range.setStart(text, at + 1); range.setEnd(text, at + 3);
    const suffix = range.getClientRects()[0];
    range.setStart(text, at - 4); range.setEnd(text, at);
    return Math.abs(range.getClientRects()[0].top - suffix.top) > 2;
}).map(time => time.textContent)"""


def test_a_long_russian_date_in_the_list_keeps_its_year_and_g_on_one_line(page, site):
    make_event(title_ru="Событие в сентябре", date=datetime.date(2012, 9, 10))
    make_event(title_ru="Неделя в сентябре", date=datetime.date(2012, 9, 24), date_precision=Event.Precision.WEEK)
    page.goto(site + "/ru/?date_to=2012-12-31")
    page.wait_for_selector("#results .event-row time")

    assert page.locator("#results .event-row time").count() == 2
    assert page.evaluate(YEAR_SUFFIX_ALONE) == []
