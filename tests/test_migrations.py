"""Every service's migrations run from an empty database, match the models exactly, and go back down.

Runs on SQLite or PostgreSQL, whichever ``GONGKAI_TEST_DB`` selects (CI runs both).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, inspect

from catalog_api.config import MIGRATIONS_DIR as CATALOG
from catalog_api.models import Base as CatalogBase
from catalog_api.models import load_all_models as load_catalog
from gongkai_kit.db import create_engine
from gongkai_kit.migrations import alembic_config, compare_with_models, upgrade
from gongkai_kit.testing import fresh_database
from interaction_api.config import MIGRATIONS_DIR as INTERACTION
from interaction_api.models import Base as InteractionBase
from publishing_api.config import MIGRATIONS_DIR as PUBLISHING
from publishing_api.models import Base as PublishingBase

load_catalog()
SERVICES = [
    ("catalog", CATALOG, CatalogBase.metadata),
    ("publishing", PUBLISHING, PublishingBase.metadata),
    ("interaction", INTERACTION, InteractionBase.metadata),
]


@pytest.mark.parametrize(("name", "migrations", "metadata"), SERVICES, ids=[s[0] for s in SERVICES])
async def test_migrations_from_empty_leave_no_difference_from_the_models(
    name: str, migrations: Path, metadata: MetaData
) -> None:
    engine = create_engine(await fresh_database(f"migrations_{name}"))
    try:
        await upgrade(engine, migrations)
        async with engine.connect() as conn:
            diff = await conn.run_sync(compare_with_models, metadata)
            tables = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        assert diff == [], f"autogenerate would write: {diff}"
        assert set(metadata.tables) <= tables

        def downgrade(connection) -> None:  # type: ignore[no-untyped-def]
            cfg = alembic_config(migrations)
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "base")

        async with engine.begin() as conn:
            await conn.run_sync(downgrade)
            left = set(await conn.run_sync(lambda c: inspect(c).get_table_names())) - {"alembic_version"}
        assert left == set()
    finally:
        await engine.dispose()
