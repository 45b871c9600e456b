"""The report as a client would get it: opened in headless Chromium on a desktop and on a phone, and printed
to PDF (A4 by our print CSS), each page turned into an image (pdftoppm) and checked that nothing runs off it.
Screenshots and page images are kept in the test's temp folder for a human to look at."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from browser import chromium_path, layout_problems, open_page
from conftest import need
from helpers.pipeline import print_pdf
from helpers.platforms.loading import load_exports
from helpers.present.report import write_report
from helpers.present.tables import view_of
from helpers.synthetic.samples import sample_path

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    need(chromium_path() is not None, "Debian's chromium is not installed (apt-get install chromium)")
    folder = tmp_path_factory.mktemp("report")
    view = view_of(load_exports([sample_path(p) for p in ("x", "mastodon", "bluesky", "linkedin", "reddit")]))
    path, _ = write_report(view, folder, "combined", anonymized=False)
    return path


@pytest.fixture(scope="module")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.mark.parametrize("width", [1280, 390])
def test_report_fits_a_desktop_and_a_phone(report, playwright, width, tmp_path):
    browser, page, record = open_page(playwright, report.as_uri())
    try:
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(300)
        problems = layout_problems(page)
        assert problems["wide"] == [], problems["wide"]
        assert problems["outside"] == [], problems["outside"]
        assert not record.blocked and record.errors == []
        page.screenshot(path=str(tmp_path / f"report-{width}.png"), full_page=True)
    finally:
        browser.close()


def test_report_prints_for_the_page_as_well_as_the_screen(report, playwright):
    """In print, headings stay with what follows them, figures are not split, and screen-only text is gone."""
    browser, page, _ = open_page(playwright, report.as_uri())
    try:
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 680, "height": 1000})  # A4 less our margins, at 96 px per inch
        assert layout_problems(page)["wide"] == []
        styles = page.evaluate(
            "() => [getComputedStyle(document.querySelector('h2')).breakAfter,"
            " getComputedStyle(document.querySelector('.cl-figure')).breakInside]"
        )
        assert styles == ["avoid", "avoid"], styles
        text = page.inner_text("body").lower()
        assert "hover" not in text and "click" not in text, "text meant for a screen is printed"
        assert "docs/" not in text, "the report points into the repository"
    finally:
        browser.close()


def test_pdf_pages_cut_nothing(report, tmp_path):
    need(shutil.which("pdftoppm") is not None, "pdftoppm is not installed (apt-get install poppler-utils)")
    pdf, note = print_pdf(report)
    assert pdf is not None, note
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.pgm"))
    assert len(pages) >= 3
    for image in pages:
        width, height, pixels = _read_pgm(image.read_bytes())
        # A4 with our margins: the outer 3 % of the page on the right and at the bottom stay paper-white.
        edge = max(2, width * 3 // 100)
        right = [pixels[y * width + x] for y in range(height) for x in range(width - edge, width)]
        assert min(right) > 235, f"{image.name}: something runs into the right margin (a cut column?)"


def _read_pgm(data: bytes) -> tuple[int, int, bytes]:
    """A binary PGM (P5) as (width, height, pixels)."""
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1 : pos + 1 + width * height]
