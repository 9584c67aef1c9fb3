"""The working-day calendar of mainland China, for statutory deadlines (see `working_days`)."""

from gongkai_kit.calendar.overrides import CalendarOverride, DayKind, OverrideTable, parse_table
from gongkai_kit.calendar.working_days import (
    WorkingDayCalendar,
    add_working_days,
    default_calendar,
    is_working_day,
    working_days_between,
)

__all__ = [
    "CalendarOverride",
    "DayKind",
    "OverrideTable",
    "WorkingDayCalendar",
    "add_working_days",
    "default_calendar",
    "is_working_day",
    "parse_table",
    "working_days_between",
]
