"""``create_service_app``: the FastAPI app every service starts from.

It wires what each service needs the same way: OpenAPI and docs under the service prefix,
RFC 9457 errors, request context and metrics middleware, ``/healthz`` ``/readyz`` ``/metrics``,
the database on ``app.state.database`` (migrated at start when asked), and the lifespan of the
service itself entered inside the kit's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.routing import APIRoute
from pydantic import BaseModel

from gongkai_kit.auth import TokenVerifier
from gongkai_kit.db import Database
from gongkai_kit.errors import UpstreamUnavailable, install_error_handlers, problem_responses
from gongkai_kit.http import ServiceClient
from gongkai_kit.logging import configure_logging
from gongkai_kit.migrations import upgrade
from gongkai_kit.observability import Metrics, MetricsMiddleware, RequestContextMiddleware, metrics_endpoint
from gongkai_kit.settings import ServiceSettings

ServiceLifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


class Health(BaseModel):
    status: str
    service: str


def operation_id(route: APIRoute) -> str:
    """Stable operation ids (the function name) so generated TypeScript reads cleanly."""
    return route.name


def health_router(service: str) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", response_model=Health, summary="存活检查")
    async def healthz() -> Health:
        return Health(status="ok", service=service)

    @router.get(
        "/readyz",
        response_model=Health,
        summary="就绪检查（数据库可用）",
        responses=problem_responses(UpstreamUnavailable),
    )
    async def readyz(request: Request) -> Health:
        database: Database = request.app.state.database
        try:
            await database.ping()
        except Exception as exc:
            raise UpstreamUnavailable("数据库不可用") from exc
        return Health(status="ready", service=service)

    router.add_api_route("/metrics", metrics_endpoint, include_in_schema=False, methods=["GET"])
    return router


def create_service_app(
    *,
    settings: ServiceSettings,
    service: str,
    title: str,
    description: str,
    prefix: str,
    routers: Sequence[APIRouter],
    migrations_dir: Path,
    lifespan: ServiceLifespan | None = None,
    token_verifier: TokenVerifier | None = None,
    clients: Sequence[ServiceClient] = (),
    version: str = "0.1.0",
    **fastapi_kwargs: Any,
) -> FastAPI:
    configure_logging(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def kit_lifespan(app: FastAPI) -> AsyncIterator[None]:
        database = Database(settings.database_url, pool_size=settings.database_pool_size, echo=settings.database_echo)
        app.state.database = database
        try:
            if settings.auto_migrate:
                await upgrade(database.engine, migrations_dir)
            if lifespan is None:
                yield
            else:
                async with lifespan(app):
                    yield
        finally:
            for client in clients:
                await client.aclose()
            await database.dispose()

    app = FastAPI(
        title=title,
        description=description,
        version=version,
        openapi_url=f"{prefix}/openapi.json",
        docs_url=f"{prefix}/docs",
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=f"{prefix}/docs/oauth2-redirect",
        generate_unique_id_function=operation_id,
        lifespan=kit_lifespan,
        **fastapi_kwargs,
    )
    app.state.settings = settings
    app.state.service = service
    app.state.metrics = Metrics(service)
    if token_verifier is not None:
        app.state.token_verifier = token_verifier
    install_error_handlers(app)
    app.include_router(health_router(service), prefix=prefix)
    for router in routers:
        app.include_router(router, prefix=prefix)
    # Outermost first: the request context wraps metrics, which wraps the app.
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.add_middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes)
    return app
