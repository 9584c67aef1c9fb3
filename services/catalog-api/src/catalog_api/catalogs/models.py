from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.catalogs.element_columns import ElementColumns
from catalog_api.models import Base
from gongkai_kit.db import TenantScoped, Timestamped, UTCDateTime, new_id, utcnow


class CatalogVersion(TenantScoped, Timestamped, Base):
    """One version of a tenant's 政务公开事项标准目录: draft → published → superseded."""

    __tablename__ = "catalog_versions"
    __table_args__ = (
        UniqueConstraint("tenant_id", "number"),
        ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="RESTRICT"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    baseline_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("baselines.id", ondelete="RESTRICT"))
    based_on_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the version this draft was copied from
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_by: Mapped[str | None] = mapped_column(String(64))
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CatalogItem(TenantScoped, ElementColumns, Timestamped, Base):
    """公开事项: an item of one catalog version, with its provenance.

    ``item_key`` is the item's identity across versions (a copied item keeps it), which is what
    version diffs match on. ``standard_item_id`` / ``baseline_item_id`` record where it came
    from; custom items name their origin list (权责清单, 公共服务事项清单 …).
    """

    __tablename__ = "catalog_items"
    __table_args__ = (
        UniqueConstraint("tenant_id", "catalog_version_id", "item_key"),
        ForeignKeyConstraint(
            ["tenant_id", "catalog_version_id"],
            ["catalog_versions.tenant_id", "catalog_versions.id"],
            ondelete="CASCADE",
        ),
        Index("ix_catalog_items_version_domain_seq", "tenant_id", "catalog_version_id", "domain_code", "seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    catalog_version_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    item_key: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_id)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    time_limit_rule: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    time_limit_parsed: Mapped[bool] = mapped_column(Boolean, default=False)  # computes a due date
    time_limit_manual: Mapped[bool] = mapped_column(Boolean, default=False)  # confirmed for manual follow-up
    source: Mapped[str] = mapped_column(String(16), default="custom")  # baseline | standard | custom
    standard_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("standard_items.id", ondelete="RESTRICT"))
    baseline_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("baseline_items.id", ondelete="RESTRICT"))
    custom_origin: Mapped[str] = mapped_column(String(32), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ItemAssignment(TenantScoped, Base):
    """任务分解: an item of a catalog version assigned to a responsible org unit (department or township)."""

    __tablename__ = "catalog_item_assignments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "catalog_item_id"], ["catalog_items.tenant_id", "catalog_items.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["tenant_id", "org_unit_id"], ["org_units.tenant_id", "org_units.id"], ondelete="RESTRICT"
        ),
        Index("ix_catalog_item_assignments_org_unit", "tenant_id", "org_unit_id"),
    )

    catalog_item_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    org_unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CatalogChange(TenantScoped, Base):
    """动态管理: who changed what in a catalog, when and why (append-only)."""

    __tablename__ = "catalog_changes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "catalog_version_id"],
            ["catalog_versions.tenant_id", "catalog_versions.id"],
            ondelete="CASCADE",
        ),
        Index("ix_catalog_changes_version_at", "tenant_id", "catalog_version_id", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    catalog_version_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    item_key: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    actor_id: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
