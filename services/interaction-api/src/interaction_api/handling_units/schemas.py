from __future__ import annotations

from pydantic import BaseModel


class HandlingUnit(BaseModel):
    """An org unit that applications and questions can be routed to (承办单位)."""

    org_unit_id: str
    name: str
