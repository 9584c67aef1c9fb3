"""``python -m catalog_api migrate|seed``: operations for the distributed deployment."""

from __future__ import annotations

import argparse
import asyncio

from catalog_api.auth.passwords import Passwords
from catalog_api.config import MIGRATIONS_DIR, CatalogSettings
from catalog_api.demo.seed import demo_credentials_text, seed_demo
from catalog_api.models import load_all_models
from catalog_api.reference.seed import load_reference_data
from gongkai_kit.db import Database
from gongkai_kit.migrations import upgrade


async def _migrate(settings: CatalogSettings) -> None:
    database = Database(settings.database_url)
    try:
        await upgrade(database.engine, MIGRATIONS_DIR)
    finally:
        await database.dispose()


async def _seed(settings: CatalogSettings) -> None:
    load_all_models()
    database = Database(settings.database_url)
    passwords = Passwords(time_cost=settings.password_time_cost, memory_kib=settings.password_memory_kib)
    try:
        async with database.sessionmaker() as session, session.begin():
            await load_reference_data(session)
            loaded = await seed_demo(session, passwords)
    finally:
        await database.dispose()
    print(demo_credentials_text() if loaded else "registry already has tenants: demo not loaded")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m catalog_api")
    parser.add_argument("command", choices=["migrate", "seed"])
    args = parser.parse_args()
    settings = CatalogSettings()
    asyncio.run(_migrate(settings) if args.command == "migrate" else _seed(settings))


if __name__ == "__main__":
    main()
