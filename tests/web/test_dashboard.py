"""The dashboard in headless Chromium (Debian's), driven by Playwright, on a small database.

Playwright's own browser download is never used: the Debian binary is launched by path.
"""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlsplit

import pytest

from tests.api import live, sample

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        pytest.fail("chromium is missing: `make test` installs it", pytrace=False)
    pytest.skip("no chromium: `apt-get install chromium`", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with live.serving(sample.build(tmp_path_factory.mktemp("web") / "events.db")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base):
    """A fresh page that records every request and any script error."""
    page = browser.new_page()
    page.set_default_timeout(10_000)
    page.requests, page.errors = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    hosts = {urlsplit(url).netloc for url in page.requests if not url.startswith("data:")}
    assert hosts <= {urlsplit(base).netloc}, f"the page fetched from outside: {hosts}"
    assert page.errors == []
    page.close()


def open_dashboard(page, base: str, hash_: str = "#/events"):
    page.goto(f"{base}/{hash_}")
    page.wait_for_selector("body[data-state=ready]")


def event_rows(page) -> list[str]:
    return page.locator("tr.event-row td.type").all_inner_texts()


def test_filter_the_events_table(page, base):
    open_dashboard(page, base)
    assert len(event_rows(page)) == 4
    assert page.locator("#timeline").is_visible()
    page.select_option("#f-type", "ACCUSE")
    page.click("#f-apply")
    page.wait_for_selector("#count:text('2 events')")
    assert event_rows(page) == ["ACCUSE", "ACCUSE"]
    page.fill("#f-actor", "Patrushev")
    page.select_option("#f-type", "")
    page.click("#f-apply")
    page.wait_for_selector("#count:text('1 events')")
    assert event_rows(page) == ["CONSULT (meeting)"]


def test_a_malformed_filter_shows_the_server_message(page, base):
    open_dashboard(page, base, "#/events?since=yesterday")
    assert "since" in page.locator(".error").first.inner_text()


def test_open_an_event_and_see_its_evidence_highlighted(page, base):
    open_dashboard(page, base, "#/events?type=CONSULT")
    page.click("tr.event-row td.evidence a")
    page.wait_for_selector("mark.current")
    sentence = "Cuban President Miguel Diaz-Canel met Nikolai Patrushev in Havana on Monday."
    assert "".join(page.locator("mark.current").all_inner_texts()) == sentence
    assert page.locator("mark.current strong.trigger").inner_text() == "met"
    assert page.locator("#evidence-sentence").inner_text() == sentence
    # The article's other evidence is there too, as links to its events.
    assert page.locator("#article-text a.other-evidence").count() == 2


def test_open_an_actor_page(page, base):
    open_dashboard(page, base, "#/events?type=CONSULT")
    page.click("a.actor:text('Miguel Diaz-Canel')")
    page.wait_for_selector("#actor-name")
    assert page.locator("#actor-name").inner_text() == "Miguel Diaz-Canel"
    assert "President" in page.locator("table").first.inner_text()
    assert page.locator("tr.counterpart").all_inner_texts()[0].startswith("Nikolai Patrushev")
    assert page.locator("#network canvas").count() > 0  # Cytoscape drew the network
    page.click("tr.counterpart a.actor")
    page.wait_for_selector("#actor-name:text('Nikolai Patrushev')")


def test_script_in_article_text_is_shown_as_text(page, base):
    open_dashboard(page, base, "#/events?type=PROTEST")
    page.click("tr.event-row td.evidence a")
    page.wait_for_selector("mark.current")
    article = page.locator("#article-text")
    assert sample.PAYLOAD in article.inner_text()
    assert article.locator("script, img").count() == 0
    assert sample.PAYLOAD in page.locator("h2").nth(1).inner_text()  # the title, as text
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#view script").count() == 0
