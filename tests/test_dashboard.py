"""The dashboard served by Voila, opened in headless Chromium with the network outside 127.0.0.1 blocked.

Voila answers HTTP 200 even when a cell fails, so the test reads the page: drawn chart marks, no error
text, no JavaScript error, no request leaving the machine (our page template drops the ``lab`` template's
icon-font link to a CDN)."""

from __future__ import annotations

import socket
import subprocess

import pytest

from browser import chromium_path, open_page
from conftest import need
from helpers.dashboard_server import voila_command, voila_env, wait_for_port
from helpers.paths import DASHBOARD_NOTEBOOK
from helpers.store import build_dataset

pytestmark = [pytest.mark.slow, pytest.mark.browser]

MARKS = "svg g.mark-rect path, svg g.mark-line path, svg g.mark-symbol path"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    need(chromium_path() is not None, "Debian's chromium is not installed (apt-get install chromium)")
    from helpers.paths import SAMPLE_X_EXPORT

    processed = tmp_path_factory.mktemp("processed")
    build_dataset([SAMPLE_X_EXPORT], "sample", root=processed)
    build_dataset([SAMPLE_X_EXPORT], "other", root=processed)
    from helpers.synthetic.samples import WRITERS, sample_path

    build_dataset([sample_path(p) for p in WRITERS], "all", root=processed)
    port = free_port()
    env = voila_env(COMMUNITY_LENS_PROCESSED=str(processed), COMMUNITY_LENS_DATASET="sample")
    log = tmp_path_factory.mktemp("voila") / "voila.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            voila_command(port), env=env, cwd=DASHBOARD_NOTEBOOK.parent, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        assert wait_for_port(port, timeout=90), log.read_text()
        yield f"http://127.0.0.1:{port}", processed
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


def visit(playwright, url):
    browser, page, record = open_page(playwright, url, wait_selector="#loading")
    page.wait_for_function(f"document.querySelectorAll('{MARKS}').length > 20", timeout=60_000)
    page.wait_for_timeout(1000)
    return browser, page, record


def test_dashboard_draws_charts_offline_without_errors(dashboard, playwright):
    url, _ = dashboard
    browser, page, record = visit(playwright, url + "/")
    try:
        body = page.inner_text("body")
        assert "@corner_cafe" in body
        assert "Conversation share" in body and "Community members" in body
        # The tab names the account (set from escaped JSON by the page, not by the template).
        assert page.title() == "@corner_cafe on X (Twitter) · community-lens", page.title()
        # At least four charts, each with drawn marks.
        charts = page.locator(".vega-embed")
        assert charts.count() >= 5
        for i in range(charts.count()):
            assert charts.nth(i).locator("svg g[class*='mark-'] path").count() > 0, f"chart {i} drew nothing"
        # The coverage caveat stands beside the audience charts.
        assert "X archives hold none of the replies" in body
        lowered = body.lower()
        assert "there was an error" not in lowered and "traceback" not in lowered and "no dataset named" not in lowered
        assert record.errors == [], record.errors
        assert not record.blocked, record.blocked
        # Only aggregates reach the page: no message text from the archive.
        html = page.content()
        assert "see you soon" not in html  # text of the owner's replies
    finally:
        browser.close()


def test_deep_link_picks_the_dataset(dashboard, playwright):
    url, _ = dashboard
    browser, page, record = visit(playwright, url + "/?dataset=other")
    try:
        assert "dataset other" in page.inner_text("body")
        assert record.errors == []
    finally:
        browser.close()


def test_combined_dataset_platform_and_period_from_the_url(dashboard, playwright):
    url, _ = dashboard
    browser, page, record = visit(playwright, url + "/?dataset=all")
    try:
        body = page.inner_text("body")
        assert "Platform by platform" in body and "on Mastodon" in body and "on LinkedIn" in body
        assert page.locator("select[name=dataset] option").count() >= 3  # every processed dataset is offered
        assert record.errors == []
    finally:
        browser.close()
    browser, page, record = visit(playwright, url + "/?dataset=all&platform=facebook&since=2025-01&until=2025-12")
    try:
        body = page.inner_text("body")
        assert "on Facebook" in body and "on Mastodon" not in body
        assert page.locator("input[name=since]").get_attribute("value") == "2025-01"
        assert "there was an error" not in body.lower() and record.errors == []
    finally:
        browser.close()


def test_a_dataset_built_while_the_dashboard_runs_appears_without_a_restart(dashboard, playwright):
    from helpers.synthetic.samples import sample_path

    url, processed = dashboard
    build_dataset([sample_path("linkedin")], "late", root=processed)
    browser, page, record = visit(playwright, url + "/?dataset=late")
    try:
        body = page.inner_text("body")
        assert "dataset late" in body and "on LinkedIn" in body
        assert page.locator("select[name=dataset] option[value=late]").count() == 1
        assert record.errors == []
    finally:
        browser.close()


# --- a hostile web: payloads in the URL and in every name of an export ------------------------------------

PAYLOADS = (
    '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
    "<script>window.__xss=1</script>",
    "[click me](javascript:window.__xss=1)",
    '"><svg onload="window.__xss=1">',
)


def _hostile_export(folder):
    """The CSV template with a payload as the owner's handle and name and as every person's handle and name."""
    import csv
    import shutil

    from helpers.paths import PROJECT_ROOT

    shutil.copytree(PROJECT_ROOT / "data" / "templates" / "csv", folder)
    (folder / "README.md").unlink(missing_ok=True)
    with open(folder / "owner.csv", "w", newline="") as out:
        csv.writer(out).writerows([["account_id", "handle", "display_name"], ["me", PAYLOADS[0], PAYLOADS[1]]])
    with open(folder / "people.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    for i, row in enumerate(rows):
        row["handle"], row["display_name"] = PAYLOADS[i % 4], PAYLOADS[(i + 1) % 4]
    with open(folder / "people.csv", "w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def _assert_inert(page, record):
    """No script from a payload ran and no payload became markup."""
    assert page.evaluate("window.__xss") is None, "a payload ran"
    assert record.dialogs == []
    for selector in ("img[src=x]", "svg[onload]", "a[href^='javascript']", "script:has-text('__xss')"):
        assert page.locator(selector).count() == 0, selector
    assert record.errors == [], record.errors


def test_payloads_in_the_url_and_in_the_export_stay_text(dashboard, playwright, tmp_path):
    url, processed = dashboard
    build_dataset([_hostile_export(tmp_path / "hostile")], "hostile", root=processed)
    from urllib.parse import quote

    bad = quote(PAYLOADS[0])
    for path in (
        f"/?dataset={bad}",
        f"/?dataset=sample&platform={bad}",
        f"/?dataset=sample&since={quote(PAYLOADS[3])}&until={quote(PAYLOADS[1])}",
        f"/?dataset=hostile&platform={quote(PAYLOADS[2])}",
        "/?dataset=hostile",
    ):
        browser, page, record = open_page(playwright, url + path, wait_selector="#loading")
        try:
            page.wait_for_timeout(1500)
            _assert_inert(page, record)
            body = page.inner_text("body")
            assert "there was an error" not in body.lower(), path
            if "hostile" in path and "platform" not in path:
                assert PAYLOADS[0] in body  # the owner's handle is shown, as text
        finally:
            browser.close()


def test_a_foreign_host_header_gets_403(dashboard):
    import http.client

    url, _ = dashboard
    port = int(url.rsplit(":", 1)[1])
    for host, path in (("evil.example", "/"), (f"evil.example:{port}", "/api/kernels"), ("192.168.1.5", "/")):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path, headers={"Host": host})
        assert conn.getresponse().status == 403, (host, path)
        conn.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_page_fits_a_desktop_and_a_phone(dashboard, playwright, width, tmp_path):
    """Nothing wider than the screen, no chart text outside its chart, nothing fetched from elsewhere; the
    ledger table is there, and a screenshot is kept for a human to look at."""
    from browser import layout_problems

    url, _ = dashboard
    browser, page, record = visit(playwright, url + "/?dataset=all")
    try:
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(800)
        problems = layout_problems(page)
        assert problems["wide"] == [], problems["wide"]
        assert problems["outside"] == [], problems["outside"]
        assert page.locator(".cl-ledger table.dataTable").count() == 1, "the people table did not start"
        assert page.get_by_text("Download these rows (CSV)").count() == 1
        assert not record.blocked and record.errors == []
        page.screenshot(path=str(tmp_path / f"dashboard-{width}.png"), full_page=True)
    finally:
        browser.close()


def test_stopping_the_dashboard_command_stops_voila(tmp_path):
    """`community-lens dashboard` stopped by SIGTERM (kill, a service manager) takes Voila and its kernels
    with it: the port is free again, no server is left behind."""
    import signal
    import sys
    import time

    port = free_port()
    env = dict(voila_env(), COMMUNITY_LENS_PROCESSED=str(tmp_path / "processed"))
    log = tmp_path / "dashboard.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "helpers.cli", "dashboard", "--no-browser", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while "ready at" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "ready at" in log.read_text(), log.read_text()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=40)
        time.sleep(1)
        with socket.socket() as s:
            assert s.connect_ex(("127.0.0.1", port)) != 0, "Voila still answers after the command stopped"
    finally:
        if proc.poll() is None:
            proc.kill()
