"""Standalone mode: one ASGI app serving the three services, the console and the portal."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager

from gongkai_standalone.app import StandaloneSettings, create_standalone_app


@pytest.fixture(scope="module")
async def standalone(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[httpx.AsyncClient]:
    root = tmp_path_factory.mktemp("standalone")
    console = root / "console"
    (console / "assets").mkdir(parents=True)
    (console / "index.html").write_text("<!doctype html><title>控制台</title>", encoding="utf-8")
    (console / "assets" / "app.js").write_text("console.log('gongkai')", encoding="utf-8")
    app = create_standalone_app(StandaloneSettings(data_dir=root / "var", console_dir=console))
    async with LifespanManager(app, startup_timeout=60) as manager:
        transport = httpx.ASGITransport(app=manager.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
            yield client


async def test_first_start_migrates_and_seeds_the_demo(standalone: httpx.AsyncClient) -> None:
    tenants = (await standalone.get("/api/catalog/v1/public/tenants")).json()["items"]
    assert {t["name"] for t in tenants} >= {"贵阳市南明区", "遵义市凤冈县"}


async def test_each_prefix_reaches_its_service(standalone: httpx.AsyncClient) -> None:
    for prefix, service in (
        ("/api/catalog/v1", "catalog-api"),
        ("/api/publishing/v1", "publishing-api"),
        ("/api/interaction/v1", "interaction-api"),
    ):
        assert (await standalone.get(f"{prefix}/readyz")).json() == {"status": "ready", "service": service}
        assert (await standalone.get(f"{prefix}/openapi.json")).status_code == 200


async def test_login_then_cross_service_call_in_process(standalone: httpx.AsyncClient) -> None:
    login = await standalone.post(
        "/api/catalog/v1/auth/login", json={"username": "fenggang_admin", "password": "Gongkai@2026"}
    )
    token = login.json()["access_token"]
    response = await standalone.get(
        "/api/interaction/v1/tenants/520327000000/handling-units", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200
    assert "凤冈县民政局" in [u["name"] for u in response.json()]


async def test_console_is_served_with_single_page_fallback(standalone: httpx.AsyncClient) -> None:
    assert (await standalone.get("/console")).status_code in (301, 302, 307)
    assert "控制台" in (await standalone.get("/console/")).text
    assert "控制台" in (await standalone.get("/console/org-units")).text  # client-side route
    assert (await standalone.get("/console/assets/app.js")).text == "console.log('gongkai')"


async def test_portal_is_served_at_the_root(standalone: httpx.AsyncClient) -> None:
    home = await standalone.get("/")
    assert "贵阳市南明区" in home.text
    assert "凤冈县民政局" in (await standalone.get("/sites/520327000000/")).text


def test_data_files_live_in_the_data_dir(tmp_path: Path) -> None:
    settings = StandaloneSettings(data_dir=tmp_path / "data")
    from gongkai_standalone.app import service_settings

    configured = service_settings(settings)
    assert configured["catalog"].database_url.endswith("data/catalog.sqlite")
    assert configured["publishing"].catalog_api_url == "http://catalog-api.internal"
