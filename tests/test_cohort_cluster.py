"""Cohorts on a LocalCluster of two worker processes: the same figures as in this process, and a cohort
that completes when a worker is killed under it (its export retried) or an export crashes its worker
every time (that export, and only it, in the failures table). Slow: each starts a cluster."""

from __future__ import annotations

import os
import signal
import threading
import time
from functools import partial
from pathlib import Path

import pytest
from polars.testing import assert_frame_equal

from helpers.cohort.build import build_cohort
from helpers.cohort.flatten import flatten_summary
from helpers.cohort.inputs import CohortInput
from helpers.cohort.store import read_cohort
from helpers.platforms.loading import load_export
from helpers.platforms.registry import BY_NAME
from helpers.present.summary import summarize
from helpers.synthetic.samples import CSV_TEMPLATE, WRITERS, sample_path

pytestmark = pytest.mark.slow

# The samples of one account's own exports (a chat community's needs an owner chosen: tests of their own).
SAMPLES = [sample_path(p) for p in WRITERS if not BY_NAME[p].many_voices and sample_path(p).exists()]


def test_a_local_cluster_gives_the_figures_of_this_process(tmp_path):
    inputs = [CohortInput(p) for p in [*SAMPLES, CSV_TEMPLATE]]
    salt = tmp_path / "salt"
    serial = build_cohort(inputs, "here", summarize, workers=0, root=tmp_path / "a", salt_file=salt)
    local = build_cohort(inputs, "there", summarize, workers=2, root=tmp_path / "b", salt_file=salt)
    assert (local.engine.kind, local.engine.workers, local.tally.new) == ("local", 2, len(inputs))
    assert len(local.worker_peaks) == 2 and all(p > 0 for p in local.worker_peaks)
    assert serial.engine.kind == "serial"
    here, there = read_cohort("here", tmp_path / "a"), read_cohort("there", tmp_path / "b")
    assert_frame_equal(here.exports, there.exports)  # same rows, same order, same values: exactly
    assert_frame_equal(here.percentiles, there.percentiles)


def killed_once_or_crashing(export, marker: str):
    """``summarize``, except that the Threads export waits to be killed from outside (the first time) and
    the Reddit export crashes its worker every time, as a decoder's segfault would."""
    if export.platform == "threads":
        started = Path(marker) / "threads.pid"
        if not started.exists():
            started.write_text(str(os.getpid()))
            time.sleep(120)  # the test kills this worker meanwhile
    if export.platform == "reddit":
        os._exit(1)
    return summarize(export)


def test_a_killed_worker_and_a_crashing_export_do_not_stop_the_cohort(tmp_path):
    marker = tmp_path / "marker"
    marker.mkdir()
    inputs = [CohortInput(p) for p in SAMPLES]
    done: dict = {}

    def run():
        done["run"] = build_cohort(
            inputs, "crash", partial(killed_once_or_crashing, marker=str(marker)), workers=2, root=tmp_path / "c"
        )

    thread = threading.Thread(target=run)
    thread.start()
    pid_file = marker / "threads.pid"
    deadline = time.monotonic() + 90
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pid_file.exists(), "the Threads export never started"
    time.sleep(0.2)
    os.kill(int(pid_file.read_text()), signal.SIGKILL)  # a worker process this test's cluster started
    thread.join(timeout=240)
    assert not thread.is_alive()
    run = done["run"]
    cohort = read_cohort("crash", tmp_path / "c")
    assert run.tally.done == len(inputs)
    assert cohort.failures["kind"].to_list() == ["worker_crashed"]
    assert "died again when it was summarised alone" in cohort.failures["reason"][0]
    assert cohort.exports.height == len(inputs) - 1
    platforms = [p for p in WRITERS if sample_path(p) in SAMPLES and p != "reddit"]
    assert sorted(cohort.exports["platform"].to_list()) == sorted(platforms)
    threads = cohort.exports.filter(platform="threads").drop("export_id", "path").row(0, named=True)
    export = load_export(sample_path("threads"))
    assert threads == flatten_summary(summarize(export), export.warnings)
