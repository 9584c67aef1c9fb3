"""The declarative base of catalog-api and the import of every concept's tables (for Alembic)."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from gongkai_kit.db import new_metadata


class Base(DeclarativeBase):
    metadata = new_metadata()


def load_all_models() -> None:
    """Import every module defining tables so ``Base.metadata`` is complete."""
    from catalog_api.api_clients import models as _api_clients  # noqa: F401
    from catalog_api.audit import models as _audit  # noqa: F401
    from catalog_api.auth import models as _auth  # noqa: F401
    from catalog_api.catalogs import models as _catalogs  # noqa: F401
    from catalog_api.divisions import models as _divisions  # noqa: F401
    from catalog_api.org_units import models as _org_units  # noqa: F401
    from catalog_api.reference import models as _reference  # noqa: F401
    from catalog_api.tenants import models as _tenants  # noqa: F401
    from catalog_api.users import models as _users  # noqa: F401
    from catalog_api.webhooks import models as _webhooks  # noqa: F401
