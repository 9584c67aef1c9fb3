from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

OrgUnitKind = Literal["department", "office", "township", "other"]
CREDIT_CODE_PATTERN = r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$"


class OrgUnitOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    tenant_id: str
    name: str
    kind: OrgUnitKind
    credit_code: str | None
    sort_order: int
    active: bool
    version: int


class OrgUnitCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100, description="部门/单位名称")
    kind: OrgUnitKind = "department"
    credit_code: str | None = Field(default=None, pattern=CREDIT_CODE_PATTERN, description="统一社会信用代码")
    sort_order: int = Field(default=0, ge=0, le=100000)


class OrgUnitUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=1, max_length=100)
    kind: OrgUnitKind | None = None
    credit_code: str | None = Field(default=None, pattern=CREDIT_CODE_PATTERN)
    sort_order: int | None = Field(default=None, ge=0, le=100000)
    active: bool | None = None
    version: int = Field(ge=1, description="乐观锁版本号")
