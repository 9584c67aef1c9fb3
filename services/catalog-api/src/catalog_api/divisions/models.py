from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from catalog_api.models import Base
from gongkai_kit.db import Timestamped


class Division(Timestamped, Base):
    """行政区划: a node of the division tree, keyed by its 12-digit statistical code (reference data)."""

    __tablename__ = "divisions"
    __reference_table__ = True
    __audited__ = True
    __table_args__ = (Index("ix_divisions_parent_code_name", "parent_code", "name"),)

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(16))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("divisions.code", ondelete="RESTRICT"))
