"""interaction-api: disclosure applications, participation and Q&A with citizens."""

from __future__ import annotations

from fastapi import FastAPI

from gongkai_kit.app import create_service_app
from gongkai_kit.auth import jwks_verifier
from gongkai_kit.http import Transport, catalog_client
from interaction_api.clients.catalog import CatalogClient
from interaction_api.config import MIGRATIONS_DIR, InteractionSettings
from interaction_api.handling_units.endpoints import router as handling_units_router
from interaction_api.models import load_all_models

PREFIX = "/api/interaction/v1"


def create_app(settings: InteractionSettings | None = None, *, catalog_transport: Transport | None = None) -> FastAPI:
    """``catalog_transport`` replaces the network with an in-process transport (standalone mode)."""
    settings = settings or InteractionSettings()
    load_all_models()
    http = catalog_client(settings, caller="interaction-api", transport=catalog_transport)
    catalog = CatalogClient(http)

    app = create_service_app(
        settings=settings,
        service="interaction-api",
        title="Gongkai interaction-api 政民互动服务",
        description="依申请公开、公众参与、政务咨询与问答。",
        prefix=PREFIX,
        routers=[handling_units_router],
        migrations_dir=MIGRATIONS_DIR,
        token_verifier=jwks_verifier(settings, catalog.jwks),
        clients=[http],
    )
    app.state.catalog = catalog
    return app
