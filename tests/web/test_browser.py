"""The web page in a real browser: Debian's Chromium driven by Playwright, against the real
server (uvicorn on a loopback port) over a database coded by the real pipeline.

Screenshots go to ``test-artifacts/``. ``docs/screenshot.png`` (the README's picture) is written
when it is missing or when ``EVENTWIRE_UPDATE_SCREENSHOT=1``, so a test run does not rewrite a
tracked file every time.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.web.conftest import API_KEY, ARTIFACTS, ROOT, SEED_DOC, seed_text

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 950}
TIMEOUT_MS = 30_000
DOCS_SCREENSHOT = ROOT / "docs" / "screenshot.png"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set EVENTWIRE_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, request) -> Iterator:
    """A page that fails the test on a script error or on any request off the test server (the
    page must work with no internet), and leaves a screenshot behind."""
    context = browser.new_context(viewport=VIEWPORT, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    outside: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # an HTTP error status is logged as "Failed to load resource"; the page shows those itself
    page.on("console", lambda msg: errors.append(msg.text)
            if msg.type == "error" and not msg.text.startswith("Failed to load resource") else None)
    local = urlsplit(live_server.url).netloc

    def guard(route):
        url = urlsplit(route.request.url)
        if url.scheme in ("http", "https") and url.netloc != local:
            outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page.route("**/*", guard)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert outside == [], f"the page tried to reach the internet: {outside}"
    assert errors == [], f"script errors: {errors}"


def test_browser_codes_the_seed_and_shows_the_refusal_inline(page):
    text = seed_text()
    if text is None:
        pytest.skip("the shared seed article is not available")
    page.goto("/")
    page.fill("#article-text", text)
    page.fill("#pub-date", "2017-10-10")
    page.click("#code-button")
    card = page.locator('.event-card[data-cameo="125"]').first
    card.wait_for()
    assert "refused" in card.locator("mark.a-trigger").inner_text()
    assert card.locator(".date-value").inner_text() == "2017-09"
    assert card.locator(".fact").inner_text() == "asserted"
    assert card.locator(".rule code").inner_text()  # the rule that fired
    assert "IRNGOV" in card.locator(".actor.src").inner_text()
    assert "Reject" in card.locator(".cameo-name").inner_text() and card.locator(".plover").inner_text() == "REJECT"

    card.click()  # selecting the card highlights its parts in the full text
    assert "selected" in (card.get_attribute("class") or "")
    assert "refused" in page.locator("#doc-text mark.a-trigger").first.inner_text()
    assert page.locator("#doc-text mark.a-source").count() >= 1 and page.locator("#doc-text mark.a-target").count() >= 1

    if os.environ.get("EVENTWIRE_UPDATE_SCREENSHOT") == "1" or not DOCS_SCREENSHOT.exists():
        # the results just under the top bar, the text from its start, the refusal in view
        page.evaluate("window.scrollTo(0, document.querySelector('#code-result').offsetTop - 64)")
        page.evaluate("document.querySelector('#doc-text').scrollTop = 0")
        page.evaluate("(() => { const l = document.querySelector('#events-list');"
                      " l.scrollTop = l.querySelector('[data-cameo=\"125\"]').offsetTop - l.offsetTop - 8; })()")
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        shot = ARTIFACTS / "readme-screenshot.png"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(shot), full_page=False)
        shutil.copy(shot, DOCS_SCREENSHOT)


def test_browser_filters_stored_events_by_dyad(page):
    page.goto("/events")
    page.fill("#f-source", "IRN")
    page.fill("#f-target", "USA")
    page.click("#apply-filters")
    page.wait_for_url("**/events?*source=IRN*")
    rows = page.locator("#events-table tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 2
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text().startswith("IRN") and cells.nth(2).inner_text().startswith("USA")
    assert page.locator("#events-total").inner_text() == f"{rows.count()} events"

    page.click("#dyad-timeline")  # on to the dyad's timeline
    page.wait_for_url("**/dyads/IRN/USA/series*")
    page.locator("#timeline-chart svg.marks").wait_for()


def test_browser_timeline_draws_bars_and_the_goldstein_line(page):
    page.goto("/dyads/IRN/USA/series")
    panel = page.locator("#timeline-panel")
    panel.locator(".chart[data-periods], .alert").first.wait_for()
    if panel.locator(".alert").count():
        pytest.skip(f"no series: {panel.locator('.alert').inner_text()}")
    chart = page.locator("#timeline-chart")
    assert int(chart.get_attribute("data-periods")) >= 2
    assert chart.locator("svg.marks .mark-rect path").count() >= 2  # bars
    assert chart.locator("svg.marks .mark-line path").count() >= 1  # the Goldstein line


def test_browser_network_draws_the_actor_graph(page):
    page.goto("/network")
    panel = page.locator("#network-panel")
    panel.locator(".graph[data-nodes], .alert").first.wait_for()
    if panel.locator(".alert").count():
        pytest.skip(f"no network: {panel.locator('.alert').inner_text()}")
    graph = page.locator("#network-graph")
    assert int(graph.get_attribute("data-nodes")) >= 3 and int(graph.get_attribute("data-edges")) >= 2
    canvas = graph.locator("canvas").first
    box = canvas.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 100
    # the graph is drawn: the canvas is not blank
    assert page.evaluate("""() => {
        const c = document.querySelector('#network-graph canvas[data-id="layer2-node"]') ||
                  [...document.querySelectorAll('#network-graph canvas')].pop();
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
        return false;
    }""")


def test_browser_document_view_shows_text_with_its_events(page):
    doc = SEED_DOC if seed_text() else "us-iran-2019"
    page.goto(f"/documents/{doc}")
    page.locator(".event-card").first.wait_for()
    assert page.locator(".event-card").count() >= 3
    assert page.locator("#doc-text mark.a-trigger").count() >= 1
    second = page.locator(".event-card").nth(1)
    second.click()
    event_id = second.get_attribute("data-event-id")
    assert page.locator(f'#doc-text mark.a-trigger[data-events~="{event_id}"]').count() >= 1


def test_browser_event_page_is_the_same_url_as_its_json(page, live_server):
    event_id = page.request.get(f"{live_server.url}/events?doc=us-iran-2019&cameo=125").json()["events"][0]["event_id"]
    page.goto(f"/events/{event_id}")
    card = page.locator(".event-card").first
    card.wait_for()
    assert card.get_attribute("data-cameo") == "125"
    assert "rejected talks" in page.locator("#doc-text mark.a-trigger").first.inner_text()


def test_browser_uploads_an_html_file_and_stores_it_with_the_key(page, tmp_path):
    html = tmp_path / "egypt-talks.html"
    html.write_text("<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>"
                    "<p>Egypt's foreign minister met his Israeli counterpart in Cairo on Sunday.</p>"
                    "</article></body></html>", encoding="utf-8")
    page.goto("/")
    page.set_input_files("#article-file", str(html))
    page.wait_for_function("document.querySelector('#article-text').value.includes('Cairo')")
    assert page.locator("input[name=mode][value=html]").is_checked()
    assert page.input_value("#doc-id") == "egypt-talks"
    page.fill("#pub-date", "2020-03-04")
    page.click(".store-box summary")
    page.fill("#api-key", API_KEY)
    page.click("#store-button")
    page.locator(".alert.ok").wait_for()
    page.click(".alert.ok a")  # the stored document's page
    page.wait_for_url("**/documents/egypt-talks")
    page.locator(".event-card").first.wait_for()
    assert "Cairo" in page.locator("#doc-text").inner_text() and "Home | World" not in page.locator("#doc-text").inner_text()


def test_browser_shows_the_api_error_for_a_wrong_key(page):
    page.goto("/")
    page.fill("#article-text", "Egypt's foreign minister met his Israeli counterpart in Cairo on Sunday.")
    page.click(".store-box summary")
    page.fill("#api-key", "not-the-key")
    page.click("#store-button")
    assert "wrong API key" in page.locator(".alert.error").inner_text()
