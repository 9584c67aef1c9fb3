"""publishing-api settings (environment variables prefixed ``PUBLISHING_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from gongkai_kit.settings import ServiceSettings

SERVICE_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = SERVICE_ROOT / "migrations"


class PublishingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PUBLISHING_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/publishing.sqlite"
    # Seconds public portal pages may be cached by browsers and the CDN.
    portal_cache_seconds: int = 60
