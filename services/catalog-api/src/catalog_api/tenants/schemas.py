from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gongkai_kit.divisions import CODE_PATTERN

TenantLevel = Literal["county", "township"]


class TenantOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str = Field(description="租户编号，即其12位区划代码")
    name: str
    division_code: str
    level: TenantLevel
    parent_tenant_id: str | None
    active: bool
    version: int


class PublicTenant(BaseModel):
    """What the public portal shows of a tenant."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    level: TenantLevel
    parent_tenant_id: str | None


class TenantCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    division_code: str = Field(pattern=CODE_PATTERN, description="开通的县级或乡级区划代码")
    name: str | None = Field(default=None, min_length=1, max_length=100, description="默认取区划名称")


class TenantUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=1, max_length=100)
    active: bool | None = None
    version: int = Field(ge=1, description="乐观锁版本号")


class PublicOrgUnit(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    name: str
    kind: str


class PublicTenantDetail(PublicTenant):
    """A tenant's public profile: its departments are public by law (条例 art. 20(2))."""

    org_units: list[PublicOrgUnit]
