"""Alembic environment of publishing-api (shared plumbing in gongkai_kit.migrations)."""

from alembic import context

from gongkai_kit.migrations import run_env
from publishing_api.config import PublishingSettings
from publishing_api.models import Base, load_all_models

load_all_models()
if not context.config.get_main_option("sqlalchemy.url") and "connection" not in context.config.attributes:
    context.config.set_main_option("sqlalchemy.url", PublishingSettings().database_url)
run_env(Base.metadata)
