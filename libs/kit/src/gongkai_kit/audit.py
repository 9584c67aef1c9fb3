"""Append-only audit log (留痕): who changed what, when, with the values before and after.

A service declares its audit table with ``AuditEntryMixin`` and calls ``install_audit`` once;
from then on every insert, update and delete of a mapped class marked ``__audited__ = True`` is
recorded in the same flush, so a rolled-back change leaves no entry and a committed one always
has its entry. The actor is the principal of the request (``actor_var``, set by the auth
dependency); changes made outside a request (migrations, seeding) are recorded as "system".
"""

from __future__ import annotations

import uuid
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, String, Uuid, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from gongkai_kit.db import TenantScoped, UTCDateTime, new_id, utcnow

# (subject, username) of the caller; set by gongkai_kit.auth.current_principal.
actor_var: ContextVar[tuple[str, str] | None] = ContextVar("audit_actor", default=None)
PLATFORM_TENANT = "000000000000"  # entries about platform-wide data (divisions, tenants, platform users)
SKIPPED = frozenset({"password_hash", "secret_hash", "secret", "updated_at", "created_at"})


class AuditEntryMixin(TenantScoped):
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(16))  # create | update | delete
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(100))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _values(obj: Any, *, committed: bool) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED:
            continue
        history = state.attrs[attr.key].history
        if committed:
            value = history.deleted[0] if history.deleted else (history.unchanged or history.added or [None])[0]
        else:
            value = getattr(obj, attr.key)
        out[attr.key] = _plain(value)
    return out


def _identity(obj: Any) -> str:
    state = inspect(obj)
    key = state.identity or tuple(getattr(obj, column.key) for column in state.mapper.primary_key)
    return "/".join(str(_plain(part)) for part in key)


_installed: set[type[AuditEntryMixin]] = set()


def install_audit(entry_class: type[AuditEntryMixin]) -> None:
    """Record changes of every ``__audited__`` class in ``entry_class`` rows (idempotent per class)."""
    if entry_class in _installed:
        return
    _installed.add(entry_class)

    make_entry: Any = entry_class  # a declarative subclass: its constructor takes the columns

    # after_flush: primary keys are assigned, and new/dirty/deleted and attribute history still
    # show what the flush wrote; the entries added here go out with the next flush (commit
    # flushes until the session is clean), in the same transaction.
    @event.listens_for(Session, "after_flush")
    def _record(session: Session, _context: Any) -> None:
        actor = actor_var.get() or ("system", "system")
        entries = []
        for action, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
            for obj in list(objects):
                if not getattr(type(obj), "__audited__", False) or isinstance(obj, entry_class):
                    continue
                if action == "update" and not session.is_modified(obj, include_collections=False):
                    continue
                before = None if action == "create" else _values(obj, committed=True)
                after = None if action == "delete" else _values(obj, committed=False)
                if action == "update" and before is not None and after is not None:
                    changed = {k for k in after if before.get(k) != after.get(k)}
                    if not changed:
                        continue
                    before = {k: before[k] for k in changed}
                    after = {k: after[k] for k in changed}
                tenant = getattr(obj, "tenant_id", None) or PLATFORM_TENANT
                entries.append(
                    make_entry(
                        tenant_id=tenant,
                        actor_id=actor[0],
                        actor_name=actor[1],
                        action=action,
                        entity=type(obj).__tablename__,
                        entity_id=_identity(obj),
                        before=before,
                        after=after,
                    )
                )
        session.add_all(entries)
