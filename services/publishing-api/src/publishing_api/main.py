"""publishing-api: websites, channels and the public portal."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from gongkai_kit.app import create_service_app
from gongkai_kit.auth import jwks_verifier
from gongkai_kit.http import Transport, catalog_client
from publishing_api.clients.catalog import CatalogClient
from publishing_api.config import MIGRATIONS_DIR, PublishingSettings
from publishing_api.models import load_all_models
from publishing_api.portal.endpoints import router as portal_router
from publishing_api.publishers.endpoints import router as publishers_router

PREFIX = "/api/publishing/v1"


def create_app(settings: PublishingSettings | None = None, *, catalog_transport: Transport | None = None) -> FastAPI:
    """``catalog_transport`` replaces the network with an in-process transport (standalone mode)."""
    settings = settings or PublishingSettings()
    load_all_models()
    http = catalog_client(settings, caller="publishing-api", transport=catalog_transport)
    catalog = CatalogClient(http)

    app = create_service_app(
        settings=settings,
        service="publishing-api",
        title="Gongkai publishing-api 信息发布服务",
        description="网站栏目、信息发布、发布渠道与公众门户。",
        prefix=PREFIX,
        routers=[publishers_router],
        migrations_dir=MIGRATIONS_DIR,
        token_verifier=jwks_verifier(settings, catalog.jwks),
        clients=[http],
    )
    app.state.catalog = catalog
    # The portal is served at the site root; its routes carry no API prefix.
    app.include_router(portal_router)
    app.mount(
        "/static/portal", StaticFiles(directory=Path(__file__).parent / "portal" / "static"), name="portal-static"
    )
    return app
