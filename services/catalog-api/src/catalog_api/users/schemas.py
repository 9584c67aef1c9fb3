from __future__ import annotations

import re
import uuid

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gongkai_kit.auth import Role
from gongkai_kit.divisions import CODE_PATTERN

USERNAME_PATTERN = r"^[A-Za-z][A-Za-z0-9_.-]{2,63}$"
TENANT_ROLES = frozenset({Role.TENANT_ADMIN, Role.EDITOR, Role.REVIEWER, Role.HANDLER})
PLATFORM_ROLES = frozenset({Role.PLATFORM_ADMIN, Role.SUPERVISOR})


def check_password(value: str) -> str:
    if not (re.search(r"[A-Za-z]", value) and re.search(r"\d", value)):
        raise ValueError("密码至少8位，且须同时包含字母和数字")
    return value


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    tenant_id: str | None
    username: str
    display_name: str
    roles: list[Role]
    org_unit_id: uuid.UUID | None
    division_code: str | None
    active: bool
    version: int


class _UserBase(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    display_name: str = Field(min_length=1, max_length=64, description="姓名")


class TenantUserCreate(_UserBase):
    username: str = Field(pattern=USERNAME_PATTERN, description="登录名：字母开头，3-64位字母、数字、_.-")
    password: str = Field(min_length=8, max_length=128)
    roles: list[Role] = Field(min_length=1)
    org_unit_id: uuid.UUID | None = None

    _password = field_validator("password")(check_password)


class TenantUserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    display_name: str | None = Field(default=None, min_length=1, max_length=64)
    roles: list[Role] | None = Field(default=None, min_length=1)
    org_unit_id: uuid.UUID | None = None
    active: bool | None = None
    password: str | None = Field(default=None, min_length=8, max_length=128)
    version: int = Field(ge=1, description="乐观锁版本号")

    @field_validator("password")
    @classmethod
    def _password(cls, value: str | None) -> str | None:
        return None if value is None else check_password(value)


class PlatformUserCreate(_UserBase):
    """A province operator or a supervisor of a division (no tenant)."""

    username: str = Field(pattern=USERNAME_PATTERN)
    password: str = Field(min_length=8, max_length=128)
    roles: list[Role] = Field(min_length=1)
    division_code: str | None = Field(default=None, pattern=CODE_PATTERN, description="监督员所监督的区划")

    _password = field_validator("password")(check_password)


class PlatformUserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    display_name: str | None = Field(default=None, min_length=1, max_length=64)
    active: bool | None = None
    password: str | None = Field(default=None, min_length=8, max_length=128)
    version: int = Field(ge=1)

    @field_validator("password")
    @classmethod
    def _password(cls, value: str | None) -> str | None:
        return None if value is None else check_password(value)
