"""Work done once: a dataset keeps the summary and the chart tables of every page it shows; the dashboard
reads them without touching the raw rows, and they equal what computing from the raw rows gives."""

from __future__ import annotations

import pytest
from polars.testing import assert_frame_equal

from helpers import ExportError, store
from helpers.metrics import listening, ties
from helpers.platforms.loading import load_exports
from helpers.present import dashboard, views
from helpers.present.summary import chat_community, summarize
from helpers.present.tables import (
    PEOPLE_KNOWN,
    account_timezone,
    chart_tables,
    load_view,
    stored_views,
    view_of,
    whole_community_tables,
)
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
            assert_frame_equal(stored.tables[name], frame, check_dtypes=False)


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


def assert_same_view(view, fresh):
    assert view.platform == fresh.platform and view.platforms.keys() == fresh.platforms.keys()
    assert view.summary == fresh.summary and view.tables.keys() == fresh.tables.keys()
    for name, frame in fresh.tables.items():
        assert_frame_equal(view.tables[name], frame, check_dtypes=False)


def test_a_notebook_shows_the_stored_view_without_reading_raw_rows(built, monkeypatch):
    def no_raw_rows(*_a, **_k):
        raise AssertionError("the notebook read the raw rows for a view that is stored")

    monkeypatch.setattr(views, "load_for_analysis", no_raw_rows)
    monkeypatch.setattr(store, "load_dataset", no_raw_rows)
    for platform, export in (("", built), ("x", built.only("x")), ("mastodon", built.only("mastodon"))):
        zone = account_timezone(export)
        for timezone in ("", zone):
            view = views.view_for_analysis(dataset="two", platform=platform, timezone=timezone, progress=str)
            assert_same_view(view, view_of(export))


def test_other_notebook_parameters_are_computed_from_the_raw_rows(built):
    x = built.only("x")
    asked = [
        (
            {"since": "2025-01", "until": "2025-06"},
            x.between(views.parse_month("2025-01"), views.parse_month("2025-06", True)),
        ),
        ({"window_months": 6}, x),
        ({"partners": 3}, x),
        ({"timezone": "Asia/Tokyo"}, x),
    ]
    for params, export in asked:
        view = views.view_for_analysis(dataset="two", platform="x", progress=str, **params)
        whole_chat = x.chat if "since" in params else None
        window, zone, partners = params.get("window_months", 12), params.get("timezone", ""), params.get("partners", 15)
        assert_same_view(view, view_of(export, whole_chat, window, zone, partners))
    assert (
        views.view_for_analysis(dataset="two", platform="x", partners=3, progress=str)
        .tables["top_conversation_partners"]
        .height
        == 3
    )
    with pytest.raises(ExportError, match="not a time zone name"):
        views.view_for_analysis(dataset="two", timezone="Mars/Olympus", progress=str)


@pytest.mark.parametrize("platform", ["x", "slack"])
def test_names_are_those_of_a_join_with_every_person(platform):
    """Tables that name people join only the people they show: the same rows as a join with everyone."""
    export = load_exports([sample_path(platform)], owner=sample_owner(platform))
    tables = chart_tables(export)
    names = export.people.select("platform", "account_id", "handle", "display_name")
    known = ties.known_people(ties.tie_strength(export.interactions), export.people, PEOPLE_KNOWN)
    assert_frame_equal(tables["people_you_know"], known)
    ops = listening.export_openers(export)
    assert ops is not None
    waiting = listening.still_waiting(ops).join(names, on=["platform", "account_id"], how="left")
    assert waiting.height
    if platform == "slack":  # everyone waiting is named there
        assert waiting["handle"].null_count() == 0
    assert_frame_equal(tables["still_waiting"], waiting)
    chat = chat_community(export)
    if chat is not None:
        everyone = names.unique(["platform", "account_id"], keep="first")
        answerers = whole_community_tables(export, chat)["whole_community_answerers"]
        assert answerers.height and answerers["handle"].null_count() < answerers.height
        expected = answerers.drop("handle", "display_name").join(
            everyone, on=["platform", "account_id"], how="left", maintain_order="left"
        )
        assert_frame_equal(answerers, expected)


def test_views_of_another_store_format_are_never_shown(built):
    """A dataset built by a version whose views counted differently: its views are missing (pages compute
    them from the rows), and ``build`` rebuilds it (the format is in the cache key)."""
    import json

    meta_file = store.dataset_folder("two") / store.META_FILE
    meta = json.loads(meta_file.read_text())
    assert meta["store_format"] == store.STORE_FORMAT and load_view("two") is not None
    meta["store_format"] = store.STORE_FORMAT - 1
    meta_file.write_text(json.dumps(meta))
    assert load_view("two") is None and load_view("two", "x") is None
    del meta["store_format"]  # built before the format was written down
    meta_file.write_text(json.dumps(meta))
    assert load_view("two") is None
