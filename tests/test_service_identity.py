"""Service-to-service calls with the calling service's own identity (client credentials)."""

from __future__ import annotations

from fastapi import FastAPI

from catalog_api.demo.seed import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from gongkai_kit.http import ClientCredentials, ServiceClient, asgi_transport
from gongkai_kit.pagination import Page
from publishing_api.clients.catalog import OrgUnit


async def test_calls_without_a_caller_token_use_the_services_own_cached_token(catalog_app: FastAPI) -> None:
    client = ServiceClient("http://catalog-api.internal", service="catalog-api", transport=asgi_transport(catalog_app))
    credentials = ClientCredentials(
        client, client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET, scope="catalog:read"
    )
    client.token_provider = credentials
    try:
        for _ in range(3):
            page = await client.get_json("/api/catalog/v1/tenants/520102000000/org-units", Page[OrgUnit])
            assert "南明区教育局" in [u.name for u in page.items]
        assert credentials.fetches == 1
    finally:
        await client.aclose()


async def test_the_service_token_is_confined_to_its_tenant(catalog_app: FastAPI) -> None:
    client = ServiceClient("http://catalog-api.internal", service="catalog-api", transport=asgi_transport(catalog_app))
    client.token_provider = ClientCredentials(client, client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET)
    try:
        response = await client.request("GET", "/api/catalog/v1/tenants/520327000000/org-units")
        assert response.status_code == 403
    finally:
        await client.aclose()
