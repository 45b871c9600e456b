"""Work done once: a dataset keeps the summary and the chart tables of every page it shows; the dashboard
reads them without touching the raw rows, and they equal what computing from the raw rows gives."""

from __future__ import annotations

import pytest
from polars.testing import assert_frame_equal

from helpers import store
from helpers.platforms.loading import load_exports
from helpers.present import dashboard
from helpers.present.summary import summarize
from helpers.present.tables import load_view, stored_views, view_of
from helpers.synthetic.samples import WRITERS, sample_owner, sample_path


@pytest.fixture
def built(processed_root):
    paths = [sample_path(p) for p in ("x", "mastodon")]
    store.build_dataset(paths, "two", derive_views=stored_views)
    return load_exports(paths)


def test_stored_views_equal_what_the_raw_rows_give(built):
    for scope, export in (("all", built), ("x", built.only("x")), ("mastodon", built.only("mastodon"))):
        stored = load_view("two", scope)
        fresh = view_of(export)
        assert stored is not None and stored.summary == summarize(export)
        assert stored.tables.keys() == fresh.tables.keys()
        for name, frame in fresh.tables.items():
            assert_frame_equal(stored.tables[name], frame, check_dtypes=False), name


def test_the_dashboard_opens_from_the_stored_views_without_reading_raw_rows(built, monkeypatch):
    def no_raw_rows(*_a, **_k):
        raise AssertionError("the dashboard read the raw rows for a view that is stored")

    monkeypatch.setattr(dashboard, "load_dataset", no_raw_rows)
    for platform in ("", "x", "mastodon"):
        page = dashboard.dashboard_page("two", platform)
        assert page.view is not None and page.voice() and page.audience()


def test_a_period_is_computed_from_the_raw_rows(built):
    page = dashboard.dashboard_page("two", "x", "2025-01", "2025-06")
    s = page.view.summary
    assert s["period"]["first_post"] >= "2025-01" and s["period"]["last_post"] < "2025-07"


@pytest.mark.parametrize("platform", list(WRITERS))
def test_every_sample_has_its_view_stored(platform, processed_root):
    store.build_dataset([sample_path(platform)], platform, derive_views=stored_views, owner=sample_owner(platform))
    view = load_view(platform)
    assert view is not None and view.summary["platform"] == platform and "voice_by_month" in view.tables


def test_bad_picker_input_gets_a_notice_and_the_picker_stays(built):
    page = dashboard.dashboard_page("two", "", "2025-06", "2025-01")
    shown = " ".join(getattr(n, "data", "") for n in page.header())
    assert "starts (2025-06) after it ends (2025-01)" in shown and "cl-picker" in shown
    assert page.view is not None and page.view.summary["period"]["first_post"] < "2025-01"  # the whole period
    missing = dashboard.dashboard_page("nothere")
    shown = " ".join(getattr(n, "data", "") for n in missing.header())
    assert "No dataset named nothere" in shown and "cl-picker" in shown and "two" in shown
    assert missing.voice() == [] and missing.headline() == []
