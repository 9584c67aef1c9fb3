"""``python -m interaction_api migrate``: apply this service's migrations."""

from __future__ import annotations

import argparse
import asyncio

from gongkai_kit.db import Database
from gongkai_kit.migrations import upgrade
from interaction_api.config import MIGRATIONS_DIR, InteractionSettings


async def _migrate(settings: InteractionSettings) -> None:
    database = Database(settings.database_url)
    try:
        await upgrade(database.engine, MIGRATIONS_DIR)
    finally:
        await database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m interaction_api")
    parser.add_argument("command", choices=["migrate"])
    parser.parse_args()
    asyncio.run(_migrate(InteractionSettings()))


if __name__ == "__main__":
    main()
