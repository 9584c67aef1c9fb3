"""Alembic environment of catalog-api (shared plumbing in gongkai_kit.migrations)."""

from alembic import context

from catalog_api.config import CatalogSettings
from catalog_api.models import Base, load_all_models
from gongkai_kit.migrations import run_env

load_all_models()
if not context.config.get_main_option("sqlalchemy.url") and "connection" not in context.config.attributes:
    context.config.set_main_option("sqlalchemy.url", CatalogSettings().database_url)
run_env(Base.metadata)
