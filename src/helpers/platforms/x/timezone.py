"""The account's time zone from data/account-timezone.js, as an IANA name.

X writes Rails' zone names ("Stockholm", "Pacific Time (US & Canada)"), not IANA ids (docs/formats/x.md,
"Time"). A name that is the last part of an IANA id ("Stockholm" -> Europe/Stockholm) is found in the system's
zone database; Rails' names that are not (the US zones, a few cities) are in ``RAILS_NAMES``. A name found in
neither gives None and a warning: the heat map then stays in UTC, said on the chart.
"""

from __future__ import annotations

import json
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from helpers.errors import ExportError, ExportWarning
from helpers.platforms.archive import Archive

FILE = "data/account-timezone.js"

# Rails' ActiveSupport::TimeZone names whose IANA id does not end in the name itself.
RAILS_NAMES = {
    "International Date Line West": "Etc/GMT+12",
    "American Samoa": "Pacific/Pago_Pago",
    "Midway Island": "Pacific/Midway",
    "Hawaii": "Pacific/Honolulu",
    "Alaska": "America/Juneau",
    "Pacific Time (US & Canada)": "America/Los_Angeles",
    "Mountain Time (US & Canada)": "America/Denver",
    "Arizona": "America/Phoenix",
    "Central Time (US & Canada)": "America/Chicago",
    "Eastern Time (US & Canada)": "America/New_York",
    "Indiana (East)": "America/Indiana/Indianapolis",
    "Atlantic Time (Canada)": "America/Halifax",
    "Newfoundland": "America/St_Johns",
    "Central America": "America/Guatemala",
    "Saskatchewan": "America/Regina",
    "Guadalajara": "America/Mexico_City",
    "Mexico City": "America/Mexico_City",
    "Monterrey": "America/Monterrey",
    "Chihuahua": "America/Chihuahua",
    "Mazatlan": "America/Mazatlan",
    "Tijuana": "America/Tijuana",
    "Quito": "America/Lima",
    "Brasilia": "America/Sao_Paulo",
    "Buenos Aires": "America/Argentina/Buenos_Aires",
    "Georgetown": "America/Guyana",
    "Greenland": "America/Nuuk",
    "Mid-Atlantic": "Atlantic/South_Georgia",
    "Cape Verde Is.": "Atlantic/Cape_Verde",
    "Azores": "Atlantic/Azores",
    "UTC": "Etc/UTC",
    "Edinburgh": "Europe/London",
    "Bern": "Europe/Zurich",
    "Kyiv": "Europe/Kyiv",
    "Kyev": "Europe/Kyiv",
    "Ulaanbaatar": "Asia/Ulaanbaatar",
    "Urumqi": "Asia/Urumqi",
    "Beijing": "Asia/Shanghai",
    "Chongqing": "Asia/Chongqing",
    "Hong Kong": "Asia/Hong_Kong",
    "Osaka": "Asia/Tokyo",
    "Sapporo": "Asia/Tokyo",
    "Mumbai": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata",
    "Chennai": "Asia/Kolkata",
    "Sri Jayawardenepura": "Asia/Colombo",
    "Islamabad": "Asia/Karachi",
    "Ekaterinburg": "Asia/Yekaterinburg",
    "Astana": "Asia/Almaty",
    "Abu Dhabi": "Asia/Muscat",
    "Baghdad": "Asia/Baghdad",
    "Pretoria": "Africa/Johannesburg",
    "West Central Africa": "Africa/Algiers",
    "St. Petersburg": "Europe/Moscow",
    "Volgograd": "Europe/Volgograd",
    "Hanoi": "Asia/Bangkok",
    "Canberra": "Australia/Canberra",
    "Guam": "Pacific/Guam",
    "Port Moresby": "Pacific/Port_Moresby",
    "Solomon Is.": "Pacific/Guadalcanal",
    "New Caledonia": "Pacific/Noumea",
    "Marshall Is.": "Pacific/Majuro",
    "Wellington": "Pacific/Auckland",
    "Chatham Is.": "Pacific/Chatham",
    "Nuku'alofa": "Pacific/Tongatapu",
    "Tokelau Is.": "Pacific/Fakaofo",
    "Samoa": "Pacific/Apia",
}


@cache
def _by_last_part() -> dict[str, str]:
    """IANA ids by their last part, where it is unambiguous ("Stockholm" -> "Europe/Stockholm")."""
    seen: dict[str, list[str]] = {}
    for zone in available_timezones():
        seen.setdefault(zone.rsplit("/", 1)[-1].replace("_", " ").lower(), []).append(zone)
    return {part: sorted(zones)[0] for part, zones in seen.items() if len(zones) == 1}


def iana_name(rails: str) -> str | None:
    """The IANA id for X's (Rails') zone name, an IANA id as it is, or None when neither is known."""
    name = rails.strip()
    candidates = [RAILS_NAMES.get(name), name, _by_last_part().get(name.lower())]
    for zone in candidates:
        if zone:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return zone
    return None


def read_timezone(archive: Archive, warnings: list[ExportWarning]) -> str | None:
    """The account's zone from data/account-timezone.js; None (with a warning) when absent or unknown."""
    if not archive.has(FILE):
        return None
    try:
        rows = json.loads(bytes(archive.read_js(FILE)))
        name = rows[0]["accountTimezone"]["timeZone"]
    except (ExportError, ValueError, KeyError, IndexError, TypeError, RecursionError):
        warnings.append(ExportWarning("unreadable", FILE, f"{FILE}: not readable; hours are shown in UTC"))
        return None
    zone = iana_name(str(name))
    if zone is None:
        warnings.append(
            ExportWarning(
                "partial", FILE, f"{FILE}: time zone {str(name)[:60]!r} not known here; hours are shown in UTC"
            )
        )
    return zone
