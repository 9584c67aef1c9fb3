"""interaction-api settings (environment variables prefixed ``INTERACTION_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from gongkai_kit.settings import ServiceSettings

SERVICE_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = SERVICE_ROOT / "migrations"


class InteractionSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INTERACTION_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/interaction.sqlite"
