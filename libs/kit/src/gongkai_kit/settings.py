"""Typed settings shared by every service; each service subclasses with its own env prefix."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]


class ServiceSettings(BaseSettings):
    """Settings every service has. Subclasses set ``env_prefix`` (``CATALOG_`` …)."""

    model_config = SettingsConfigDict(extra="ignore", validate_default=True)

    environment: Environment = "development"
    database_url: str = "sqlite+aiosqlite:///./var/service.sqlite"
    database_pool_size: int = Field(default=10, ge=1, le=200)
    database_echo: bool = False
    # Run Alembic upgrade head when the app starts (standalone mode; tests).
    auto_migrate: bool = False

    log_level: str = "INFO"
    log_json: bool = True
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)

    jwt_issuer: str = "gongkai-catalog"
    jwt_audience: str = "gongkai"
    # Where the JWKS is fetched from (catalog-api). Empty in catalog-api itself.
    catalog_api_url: str = "http://127.0.0.1:8000"
    jwks_cache_seconds: int = Field(default=300, ge=0)
    http_timeout_seconds: float = Field(default=5.0, gt=0)
    http_retries: int = Field(default=2, ge=0, le=5)
    # The service's own API client (OAuth2 client credentials) for calls made on no user's behalf.
    service_client_id: str | None = None
    service_client_secret: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @model_validator(mode="after")
    def _production_needs_real_database(self) -> ServiceSettings:
        if self.environment == "production" and self.is_sqlite:
            raise ValueError("production requires PostgreSQL (database_url must not be SQLite)")
        return self
