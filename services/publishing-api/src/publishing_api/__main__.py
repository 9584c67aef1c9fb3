"""``python -m publishing_api migrate``: apply this service's migrations."""

from __future__ import annotations

import argparse
import asyncio

from gongkai_kit.db import Database
from gongkai_kit.migrations import upgrade
from publishing_api.config import MIGRATIONS_DIR, PublishingSettings


async def _migrate(settings: PublishingSettings) -> None:
    database = Database(settings.database_url)
    try:
        await upgrade(database.engine, MIGRATIONS_DIR)
    finally:
        await database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m publishing_api")
    parser.add_argument("command", choices=["migrate"])
    parser.parse_args()
    asyncio.run(_migrate(PublishingSettings()))


if __name__ == "__main__":
    main()
