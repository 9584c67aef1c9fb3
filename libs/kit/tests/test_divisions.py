from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongkai_kit.divisions import DivisionLevel, InvalidDivisionCode, is_within, level_of, parent_code


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [
        ("520000000000", DivisionLevel.PROVINCE, None),
        ("520300000000", DivisionLevel.CITY, "520000000000"),
        ("520327000000", DivisionLevel.COUNTY, "520300000000"),
        ("520327101000", DivisionLevel.TOWNSHIP, "520327000000"),
        ("520327101201", DivisionLevel.VILLAGE, "520327101000"),
        # 省直辖县级行政区划 (city segment 90) hang directly under the province.
        ("429004000000", DivisionLevel.COUNTY, "420000000000"),
    ],
)
def test_level_and_parent_follow_from_the_code(code: str, level: DivisionLevel, parent: str | None) -> None:
    assert level_of(code) is level
    assert parent_code(code) == parent


@pytest.mark.parametrize("code", ["52032700000", "52032700000x", "000000000000", "", "5203270000001"])
def test_malformed_codes_are_rejected(code: str) -> None:
    with pytest.raises(InvalidDivisionCode):
        level_of(code)


def test_containment_uses_the_significant_prefix() -> None:
    assert is_within("520327001000", "520300000000")
    assert is_within("520300000000", "520300000000")
    assert not is_within("520102000000", "520300000000")
    assert not is_within("520100000000", "520102000000")


codes = st.from_regex(r"[1-6][1-9]\d{10}", fullmatch=True)


@given(codes)
def test_every_code_lies_within_each_of_its_ancestors(code: str) -> None:
    ancestor = parent_code(code)
    while ancestor is not None:
        assert is_within(code, ancestor)
        ancestor = parent_code(ancestor)
