"""Store UTC, show Asia/Shanghai: the one conversion every service uses."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def to_shanghai(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: store and pass UTC-aware datetimes")
    return moment.astimezone(SHANGHAI)


def shanghai_date(moment: datetime) -> date:
    """The calendar date in China of a UTC moment (what deadlines are counted from)."""
    return to_shanghai(moment).date()
