from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.models import Base
from gongkai_kit.db import Timestamped, UTCDateTime, new_id


class User(Timestamped, Base):
    """A staff account. The login directory is province-wide (usernames are unique across
    tenants, and platform admins and supervisors belong to no tenant), so this is a reference
    table rather than a tenant-scoped one; tenant users carry their ``tenant_id``.

    A reference table may not hold a foreign key into a tenant-distributed table, so the user's
    org unit is checked by the user service (and an org unit with users cannot be deleted).
    """

    __tablename__ = "users"
    __table_args__ = (Index("ix_users_tenant_id_org_unit_id", "tenant_id", "org_unit_id"),)
    __reference_table__ = True
    __audited__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id", ondelete="RESTRICT"))
    org_unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # The division a supervisor oversees (for tenant users: their tenant's code).
    division_code: Mapped[str | None] = mapped_column(ForeignKey("divisions.code", ondelete="RESTRICT"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
