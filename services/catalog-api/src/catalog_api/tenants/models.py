from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.models import Base
from gongkai_kit.db import Timestamped


class Tenant(Timestamped, Base):
    """A county or township government using Gongkai (租户). Its id is its division code.

    The tenants table is the distribution key's own table: every tenant-scoped table refers
    to it through ``tenant_id``.
    """

    __tablename__ = "tenants"
    __reference_table__ = True
    __audited__ = True

    id: Mapped[str] = mapped_column(String(12), ForeignKey("divisions.code", ondelete="RESTRICT"), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    level: Mapped[str] = mapped_column(String(16))
    parent_tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id", ondelete="RESTRICT"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
