"""The declarative base of interaction-api; concept modules add their tables to it."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from gongkai_kit.db import new_metadata


class Base(DeclarativeBase):
    metadata = new_metadata()


def load_all_models() -> None:
    """Import every module defining tables (none yet: applications arrive with their issue)."""
