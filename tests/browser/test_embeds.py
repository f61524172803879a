"""Embeds in a real browser: a host page on another origin frames them in Debian's Chromium."""

import datetime
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import pytest

from timeline.models import Event
from timeline.views.embeds import embed_snippet

MARKERS = ".scatterlayer .traceevents .point"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def host(tmp_path):
    """Serves HTML written to tmp_path from 127.0.0.1 on its own port: another origin than the live server."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def page_with(body, name="host.html"):
        (tmp_path / name).write_text(
            '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">'
            f"<title>Host article</title></head><body>{body}</body></html>",
            encoding="utf-8",
        )
        return f"http://127.0.0.1:{server.server_port}/{name}"

    yield page_with
    server.shutdown()
    server.server_close()


def test_the_host_is_another_origin(site, host):
    assert urlsplit(site).netloc != urlsplit(host("")).netloc


def snippet(site, path, height, resize=True):
    """The embed code a journalist pastes, as the builder and oEmbed write it."""
    script = f"{site}/static/embed.js" if resize else None
    return embed_snippet(f"{site}{path}", "Timeline", height, script_url=script)


def watch_errors(page):
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def embed_frame(page):
    return page.frame(url=lambda url: "/embed/" in url)


def frame_at(page, url):
    """The frame showing `url`, once its navigation has committed."""
    for _ in range(50):
        frame = page.frame(url=url)
        if frame:
            return frame
        page.wait_for_timeout(100)
    raise AssertionError(f"no frame shows {url}")


def content_height(frame):
    return frame.evaluate("() => document.querySelector('.embed').getBoundingClientRect().height")


def test_an_embed_on_another_origin_draws_the_chart_and_grows_to_its_content(page, site, host):
    watch_errors(page)
    page.goto(host("<h1>An article</h1>" + snippet(site, "/embed/?height=300&list=on", 300)))
    page.frame_locator("iframe").locator(MARKERS).first.wait_for()

    assert page.frame_locator("iframe").locator(MARKERS).count() == Event.objects.published().count()
    page.wait_for_function("() => document.querySelector('iframe').getBoundingClientRect().height > 400")
    height = content_height(embed_frame(page))
    page.wait_for_function(
        "height => Math.abs(document.querySelector('iframe').clientHeight - height) <= 1", arg=height
    )
    assert page.errors == []


def test_the_smallest_embed_keeps_a_readable_plot_in_a_narrow_column(browser, site):
    """The static chart and plotly.js's both keep the plot as tall as the wide layout's at the smallest height
    (140 px), though the narrow one puts the index's strip below it."""
    context = browser.new_context(viewport={"width": 300, "height": 600})
    page = context.new_page()
    page.goto(f"{site}/embed/?height=200")
    static_plot = page.locator(".chart-static .chart-plot").first.bounding_box()
    page.wait_for_selector("html.chart-drawn")
    plotly_plot_height = page.evaluate("() => document.getElementById('chart')._fullLayout.yaxis._length")
    context.close()

    assert static_plot["height"] >= 140
    assert plotly_plot_height >= 140


def test_a_problem_page_wraps_a_long_bad_value_within_a_narrow_column(browser, site):
    """The 400 page repeats the value it refused; a long one (a CMS's mangled address) ran out of its box and
    gave a 300 px column a sideways scrollbar."""
    context = browser.new_context(viewport={"width": 300, "height": 600})
    page = context.new_page()
    page.goto(f"{site}/embed/?category={'sanctions-and-more-' * 6}&actor={'9' * 40}")
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    context.close()

    assert widths[0] == widths[1]


def test_without_the_script_the_iframe_keeps_its_height(page, site, host):
    page.goto(host(snippet(site, "/embed/?height=300&list=on", 300, resize=False)))
    frame = page.frame_locator("iframe")
    frame.locator("html.chart-drawn").wait_for()
    page.wait_for_timeout(300)

    assert page.evaluate("() => document.querySelector('iframe').clientHeight") == 300
    assert content_height(embed_frame(page)) > 600


def test_with_a_maxheight_the_iframe_grows_to_its_content_but_no_further(page, site, host):
    """oEmbed's snippet for a consumer's maxheight: the script fits the frame to the embed within it."""
    script = f"{site}/static/embed.js"
    page.goto(
        host(
            embed_snippet(f"{site}/embed/?height=300&list=on", "Capped", 300, script_url=script, max_height=500)
            + embed_snippet(f"{site}/embed/?height=200", "Roomy", 200, script_url=script, max_height=5000)
        )
    )
    page.wait_for_function("() => document.querySelectorAll('iframe')[1].clientHeight > 300")
    page.wait_for_timeout(300)

    assert page.evaluate("() => document.querySelectorAll('iframe')[0].clientHeight") == 500


def test_the_resizer_checks_type_sender_and_bounds(page, site, host):
    # Frames from the embed's site that never report by themselves: only the test's messages move them.
    page.goto(
        host(
            f'<iframe id="first" src="{site}/static/favicon.svg?first" title="First" width="300" height="150"></iframe>'
            f'<iframe id="second" src="{site}/static/favicon.svg?second" title="Second" '
            'width="300" height="150"></iframe>'
            f'<script src="{site}/static/embed.js"></script>'
        )
    )
    second = frame_at(page, f"{site}/static/favicon.svg?second")
    page.evaluate("""() => {
        window.heights = {first: [], second: []};
        document.querySelectorAll('iframe').forEach(frame => new MutationObserver(
            () => window.heights[frame.id].push(frame.style.height)).observe(frame, {attributes: true}));
    }""")

    def post(message):
        second.evaluate("message => window.parent.postMessage(message, '*')", message)

    post({"type": "something-else", "height": 700})
    post({"type": "relations-timeline:resize", "height": "tall"})
    page.evaluate("() => window.postMessage({type: 'relations-timeline:resize', height: 700}, '*')")  # not a frame
    post({"type": "relations-timeline:resize", "height": 10**6})
    post({"type": "relations-timeline:resize", "height": 3})
    post({"type": "relations-timeline:resize", "height": 640})
    page.wait_for_function("() => document.getElementById('second').style.height === '640px'")

    assert page.evaluate("() => window.heights") == {"first": [], "second": ["10000px", "100px", "640px"]}


def test_the_embed_loads_only_its_own_files_from_its_own_site(page, site, host):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(host(snippet(site, "/embed/", 500)))
    page.frame_locator("iframe").locator("html.chart-drawn").wait_for()

    host_origin = urlsplit(page.url).netloc
    from_site = sorted(urlsplit(url).path for url in requests if urlsplit(url).netloc == urlsplit(site).netloc)
    assert [url for url in requests if urlsplit(url).netloc not in (host_origin, urlsplit(site).netloc)] == []
    assert from_site == [
        "/embed/",
        "/static/css/chart.css",
        "/static/css/embed.css",
        "/static/embed.js",
        "/static/js/chart.js",
        "/static/js/embed-frame.js",
        "/static/vendor/plotly/plotly-basic.min.js",
    ]


def test_a_marker_opens_its_event_in_a_new_tab(page, site, host):
    page.goto(host(snippet(site, "/embed/", 560)))
    frame = page.frame_locator("iframe")
    frame.locator("html.chart-drawn").wait_for()
    box = frame.locator(MARKERS).first.bounding_box()

    with page.context.expect_page() as new_tab:
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab = new_tab.value
    tab.wait_for_load_state()

    slug = urlsplit(tab.url).path.split("/")[2]
    assert urlsplit(tab.url).path == Event.objects.published().get(slug=slug).get_absolute_url()
    assert page.url.startswith("http://127.0.0.1")  # the host page stays where it was


@pytest.mark.parametrize("javascript", [True, False])
def test_a_static_marker_followed_from_the_keyboard_opens_its_event_in_a_new_tab_without_an_opener(
    browser, site, host, javascript
):
    """As a keyboard or a reader without JavaScript follows them, the markers' links open on the full site in a
    new tab, with no opener. Each names its target: a <base target="_blank"> in the embed's head does not reach
    SVG links in Chromium, which then opened the event inside the frame."""
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(host(snippet(site, "/embed/", 560, resize=javascript)))
    marker = page.frame_locator("iframe").locator("#chart-frame a.marker").first
    href = marker.get_attribute("href")

    with context.expect_page() as new_tab:
        marker.press("Enter")
    tab = new_tab.value
    tab.wait_for_load_state()

    assert urlsplit(tab.url).path == href
    assert tab.evaluate("() => window.opener") is None
    assert page.frame_locator("iframe").locator("#chart-frame").count() == 1  # the embed stays where it was
    context.close()


def test_with_many_events_a_bar_opens_the_timeline_narrowed_to_its_week(page, site, host, monkeypatch):
    monkeypatch.setattr("timeline.chart.MARKER_LIMIT", 1)  # the live server runs in this process
    page.goto(host(snippet(site, "/embed/?category=military", 560)))
    frame = page.frame_locator("iframe")
    frame.locator("html.chart-drawn").wait_for()
    bars = frame.locator(".barlayer .trace .point path")
    box = [box for box in (bars.nth(i).bounding_box() for i in range(bars.count())) if box["height"] > 4][-1]

    with page.context.expect_page() as new_tab:
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] - 2)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] - 2)
    tab = new_tab.value
    tab.wait_for_load_state()

    query = dict(parse_qsl(urlsplit(tab.url).query))
    assert urlsplit(tab.url).path == "/"
    assert query["category"] == "military"
    start, end = (datetime.date.fromisoformat(query[name]) for name in ("date_from", "date_to"))
    assert start.weekday() == 0
    assert end - start == datetime.timedelta(days=6)
    assert Event.objects.published().filter(category="military", date__range=(start, end)).exists()


@pytest.mark.parametrize(("scheme", "background"), [("dark", "rgb(20, 21, 23)"), ("light", "rgb(255, 255, 255)")])
def test_the_auto_theme_follows_the_readers_setting(browser, site, scheme, background):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site + "/embed/?theme=auto")
    page.wait_for_selector("html.chart-drawn")

    assert page.evaluate("() => getComputedStyle(document.body).backgroundColor") == background
    font = page.evaluate("() => document.getElementById('chart').layout.font.color")
    assert font == ("rgb(232, 232, 230)" if scheme == "dark" else "rgb(34, 34, 34)")
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_embeds(browser, site, screenshot_dir, width, theme):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    event = Event.objects.published().order_by("-score").first()

    page.goto(f"{site}/embed/?theme={theme}&list=on&title=Escalations+and+thaws+in+2017")
    page.wait_for_selector("html.chart-drawn")
    page.screenshot(path=screenshot_dir / f"embed-{theme}-{width}.png", full_page=True)
    page.goto(f"{site}/embed/events/{event.slug}/?theme={theme}")
    page.screenshot(path=screenshot_dir / f"embed-event-{theme}-{width}.png", full_page=True)
    context.close()

    assert (screenshot_dir / f"embed-{theme}-{width}.png").stat().st_size > 10_000


def open_builder(page):
    page.click(".embed-builder > summary")
    page.wait_for_selector(".embed-preview-frame")


def test_the_builder_writes_the_snippet_of_the_current_filters_and_options(browser, site, screenshot_dir):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = watch_errors(context.new_page())
    page.goto(site + "/?direction=thaw")
    page.wait_for_selector("#chart " + MARKERS)
    open_builder(page)

    page.fill(".embed-options input[name=height]", "480")
    page.select_option(".embed-options select[name=theme]", "dark")
    page.fill(".embed-options input[name=title]", "Thaws & more")
    page.check(".embed-options input[name=list]")

    src = f"{site}/embed/?direction=thaw&height=480&theme=dark&list=on&title=Thaws+%26+more"
    expected = embed_snippet(src, "Thaws & more", 480, script_url=f"{site}/static/embed.js")
    page.wait_for_function("expected => document.querySelector('.embed-code').value === expected", arg=str(expected))
    page.wait_for_function("src => document.querySelector('.embed-preview-frame').src === src", arg=src)
    preview = frame_at(page, src)
    preview.wait_for_selector("html.chart-drawn")
    thaws = Event.objects.published().filter(score__gt=0).count()
    assert preview.locator(MARKERS).count() == thaws
    assert preview.locator(".embed-row").count() == thaws

    page.click("[data-copy-embed]")
    page.wait_for_selector(".embed-copy-status:has-text('Copied')")
    assert page.evaluate("() => navigator.clipboard.readText()") == str(expected)

    page.uncheck(".embed-options input[name=resize]")
    assert "<script" not in page.input_value(".embed-code")
    page.check(".embed-builder input[name=preview-width][value=phone]")
    page.wait_for_timeout(1500)
    page.locator(".embed-builder").screenshot(path=screenshot_dir / "embed-builder-1280.png")
    assert page.errors == []
    context.close()


def test_the_builder_follows_filters_changed_without_reloading(page, site):
    page.goto(site + "/")
    page.wait_for_selector("#chart " + MARKERS)
    open_builder(page)

    page.select_option("#filters select[name=direction]", "escalation")
    page.wait_for_url("**/?direction=escalation")

    page.wait_for_function(
        "() => document.querySelector('.embed-code').value.includes('/embed/?direction=escalation&amp;height=560')"
    )
    frame_at(page, f"{site}/embed/?direction=escalation&height=560&theme=light").wait_for_selector("html.chart-drawn")


def test_the_admin_refuses_to_be_framed_by_another_origin(page, site, host):
    refused = "violates the following Content Security Policy directive: \"frame-ancestors 'none'\""
    with page.expect_console_message(lambda message: refused in message.text):
        page.goto(
            host(f'<iframe id="admin" src="{site}/admin/login/" title="Admin" width="600" height="400"></iframe>')
        )

    refused_frame = page.frames[1]
    for _ in range(50):
        if refused_frame.url == "chrome-error://chromewebdata/":
            break
        page.wait_for_timeout(100)
    assert refused_frame.url == "chrome-error://chromewebdata/"
    assert page.frame_locator("#admin").locator("#login-form").count() == 0


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_builder_and_of_an_embed_in_an_article(browser, site, host, screenshot_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    event = Event.objects.published().order_by("date").first()

    page.goto(site + event.get_absolute_url())
    open_builder(page)
    frame_at(page, f"{site}/embed/events/{event.slug}/?height=420&theme=light").wait_for_selector(".embed-card")
    page.wait_for_timeout(300)
    page.screenshot(path=screenshot_dir / f"embed-builder-event-{width}.png", full_page=True)

    article = (
        "<style>body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; } "
        "article { max-width: 680px; margin: 0 auto; "
        "padding: 24px 16px; } h1 { font-size: 2rem; line-height: 1.2; } .kicker { font: 600 13px sans-serif; "
        "text-transform: uppercase; color: #a00; }</style>"
        '<article><p class="kicker">World</p>'
        "<h1>How the US and Russia drifted apart in 2017</h1>"
        "<p>From the strikes on Shayrat to the expulsion of diplomats, relations swung between threats and "
        "attempts at a thaw. The timeline below scores each step.</p>"
        + snippet(site, "/embed/?height=480&list=on&title=Escalations+and+thaws%2C+2017", 480)
        + "<p>Each marker is an event; the line is a running index of where relations stand.</p></article>"
    )
    page.goto(host(article))
    page.frame_locator("iframe").locator("html.chart-drawn").wait_for()
    page.wait_for_function("() => document.querySelector('iframe').clientHeight > 480")
    # A cross-origin frame is painted only within the viewport: make the viewport the whole page.
    page.set_viewport_size({"width": width, "height": page.evaluate("() => document.documentElement.scrollHeight")})
    page.wait_for_timeout(500)
    page.screenshot(path=screenshot_dir / f"embed-in-article-{width}.png")
    context.close()

    assert (screenshot_dir / f"embed-in-article-{width}.png").stat().st_size > 10_000
