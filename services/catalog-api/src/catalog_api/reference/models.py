"""Reference data shared by every tenant: pilot domains, national standard guidelines and
their items, provincial baselines and their items (all reference tables)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.catalogs.element_columns import ElementColumns
from catalog_api.models import Base
from gongkai_kit.db import Timestamped, new_id


class Domain(Timestamped, Base):
    """试点领域: one of the 26 pilot domains (国土空间规划 … 市政服务) or one added later."""

    __tablename__ = "domains"
    __reference_table__ = True

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    national_name: Mapped[str | None] = mapped_column(String(50), comment="国家标准指引中的领域名称（不同时）")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Standard(Timestamped, Base):
    """国家标准指引: the national standard guideline of one domain, in one revision."""

    __tablename__ = "standards"
    __reference_table__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    domain_code: Mapped[str] = mapped_column(ForeignKey("domains.code", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    issuer: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[str] = mapped_column(String(32))
    issued_on: Mapped[date | None] = mapped_column(Date)
    # A later revision points at the one it replaces, so tenants can be offered the differences.
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("standards.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16), default="current")  # current | superseded


class StandardItem(ElementColumns, Timestamped, Base):
    """An item of a national standard guideline, with all nine elements."""

    __tablename__ = "standard_items"
    __reference_table__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    standard_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("standards.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    # The same item in the revision this one's standard supersedes (for item-by-item diffs).
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("standard_items.id", ondelete="SET NULL"))
    source_url: Mapped[str] = mapped_column(String(500), default="")


class Baseline(Timestamped, Base):
    """省级基准目录: the provincial list a county (县级) or township (乡级) catalog starts from."""

    __tablename__ = "baselines"
    __reference_table__ = True
    __table_args__ = (UniqueConstraint("level", "revision"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    level: Mapped[str] = mapped_column(String(16))  # county | township (streets use the township list)
    title: Mapped[str] = mapped_column(String(200))
    revision: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="current")  # current | superseded


class BaselineItem(ElementColumns, Timestamped, Base):
    """An item of a baseline, selected and adapted from a standard item (its provenance)."""

    __tablename__ = "baseline_items"
    __reference_table__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    baseline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("baselines.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    standard_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("standard_items.id", ondelete="RESTRICT"), index=True
    )
