"""The 12-digit statistical division code (统计用区划代码): levels, parents and containment.

Layout: PP CC DD TTT VVV — province (2), city (2), county (2), township (3), village (3).
A code's level is the last non-zero segment; a division contains another when the other's
code starts with its significant prefix. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from enum import StrEnum

CODE_PATTERN = r"^\d{12}$"
_CODE_RE = re.compile(CODE_PATTERN)


class DivisionLevel(StrEnum):
    PROVINCE = "province"  # 省、自治区、直辖市
    CITY = "city"  # 市、州、盟
    COUNTY = "county"  # 县、区、县级市、特区
    TOWNSHIP = "township"  # 乡、镇、街道
    VILLAGE = "village"  # 村、社区（居委会）


LEVEL_LABELS: dict[DivisionLevel, str] = {
    DivisionLevel.PROVINCE: "省级",
    DivisionLevel.CITY: "市级",
    DivisionLevel.COUNTY: "县级",
    DivisionLevel.TOWNSHIP: "乡级",
    DivisionLevel.VILLAGE: "村级",
}

# Significant prefix length of each level.
_PREFIX = {
    DivisionLevel.PROVINCE: 2,
    DivisionLevel.CITY: 4,
    DivisionLevel.COUNTY: 6,
    DivisionLevel.TOWNSHIP: 9,
    DivisionLevel.VILLAGE: 12,
}
_ORDER = list(_PREFIX)


class InvalidDivisionCode(ValueError):
    pass


def is_valid_code(code: str) -> bool:
    return bool(_CODE_RE.match(code)) and code[:2] != "00"


def level_of(code: str) -> DivisionLevel:
    if not is_valid_code(code):
        raise InvalidDivisionCode(f"区划代码应为12位数字：{code!r}")
    if code[9:] != "000":
        return DivisionLevel.VILLAGE
    if code[6:9] != "000":
        return DivisionLevel.TOWNSHIP
    if code[4:6] != "00":
        return DivisionLevel.COUNTY
    if code[2:4] != "00":
        return DivisionLevel.CITY
    return DivisionLevel.PROVINCE


def significant_prefix(code: str) -> str:
    return code[: _PREFIX[level_of(code)]]


def parent_code(code: str) -> str | None:
    """The code of the enclosing division, or None for a province.

    Direct-administered counties (省直辖县, city segment 90) have the province as parent.
    """
    level = level_of(code)
    if level is DivisionLevel.PROVINCE:
        return None
    parent_level = _ORDER[_ORDER.index(level) - 1]
    length = _PREFIX[parent_level]
    parent = code[:length].ljust(12, "0")
    if parent_level is DivisionLevel.CITY and code[2:4] == "90":
        return code[:2].ljust(12, "0")
    return parent


def is_within(code: str, ancestor: str) -> bool:
    """True when ``code`` is ``ancestor`` or lies below it."""
    return code.startswith(significant_prefix(ancestor))
