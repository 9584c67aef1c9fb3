from __future__ import annotations

from pydantic import BaseModel


class Publisher(BaseModel):
    """An org unit that publishes information for its tenant (信息发布单位)."""

    org_unit_id: str
    name: str
    kind: str
