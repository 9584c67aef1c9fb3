"""Override entries for the working-day calendar and the table shipped with the kit.

The `chinesecalendar` package is the primary source of official holidays and adjusted working
days. This module holds what it does not know yet (a year the State Council has published since
the package was released) or gets wrong, as `CalendarOverride` entries. The shipped table lives
in `overrides.json` next to this module and is read once per process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Literal, get_args

DayKind = Literal["holiday", "workday"]
"""`holiday`: a day off, even on a weekday. `workday`: a working day, even on a weekend (调休)."""

_DAY_KINDS: tuple[str, ...] = get_args(DayKind)

OVERRIDES_RESOURCE = "overrides.json"


@dataclass(frozen=True, slots=True)
class CalendarOverride:
    """One date whose status is fixed by us rather than by the `chinesecalendar` package."""

    date: date
    kind: DayKind
    name: str
    """The holiday the day belongs to, in Chinese (e.g. "国庆节"), also for an adjusted workday."""

    def __post_init__(self) -> None:
        if isinstance(self.date, datetime) or not isinstance(self.date, date):
            raise TypeError(f"override date must be a datetime.date, got {self.date!r}")
        if self.kind not in _DAY_KINDS:
            raise ValueError(f"override kind must be one of {_DAY_KINDS}, got {self.kind!r}")
        if not self.name.strip():
            raise ValueError(f"override for {self.date.isoformat()} has an empty name")


@dataclass(frozen=True, slots=True)
class OverrideTable:
    """Override entries keyed by date, plus the years whose official schedule they cover in full."""

    days: Mapping[date, CalendarOverride]
    known_years: frozenset[int]


def build_table(overrides: Iterable[CalendarOverride], known_years: Iterable[int] = ()) -> OverrideTable:
    """Index `overrides` by date; two entries for the same date are a mistake and raise `ValueError`."""
    days: dict[date, CalendarOverride] = {}
    for override in overrides:
        if override.date in days:
            raise ValueError(f"two overrides for {override.date.isoformat()}")
        days[override.date] = override
    return OverrideTable(days=days, known_years=frozenset(known_years))


def parse_table(document: Mapping[str, object]) -> OverrideTable:
    """Validate and convert the JSON document of an override table (the shape of `overrides.json`)."""
    raw_days = document.get("days", [])
    raw_years = document.get("known_years", [])
    if not isinstance(raw_days, list):
        raise ValueError("'days' must be a list")
    if not isinstance(raw_years, list) or not all(
        isinstance(year, int) and not isinstance(year, bool) for year in raw_years
    ):
        raise ValueError("'known_years' must be a list of integers")
    return build_table((_parse_entry(entry) for entry in raw_days), raw_years)


def _parse_entry(entry: object) -> CalendarOverride:
    if not isinstance(entry, dict):
        raise ValueError(f"override entry must be an object, got {entry!r}")
    raw_date, kind, name = entry.get("date"), entry.get("kind"), entry.get("name")
    if not isinstance(raw_date, str) or not isinstance(name, str):
        raise ValueError(f"override entry needs string 'date' and 'name': {entry!r}")
    if kind == "holiday" or kind == "workday":
        return CalendarOverride(date=date.fromisoformat(raw_date), kind=kind, name=name)
    raise ValueError(f"override kind must be one of {_DAY_KINDS}, got {kind!r}")


@cache
def packaged_table() -> OverrideTable:
    """The override table shipped in the kit, read and validated once."""
    text = resources.files("gongkai_kit.calendar").joinpath(OVERRIDES_RESOURCE).read_text(encoding="utf-8")
    document = json.loads(text)
    if not isinstance(document, dict):
        raise ValueError(f"{OVERRIDES_RESOURCE} must hold a JSON object")
    return parse_table(document)
