"""Working days in mainland China, for statutory deadlines.

A working day is Monday to Friday, except official holidays, plus the weekends the State Council
turns into working days (调休). The sources, highest priority first:

1. overrides passed in code to `WorkingDayCalendar`;
2. the table shipped in `overrides.json`;
3. the `chinesecalendar` package (official schedules from 2004 to its last release);
4. plain weekends, for a year none of the above knows. `is_year_known` tells callers when a
   result rests on this fallback, so they can warn that a deadline may move.

Deadlines count whole days on the Beijing calendar. The API takes `datetime.date` only and refuses
a `datetime`: turning a timestamp into a day needs a time zone (Asia/Shanghai), which is the
caller's decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import chinese_calendar

from gongkai_kit.calendar.overrides import CalendarOverride, OverrideTable, build_table, packaged_table

_ONE_DAY = timedelta(days=1)

# The package's holiday names are English enum values; these are the official Chinese names.
_CHINESE_NAMES: Mapping[str, str] = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


@dataclass(frozen=True, slots=True)
class _PackageData:
    holidays: Mapping[date, str]
    """Days off (weekends inside a holiday period included), valued by the holiday's Chinese name."""
    workdays: Mapping[date, str]
    """Weekends that are working days (调休)."""
    first_year: int
    last_year: int


@cache
def _package_data() -> _PackageData:
    holidays = {day: _chinese_name(str(name)) for day, name in chinese_calendar.holidays.items()}
    workdays = {day: _chinese_name(str(name)) for day, name in chinese_calendar.workdays.items()}
    years = [day.year for day in holidays]
    return _PackageData(holidays=holidays, workdays=workdays, first_year=min(years), last_year=max(years))


def _chinese_name(english: str) -> str:
    if english in _CHINESE_NAMES:
        return _CHINESE_NAMES[english]
    try:  # a holiday added to the package after this mapping was written
        return str(chinese_calendar.Holiday(english).chinese)
    except (ValueError, AttributeError):
        return english


def _require_date(value: date) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"expected a datetime.date, got {value!r}; convert timestamps to the Beijing date first")
    return value


class WorkingDayCalendar:
    """Which days are working days, and deadline arithmetic over them.

    Counting follows the statutory convention: the day something happens is not counted, so a
    reply due "within 20 working days of receipt" is due on `add_working_days(received, 20)`.
    """

    def __init__(self, overrides: Iterable[CalendarOverride] = (), *, known_years: Iterable[int] = ()) -> None:
        """Build a calendar on the package data and the shipped overrides.

        `overrides` win over both; `known_years` declares the years they cover in full, so that
        `is_year_known` answers True for them. Two overrides for the same date raise `ValueError`.
        """
        packaged = packaged_table()
        extra = build_table(overrides, known_years)
        self._package = _package_data()
        self._overrides: Mapping[date, CalendarOverride] = {**packaged.days, **extra.days}
        self._override_years = packaged.known_years | extra.known_years

    @classmethod
    def from_table(cls, table: OverrideTable) -> WorkingDayCalendar:
        """A calendar with the overrides of `table` on top of the shipped ones."""
        return cls(table.days.values(), known_years=table.known_years)

    def is_year_known(self, year: int) -> bool:
        """Whether the official holiday schedule of `year` is known (otherwise weekends only)."""
        package = self._package
        return package.first_year <= year <= package.last_year or year in self._override_years

    def is_working_day(self, d: date) -> bool:
        """Whether `d` is a working day."""
        return self._is_working_day(_require_date(d))

    def holiday_name(self, d: date) -> str | None:
        """The Chinese name of the holiday `d` is a day off for, or None.

        None on working days (adjusted weekends included), on ordinary weekends and on every day
        of a year with no known schedule.
        """
        _require_date(d)
        override = self._overrides.get(d)
        if override is not None:
            return override.name if override.kind == "holiday" else None
        return self._package.holidays.get(d)

    def add_working_days(self, start: date, n: int) -> date:
        """The `n`-th working day after `start` (`start` itself not counted).

        `n == 0` returns `start` unchanged, working day or not. A negative `n` gives the `|n|`-th
        working day before `start`. For `n >= 0`, `working_days_between(start, result) == n`.
        """
        day = _require_date(start)
        step = _ONE_DAY if n > 0 else -_ONE_DAY
        remaining = abs(n)
        while remaining:
            day += step
            if self._is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """The number of working days in (start, end]; negative, mirrored, when `end < start`."""
        _require_date(start)
        _require_date(end)
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += _ONE_DAY
            count += self._is_working_day(day)
        return count

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after `d`, i.e. `add_working_days(d, 1)`."""
        return self.add_working_days(d, 1)

    def _is_working_day(self, d: date) -> bool:
        override = self._overrides.get(d)
        if override is not None:
            return override.kind == "workday"
        package = self._package
        if d in package.holidays:
            return False
        if d in package.workdays:
            return True
        return d.weekday() < 5


@cache
def default_calendar() -> WorkingDayCalendar:
    """The calendar of the package data and the shipped overrides, built once per process."""
    return WorkingDayCalendar()


def is_working_day(d: date) -> bool:
    """`WorkingDayCalendar.is_working_day` on the default calendar."""
    return default_calendar().is_working_day(d)


def add_working_days(start: date, n: int) -> date:
    """`WorkingDayCalendar.add_working_days` on the default calendar."""
    return default_calendar().add_working_days(start, n)


def working_days_between(start: date, end: date) -> int:
    """`WorkingDayCalendar.working_days_between` on the default calendar."""
    return default_calendar().working_days_between(start, end)
