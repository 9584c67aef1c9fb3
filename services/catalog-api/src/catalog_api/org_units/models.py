from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKeyConstraint, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.models import Base
from gongkai_kit.db import TenantScoped, Timestamped, new_id


class OrgUnit(TenantScoped, Timestamped, Base):
    """部门/单位: a department or office inside a tenant that publishes and handles its share."""

    __tablename__ = "org_units"
    __audited__ = True
    __table_args__ = (
        UniqueConstraint("tenant_id", "name"),
        ForeignKeyConstraint(["tenant_id"], ["tenants.id"], ondelete="RESTRICT"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="department")
    credit_code: Mapped[str | None] = mapped_column(String(18))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
