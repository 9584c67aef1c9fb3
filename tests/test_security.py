"""Security boundaries across all three services, enumerated from their route tables.

Every route is classified: tenant-scoped (its path names ``{tenant_id}``) or listed below as
deliberately tenant-free. A new route that is neither fails here, and every tenant-scoped
route must refuse a token of another tenant, refuse anonymous callers, and refuse writes by a
supervisor, whatever its body.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import FastAPI

from catalog_api.auth.tokens import TokenSigner

NANMING, FENGGANG = "520102000000", "520327000000"
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

# Routes that are not scoped to one tenant, and why.
TENANT_FREE: dict[str, str] = {
    "/api/catalog/v1/auth/login": "public: login",
    "/api/catalog/v1/auth/refresh": "public: refresh token",
    "/api/catalog/v1/auth/logout": "public: refresh token",
    "/api/catalog/v1/auth/me": "the caller's own profile",
    "/api/catalog/v1/oauth/token": "public: client credentials",
    "/api/catalog/v1/.well-known/jwks.json": "public keys",
    "/api/catalog/v1/divisions": "reference data; writes platform_admin only",
    "/api/catalog/v1/divisions/{code}": "reference data; writes platform_admin only",
    "/api/catalog/v1/tenants": "lists only the tenants the caller may see; create is platform_admin only",
    "/api/catalog/v1/users": "platform users; platform_admin only",
    "/api/catalog/v1/users/{user_id}": "platform users; platform_admin only",
    "/api/catalog/v1/domains": "reference data; writes platform_admin only",
    "/api/catalog/v1/domains/{code}": "reference data; platform_admin only",
    "/api/catalog/v1/standards": "reference data (national standard guidelines)",
    "/api/catalog/v1/standards/{standard_id}/items": "reference data",
    "/api/catalog/v1/standards/{standard_id}/revisions": "reference data; platform_admin only",
    "/api/catalog/v1/baselines": "reference data (provincial baselines)",
    "/api/catalog/v1/baselines/{baseline_id}/items": "reference data; writes platform_admin only",
    "/api/catalog/v1/baselines/{baseline_id}/items/{item_id}": "reference data; platform_admin only",
    "/api/catalog/v1/public/tenants": "public by law",
    "/api/catalog/v1/public/tenants/{tenant_id}": "public by law",
}
HEALTH = {"/healthz", "/readyz", "/metrics"}


def api_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every API operation, read from the service's OpenAPI document."""
    return [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
        if path.startswith("/api/")
    ]


def is_tenant_scoped(path: str) -> bool:
    return "{tenant_id}" in path and not path.startswith("/api/catalog/v1/public/")


def fill(path: str, tenant_id: str) -> str:
    path = path.replace("{tenant_id}", tenant_id)
    return re.sub(r"\{[^}]+\}", str(uuid.uuid4()), path)


def cases(apps: dict[str, FastAPI], *, writes_only: bool = False) -> list[tuple[str, str, str]]:
    found = []
    for name, app in apps.items():
        for method, path in api_routes(app):
            if is_tenant_scoped(path) and (method in WRITE_METHODS or not writes_only):
                found.append((name, method, path))
    return found


@pytest.fixture
def apps(catalog_app: FastAPI, publishing_app: FastAPI, interaction_app: FastAPI) -> dict[str, FastAPI]:
    return {"catalog": catalog_app, "publishing": publishing_app, "interaction": interaction_app}


async def test_every_route_is_tenant_scoped_or_declared_tenant_free(apps: dict[str, FastAPI]) -> None:
    undeclared = [
        f"{method} {path}"
        for app in apps.values()
        for method, path in api_routes(app)
        if not is_tenant_scoped(path) and path not in TENANT_FREE and not any(path.endswith(h) for h in HEALTH)
    ]
    assert undeclared == [], "new routes must be tenant-scoped or declared in TENANT_FREE"


async def test_tenant_scoped_routes_exist_in_every_service(apps: dict[str, FastAPI]) -> None:
    assert {name for name, _, _ in cases(apps)} == {"catalog", "publishing", "interaction"}


async def test_every_tenant_scoped_route_refuses_another_tenants_token(
    apps: dict[str, FastAPI], services: dict[str, httpx.AsyncClient], auth
) -> None:
    failures = []
    for name, method, path in cases(apps):
        response = await services[name].request(
            method, fill(path, NANMING), headers=auth("fenggang_admin"), json={} if method in WRITE_METHODS else None
        )
        if response.status_code != 403 or response.json().get("code") != "tenant_forbidden":
            failures.append(f"{method} {path}: {response.status_code} {response.text[:120]}")
    assert failures == []


async def test_api_client_of_another_tenant_is_refused_too(
    apps: dict[str, FastAPI], services: dict[str, httpx.AsyncClient], catalog_app: FastAPI
) -> None:
    signer: TokenSigner = catalog_app.state.signer
    token = signer.issue_access_token(
        f"{FENGGANG}.x", {"kind": "client", "roles": ["api_client"], "tenant": FENGGANG, "scope": "catalog:read"}
    )
    for name, method, path in cases(apps):
        response = await services[name].request(
            method, fill(path, NANMING), headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 403, f"{method} {path}"


async def test_every_tenant_scoped_route_refuses_anonymous_callers(
    apps: dict[str, FastAPI], services: dict[str, httpx.AsyncClient]
) -> None:
    for name, method, path in cases(apps):
        response = await services[name].request(method, fill(path, NANMING))
        assert response.status_code == 401, f"{method} {path}"
        assert response.headers["content-type"] == "application/problem+json"


async def test_supervisor_cannot_write_even_below_its_division(
    apps: dict[str, FastAPI], services: dict[str, httpx.AsyncClient], auth
) -> None:
    writes = cases(apps, writes_only=True)
    assert writes, "there are tenant-scoped writes to check"
    for name, method, path in writes:
        response = await services[name].request(method, fill(path, FENGGANG), headers=auth("zunyi_supervisor"), json={})
        assert response.status_code == 403, f"{method} {path}: {response.status_code}"
        assert response.json()["code"] == "forbidden"


async def test_supervisor_cannot_use_platform_writes(services: dict[str, httpx.AsyncClient], auth) -> None:
    catalog = services["catalog"]
    headers = auth("guizhou_supervisor")
    assert (
        await catalog.post("/api/catalog/v1/tenants", json={"division_code": "520327101000"}, headers=headers)
    ).status_code == 403
    assert (
        await catalog.post("/api/catalog/v1/divisions", json={"code": "520327101001", "name": "x"}, headers=headers)
    ).status_code == 403
    assert (await catalog.post("/api/catalog/v1/users", json={}, headers=headers)).status_code == 403


# --- tokens ------------------------------------------------------------------------------------


def _claims_for(catalog_app: FastAPI) -> dict[str, object]:
    return {"kind": "user", "roles": ["tenant_admin"], "tenant": NANMING, "division": NANMING, "name": "x"}


@pytest.mark.parametrize("service", ["catalog", "publishing", "interaction"])
async def test_expired_token_is_refused(
    service: str, services: dict[str, httpx.AsyncClient], catalog_app: FastAPI
) -> None:
    signer: TokenSigner = catalog_app.state.signer
    expired = TokenSigner(signer._key, issuer=signer.issuer, audience=signer.audience, access_ttl=timedelta(minutes=-5))
    token = expired.issue_access_token(str(uuid.uuid4()), _claims_for(catalog_app))
    response = await services[service].get(_probe(service), headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.json()["detail"] == "令牌已过期，请重新登录"


@pytest.mark.parametrize("service", ["catalog", "publishing", "interaction"])
async def test_token_signed_by_another_key_is_refused(
    service: str, services: dict[str, httpx.AsyncClient], catalog_app: FastAPI
) -> None:
    signer: TokenSigner = catalog_app.state.signer
    forged_signer = TokenSigner(
        ec.generate_private_key(ec.SECP256R1()),
        issuer=signer.issuer,
        audience=signer.audience,
        access_ttl=timedelta(minutes=5),
    )
    forged_signer.kid = signer.kid  # claim to be the real key
    token = forged_signer.issue_access_token(str(uuid.uuid4()), _claims_for(catalog_app))
    response = await services[service].get(_probe(service), headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


@pytest.mark.parametrize("service", ["catalog", "publishing", "interaction"])
async def test_token_for_another_audience_is_refused(
    service: str, services: dict[str, httpx.AsyncClient], catalog_app: FastAPI
) -> None:
    signer: TokenSigner = catalog_app.state.signer
    other = TokenSigner(
        signer._key, issuer=signer.issuer, audience="some-other-system", access_ttl=timedelta(minutes=5)
    )
    token = other.issue_access_token(str(uuid.uuid4()), _claims_for(catalog_app))
    response = await services[service].get(_probe(service), headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.json()["detail"] == "令牌的受众不正确"


@pytest.mark.parametrize("service", ["catalog", "publishing", "interaction"])
async def test_unsigned_and_hs256_tokens_are_refused(
    service: str, services: dict[str, httpx.AsyncClient], catalog_app: FastAPI
) -> None:
    claims = {
        **_claims_for(catalog_app),
        "sub": "x",
        "aud": "gongkai",
        "iss": "gongkai-catalog",
        "exp": 4102444800,
        "iat": 0,
    }
    for token in (
        jwt.encode(claims, "a-shared-secret-of-thirty-two-bytes!", algorithm="HS256"),
        jwt.encode(claims, None, algorithm="none"),
        "not-a-token",
    ):
        response = await services[service].get(_probe(service), headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401


def _probe(service: str) -> str:
    return {
        "catalog": f"/api/catalog/v1/tenants/{NANMING}/org-units",
        "publishing": f"/api/publishing/v1/tenants/{NANMING}/publishers",
        "interaction": f"/api/interaction/v1/tenants/{NANMING}/handling-units",
    }[service]


async def test_the_enumeration_finds_the_known_tenant_routes(apps: dict[str, FastAPI]) -> None:
    found = {(method, path) for _, method, path in cases(apps)}
    assert ("PATCH", "/api/catalog/v1/tenants/{tenant_id}/users/{user_id}") in found
    assert ("GET", "/api/publishing/v1/tenants/{tenant_id}/publishers") in found
    assert len(found) >= 15
