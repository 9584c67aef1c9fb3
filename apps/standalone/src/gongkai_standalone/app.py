"""Standalone mode: the three services in one process, each on its own SQLite file.

Every service keeps its full route prefix, so dispatching is a prefix match with the scope
passed through untouched (Starlette's ``Mount`` would strip the prefix). Starlette does not
run the lifespans of mounted apps, so this app enters each one's lifespan itself, catalog
first because the others fetch its keys. Service-to-service calls use httpx's in-process
ASGI transport: only the transport differs from the distributed deployment.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.responses import HTMLResponse, RedirectResponse
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from catalog_api.config import CatalogSettings
from catalog_api.main import create_app as create_catalog
from gongkai_kit.http import asgi_transport
from interaction_api.config import InteractionSettings
from interaction_api.main import create_app as create_interaction
from publishing_api.config import PublishingSettings
from publishing_api.main import create_app as create_publishing

REPO_ROOT = Path(__file__).resolve().parents[4]
INTERNAL_CATALOG_URL = "http://catalog-api.internal"


class StandaloneSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GONGKAI_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = REPO_ROOT / "var"
    console_dir: Path = REPO_ROOT / "frontend" / "dist"
    seed_demo: bool = True
    log_json: bool = False


class ConsoleApp:
    """The built React console under ``/console/``, with the single-page-app fallback."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.files = StaticFiles(directory=directory, html=True, check_dir=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"] == "/console":
            await RedirectResponse("/console/")(scope, receive, send)
            return
        if not (self.directory / "index.html").exists():
            page = "<h1>控制台尚未构建</h1><p>请运行 <code>make run</code>（会自动构建 frontend/）。</p>"
            await HTMLResponse(page, status_code=503)(scope, receive, send)
            return
        scope = {**scope, "root_path": scope.get("root_path", "") + "/console"}
        relative = scope["path"][len("/console") :].lstrip("/")
        if relative and not (self.directory / relative).is_file():
            scope["path"] = "/console/"  # client-side route: serve index.html
        await self.files(scope, receive, send)


class Standalone:
    """Dispatch by path prefix to each service app; run their lifespans."""

    def __init__(self, routes: list[tuple[str, ASGIApp]], default: ASGIApp, services: list[FastAPI]) -> None:
        self.routes = routes
        self.default = default
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        path: str = scope.get("path", "")
        for prefix, app in self.routes:
            if path == prefix.rstrip("/") or path.startswith(prefix):
                await app(scope, receive, send)
                return
        await self.default(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        message = await receive()
        assert message["type"] == "lifespan.startup"
        async with AsyncExitStack() as stack:
            try:
                for service in self.services:
                    await stack.enter_async_context(service.router.lifespan_context(service))
            except Exception as exc:
                await send({"type": "lifespan.startup.failed", "message": repr(exc)})
                raise
            await send({"type": "lifespan.startup.complete"})
            message = await receive()
        await send({"type": "lifespan.shutdown.complete"})


def service_settings(settings: StandaloneSettings) -> dict[str, Any]:
    data = settings.data_dir
    data.mkdir(parents=True, exist_ok=True)
    common: dict[str, Any] = {"auto_migrate": True, "log_json": settings.log_json, "environment": "development"}
    return {
        "catalog": CatalogSettings(
            database_url=f"sqlite+aiosqlite:///{data / 'catalog.sqlite'}",
            jwt_private_key_file=data / "jwt-private.pem",
            seed_demo=settings.seed_demo,
            **common,
        ),
        "publishing": PublishingSettings(
            database_url=f"sqlite+aiosqlite:///{data / 'publishing.sqlite'}",
            catalog_api_url=INTERNAL_CATALOG_URL,
            **common,
        ),
        "interaction": InteractionSettings(
            database_url=f"sqlite+aiosqlite:///{data / 'interaction.sqlite'}",
            catalog_api_url=INTERNAL_CATALOG_URL,
            **common,
        ),
    }


def create_standalone_app(settings: StandaloneSettings | None = None) -> Standalone:
    settings = settings or StandaloneSettings()
    configured = service_settings(settings)
    catalog = create_catalog(configured["catalog"])
    transport = asgi_transport(catalog)
    publishing = create_publishing(configured["publishing"], catalog_transport=transport)
    interaction = create_interaction(configured["interaction"], catalog_transport=transport)
    return Standalone(
        routes=[
            ("/api/catalog/", catalog),
            ("/api/publishing/", publishing),
            ("/api/interaction/", interaction),
            ("/console/", ConsoleApp(settings.console_dir)),
        ],
        default=publishing,  # the public portal is served at the site root
        services=[catalog, publishing, interaction],
    )
