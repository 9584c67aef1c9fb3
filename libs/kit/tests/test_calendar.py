"""The working-day calendar against real State Council schedules, overrides and properties."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gongkai_kit.calendar import (
    CalendarOverride,
    WorkingDayCalendar,
    add_working_days,
    default_calendar,
    is_working_day,
    parse_table,
    working_days_between,
)
from gongkai_kit.calendar.overrides import packaged_table

# A year the package (1.11: 2004-2026) and the shipped table do not know.
UNKNOWN_YEAR = 2031


@pytest.fixture
def calendar() -> WorkingDayCalendar:
    return default_calendar()


# --- Official schedules ----------------------------------------------------------------------------


def test_sunday_adjusted_for_spring_festival_2024_is_a_working_day() -> None:
    assert date(2024, 2, 4).weekday() == 6
    assert is_working_day(date(2024, 2, 4))


@pytest.mark.parametrize("day", range(1, 8))
def test_national_day_week_2024_is_off(calendar: WorkingDayCalendar, day: int) -> None:
    assert not calendar.is_working_day(date(2024, 10, day))
    assert calendar.holiday_name(date(2024, 10, day)) == "国庆节"


@pytest.mark.parametrize("day", [date(2024, 9, 29), date(2024, 10, 12)])
def test_weekends_adjusted_for_national_day_2024_are_working_days(calendar: WorkingDayCalendar, day: date) -> None:
    assert day.weekday() >= 5
    assert calendar.is_working_day(day)
    assert calendar.holiday_name(day) is None


def test_twenty_working_days_from_2024_09_25_land_after_national_day_week() -> None:
    # Received Wed 2024-09-25; the receipt day is not counted.
    #   1-2   Thu 09-26, Fri 09-27
    #   3     Sun 09-29 (adjusted working day; Sat 09-28 is an ordinary weekend)
    #   4     Mon 09-30
    #         Tue 10-01 .. Mon 10-07 off (国庆节)
    #   5-8   Tue 10-08 .. Fri 10-11
    #   9     Sat 10-12 (adjusted working day)
    #   10-14 Mon 10-14 .. Fri 10-18
    #   15-19 Mon 10-21 .. Fri 10-25
    #   20    Mon 10-28
    # Weekends alone would give Wed 10-23: the week loses five weekdays and gains two weekends.
    assert add_working_days(date(2024, 9, 25), 20) == date(2024, 10, 28)
    assert working_days_between(date(2024, 9, 25), date(2024, 10, 28)) == 20


def test_spring_festival_2025(calendar: WorkingDayCalendar) -> None:
    # 01-28 .. 02-04 off; Sun 01-26 and Sat 02-08 are working days.
    for offset in range(8):
        day = date(2025, 1, 28) + timedelta(days=offset)
        assert not calendar.is_working_day(day)
        assert calendar.holiday_name(day) == "春节"
    assert calendar.is_working_day(date(2025, 1, 26))
    assert calendar.is_working_day(date(2025, 2, 8))
    assert calendar.next_working_day(date(2025, 1, 27)) == date(2025, 2, 5)
    # Mon 01-27 is the only working day between the Sunday shift and the break.
    assert calendar.working_days_between(date(2025, 1, 25), date(2025, 2, 4)) == 2


def test_national_day_and_mid_autumn_2026(calendar: WorkingDayCalendar) -> None:
    # 2026: 中秋节 Fri 09-25 .. Sun 09-27 off; 国庆节 10-01 .. 10-07 off; Sun 09-20 and Sat 10-10 work.
    # From Fri 09-18: 09-20 (1), 09-21 .. 09-24 (2-5), 09-28 .. 09-30 (6-8), 10-08 .. 10-10 (9-11),
    # 10-12 .. 10-16 (12-16), 10-19 .. 10-22 (17-20).
    assert calendar.holiday_name(date(2026, 9, 25)) == "中秋节"
    assert calendar.is_working_day(date(2026, 9, 20))
    assert calendar.is_working_day(date(2026, 10, 10))
    assert calendar.add_working_days(date(2026, 9, 18), 20) == date(2026, 10, 22)
    assert calendar.is_year_known(2026)


def test_ordinary_days_have_no_holiday_name(calendar: WorkingDayCalendar) -> None:
    assert calendar.holiday_name(date(2024, 10, 8)) is None  # a Tuesday
    assert calendar.holiday_name(date(2024, 10, 19)) is None  # an ordinary Saturday


# --- Arithmetic conventions ------------------------------------------------------------------------


def test_zero_working_days_returns_start_even_on_a_holiday(calendar: WorkingDayCalendar) -> None:
    assert calendar.add_working_days(date(2024, 10, 3), 0) == date(2024, 10, 3)


def test_negative_n_counts_backwards(calendar: WorkingDayCalendar) -> None:
    assert calendar.add_working_days(date(2024, 10, 8), -1) == date(2024, 9, 30)
    assert calendar.add_working_days(date(2024, 10, 8), -2) == date(2024, 9, 29)


def test_working_days_between_excludes_start_and_includes_end(calendar: WorkingDayCalendar) -> None:
    monday, friday = date(2024, 10, 14), date(2024, 10, 18)
    assert calendar.working_days_between(monday, friday) == 4
    assert calendar.working_days_between(friday, monday) == -4
    assert calendar.working_days_between(friday, friday) == 0
    assert calendar.working_days_between(date(2024, 9, 30), date(2024, 10, 7)) == 0


def test_datetimes_are_refused_because_the_day_depends_on_the_time_zone(
    calendar: WorkingDayCalendar,
) -> None:
    with pytest.raises(TypeError):
        calendar.is_working_day(datetime(2024, 10, 8, 9, 0))
    with pytest.raises(TypeError):
        calendar.add_working_days(datetime(2024, 10, 8, 9, 0), 1)


# --- Overrides and unknown years -------------------------------------------------------------------


def test_override_makes_a_weekday_a_holiday_and_a_saturday_a_workday() -> None:
    wednesday, saturday = date(2024, 3, 13), date(2024, 3, 16)
    calendar = WorkingDayCalendar(
        [
            CalendarOverride(date=wednesday, kind="holiday", name="测试假日"),
            CalendarOverride(date=saturday, kind="workday", name="测试假日"),
        ]
    )
    assert not calendar.is_working_day(wednesday)
    assert calendar.holiday_name(wednesday) == "测试假日"
    assert calendar.is_working_day(saturday)
    assert calendar.holiday_name(saturday) is None
    # Tue 03-12 -> Thu 03-14, Fri 03-15, Sat 03-16, Mon 03-18.
    assert calendar.add_working_days(date(2024, 3, 12), 4) == date(2024, 3, 18)
    # The default calendar is untouched.
    assert is_working_day(wednesday)
    assert not is_working_day(saturday)


def test_override_wins_over_the_package() -> None:
    national_day = date(2024, 10, 1)
    calendar = WorkingDayCalendar([CalendarOverride(date=national_day, kind="workday", name="国庆节")])
    assert calendar.is_working_day(national_day)
    assert calendar.holiday_name(national_day) is None


def test_two_overrides_for_one_date_are_refused() -> None:
    day = date(2024, 3, 13)
    with pytest.raises(ValueError, match="two overrides"):
        WorkingDayCalendar(
            [
                CalendarOverride(date=day, kind="holiday", name="甲"),
                CalendarOverride(date=day, kind="workday", name="乙"),
            ]
        )


def test_unknown_year_falls_back_to_plain_weekends(calendar: WorkingDayCalendar) -> None:
    assert not calendar.is_year_known(UNKNOWN_YEAR)
    assert calendar.is_year_known(2024)
    new_years_day = date(UNKNOWN_YEAR, 1, 1)  # a Wednesday: a holiday in reality, unknown here
    assert new_years_day.weekday() == 2
    assert calendar.is_working_day(new_years_day)
    assert calendar.holiday_name(new_years_day) is None
    assert not calendar.is_working_day(date(UNKNOWN_YEAR, 1, 4))  # Saturday
    assert calendar.add_working_days(date(UNKNOWN_YEAR, 1, 1), 5) == date(UNKNOWN_YEAR, 1, 8)


def test_a_year_entered_in_code_becomes_known() -> None:
    new_years_day = date(UNKNOWN_YEAR, 1, 1)
    calendar = WorkingDayCalendar(
        [CalendarOverride(date=new_years_day, kind="holiday", name="元旦")], known_years=[UNKNOWN_YEAR]
    )
    assert calendar.is_year_known(UNKNOWN_YEAR)
    assert not calendar.is_working_day(new_years_day)
    assert calendar.holiday_name(new_years_day) == "元旦"


def test_override_table_document_is_parsed_and_validated() -> None:
    table = parse_table(
        {
            "known_years": [UNKNOWN_YEAR],
            "days": [{"date": f"{UNKNOWN_YEAR}-10-01", "kind": "holiday", "name": "国庆节"}],
        }
    )
    calendar = WorkingDayCalendar.from_table(table)
    assert calendar.is_year_known(UNKNOWN_YEAR)
    assert calendar.holiday_name(date(UNKNOWN_YEAR, 10, 1)) == "国庆节"
    with pytest.raises(ValueError, match="kind"):
        parse_table({"days": [{"date": "2031-10-01", "kind": "off", "name": "国庆节"}]})
    with pytest.raises(ValueError, match="empty name"):
        parse_table({"days": [{"date": "2031-10-01", "kind": "holiday", "name": " "}]})


def test_shipped_override_table_is_valid_and_names_are_chinese() -> None:
    table = packaged_table()
    for override in table.days.values():
        assert any("\u4e00" <= char <= "\u9fff" for char in override.name), override
    for year in table.known_years:
        assert any(day.year == year for day in table.days), year


# --- Properties ------------------------------------------------------------------------------------

# Package years plus an unknown one on each side, so the fallback is exercised too.
days_st = st.dates(min_value=date(2003, 1, 1), max_value=date(2028, 12, 31))
counts_st = st.integers(min_value=0, max_value=400)


@given(start=days_st, n=counts_st)
def test_counting_between_inverts_adding(start: date, n: int) -> None:
    assert working_days_between(start, add_working_days(start, n)) == n


@given(start=days_st, n=st.integers(min_value=1, max_value=400))
def test_a_positive_count_lands_on_a_working_day(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert end > start
    assert is_working_day(end)
    assert add_working_days(start, -n) < start
    assert is_working_day(add_working_days(start, -n))


@given(start=days_st, n=st.integers(min_value=1, max_value=400))
def test_going_back_from_a_working_day_inverts_going_forward(start: date, n: int) -> None:
    assume(is_working_day(start))
    assert add_working_days(add_working_days(start, n), -n) == start


@given(start=days_st, n=counts_st, m=counts_st)
def test_adding_is_monotonic_in_n(start: date, n: int, m: int) -> None:
    low, high = sorted((n, m))
    assert add_working_days(start, low) <= add_working_days(start, high)


@given(a=days_st, b=days_st, end=days_st)
def test_counting_is_monotonic_and_additive(a: date, b: date, end: date) -> None:
    first, second = sorted((a, b))
    assert working_days_between(first, end) >= working_days_between(second, end)
    assert working_days_between(first, second) + working_days_between(second, end) == (working_days_between(first, end))
