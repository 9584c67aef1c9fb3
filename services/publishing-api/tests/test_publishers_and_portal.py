"""publishing-api: the cross-service path to catalog-api and the public portal."""

from __future__ import annotations

import httpx

NANMING, FENGGANG = "520102000000", "520327000000"


async def test_publishers_come_from_catalog_api_with_the_callers_token(services, auth) -> None:
    response = await services["publishing"].get(
        f"/api/publishing/v1/tenants/{FENGGANG}/publishers", headers=auth("fenggang_editor")
    )
    assert response.status_code == 200
    names = [p["name"] for p in response.json()]
    assert names[0] == "凤冈县人民政府办公室"
    assert "凤冈县民政局" in names


async def test_a_unit_created_in_catalog_is_a_publisher_at_once_and_a_deactivated_one_is_not(services, auth) -> None:
    catalog, publishing = services["catalog"], services["publishing"]
    created = await catalog.post(
        f"/api/catalog/v1/tenants/{NANMING}/org-units", json={"name": "南明区文化旅游局"}, headers=auth("nanming_admin")
    )
    unit = created.json()
    url = f"/api/publishing/v1/tenants/{NANMING}/publishers"

    async def publisher_names() -> list[str]:
        return [p["name"] for p in (await publishing.get(url, headers=auth("nanming_editor"))).json()]

    assert "南明区文化旅游局" in await publisher_names()
    await catalog.patch(
        f"/api/catalog/v1/tenants/{NANMING}/org-units/{unit['id']}",
        json={"active": False, "version": unit["version"]},
        headers=auth("nanming_admin"),
    )
    assert "南明区文化旅游局" not in await publisher_names()


async def test_request_id_is_propagated_to_catalog_api(services, auth, catalog_app) -> None:
    response = await services["publishing"].get(
        f"/api/publishing/v1/tenants/{NANMING}/publishers",
        headers={**auth("nanming_editor"), "X-Request-ID": "trace-publishing-123"},
    )
    assert response.headers["x-request-id"] == "trace-publishing-123"
    metrics = (await services["catalog"].get("/api/catalog/v1/metrics")).text
    assert 'route="/tenants/{tenant_id}/org-units"' in metrics


async def test_portal_home_lists_counties_with_their_townships(services) -> None:
    response = await services["publishing"].get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<html lang="zh-CN">' in html
    assert '<a class="tenant" href="/sites/520102000000/">贵阳市南明区</a>' in html
    assert '<a href="/sites/520102031000/">南明区花果园街道</a>' in html


async def test_tenant_portal_shows_its_departments_and_townships(services) -> None:
    response = await services["publishing"].get(f"/sites/{FENGGANG}/")
    assert response.status_code == 200
    assert "凤冈县民政局" in response.text
    assert "凤冈县龙泉街道" in response.text
    assert response.headers["cache-control"] == "public, max-age=60"


async def test_unknown_tenant_portal_is_an_html_404(services) -> None:
    response = await services["publishing"].get("/sites/520103000000/")
    assert response.status_code == 404
    assert "页面不存在" in response.text


async def test_portal_large_print_works_without_javascript(services) -> None:
    response = await services["publishing"].get("/?font=large")
    assert '<body class="large">' in response.text
    css = await services["publishing"].get("/static/portal/portal.css")
    assert css.status_code == 200
    assert "body.large" in css.text


async def test_publishing_health_and_openapi_under_its_prefix(services) -> None:
    publishing: httpx.AsyncClient = services["publishing"]
    assert (await publishing.get("/api/publishing/v1/healthz")).json() == {"status": "ok", "service": "publishing-api"}
    assert (await publishing.get("/api/publishing/v1/readyz")).json()["status"] == "ready"
    spec = (await publishing.get("/api/publishing/v1/openapi.json")).json()
    assert "/api/publishing/v1/tenants/{tenant_id}/publishers" in spec["paths"]
