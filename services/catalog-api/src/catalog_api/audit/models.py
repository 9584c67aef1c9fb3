from __future__ import annotations

from sqlalchemy import Index

from catalog_api.models import Base
from gongkai_kit.audit import AuditEntryMixin


class AuditEntry(AuditEntryMixin, Base):
    """留痕: one change of the registry (divisions, tenants, org units, users, API clients, webhooks).

    Platform-wide changes are filed under tenant ``000000000000``.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_tenant_at", "tenant_id", "at"),)
