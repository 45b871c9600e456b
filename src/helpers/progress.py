"""Progress of long work: a terminal bar with counts and time left, or plain messages.

Readers and the pipeline call ``report(progress, message)`` for a step and
``advance(progress, done, total, unit)`` for counted work (bytes of large files, exports read). Any
callable taking a message is a valid ``progress`` (``print`` in a notebook); ``TerminalProgress`` adds
the bar.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tqdm import tqdm

Progress = Callable[[str], None]


def advance(progress: Progress | None, done: int, total: int, unit: str = "B") -> None:
    """Tell ``progress`` how far counted work has come (ignored by a plain message callback)."""
    step = getattr(progress, "advance", None)
    if step is not None:
        step(done, total, unit)


class TerminalProgress:
    """Messages above a tqdm bar on stderr; the bar shows counted work with its rate and time left."""

    def __init__(self, prefix: str = "community-lens"):
        self.prefix = prefix
        self.bar: tqdm | None = None

    def __call__(self, message: str) -> None:
        from tqdm import tqdm

        tqdm.write(f"{self.prefix}: {message}", file=sys.stderr)

    def advance(self, done: int, total: int, unit: str = "B") -> None:
        from tqdm import tqdm

        if not sys.stderr.isatty():  # a log file or a pipe: the messages say enough, a bar would be noise
            return
        if self.bar is None or self.bar.total != total:
            self.close()
            self.bar = tqdm(
                total=total,
                unit=unit,
                unit_scale=unit == "B",
                desc="reading",
                file=sys.stderr,
                dynamic_ncols=True,
                leave=False,
            )
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
