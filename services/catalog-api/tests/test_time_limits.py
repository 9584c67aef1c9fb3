"""公开时限 parsing and due dates: every phrasing of the real catalogs, holidays, and properties."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from catalog_api.catalogs.time_limits import (
    PROMPT_WORKING_DAYS,
    Period,
    TimeLimitKind,
    TimeLimitRule,
    TimeUnit,
    describe,
    due_date,
    needs_manual_review,
    parse_time_limit,
)
from gongkai_kit.calendar import CalendarOverride, WorkingDayCalendar, default_calendar

CATALOG_ROWS = Path(__file__).resolve().parents[3].parent / "shared" / "domain" / "catalog_rows.json"


def _catalog_time_limits() -> list[str]:
    if not CATALOG_ROWS.is_file():
        pytest.fail(
            f"catalog rows not found at {CATALOG_ROWS}: the shared/ directory must sit beside the repository",
            pytrace=False,
        )
    rows = json.loads(CATALOG_ROWS.read_text(encoding="utf-8"))
    return sorted({row["time_limit"] for row in rows})


K = TimeLimitKind

# Every distinct 公开时限 of catalog_rows.json → (kind, describe()).
CATALOG_EXPECTED: dict[str, tuple[TimeLimitKind, str]] = {
    "信息形成或者变更之日起20个工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成或变更之日起20个工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成或者变更之日起20个工作日内公开": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成或者变更之日起20个工作日内予以公开": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "形成或者变更之日起20个工作日内予以公开": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "自信息形成或者变更之日起20个工作日内予以公开": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "自该信息形成或者变更之日起20个工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "自该政府信息形成或者变更之日起20个工作日内及时公开": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "公开事项信息形成或变更之日起20个工作日内公开": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成(变更)20个工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定": (
        K.WITHIN,
        "信息形成或变更之日起20个工作日内",
    ),
    "信息形成之日起20个工作日内": (K.WITHIN, "信息形成之日起20个工作日内"),
    "信息形成之后20个工作日内": (K.WITHIN, "信息形成之日起20个工作日内"),
    "制定或获取信息之日起10个工作日内": (K.WITHIN, "制定或获取之日起10个工作日内"),
    "制定或获取文件之日起10个工作日内": (K.WITHIN, "制定或获取之日起10个工作日内"),
    "制定或获取扶持政策措施之日起10个工作日内": (K.WITHIN, "制定或获取之日起10个工作日内"),
    "制定或获取指南之日起10个工作日内": (K.WITHIN, "制定或获取之日起10个工作日内"),
    "制定或获取信息之日起20个工作日内": (K.WITHIN, "制定或获取之日起20个工作日内"),
    "自制作或获取该信息之日起20个工作日内公开": (K.WITHIN, "制定或获取之日起20个工作日内"),
    "自收到申请之日起20个工作日内公开": (K.WITHIN, "收到申请之日起20个工作日内"),
    "分配结果确定后20个工作日内": (K.WITHIN, "分配结果确定后20个工作日内"),
    "本级人民代表大会或其常务委员会批准后20日内": (K.WITHIN, "批准后20日内"),
    "收到征地批准文件之日起10个工作日内公开": (K.WITHIN, "收到批准文件之日起10个工作日内"),
    "拟征收土地现状调查结束后5个工作日内，在村公示栏公开": (K.WITHIN, "调查结束后5个工作日内"),
    "在实地启动拟征收土地工作时，在村公示栏公开": (K.REALTIME, "实地启动拟征收土地工作时公开"),
    "实时公开": (K.REALTIME, "实时公开"),
    "及时公开": (K.PROMPT, "及时公开"),
    "重大决策作出后及时公开": (K.PROMPT, "决定作出后及时公开"),
    "半年至少更新1次": (K.PERIODIC, "每半年至少更新1次"),
    "除处罚决定外其他内容：长期公开(动态调整)；处罚决定：20个工作日内": (
        K.COMPOUND,
        "除处罚决定外其他内容：长期公开（动态调整）；处罚决定：20个工作日内",
    ),
    "信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示": (
        K.COMPOUND,
        "信息形成之日起20个工作日内；行政许可、行政处罚事项：决定作出之日起7个工作日内",
    ),
}

# Catalog phrasings that are genuinely not computable and stay for a person to read: none so far.
CATALOG_MANUAL: frozenset[str] = frozenset()

# Further phrasings seen in catalogs and guidance → (kind, describe()).
OTHER_EXPECTED: dict[str, tuple[TimeLimitKind, str]] = {
    "永久公开": (K.PERMANENT, "永久公开"),
    "长期公开": (K.PERMANENT, "长期公开"),
    "常年公开": (K.PERMANENT, "长期公开"),
    "长期公开，动态更新": (K.PERMANENT, "长期公开（动态更新）"),
    "动态更新": (K.PROMPT, "信息形成或变更后及时公开"),
    "随时公布": (K.PROMPT, "及时公开"),
    "涉及村民利益的重大事项随时公布": (K.PROMPT, "涉及村民利益的重大事项：及时公开"),
    "每年3月底前": (K.ANNUAL_DEADLINE, "每年3月底前"),
    "每年三月底前": (K.ANNUAL_DEADLINE, "每年3月底前"),
    "每年1月31日前": (K.ANNUAL_DEADLINE, "每年1月31日前"),
    "次年1月31日前": (K.ANNUAL_DEADLINE, "每年1月31日前"),
    "按季度": (K.PERIODIC, "按季度"),
    "每季度": (K.PERIODIC, "按季度"),
    "按月": (K.PERIODIC, "按月"),
    "每年": (K.PERIODIC, "按年"),
    "每季度首月20日前": (K.PERIODIC, "每季度首月20日前"),
    "每季度第二个月15日前": (K.PERIODIC, "每季度第2个月15日前"),
    "每月10日前": (K.PERIODIC, "每月10日前"),
    "每季度至少公开一次": (K.PERIODIC, "每季度至少更新1次"),
    "半年至少更新一次": (K.PERIODIC, "每半年至少更新1次"),
    "项目结束后10日内": (K.WITHIN, "项目结束后10日内"),
    "批准后20日内": (K.WITHIN, "批准后20日内"),
    "公示7个工作日": (K.PUBLICITY, "公示7个工作日"),
    "公示期不少于七天": (K.PUBLICITY, "公示7日"),
    "收到申请之日起20个工作日内": (K.WITHIN, "收到申请之日起20个工作日内"),
    "24小时内": (K.WITHIN, "24小时内"),
    "5日内": (K.WITHIN, "5日内"),
    "三个月内": (K.WITHIN, "3个月内"),
    "2周内": (K.WITHIN, "14日内"),
    "信息形成或者变更之日起二十个工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成或者变更之日起２０个工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "信息形成或者变更之日起 20 个\n工作日内": (K.WITHIN, "信息形成或变更之日起20个工作日内"),
    "（两个工作日内）": (K.WITHIN, "2个工作日内"),
    "十五个工作日以内": (K.WITHIN, "15个工作日内"),
    "作出行政处罚决定之日起七个工作日内": (K.WITHIN, "决定作出之日起7个工作日内"),
    "公示期满后5个工作日内": (K.WITHIN, "公示期满后5个工作日内"),
    "关联规范性文件公开3个工作日内": (K.WITHIN, "关联规范性文件公开后3个工作日内"),
    "审核后及时公示，公示7个工作日": (K.COMPOUND, "审核后及时公开；公示7个工作日"),
    "处罚决定：20个工作日内": (K.WITHIN, "处罚决定：20个工作日内"),
}

# Phrasings that stay MANUAL: no number, a reference elsewhere, or an impossible date.
STILL_MANUAL = (
    "",
    "   ",
    "适时公开",
    "届时公开",
    "按规定公开",
    "依法公开",
    "视情况公开",
    "在村公示栏公开",
    "每年2月30日前",
    "每月31日前",
    "3年内",
    "半个月内",
    "收到申请后当场答复",
    "每月10日前公布上月财务收支",
    "一般事项至少每季度公开一次",
    "信息形成之日起100000个工作日内",
    "公示0个工作日",
)


# --- every catalog phrasing ------------------------------------------------------------------


def test_every_catalog_time_limit_is_classified_here() -> None:
    assert set(_catalog_time_limits()) == set(CATALOG_EXPECTED), "a catalog phrasing is missing from the table"


@pytest.mark.parametrize(("text", "expected"), sorted(CATALOG_EXPECTED.items()))
def test_catalog_time_limits_parse(text: str, expected: tuple[TimeLimitKind, str]) -> None:
    rule = parse_time_limit(text)
    assert (rule.kind, describe(rule)) == expected
    assert rule.text == text


def test_only_the_listed_catalog_phrasings_need_manual_review() -> None:
    manual = {text for text in _catalog_time_limits() if needs_manual_review(parse_time_limit(text))}
    assert manual == CATALOG_MANUAL


@pytest.mark.parametrize("text", sorted(CATALOG_EXPECTED))
def test_the_description_of_a_catalog_rule_parses_back_to_the_same_rule(text: str) -> None:
    rule = parse_time_limit(text)
    again = parse_time_limit(describe(rule))
    assert _shape(again) == _shape(rule)


def _shape(rule: TimeLimitRule) -> object:
    return (
        rule.kind,
        rule.trigger,
        rule.amount,
        rule.unit,
        rule.month,
        rule.day,
        rule.period,
        rule.times,
        rule.scope,
        tuple(_shape(p) for p in rule.parts),
    )


@pytest.mark.parametrize(("text", "expected"), sorted(OTHER_EXPECTED.items()))
def test_other_phrasings_parse(text: str, expected: tuple[TimeLimitKind, str]) -> None:
    rule = parse_time_limit(text)
    assert (rule.kind, describe(rule)) == expected
    assert not needs_manual_review(rule)


@pytest.mark.parametrize("text", STILL_MANUAL)
def test_what_is_not_understood_stays_manual_with_its_text(text: str) -> None:
    rule = parse_time_limit(text)
    assert rule.kind is TimeLimitKind.MANUAL
    assert rule.text == text
    assert needs_manual_review(rule)
    assert describe(rule) == "需人工确认"
    assert due_date(rule, date(2024, 9, 25)) is None


# --- structure -------------------------------------------------------------------------------


def test_triggers_and_units_are_normalised() -> None:
    rule = parse_time_limit("自该政府信息形成或者变更之日起二十个工作日内及时公开")
    assert (rule.kind, rule.trigger, rule.amount, rule.unit) == (K.WITHIN, "信息形成或变更", 20, TimeUnit.WORKING_DAY)
    assert parse_time_limit("制定或获取扶持政策措施之日起10个工作日内").trigger == "制定或获取"
    assert parse_time_limit("自收到申请之日起20个工作日内公开").trigger == "收到申请"
    assert parse_time_limit("分配结果确定后20个工作日内").trigger == "分配结果确定"
    assert parse_time_limit("拟征收土地现状调查结束后5个工作日内").trigger == "调查结束"
    assert parse_time_limit("项目结束后10日内").unit is TimeUnit.DAY
    assert parse_time_limit("24小时内").unit is TimeUnit.HOUR
    assert parse_time_limit("5日内").trigger is None


def test_the_deferring_clause_goes_to_basis_note() -> None:
    rule = parse_time_limit("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定")
    assert rule.kind is K.WITHIN
    assert rule.basis_note == "法律、法规对政府信息公开的期限另有规定的,从其规定"


def test_channels_and_remarks_are_kept_as_notes() -> None:
    assert parse_time_limit("在实地启动拟征收土地工作时，在村公示栏公开").note == "在村公示栏公开"
    assert parse_time_limit("拟征收土地现状调查结束后5个工作日内，在村公示栏公开").note == "在村公示栏公开"


def test_compound_parts_keep_their_scope() -> None:
    rule = parse_time_limit("除处罚决定外其他内容：长期公开(动态调整)；处罚决定：20个工作日内")
    first, second = rule.parts
    assert (first.kind, first.scope, first.note) == (K.PERMANENT, "除处罚决定外其他内容", "动态调整")
    assert (second.kind, second.scope, second.amount) == (K.WITHIN, "处罚决定", 20)
    rule = parse_time_limit("信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示")
    first, second = rule.parts
    assert (first.trigger, first.amount, first.scope) == ("信息形成", 20, None)
    assert (second.trigger, second.amount, second.scope) == ("决定作出", 7, "行政许可、行政处罚事项")


def test_periodic_and_annual_fields() -> None:
    rule = parse_time_limit("每季度首月20日前")
    assert (rule.period, rule.month, rule.day) == (Period.QUARTER, 1, 20)
    rule = parse_time_limit("半年至少更新1次")
    assert (rule.period, rule.times, rule.day) == (Period.HALF_YEAR, 1, None)
    rule = parse_time_limit("每年3月底前")
    assert (rule.month, rule.day) == (3, None)
    rule = parse_time_limit("每年1月31日前")
    assert (rule.month, rule.day) == (1, 31)


def test_rules_are_frozen_and_survive_a_json_column() -> None:
    for text in [*CATALOG_EXPECTED, *OTHER_EXPECTED, *STILL_MANUAL]:
        rule = parse_time_limit(text)
        stored = json.loads(json.dumps(rule.model_dump(mode="json")))
        assert TimeLimitRule.model_validate(stored) == rule
    with pytest.raises(ValidationError):
        parse_time_limit("实时公开").kind = K.MANUAL  # type: ignore[misc]


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "within", "amount": 20},
        {"kind": "within", "unit": "working_day"},
        {"kind": "publicity", "amount": 0, "unit": "working_day"},
        {"kind": "annual_deadline"},
        {"kind": "annual_deadline", "month": 2, "day": 30},
        {"kind": "periodic"},
        {"kind": "periodic", "period": "week", "day": 1},
        {"kind": "periodic", "period": "quarter", "month": 4, "day": 1},
        {"kind": "periodic", "period": "quarter", "month": 1},
        {"kind": "compound", "parts": [{"kind": "realtime"}]},
        {"kind": "realtime", "parts": [{"kind": "realtime"}, {"kind": "realtime"}]},
        {"kind": "within", "amount": -1, "unit": "day"},
    ],
)
def test_inconsistent_rules_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        TimeLimitRule.model_validate(fields)


def test_kinds_have_chinese_labels() -> None:
    assert K.MANUAL.label == "需人工确认"
    assert all(kind.label for kind in K)


# --- due dates -------------------------------------------------------------------------------


def due(text: str, formed_on: date) -> date | None:
    return due_date(parse_time_limit(text), formed_on)


def test_working_days_skip_the_national_day_holiday() -> None:
    assert due("信息形成或者变更之日起20个工作日内", date(2024, 9, 25)) == date(2024, 10, 28)
    assert due("制定或获取信息之日起10个工作日内", date(2024, 9, 25)) == date(2024, 10, 14)
    assert due("信息形成或者变更之日起20个工作日内", date(2024, 9, 25)) == default_calendar().add_working_days(
        date(2024, 9, 25), 20
    )


def test_working_days_honour_adjusted_weekends() -> None:
    # Sunday 2024-09-29 was a working day (调休 for National Day).
    assert due("1个工作日内", date(2024, 9, 28)) == date(2024, 9, 29)


def test_calendar_days_end_on_the_next_working_day() -> None:
    assert due("批准后20日内", date(2024, 9, 10)) == date(2024, 9, 30)
    assert due("批准后20日内", date(2024, 9, 15)) == date(2024, 10, 8)  # 10-05 is a holiday
    assert due("项目结束后10日内", date(2024, 9, 25)) == date(2024, 10, 8)
    assert due("5日内", date(2024, 3, 1)) == date(2024, 3, 6)
    assert due("5日内", date(2024, 3, 4)) == date(2024, 3, 11)  # Saturday 03-09 → Monday


def test_months_end_on_the_corresponding_day_or_the_month_end() -> None:
    assert due("1个月内", date(2024, 1, 31)) == date(2024, 2, 29)
    assert due("3个月内", date(2023, 11, 30)) == date(2024, 2, 29)
    assert due("1个月内", date(2024, 8, 15)) == date(2024, 9, 18)  # 09-15..17 are Mid-autumn holidays


def test_hours_round_up_to_whole_days_without_holidays() -> None:
    assert due("24小时内", date(2024, 9, 30)) == date(2024, 10, 1)
    assert due("48小时内", date(2024, 9, 30)) == date(2024, 10, 2)
    assert due("5小时内", date(2024, 9, 30)) == date(2024, 10, 1)


def test_realtime_is_due_the_same_day_and_prompt_the_next_working_day() -> None:
    assert due("实时公开", date(2024, 10, 1)) == date(2024, 10, 1)
    assert due("在实地启动拟征收土地工作时，在村公示栏公开", date(2024, 5, 6)) == date(2024, 5, 6)
    assert PROMPT_WORKING_DAYS == 1
    assert due("及时公开", date(2024, 9, 30)) == date(2024, 10, 8)
    assert due("重大决策作出后及时公开", date(2024, 9, 26)) == date(2024, 9, 27)


def test_annual_deadlines_take_the_next_occurrence() -> None:
    assert due("每年1月31日前", date(2025, 1, 10)) == date(2025, 1, 31)
    assert due("每年1月31日前", date(2025, 1, 31)) == date(2025, 1, 31)
    assert due("每年1月31日前", date(2025, 2, 1)) == date(2026, 1, 31)
    assert due("每年3月底前", date(2024, 12, 31)) == date(2025, 3, 31)
    assert due("每年2月底前", date(2024, 1, 5)) == date(2024, 2, 29)


def test_anchored_periods_are_due_in_the_following_period() -> None:
    assert due("每季度首月20日前", date(2024, 2, 15)) == date(2024, 4, 20)
    assert due("每季度首月20日前", date(2024, 1, 1)) == date(2024, 4, 20)
    assert due("每季度首月20日前", date(2024, 12, 31)) == date(2025, 1, 20)
    assert due("每季度第二个月15日前", date(2024, 5, 2)) == date(2024, 8, 15)
    assert due("每月10日前", date(2024, 1, 31)) == date(2024, 2, 10)


@pytest.mark.parametrize(
    "text", ["长期公开", "永久公开", "按季度", "半年至少更新1次", "公示7个工作日", "适时公开", "每年"]
)
def test_durations_and_unanchored_periods_have_no_due_date(text: str) -> None:
    assert due(text, date(2024, 9, 25)) is None


def test_compound_rules_are_due_at_their_earliest_part() -> None:
    text = "信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示"
    assert due(text, date(2024, 9, 25)) == date(2024, 10, 10)
    assert due("除处罚决定外其他内容：长期公开(动态调整)；处罚决定：20个工作日内", date(2024, 9, 25)) == date(
        2024, 10, 28
    )
    assert due("审核后及时公示，公示7个工作日", date(2024, 9, 25)) == date(2024, 9, 26)
    only_durations = TimeLimitRule(
        kind=K.COMPOUND,
        parts=(TimeLimitRule(kind=K.PERMANENT), TimeLimitRule(kind=K.PUBLICITY, amount=7, unit=TimeUnit.DAY)),
    )
    assert due_date(only_durations, date(2024, 9, 25)) is None


def test_timestamps_are_refused() -> None:
    with pytest.raises(TypeError):
        due_date(parse_time_limit("实时公开"), datetime(2024, 9, 25, 10, 0))


def test_a_tenant_calendar_can_be_passed() -> None:
    extra_holiday = CalendarOverride(date(2024, 9, 26), "holiday", "测试假日")
    calendar = WorkingDayCalendar([extra_holiday])
    rule = parse_time_limit("1个工作日内")
    assert due_date(rule, date(2024, 9, 25)) == date(2024, 9, 26)
    assert due_date(rule, date(2024, 9, 25), calendar) == date(2024, 9, 27)


# --- properties ------------------------------------------------------------------------------

_DATES = st.dates(min_value=date(2004, 1, 1), max_value=date(2035, 12, 31))
_PHRASE_BITS = st.sampled_from(
    [
        "信息形成",
        "或者变更",
        "之日起",
        "后",
        "20",
        "二十",
        "个工作日",
        "日",
        "小时",
        "个月",
        "内",
        "公开",
        "及时",
        "实时",
        "长期",
        "每年",
        "每季度",
        "首月",
        "3月",
        "底",
        "前",
        "公示",
        "；",
        "，",
        "：",
        "(",
        ")",
        "其中",
        "处罚决定",
        "另有规定的，从其规定",
        "次",
        "至少",
        " ",
    ]
)


@given(st.text(max_size=200) | st.lists(_PHRASE_BITS, max_size=12).map("".join))
def test_parsing_never_raises_and_every_result_is_usable(text: str) -> None:
    rule = parse_time_limit(text)
    assert isinstance(describe(rule), str)
    assert TimeLimitRule.model_validate_json(rule.model_dump_json()) == rule
    if rule.kind is TimeLimitKind.MANUAL:
        assert rule.text == text
    result = due_date(rule, date(2024, 9, 25))
    assert result is None or result >= date(2024, 9, 25)


@given(
    amount=st.integers(min_value=0, max_value=60),
    unit=st.sampled_from(TimeUnit),
    first=_DATES,
    second=_DATES,
)
def test_within_due_dates_are_monotone_and_never_early(amount: int, unit: TimeUnit, first: date, second: date) -> None:
    rule = TimeLimitRule(kind=K.WITHIN, amount=amount, unit=unit)
    earlier, later = sorted((first, second))
    due_earlier, due_later = due_date(rule, earlier), due_date(rule, later)
    assert due_earlier is not None
    assert due_later is not None
    assert due_earlier <= due_later
    assert due_earlier >= earlier
    if amount > 0 and unit is not TimeUnit.HOUR:
        assert due_earlier > earlier


@given(amount=st.integers(min_value=1, max_value=60), formed_on=_DATES)
def test_working_day_deadlines_land_on_working_days(amount: int, formed_on: date) -> None:
    rule = TimeLimitRule(kind=K.WITHIN, amount=amount, unit=TimeUnit.WORKING_DAY)
    result = due_date(rule, formed_on)
    assert result is not None
    calendar = default_calendar()
    assert calendar.is_working_day(result)
    assert calendar.working_days_between(formed_on, result) == amount


def _chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    if tens == 0:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@given(st.integers(min_value=1, max_value=99))
def test_chinese_and_full_width_numbers_read_like_arabic_ones(n: int) -> None:
    arabic = parse_time_limit(f"信息形成或者变更之日起{n}个工作日内")
    chinese = parse_time_limit(f"信息形成或者变更之日起{_chinese(n)}个工作日内")
    full_width = parse_time_limit(
        f"信息形成或者变更之日起{str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))}个工作日内"
    )
    assert arabic.amount == chinese.amount == full_width.amount == n
    assert describe(arabic) == describe(chinese) == describe(full_width)


@given(formed_on=_DATES, month=st.integers(1, 12), day=st.integers(1, 28))
def test_annual_deadlines_are_within_a_year(formed_on: date, month: int, day: int) -> None:
    rule = TimeLimitRule(kind=K.ANNUAL_DEADLINE, month=month, day=day)
    result = due_date(rule, formed_on)
    assert result is not None
    assert formed_on <= result < formed_on + timedelta(days=366)
    assert (result.month, result.day) == (month, day)
