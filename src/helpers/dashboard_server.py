"""Serve notebooks/dashboard.ipynb read-only with Voila, bound to 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import webbrowser
from pathlib import Path

from helpers.errors import ExportError
from helpers.paths import DASHBOARD_NOTEBOOK, SAMPLE_DATASET, SAMPLE_X_EXPORT
from helpers.present.tables import stored_views
from helpers.store import build_dataset, check_name, is_current, read_meta

HOST = "127.0.0.1"
# Every page view starts a kernel, and a closed tab leaves it running (about 300 MB with a big dataset): a
# page is drawn once and needs its kernel no more, so idle kernels go after two minutes.
KERNEL_IDLE_SECONDS = 120
CULL_INTERVAL_SECONDS = 30


# Our page template (data/jupyter/voila/templates/community-lens): Voila's lab template without its CDN link
# and its "Executing N of N" screen. Voila finds templates on the Jupyter data path: see voila_env().
TEMPLATE = "community-lens"
JUPYTER_DATA = Path(__file__).resolve().parent / "data" / "jupyter"


def voila_env(**extra: str) -> dict[str, str]:
    """The environment Voila runs in: this one, with our template on the Jupyter data path, plus ``extra``."""
    env = dict(os.environ, **extra)
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(JUPYTER_DATA), os.environ.get("JUPYTER_PATH", "")) if p)
    return env


def voila_command(port: int, notebook: Path = DASHBOARD_NOTEBOOK) -> list[str]:
    """The Voila command line: loopback only, no browser, sources stripped, idle kernels culled."""
    return [
        sys.executable,
        "-m",
        "voila",
        str(notebook),
        "--no-browser",
        f"--port={port}",
        f"--template={TEMPLATE}",
        f"--Voila.ip={HOST}",
        "--Voila.port_retries=0",
        # Only Host headers naming this machine (127.0.0.1, localhost, ::1) are served; any other gets 403,
        # which stops a DNS-rebinding page from reading the dashboard through the user's browser.
        '--Voila.tornado_settings={"allow_remote_access": False}',
        "--VoilaConfiguration.strip_sources=True",
        # One kernel kept started with the imports done and the Vega bundle in the page; it waits for the
        # request (present.dashboard.wait_for_the_request) and then draws only what the link asks for.
        "--preheat_kernel=True",
        "--pool_size=1",
        "--VoilaConfiguration.show_tracebacks=False",
        '--VoilaConfiguration.extension_denylist=["jupyterlab-jupytext"]',
        f"--MappingKernelManager.cull_idle_timeout={KERNEL_IDLE_SECONDS}",
        f"--MappingKernelManager.cull_interval={CULL_INTERVAL_SECONDS}",
        "--MappingKernelManager.cull_connected=True",
    ]


def ensure_dataset(dataset: str | None, export: str | None, owner: str | None = None) -> str:
    """The dataset to show, built first when an export is named (or for the sample) and it is stale."""
    name = check_name(dataset or (SAMPLE_DATASET if export is None else "mine"))
    source = export if export is not None else (SAMPLE_X_EXPORT if name == SAMPLE_DATASET else None)
    if source is not None:
        if not is_current(name, [source], owner=owner):
            print(f"community-lens: building dataset {name!r} from {source}", file=sys.stderr)
            build_dataset([source], name, derive_views=stored_views, owner=owner)
    elif read_meta(name) is None:
        raise ExportError(f"no dataset named {name!r} (build it with 'community-lens build PATH --name {name}')")
    return name


def wait_for_port(port: int, host: str = HOST, timeout: float = 60.0) -> bool:
    """True once something listens on host:port (polling the TCP port, never a notebook URL: that starts a kernel)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            s.settimeout(0.5)
            if s.connect_ex((host, port)) == 0:
                return True
        time.sleep(0.2)
    return False


def serve(
    port: int = 8866,
    open_browser: bool = True,
    dataset: str | None = None,
    export: str | None = None,
    owner: str | None = None,
) -> int:
    """Run Voila in the foreground until Ctrl-C."""
    if owner is not None and export is None:
        raise ExportError("--owner chooses whose view an export is read from: give it with --export")
    name = ensure_dataset(dataset, export, owner)
    url = f"http://{HOST}:{port}/"
    with tempfile.TemporaryDirectory(prefix="community-lens-") as scratch:
        ready = Path(scratch) / "kernel-ready"
        env = voila_env(COMMUNITY_LENS_DATASET=name, COMMUNITY_LENS_READY_FILE=str(ready))
        print(f"community-lens: starting the dashboard of dataset {name!r} ...", file=sys.stderr)
        proc = subprocess.Popen(voila_command(port), env=env, cwd=DASHBOARD_NOTEBOOK.parent)
        # Stopped by a signal (kill, a service manager) as by Ctrl-C: Voila and its kernels go too.
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            # The page is quick once a kernel waits with the imports done (preheated): say where it is then.
            if wait_for_port(port) and wait_for_file(ready, proc):
                print(f"community-lens: dashboard ready at {url} (Ctrl-C stops it)", file=sys.stderr)
                if open_browser:
                    webbrowser.open(url)
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def wait_for_file(path: Path, proc: subprocess.Popen, timeout: float = 120.0) -> bool:
    """True once ``path`` exists (the preheated kernel writes it when it waits for a request); False when the
    server exits first or the time runs out (the page then still works, only its first view is slower)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists():
            return True
        time.sleep(0.2)
    return path.exists()
