from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from catalog_api.catalogs.elements import Audience, LegalBasis, Level, Mode


class DomainOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    national_name: str | None
    sort_order: int
    active: bool


class DomainCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = Field(pattern=r"^[0-9A-Za-z]{2,8}$", description="领域编码")
    name: str = Field(min_length=1, max_length=50)
    national_name: str | None = Field(default=None, max_length=50)
    sort_order: int = Field(default=100, ge=0, le=10000)


class DomainUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=1, max_length=50)
    national_name: str | None = Field(default=None, max_length=50)
    sort_order: int | None = Field(default=None, ge=0, le=10000)
    active: bool | None = None


class StandardOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    domain_code: str
    title: str
    issuer: str
    revision: str
    issued_on: date | None
    supersedes_id: uuid.UUID | None
    status: str


class ElementsOut(BaseModel):
    """The nine elements as the API shows them."""

    model_config = ConfigDict(from_attributes=True)

    domain_code: str
    level1: str
    level2: str
    content: str
    basis: list[LegalBasis]
    basis_text: str
    time_limit: str
    subject: str
    channels: list[str]
    audience: Audience
    audience_note: str
    mode: Mode
    levels: list[Level]


class StandardItemOut(ElementsOut):
    id: uuid.UUID
    standard_id: uuid.UUID
    seq: int
    previous_id: uuid.UUID | None
    source_url: str


class BaselineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    level: str
    title: str
    revision: str
    status: str


class BaselineItemOut(ElementsOut):
    id: uuid.UUID
    baseline_id: uuid.UUID
    seq: int
    standard_item_id: uuid.UUID | None


class RevisionItem(BaseModel):
    """An item of a new revision; ``previous_id`` names the item of the old revision it revises."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    previous_id: uuid.UUID | None = None
    level1: str = Field(min_length=1, max_length=200)
    level2: str = Field(default="", max_length=200)
    content: str = Field(min_length=1, max_length=4000)
    basis_text: str = Field(default="", max_length=4000)
    time_limit: str = Field(min_length=1, max_length=500)
    subject: str = Field(default="", max_length=500)
    channels: list[str] = Field(default_factory=list)
    audience: Audience = Audience.PUBLIC
    audience_note: str = Field(default="", max_length=200)
    mode: Mode = Mode.PROACTIVE
    levels: list[Level] = Field(default_factory=list)


class RevisionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    revision: str = Field(min_length=1, max_length=32, description="修订版本，如 2024")
    title: str | None = Field(default=None, max_length=200)
    issuer: str | None = Field(default=None, max_length=200)
    issued_on: date | None = None
    items: list[RevisionItem] = Field(min_length=1, max_length=2000)


class BaselineItemWrite(BaseModel):
    """A baseline item as a platform admin selects and adapts it from a standard item."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    standard_item_id: uuid.UUID | None = Field(default=None, description="来源标准事项；自拟事项可不填")
    domain_code: str = Field(min_length=1, max_length=8)
    level1: str = Field(min_length=1, max_length=200)
    level2: str = Field(default="", max_length=200)
    content: str = Field(min_length=1, max_length=4000)
    basis_text: str = Field(default="", max_length=4000)
    time_limit: str = Field(min_length=1, max_length=500)
    subject: str = Field(default="", max_length=500)
    channels: list[str] = Field(default_factory=list)
    audience: Audience = Audience.PUBLIC
    audience_note: str = Field(default="", max_length=200)
    mode: Mode = Mode.PROACTIVE
    levels: list[Level] = Field(default_factory=list)
