"""What people see when an export is not as expected: an error (one line, the run stops) or a warning
(one line, the run goes on with a figure marked absent or partial)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


class ExportError(Exception):
    """An export could not be read. The message is one line meant for the person running the tool."""


class OwnerNeeded(ExportError):
    """A chat community's export does not say whose view to take, or ``--owner`` names no one in it.

    The message names the most active accounts to choose from; the tool never guesses an owner.
    """


WarningKind = Literal["missing_file", "unreadable", "unsupported_file", "partial", "owner_unknown", "left_out"]
WARNING_KINDS: tuple[WarningKind, ...] = (
    "missing_file",
    "unreadable",
    "unsupported_file",
    "partial",
    "owner_unknown",
    "left_out",
)
# What each kind means; ``summary --strict`` fails on the kinds in STRICT_KINDS, never on a warning's words.
WARNING_MEANINGS: dict[WarningKind, str] = {
    "missing_file": "a file the export lists, or the platform always writes, is absent: its signal is marked absent",
    "unreadable": "some records could not be read (no date, broken values) and are not counted",
    "unsupported_file": "a file is present but deliberately not read (its format is not established)",
    "partial": "some records are left out or ambiguous by design (drafts, deleted accounts, several archives)",
    "owner_unknown": "the export does not say who its owner is, so own replies cannot be told from others'",
    "left_out": "a whole export among several was left out (a chat community whose view to take was not given)",
}
STRICT_KINDS: frozenset[WarningKind] = frozenset({"missing_file", "unreadable", "left_out"})


@dataclass(frozen=True)
class ExportWarning:
    """Something an export lacks or holds only in part; ``message`` is one line naming the file where one is to blame."""

    kind: WarningKind
    file: str | None
    message: str

    def __str__(self) -> str:
        return self.message

    def as_json(self) -> dict[str, str | None]:
        return {"kind": self.kind, "file": self.file, "message": self.message}

    @classmethod
    def from_json(cls, value: dict | str) -> ExportWarning:
        """A stored warning (a plain string from datasets built before warnings had kinds counts as partial)."""
        if isinstance(value, str):
            return cls("partial", None, value)
        return cls(value["kind"], value.get("file"), value["message"])

    def within(self, platform: str) -> ExportWarning:
        """The same warning, prefixed with its platform, as a combined dataset lists it."""
        return ExportWarning(self.kind, self.file, f"{platform}: {self.message}")
