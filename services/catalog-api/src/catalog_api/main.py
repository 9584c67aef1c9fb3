"""catalog-api: the registry (divisions, tenants, org units, users, API clients) and identity."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI

from catalog_api.api_clients.endpoints import router as api_clients_router
from catalog_api.audit.endpoints import router as audit_router
from catalog_api.audit.models import AuditEntry
from catalog_api.auth.endpoints import router as auth_router
from catalog_api.auth.passwords import Passwords
from catalog_api.auth.tokens import TokenSigner, load_or_create_key
from catalog_api.catalogs.endpoints import router as catalog_router
from catalog_api.config import MIGRATIONS_DIR, CatalogSettings
from catalog_api.demo.seed import seed_demo
from catalog_api.divisions.endpoints import router as divisions_router
from catalog_api.models import load_all_models
from catalog_api.org_units.endpoints import router as org_units_router
from catalog_api.public.endpoints import router as public_router
from catalog_api.reference.endpoints import router as reference_router
from catalog_api.reference.seed import load_reference_data
from catalog_api.tenants.endpoints import router as tenants_router
from catalog_api.users.endpoints import platform_router as platform_users_router
from catalog_api.users.endpoints import tenant_router as tenant_users_router
from catalog_api.webhooks.delivery import WebhookDelivery
from catalog_api.webhooks.endpoints import router as webhooks_router
from catalog_api.webhooks.models import OutboxMessage
from gongkai_kit.app import create_service_app
from gongkai_kit.audit import install_audit
from gongkai_kit.auth import JwksCache, TokenVerifier
from gongkai_kit.db import Database
from gongkai_kit.http import WebhookSender
from gongkai_kit.outbox import OutboxWorker

PREFIX = "/api/catalog/v1"
logger = logging.getLogger(__name__)


def create_app(settings: CatalogSettings | None = None) -> FastAPI:
    settings = settings or CatalogSettings()
    load_all_models()
    install_audit(AuditEntry)
    signer = TokenSigner(
        load_or_create_key(settings.jwt_private_key_file, create=settings.environment != "production"),
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        access_ttl=timedelta(minutes=settings.access_token_minutes),
    )
    passwords = Passwords(time_cost=settings.password_time_cost, memory_kib=settings.password_memory_kib)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database: Database = app.state.database
        if settings.load_reference_data:
            async with database.sessionmaker() as session, session.begin():
                if await load_reference_data(session):
                    logger.info("loaded the reference data (domains, standards, baselines)")
        if settings.seed_demo:
            async with database.sessionmaker() as session, session.begin():
                if await seed_demo(session, passwords):
                    logger.info("loaded the demo registry")
        app.state.outbox_worker = OutboxWorker(
            lambda: app.state.database.sessionmaker,
            OutboxMessage,
            lambda message, session: WebhookDelivery(app.state.webhook_sender)(message, session),
            max_attempts=settings.outbox_max_attempts,
            backoff_seconds=settings.outbox_backoff_seconds,
            poll_seconds=settings.outbox_poll_seconds,
        )
        worker = asyncio.create_task(app.state.outbox_worker.run_forever()) if settings.outbox_worker else None
        try:
            yield
        finally:
            if worker is not None:
                worker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await worker
            await app.state.webhook_sender.aclose()

    async def local_jwks() -> dict[str, object]:
        return signer.jwks()

    app = create_service_app(
        settings=settings,
        service="catalog-api",
        title="Gongkai catalog-api 目录与身份服务",
        description="行政区划、租户单位、部门、用户、接口客户端与登录认证；政务公开事项标准目录。",
        prefix=PREFIX,
        routers=[
            auth_router,
            divisions_router,
            tenants_router,
            org_units_router,
            tenant_users_router,
            platform_users_router,
            api_clients_router,
            reference_router,
            catalog_router,
            webhooks_router,
            audit_router,
            public_router,
        ],
        migrations_dir=MIGRATIONS_DIR,
        lifespan=lifespan,
        # catalog-api verifies its own tokens against its own keys: no HTTP round trip.
        token_verifier=TokenVerifier(
            JwksCache(local_jwks, ttl=float("inf")), issuer=settings.jwt_issuer, audience=settings.jwt_audience
        ),
    )
    app.state.signer = signer
    app.state.passwords = passwords
    app.state.webhook_sender = WebhookSender()
    return app
