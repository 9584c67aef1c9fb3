"""The schema stays distributable by tenant (Citus): checked on the models of every service.

Every mapped table is either tenant-scoped (``TenantScoped``: ``tenant_id`` leads the primary
key and is part of every unique constraint and of every foreign key to another tenant-scoped
table) or a declared reference table (``__reference_table__``) that never points into
tenant-scoped data.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Table, UniqueConstraint

from catalog_api.models import Base as CatalogBase
from catalog_api.models import load_all_models as load_catalog
from gongkai_kit.db import TenantScoped
from interaction_api.models import Base as InteractionBase
from interaction_api.models import load_all_models as load_interaction
from publishing_api.models import Base as PublishingBase
from publishing_api.models import load_all_models as load_publishing

load_catalog()
load_publishing()
load_interaction()
BASES = {"catalog": CatalogBase, "publishing": PublishingBase, "interaction": InteractionBase}


def mapped_tables() -> list[tuple[str, type, Table]]:
    found = []
    for service, base in BASES.items():
        for mapper in base.registry.mappers:
            found.append((service, mapper.class_, mapper.local_table))
    return found


def tenant_scoped_tables() -> set[str]:
    return {table.name for _, cls, table in mapped_tables() if issubclass(cls, TenantScoped)}


@pytest.mark.parametrize(("service", "cls", "table"), mapped_tables(), ids=lambda v: getattr(v, "name", str(v)))
def test_every_table_is_tenant_scoped_or_a_declared_reference_table(service: str, cls: type, table: Table) -> None:
    scoped = issubclass(cls, TenantScoped)
    reference = bool(getattr(cls, "__reference_table__", False))
    assert scoped != reference, f"{service}.{table.name} must be exactly one of TenantScoped or __reference_table__"


@pytest.mark.parametrize(("service", "cls", "table"), mapped_tables(), ids=lambda v: getattr(v, "name", str(v)))
def test_tenant_id_is_in_every_key_of_a_tenant_scoped_table(service: str, cls: type, table: Table) -> None:
    scoped = tenant_scoped_tables()
    if table.name not in scoped:
        for fk in table.foreign_key_constraints:
            assert fk.referred_table.name not in scoped, (
                f"reference table {table.name} points into tenant-scoped {fk.referred_table.name}"
            )
        return
    assert next(iter(table.primary_key.columns.keys())) == "tenant_id", f"{table.name}: tenant_id must lead the PK"
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            assert "tenant_id" in constraint.columns, f"{table.name}: unique {constraint.name} lacks tenant_id"
    for index in table.indexes:
        if index.unique:
            assert "tenant_id" in [c.name for c in index.columns], f"{table.name}: unique index {index.name}"
    for fk in table.foreign_key_constraints:
        if fk.referred_table.name in scoped:
            local = [c.name for c in fk.columns]
            remote = [e.column.name for e in fk.elements]
            assert "tenant_id" in local, f"{table.name}: FK {fk.name} lacks tenant_id"
            assert "tenant_id" in remote, f"{table.name}: FK {fk.name} lacks tenant_id"


def test_the_rule_sees_the_tenant_scoped_tables() -> None:
    assert {"org_units", "api_clients"} <= tenant_scoped_tables()
