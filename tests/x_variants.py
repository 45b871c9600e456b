"""Older and odder X archive layouts, derived from a synthetic archive by rewriting its files the way
those generations were laid out (formats notes §1.2)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path


def read_js(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1 :])


def write_js(path: Path, global_name: str, items) -> None:
    path.write_text(
        f"{global_name} = " + json.dumps(items, indent=2, separators=(",", " : "), ensure_ascii=False), encoding="utf-8"
    )


def drop_from_manifest(root: Path, data_type: str) -> None:
    """Remove a data type from manifest.js so the reader finds files by name."""
    manifest = root / "data" / "manifest.js"
    config = read_js(manifest)
    config["dataTypes"].pop(data_type, None)
    write_js(manifest, "window.__THAR_CONFIG", config)


def as_gdpr_v2(root: Path) -> None:
    """2020-2022: tweet.js, global YTD.tweet.part0, {"tweet": ...} wrappers."""
    items = read_js(root / "data" / "tweets.js")
    (root / "data" / "tweets.js").unlink()
    write_js(root / "data" / "tweet.js", "window.YTD.tweet.part0", items)
    drop_from_manifest(root, "tweets")


def as_gdpr_v1(root: Path) -> None:
    """2018 to Jan 2020: tweet.js with bare tweet objects (no wrapper)."""
    items = [w["tweet"] for w in read_js(root / "data" / "tweets.js")]
    (root / "data" / "tweets.js").unlink()
    write_js(root / "data" / "tweet.js", "window.YTD.tweet.part0", items)
    drop_from_manifest(root, "tweets")


def split_into_parts(root: Path, parts: int, via_manifest: bool) -> None:
    """A category over ~100 MB is split into tweets.js, tweets-part1.js, ..."""
    items = read_js(root / "data" / "tweets.js")
    size = -(-len(items) // parts)
    files = []
    for i in range(parts):
        name = "tweets.js" if i == 0 else f"tweets-part{i}.js"
        write_js(root / "data" / name, f"window.YTD.tweets.part{i}", items[i * size : (i + 1) * size])
        files.append(
            {
                "fileName": f"data/{name}",
                "globalName": f"YTD.tweets.part{i}",
                "count": str(len(items[i * size : (i + 1) * size])),
            }
        )
    manifest = root / "data" / "manifest.js"
    config = read_js(manifest)
    if via_manifest:
        config["dataTypes"]["tweets"] = {"files": files}
    else:
        config["dataTypes"].pop("tweets", None)
    write_js(manifest, "window.__THAR_CONFIG", config)


def zip_folder(root: Path, dest: Path, top_folder: str | None = None) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                name = path.relative_to(root).as_posix()
                zf.write(path, f"{top_folder}/{name}" if top_folder else name)
    return dest


def copy_tree(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest
