"""Headless Chromium (Debian's) driven by Playwright, with every request outside 127.0.0.1 blocked."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@dataclass
class PageRecord:
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt opened by the page: never expected


def open_page(playwright, url: str, wait_selector: str | None = None, timeout_ms: int = 120_000):
    """Open ``url`` in headless Chromium with the network outside loopback blocked; returns (browser, page, record)."""
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    record = PageRecord()

    def route(r):
        host = urlparse(r.request.url).hostname or ""
        if r.request.url.startswith(("data:", "blob:", "file:")) or host in LOOPBACK:
            r.continue_()
        else:
            record.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda exc: record.errors.append(str(exc)))

    def dialog(d):
        record.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.on("console", lambda msg: record.console_errors.append(msg.text) if msg.type == "error" else None)
    page.goto(url, timeout=timeout_ms)
    if wait_selector:
        page.wait_for_selector(wait_selector, state="detached", timeout=timeout_ms)
    return browser, page, record


# Elements wider than the window (those inside a scrolling or clipping box are that box's business), and chart
# text drawn outside its chart: what a reader on a phone or in a PDF would see cut.
LAYOUT_PROBLEMS_JS = """() => {
  const wide = Array.from(document.querySelectorAll('body *')).filter(e => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.right <= window.innerWidth + 1) return false;
    for (let a = e.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
    }
    return true;
  }).map(e => `${e.tagName.toLowerCase()}.${(e.className && e.className.baseVal !== undefined) ? e.className.baseVal : e.className} right=${Math.round(e.getBoundingClientRect().right)}`);
  const outside = [];
  document.querySelectorAll('svg').forEach(svg => {
    if (svg.closest('svg') !== svg) return;
    const box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    svg.querySelectorAll('text').forEach(t => {
      const r = t.getBoundingClientRect();
      if (r.width === 0) return;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        outside.push(t.textContent.slice(0, 40));
    });
  });
  return {wide: wide.slice(0, 20), outside: outside.slice(0, 20)};
}"""


def layout_problems(page) -> dict:
    """{"wide": [...], "outside": [...]} for the page as it is now laid out."""
    return page.evaluate(LAYOUT_PROBLEMS_JS)
