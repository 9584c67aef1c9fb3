from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from catalog_api.catalogs.elements import Audience, LegalBasis, Level, Mode

VersionStatus = Literal["draft", "published", "superseded"]
ItemSource = Literal["baseline", "standard", "custom"]


class VersionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    tenant_id: str
    number: int
    status: VersionStatus
    baseline_id: uuid.UUID | None
    based_on_id: uuid.UUID | None
    note: str
    created_by: str
    created_at: datetime
    published_at: datetime | None
    published_by: str | None
    item_count: int = 0
    version: int


class VersionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    source: Literal["auto", "baseline", "published"] = Field(
        default="auto", description="auto：已有发布版本则复制发布版本，否则取本级基准目录"
    )
    note: str = Field(default="", max_length=500)


class ItemOut(BaseModel):
    id: uuid.UUID
    item_key: uuid.UUID
    catalog_version_id: uuid.UUID
    seq: int
    domain_code: str
    domain: str
    level1: str
    level2: str
    content: str
    basis: list[LegalBasis]
    basis_text: str
    time_limit: str
    time_limit_rule: dict[str, Any]
    time_limit_description: str
    time_limit_understood: bool = Field(description="公开时限已解析为可计算期限的规则")
    time_limit_manual: bool
    needs_review: bool = Field(description="公开时限无法自动计算且未标记人工跟踪")
    subject: str
    channels: list[str]
    audience: Audience
    audience_note: str
    mode: Mode
    levels: list[Level]
    source: ItemSource
    standard_item_id: uuid.UUID | None
    baseline_item_id: uuid.UUID | None
    custom_origin: str
    org_unit_ids: list[uuid.UUID]
    version: int


class _ElementsIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ItemCreate(_ElementsIn):
    domain_code: str = Field(min_length=1, max_length=8)
    level1: str = Field(min_length=1, max_length=200)
    level2: str = Field(default="", max_length=200)
    content: str = Field(min_length=1, max_length=4000)
    basis_text: str = Field(default="", max_length=4000)
    basis: list[LegalBasis] | None = Field(default=None, description="不填则从公开依据原文解析")
    time_limit: str = Field(min_length=1, max_length=500)
    time_limit_manual: bool = False
    subject: str = Field(default="", max_length=500)
    channels: list[str] = Field(default_factory=list)
    audience: Audience = Audience.PUBLIC
    audience_note: str = Field(default="", max_length=200)
    mode: Mode = Mode.PROACTIVE
    levels: list[Level] = Field(default_factory=list)
    custom_origin: str = Field(default="权责清单", max_length=32, description="来源清单，如 权责清单、公共服务事项清单")


class ItemUpdate(_ElementsIn):
    domain_code: str | None = Field(default=None, min_length=1, max_length=8)
    level1: str | None = Field(default=None, min_length=1, max_length=200)
    level2: str | None = Field(default=None, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=4000)
    basis_text: str | None = Field(default=None, max_length=4000)
    basis: list[LegalBasis] | None = None
    time_limit: str | None = Field(default=None, min_length=1, max_length=500)
    time_limit_manual: bool | None = None
    subject: str | None = Field(default=None, max_length=500)
    channels: list[str] | None = None
    audience: Audience | None = None
    audience_note: str | None = Field(default=None, max_length=200)
    mode: Mode | None = None
    levels: list[Level] | None = None
    seq: int | None = Field(default=None, ge=0, le=1_000_000)
    version: int = Field(ge=1, description="乐观锁版本号")


class ItemRemove(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reason: str = Field(min_length=2, max_length=500, description="移除原因")


class AssignmentsSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    org_unit_ids: list[uuid.UUID] = Field(max_length=200)


class BulkAssign(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item_ids: list[uuid.UUID] = Field(min_length=1, max_length=5000)
    org_unit_ids: list[uuid.UUID] = Field(min_length=1, max_length=200)
    mode: Literal["add", "replace", "remove"] = "add"


class MatrixUnit(BaseModel):
    id: uuid.UUID
    name: str
    kind: str


class MatrixRow(BaseModel):
    item_id: uuid.UUID
    seq: int
    domain: str
    label: str
    org_unit_ids: list[uuid.UUID]


class Matrix(BaseModel):
    units: list[MatrixUnit]
    rows: list[MatrixRow]


class FieldChangeOut(BaseModel):
    field: str
    label: str
    before: Any
    after: Any


class ItemDiffOut(BaseModel):
    item_key: uuid.UUID
    status: Literal["added", "removed", "changed"]
    label: str
    changes: list[FieldChangeOut]


class VersionDiff(BaseModel):
    from_version: VersionOut
    to_version: VersionOut
    items: list[ItemDiffOut]


class ChangeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    item_key: uuid.UUID | None
    action: str
    summary: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    actor_id: str
    actor_name: str
    at: datetime


class ImportSummary(BaseModel):
    added: int
    updated: int
    removed: int
    unchanged: int


class StandardUpdateOut(BaseModel):
    """A newer revision of the standard item a catalog item came from, and what it changes."""

    item_id: uuid.UUID
    item_key: uuid.UUID
    label: str
    standard_item_id: uuid.UUID
    standard_id: uuid.UUID
    changes: list[FieldChangeOut]


class StandardUpdateApply(BaseModel):
    model_config = ConfigDict(extra="forbid")

    standard_item_id: uuid.UUID
    fields: list[str] | None = Field(default=None, description="只采用这些字段的修订；不填则全部采用")
