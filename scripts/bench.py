"""Performance record for big X accounts (``make bench``; ``make bench-quick`` for the small grid).

For each archive of the grid (written by ``helpers.synthetic.big_x.write_big_x_archive``) it measures, every
measurement in a fresh process:

- read: ``helpers.platforms.loading.load_export(path)``;
- summary: ``python -m helpers.cli summary PATH --json`` as a whole process (start-up and imports included);
- build: ``helpers.store.build_dataset`` with the stored views (what ``run`` and the dashboard read);
- dashboard: Voila started as the tests start it, the page opened in headless Chromium; time from ``page.goto``
  to the first drawn chart mark, on the first load (just started) and the second (preheated kernel);
- run: ``helpers.pipeline.run(..., pdf=False)`` (dataset, four notebooks, report) as a whole process, at
  every archive (``--run-largest-only`` when it takes too long);
- reference: follower.js and tweets.js parsed the way archive tools in the wild do (``json.loads`` of the
  text after the first ``=``, then ``json_normalize`` into a table: pandas' when installed, else polars').

Seconds, MB/s of the export (the bytes the step reads) and peak memory: the measured process's own VmHWM
(/proc/self/status) for in-process steps; for whole processes the maximum resident set size of the process
and the children it waited for (e.g. notebook kernels), from /usr/bin/time, which forks them from a small
process (``os.wait4``'s ru_maxrss from this script would include this script's own size at the fork). Prints a Markdown table and writes it to
bench-output/bench.md. Not a test: the figures depend on the machine and on what else runs on it.

Usage: python scripts/bench.py [--quick] [--run-largest-only] [--no-dashboard] [--no-run] [--keep DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
MARKS = "svg g.mark-rect path, svg g.mark-line path"
READ = "read (load_export)"
REFERENCE = "reference (json + json_normalize)"
FLAT_LIMIT = 1.5  # the cost per post is "flat" when the largest size costs at most this much more per post


@dataclass(frozen=True)
class Size:
    tweets: int
    followers: int
    likes: int
    partners: int = 0

    @property
    def label(self) -> str:
        text = f"{_short(self.tweets)} posts, {_short(self.followers)} followers"
        return text + (f", {self.partners:,} partners" if self.partners else "")

    @property
    def slug(self) -> str:
        return f"x-{self.tweets}-{self.followers}-{self.partners}"


FULL_GRID = (
    Size(10_000, 100_000, 10_000),
    Size(50_000, 100_000, 50_000),
    Size(200_000, 1_000_000, 200_000),
    Size(200_000, 1_000_000, 200_000, partners=3000),
)
QUICK_GRID = (
    Size(5_000, 20_000, 5_000),
    Size(20_000, 100_000, 20_000, partners=300),
)


def _short(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return f"{n:,}"


# --- one measurement in a fresh process --------------------------------------------------------------------

CHILD = r"""
import json, sys, time
from pathlib import Path
step, path, scratch = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])

def high_water_mb():
    # VmHWM: this process's peak resident memory (reset by exec, unlike ru_maxrss, which a child inherits).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

import polars  # imports are not part of the measurement (summary measures a whole process instead)
out = {}
if step == "read":
    from helpers.platforms.loading import load_export
    base = high_water_mb(); t0 = time.perf_counter()
    export = load_export(path)
    seconds = time.perf_counter() - t0
    out["rows"] = {"posts": export.posts.height, "people": export.people.height,
                   "interactions": export.interactions.height}
elif step == "build":
    from helpers.present.tables import stored_views
    from helpers.store import build_dataset
    base = high_water_mb(); t0 = time.perf_counter()
    build_dataset([path], "bench", root=scratch, derive_views=stored_views)
    seconds = time.perf_counter() - t0
elif step == "run":
    from helpers.pipeline import run
    base = high_water_mb(); t0 = time.perf_counter()
    marks = {}
    run([path], "bench", pdf=False, processed=scratch / "processed", runs=scratch / "runs",
        step=lambda name: marks.setdefault(name, round(time.perf_counter() - t0, 1)))
    seconds = time.perf_counter() - t0
    out["steps"] = marks
elif step == "reference":
    try:
        from pandas import json_normalize
        out["table"] = "pandas.json_normalize"
    except ImportError:
        from polars import json_normalize
        out["table"] = "polars.json_normalize"
    base = high_water_mb(); t0 = time.perf_counter()
    read = 0
    for pattern in ("follower*.js", "tweets*.js"):
        for file in sorted((path / "data").glob(pattern)):
            read += file.stat().st_size
            text = file.read_text(encoding="utf-8")
            items = json.loads(text[text.index("=") + 1:])
            table = json_normalize(items) if out["table"].startswith("pandas") else json_normalize(items, infer_schema_length=None)
            out.setdefault("rows", {})[file.name] = len(table)
            del text, items, table
    seconds = time.perf_counter() - t0
    out["bytes_read"] = read
out.update(seconds=seconds, peak_mb=high_water_mb(), base_mb=base)
print("BENCH " + json.dumps(out))
"""


@dataclass
class Proc:
    """What a finished (or killed) process left: wall seconds, ru_maxrss in MB, exit status, output."""

    wall: float
    maxrss_mb: float
    status: int
    stdout: str
    stderr: str
    timed_out: bool = False

    def child_json(self) -> dict:
        for line in reversed(self.stdout.splitlines()):
            if line.startswith("BENCH "):
                return json.loads(line[6:])
        return {}

    def failure(self) -> str:
        if self.timed_out:
            return "stopped: took longer than the time limit"
        tail = [line for line in self.stderr.strip().splitlines() if line.strip()][-1:] or ["no output"]
        return f"failed (exit {self.status}): {tail[0][:160]}"


GNU_TIME = Path("/usr/bin/time")
# Importing polars sets _RJEM_MALLOC_CONF in this process's environment (polars/__init__.py), and a child
# started with it set keeps ~20% more memory than one started from a shell (measured: summary on the
# 1M-follower archive 380-420 MB from a shell, ~500 MB with it inherited). Whole processes are started with
# the environment the user gave this script.
_USER_MALLOC_CONF = os.environ.get("_RJEM_MALLOC_CONF")


def _as_from_a_shell(env: dict | None) -> dict:
    env = dict(os.environ if env is None else env)
    env.pop("_RJEM_MALLOC_CONF", None)
    if _USER_MALLOC_CONF is not None:
        env["_RJEM_MALLOC_CONF"] = _USER_MALLOC_CONF
    return env


def timed_process(cmd: list[str], timeout: float, env: dict | None = None, cwd: Path | None = None) -> Proc:
    """Run ``cmd`` in its own session: wall time, and the peak RSS of it and the children it waited for.

    Through /usr/bin/time when present: a child's ru_maxrss starts at the size of the process that forked it
    (Linux keeps the pre-exec high-water mark), so it must be forked from a small process, not from this one.
    """
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.NamedTemporaryFile("w+", suffix=".time") as usage_file,
    ):
        wrapped = [str(GNU_TIME), "-f", "%M", "-o", usage_file.name, *cmd] if GNU_TIME.exists() else cmd
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            wrapped, stdout=out, stderr=err, env=_as_from_a_shell(env), cwd=cwd, start_new_session=True
        )
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > timeout:
                timed_out = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        maxrss_kb = float(usage.ru_maxrss)
        if GNU_TIME.exists():
            lines = [line for line in Path(usage_file.name).read_text().splitlines() if line.strip().isdigit()]
            maxrss_kb = float(lines[-1]) if lines else float("nan")
        return Proc(wall, maxrss_kb / 1024, proc.returncode, out.read(), err.read(), timed_out)


def child_step(step: str, path: Path, scratch: Path, timeout: float) -> Proc:
    scratch.mkdir(parents=True, exist_ok=True)
    return timed_process([PY, "-c", CHILD, step, str(path), str(scratch)], timeout, cwd=scratch)


# --- the dashboard ------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process visible in /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        found[int(entry.name)] = (int(stat.rsplit(")", 1)[1].split()[1]), cmdline)
    return found


def _descendants(pid: int) -> dict[int, str]:
    table = _processes()
    out: dict[int, str] = {}
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, (ppid, cmdline) in table.items():
            if ppid == parent and child not in out:
                out[child] = cmdline
                frontier.append(child)
    return out


def _status_mb(pid: int, key: str = "VmHWM") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _stat_fields(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def _kernels(voila_pid: int) -> dict[int, str]:
    return {pid: cmd for pid, cmd in _descendants(voila_pid).items() if "ipykernel" in cmd}


def _wait_for_preheated_refill(voila_pid: int, timeout: float = 120.0) -> bool:
    """After a page took the preheated kernel, Voila starts another: wait until there are two kernels and the
    newest one's CPU time stood still for 2 s (its imports done, waiting for a request)."""
    deadline = time.monotonic() + timeout
    last: tuple[int, int, float] | None = None  # (pid, utime + stime, since)
    while time.monotonic() < deadline:
        fields = {pid: _stat_fields(pid) for pid in _kernels(voila_pid)}
        fields = {pid: f for pid, f in fields.items() if f}
        if len(fields) >= 2:
            newest = max(fields, key=lambda pid: int(fields[pid][19]))  # starttime
            ticks = int(fields[newest][11]) + int(fields[newest][12])
            if last is not None and last[:2] == (newest, ticks):
                if time.monotonic() - last[2] >= 2.0:
                    return True
            else:
                last = (newest, ticks, time.monotonic())
        time.sleep(0.25)
    return False


def _load_page(browser, url: str, timeout_ms: int) -> tuple[float, str]:
    """Seconds from ``page.goto`` to the first chart mark in the page, and a note when the page shows an error."""
    from urllib.parse import urlparse

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    loopback = {"127.0.0.1", "localhost", "[::1]", "::1"}

    def route(r):  # as tests/browser.py: nothing leaves the machine (the lab template asks a CDN for a font)
        host = urlparse(r.request.url).hostname or ""
        if r.request.url.startswith(("data:", "blob:", "file:")) or host in loopback:
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    try:
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=timeout_ms)
        page.wait_for_selector(MARKS, state="attached", timeout=timeout_ms)
        seconds = time.perf_counter() - t0
        body = page.inner_text("body").lower()
        note = "the page shows an error" if "there was an error" in body or "traceback" in body else ""
        return seconds, note
    finally:
        page.close()


def dashboard_loads(processed: Path, timeout: float) -> tuple[list[dict], str]:
    """Two loads of the dashboard of the dataset ``bench`` under ``processed``; ([], reason) when skipped."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from browser import CHROMIUM_ARGS, chromium_path  # the browser the tests drive, with their arguments
    finally:
        sys.path.pop(0)
    if chromium_path() is None:
        return [], "skipped: Chromium is absent (apt-get install chromium, or CHROMIUM=path)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [], "skipped: playwright is not installed"
    from helpers.dashboard_server import voila_command, voila_env, wait_for_port
    from helpers.paths import DASHBOARD_NOTEBOOK

    port = _free_port()
    env = voila_env(COMMUNITY_LENS_PROCESSED=str(processed), COMMUNITY_LENS_DATASET="bench")
    log = processed.parent / "voila.log"
    results: list[dict] = []
    with open(log, "w") as out:
        voila = subprocess.Popen(
            voila_command(port), env=env, cwd=DASHBOARD_NOTEBOOK.parent, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        t_start = time.perf_counter()
        if not wait_for_port(port, timeout=90):
            return [], "failed: Voila did not listen within 90 s"
        listening = time.perf_counter() - t_start
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            try:
                url = f"http://127.0.0.1:{port}/"
                seconds, note = _load_page(browser, url, int(timeout * 1000))
                results.append(
                    {
                        "seconds": seconds,
                        "note": f"Voila listening after {listening:.1f} s, page opened at once",
                        "error": note,
                    }
                )
                refilled = _wait_for_preheated_refill(voila.pid)
                seconds, note = _load_page(browser, url, int(timeout * 1000))
                results.append(
                    {
                        "seconds": seconds,
                        "note": "preheated kernel ready" if refilled else "no idle preheated kernel seen within 120 s",
                        "error": note,
                    }
                )
            finally:
                browser.close()
        kernels = _kernels(voila.pid)
        peak_kernel = max((_status_mb(pid) for pid in kernels), default=0.0)
        for r in results:
            r["peak_mb"] = peak_kernel
            r["server_mb"] = _status_mb(voila.pid)
        return results, ""
    except Exception as exc:  # a failed page load is a result to print, not a reason to lose the others
        return results, f"failed: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
    finally:
        voila.terminate()
        try:
            voila.wait(timeout=30)
        except subprocess.TimeoutExpired:
            voila.kill()
            voila.wait()


# --- the record ---------------------------------------------------------------------------------------------


@dataclass
class Row:
    size: Size
    step: str
    seconds: float | None = None
    mb_per_s: float | None = None
    peak_mb: float | None = None
    note: str = ""


@dataclass
class Record:
    rows: list[Row] = field(default_factory=list)
    export_mb: dict[Size, float] = field(default_factory=dict)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        shown = lambda v, f: f"{'-':>{f[:-3]}}" if v is None else format(v, f)  # noqa: E731
        print(
            f"    {row.step:<34} {shown(row.seconds, '8.2f')} s  {shown(row.mb_per_s, '7.1f')} MB/s  "
            f"peak {shown(row.peak_mb, '7.0f')} MB  {row.note}",
            flush=True,
        )

    def get(self, size: Size, step: str) -> Row | None:
        return next((r for r in self.rows if r.size == size and r.step == step and r.seconds is not None), None)


def _fmt(value: float | None, spec: str) -> str:
    return "–" if value is None else format(value, spec)


def machine() -> dict[str, str]:
    def sh(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT).stdout.strip()
        except OSError:
            return "?"

    dirty = sh(["git", "status", "--porcelain", "--untracked-files=normal"])
    mem = next((line.split()[1] for line in sh(["free", "-h"]).splitlines() if line.startswith("Mem:")), "?")
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor() or "?",
    )
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": sh(["git", "rev-parse", "--short", "HEAD"]) + (" (with uncommitted changes)" if dirty else ""),
        "cpus": f"{sh(['nproc'])} ({cpu})",
        "memory": mem,
        "python": platform.python_version(),
        "polars": __import__("polars").__version__,
        "load": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
    }


def markdown(record: Record, info: dict[str, str], grid: tuple[Size, ...], notes: list[str]) -> str:
    lines = [
        "# community-lens benchmark (`scripts/bench.py`)",
        "",
        f"- date: {info['date']}; commit {info['commit']}",
        f"- machine: {info['cpus']} CPUs, {info['memory']} memory; Python {info['python']}, polars {info['polars']}",
        f"- load average at the start: {info['load']}; at the end: {info.get('load_end', '?')}",
        "",
        "| archive | export MB | step | seconds | MB/s | peak MB | notes |",
        "|---|---:|---|---:|---:|---:|---|",
    ]
    for row in record.rows:
        lines.append(
            f"| {row.size.label} | {record.export_mb[row.size]:.0f} | {row.step} | {_fmt(row.seconds, '.2f')} "
            f"| {_fmt(row.mb_per_s, '.1f')} | {_fmt(row.peak_mb, '.0f')} | {row.note} |"
        )
    lines += ["", *notes, ""]
    return "\n".join(lines)


def flatness(record: Record, grid: tuple[Size, ...]) -> list[str]:
    by_posts: dict[int, tuple[Size, Row]] = {}
    for s in sorted(grid, key=lambda s: (s.tweets, s.partners)):  # at equal posts, the archive without partners
        r = record.get(s, READ)
        if r is not None and r.seconds is not None:
            by_posts.setdefault(s.tweets, (s, r))
    measured = list(by_posts.values())
    if len(measured) < 2:
        return ["- cost per post: not enough read measurements to compare"]
    per_k = [(s, r.seconds / s.tweets * 1000, r.seconds / record.export_mb[s]) for s, r in measured]
    (small, a, a_mb), (large, b, b_mb) = per_k[0], per_k[-1]
    ratio = b / a
    verdict = "flat" if ratio <= FLAT_LIMIT else "NOT flat"
    steps = "; ".join(f"{s.label}: {k:.3f} s per 1,000 posts ({m * 1000:.1f} ms per MB)" for s, k, m in per_k)
    return [
        f"- cost per post of `read`: {steps}.",
        f"- from {small.label} to {large.label}: {ratio:.2f}x per post ({b_mb / a_mb:.2f}x per MB): **{verdict}** "
        f"(flat means within {FLAT_LIMIT}x; the follower list grows too: {small.followers:,} to {large.followers:,}).",
    ]


def comparison(record: Record, grid: tuple[Size, ...]) -> list[str]:
    out = []
    for s in grid:
        read, ref = record.get(s, READ), record.get(s, REFERENCE)
        if read and ref and read.seconds and ref.seconds:
            out.append(
                f"- {s.label}: `read` (whole archive into the canonical tables) took {read.seconds:.1f} s, "
                f"the reference parse of follower.js and tweets.js alone {ref.seconds:.1f} s "
                f"({ref.seconds / read.seconds:.1f}x); peak memory {read.peak_mb:.0f} MB against {ref.peak_mb:.0f} MB."
            )
    return out


# --- main ---------------------------------------------------------------------------------------------------


def measure_size(size: Size, base: Path, record: Record, args, run_here: bool, reference_here: bool) -> None:
    from helpers.synthetic.big_x import write_big_x_archive

    folder = base / size.slug
    export = folder / "export"
    print(f"\n== {size.label}", flush=True)
    t0 = time.perf_counter()
    write_big_x_archive(export, tweets=size.tweets, followers=size.followers, likes=size.likes, partners=size.partners)
    total = sum(f.stat().st_size for f in export.rglob("*") if f.is_file())
    mb = total / 1e6
    record.export_mb[size] = mb
    print(f"   archive written in {time.perf_counter() - t0:.1f} s: {mb:.0f} MB", flush=True)

    def in_process(step: str, label: str, scratch: Path, timeout: float, read_mb: float | None = None) -> dict:
        p = child_step(step, export, scratch, timeout)
        data = p.child_json()
        if p.status != 0 or not data:
            record.add(Row(size, label, note=p.failure()))
            return {}
        seconds = data["seconds"]
        note = data.get("note", "")
        record.add(Row(size, label, seconds, (read_mb or mb) / seconds, data["peak_mb"], note))
        return data

    data = in_process("read", READ, folder / "read", args.timeout)
    if data:
        rows = data["rows"]
        record.rows[
            -1
        ].note = f"{rows['posts']:,} posts, {rows['people']:,} people, {rows['interactions']:,} interactions"

    p = timed_process([PY, "-m", "helpers.cli", "summary", str(export), "--json"], args.timeout, cwd=base)
    if p.status == 0:
        record.add(Row(size, "summary --json (whole process)", p.wall, mb / p.wall, p.maxrss_mb, "start-up included"))
    else:
        record.add(Row(size, "summary --json (whole process)", note=p.failure()))

    built = folder / "build"
    in_process("build", "build (build_dataset + views)", built, args.timeout)

    if args.no_dashboard:
        record.add(Row(size, "dashboard", note="skipped (--no-dashboard)"))
    elif record.get(size, "build (build_dataset + views)") is None:
        record.add(Row(size, "dashboard", note="skipped: the build failed"))
    else:
        loads, reason = dashboard_loads(built, args.timeout)
        for i, load in enumerate(loads):
            label = "dashboard first chart, 1st load" if i == 0 else "dashboard first chart, 2nd load"
            note = f"{load['note']}; peak of the kernels, server {load['server_mb']:.0f} MB"
            record.add(
                Row(
                    size,
                    label,
                    load["seconds"],
                    None,
                    load["peak_mb"],
                    note + (f"; {load['error']}" if load["error"] else ""),
                )
            )
        if reason:
            record.add(Row(size, "dashboard", note=reason))

    label = "run (pdf=False, whole process)"
    if args.no_run:
        record.add(Row(size, label, note="skipped (--no-run)"))
    elif not run_here:
        record.add(Row(size, label, note="skipped: measured at the largest archive only (--run-largest-only)"))
    else:
        p = child_step("run", export, folder / "run", args.run_timeout)
        data = p.child_json()
        if p.status != 0 or not data:
            record.add(Row(size, label, note=p.failure()))
        else:
            marks = data.get("steps", {})
            nb, report = marks.get("execute 01-load-export"), marks.get("write the report")
            split = ""
            if nb is not None and report is not None:
                split = f"; dataset {nb:.0f} s, notebooks {report - nb:.0f} s, report {data['seconds'] - report:.0f} s"
            note = f"peak incl. notebook kernels; the run process alone {data['peak_mb']:.0f} MB{split}"
            record.add(Row(size, label, p.wall, mb / p.wall, p.maxrss_mb, note))

    label = REFERENCE
    if not reference_here:
        record.add(Row(size, label, note="same follower.js and tweets.js as the row above"))
    else:
        p = child_step("reference", export, folder / "reference", args.timeout)
        data = p.child_json()
        if p.status != 0 or not data:
            record.add(Row(size, label, note=p.failure()))
        else:
            read_mb = data["bytes_read"] / 1e6
            note = f"{data['table']}; MB/s of follower.js + tweets.js ({read_mb:.0f} MB)"
            record.add(Row(size, label, data["seconds"], read_mb / data["seconds"], data["peak_mb"], note))
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the small grid: " + "; ".join(s.label for s in QUICK_GRID))
    ap.add_argument("--run-largest-only", action="store_true", help="measure run at the largest archive only")
    ap.add_argument("--no-run", action="store_true", help="skip run")
    ap.add_argument("--no-dashboard", action="store_true", help="skip the dashboard")
    ap.add_argument("--timeout", type=float, default=600, help="limit of one measurement, seconds")
    ap.add_argument("--run-timeout", type=float, default=900, help="limit of one run, seconds")
    ap.add_argument("--keep", type=Path, help="write the archives and results here and keep them")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-output" / "bench.md", help="the Markdown record")
    args = ap.parse_args()

    grid = QUICK_GRID if args.quick else FULL_GRID
    info = machine()
    print(f"community-lens benchmark: {len(grid)} archives; commit {info['commit']}; load {info['load']}", flush=True)
    started = time.perf_counter()
    record = Record()
    largest = max(grid, key=lambda s: (s.tweets, s.followers, s.partners))
    with tempfile.TemporaryDirectory(prefix="community-lens-bench-") as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        previous: Size | None = None
        for size in grid:
            same_files = previous is not None and (previous.tweets, previous.followers, previous.likes) == (
                size.tweets,
                size.followers,
                size.likes,
            )
            measure_size(size, base, record, args, not args.run_largest_only or size == largest, not same_files)
            previous = size
    info["load_end"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    notes = [
        *flatness(record, grid),
        *comparison(record, grid),
        f"- the whole benchmark took {(time.perf_counter() - started) / 60:.1f} min.",
        "- peak MB: VmHWM of the measuring process (read, build, reference); maximum RSS of the whole process "
        "and the children it waited for (summary, run: /usr/bin/time); VmHWM of the largest Voila kernel (dashboard).",
    ]
    text = markdown(record, info, grid, notes)
    print("\n" + text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"written to {args.out}")
    failed = [r for r in record.rows if r.note.startswith(("failed", "stopped"))]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
