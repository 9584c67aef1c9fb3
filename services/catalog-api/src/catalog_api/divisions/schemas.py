from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from gongkai_kit.divisions import CODE_PATTERN, DivisionLevel


class DivisionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    level: DivisionLevel
    parent_code: str | None


class DivisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = Field(pattern=CODE_PATTERN, description="12位统计用区划代码")
    name: str = Field(min_length=1, max_length=100)


class DivisionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100)
