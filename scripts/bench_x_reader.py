"""Benchmark: read a 200,000-tweet tweets.js into the canonical posts table (``make bench``).

Writes a synthetic X archive (helpers.synthetic.x) to a temporary folder, then in a fresh process per
measurement reads it and reports throughput (MB of tweets.js per second) and peak memory (max RSS).
Not a test: the figures depend on the machine. Usage: python scripts/bench_x_reader.py [--tweets N] [--repeat K]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, sys, time
from pathlib import Path
root = Path(sys.argv[1]); what = sys.argv[2]
import polars, msgspec  # imports are not part of the measurement
from helpers.platforms.archive import Archive
from helpers.platforms.x.tweets import canonical_posts, dedupe_edits, posts_from_raw, read_tweet_frame, GDPR_TIME
def high_water_mb():
    # VmHWM: this process's peak resident memory (reset by exec, unlike ru_maxrss, which a child inherits).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
base = high_water_mb()
t0 = time.perf_counter()
if what == "posts":
    with Archive(root) as a:
        raw = read_tweet_frame(a, "data/tweets.js")
        posts = canonical_posts(dedupe_edits(posts_from_raw(raw, "1308602301154811905", "corner_cafe", GDPR_TIME)))
    rows = posts.height
elif what == "load_export":
    from helpers import load_export
    e = load_export(root)
    rows = e.posts.height
elif what == "json_baseline":
    text = (root / "data" / "tweets.js").read_text()
    rows = len(json.loads(text[text.index("=") + 1:]))
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "rows": rows, "peak_rss_mb": high_water_mb(), "rss_before_mb": base}))
"""


def measure(root: Path, what: str, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", CHILD, str(root), what], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    best = min(runs, key=lambda r: r["seconds"])
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tweets", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    args = ap.parse_args()

    from helpers.synthetic.x import write_x_archive

    with tempfile.TemporaryDirectory(prefix="community-lens-bench-") as tmp:
        root = Path(tmp) / "x"
        print(f"writing a synthetic X archive with {args.tweets:,} tweets ...", flush=True)
        t0 = time.perf_counter()
        write_x_archive(root, n_tweets=args.tweets, seed=1)
        size = (root / "data" / "tweets.js").stat().st_size
        print(f"  tweets.js: {size / 1e6:,.1f} MB, written in {time.perf_counter() - t0:.1f} s", flush=True)
        results = {}
        for what, label in (
            ("posts", "tweets.js -> canonical posts table"),
            ("load_export", "whole archive -> Export (posts, people, interactions)"),
            ("json_baseline", "reference: stdlib json.loads of tweets.js only"),
        ):
            print(f"measuring {label} (best of {args.repeat}) ...", flush=True)
            r = measure(root, what, args.repeat)
            r["mb_per_s"] = size / 1e6 / r["seconds"]
            results[what] = r
            print(
                f"  {r['rows']:,} rows in {r['seconds']:.2f} s = {r['mb_per_s']:.0f} MB/s; "
                f"peak RSS {r['peak_rss_mb']:.0f} MB (after imports {r['rss_before_mb']:.0f} MB)",
                flush=True,
            )
        target = 100
        ok = results["posts"]["mb_per_s"] >= target
        print(
            f"\ntarget: at least {target} MB/s for tweets.js -> posts: {'met' if ok else 'NOT met'} "
            f"({results['posts']['mb_per_s']:.0f} MB/s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
