"""catalog-api settings (environment variables prefixed ``CATALOG_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import SettingsConfigDict

from gongkai_kit.settings import ServiceSettings

SERVICE_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = SERVICE_ROOT / "migrations"


class CatalogSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/catalog.sqlite"

    # ES256 private key (PEM). In development a key is generated there when missing;
    # production refuses to start without one.
    jwt_private_key_file: Path = Path("./var/jwt-private.pem")
    access_token_minutes: int = Field(default=15, ge=1, le=120)
    refresh_token_days: int = Field(default=7, ge=1, le=90)

    # Account lockout after repeated wrong passwords.
    lockout_threshold: int = Field(default=5, ge=1, le=100)
    lockout_minutes: int = Field(default=15, ge=1, le=24 * 60)

    # Argon2id cost (defaults follow argon2-cffi's RFC 9106 low-memory profile).
    password_time_cost: int = Field(default=3, ge=1)
    password_memory_kib: int = Field(default=65536, ge=8)

    # The outbox worker delivering webhook events inside this process (off in tests, which run it by hand).
    outbox_worker: bool = True
    outbox_poll_seconds: float = Field(default=2.0, gt=0)
    outbox_backoff_seconds: float = Field(default=30.0, ge=0)
    outbox_max_attempts: int = Field(default=8, ge=1, le=50)

    # Load the pilot domains, standards and baselines when the database has none.
    load_reference_data: bool = True
    # Load demo tenants and users when the registry is empty (standalone mode).
    seed_demo: bool = False

    @model_validator(mode="after")
    def _production_needs_key(self) -> CatalogSettings:
        if self.environment == "production" and not self.jwt_private_key_file.exists():
            raise ValueError("production requires CATALOG_JWT_PRIVATE_KEY_FILE to name an existing PEM key")
        return self
