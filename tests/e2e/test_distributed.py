"""Distributed mode end to end: three services as real processes on PostgreSQL behind nginx.

Everything goes through the gateway (``deploy/nginx/gongkai.conf.template``), so these tests
cover what the in-process suites cannot: routing by prefix, JWKS fetched by publishing-api and
interaction-api from catalog-api over the network, the typed service client calling
catalog-api over HTTP, forwarded headers, request ids, body limits and the gateway's own
problem+json errors. The stack is built by the ``distributed`` fixture (tests/e2e/conftest.py).
"""

from __future__ import annotations

import json
import re
import time
import uuid

import httpx
import pytest

pytestmark = pytest.mark.e2e

NANMING, FENGGANG = "520102000000", "520327000000"
PASSWORD = "Gongkai@2026"
DEMO_CLIENT_ID, DEMO_CLIENT_SECRET = "520102000000.demo", "gongkai-demo-client-secret-2026"
PROBLEM_JSON = "application/problem+json"
MIB = 1024 * 1024


def login(client: httpx.Client, username: str = "nanming_admin") -> dict[str, object]:
    response = client.post("/api/catalog/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return response.json()


def bearer(token: object) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict[str, object]:
    assert response.status_code == status, f"{response.request.method} {response.request.url}: {response.text[:500]}"
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status
    if code is not None:
        assert body["code"] == code, body
    return body


def wait_for_line(read, needle: str, timeout: float = 5.0) -> str:
    """Log lines are written after the response is sent: poll for a little while."""
    deadline = time.monotonic() + timeout
    while True:
        for line in read():
            if needle in line:
                return line
        if time.monotonic() > deadline:
            raise AssertionError(f"{needle!r} not logged within {timeout} s")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def admin_token(distributed) -> str:
    with httpx.Client(base_url=distributed.gateway, timeout=15.0) as client:
        return str(login(client)["access_token"])


def test_login_through_the_gateway_returns_a_token_pair(gateway: httpx.Client) -> None:
    tokens = login(gateway)
    assert tokens["token_type"] == "bearer"
    assert isinstance(tokens["expires_in"], int)
    assert tokens["expires_in"] > 0
    assert str(tokens["access_token"]).count(".") == 2
    assert len(str(tokens["refresh_token"])) >= 10
    me = gateway.get("/api/catalog/v1/auth/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 200, me.text
    assert me.json()["tenant"]["id"] == NANMING


def test_other_services_verify_catalog_tokens_and_call_catalog_over_http(
    gateway: httpx.Client, distributed, admin_token
) -> None:
    # publishing-api and interaction-api fetch catalog-api's JWKS over the network to verify
    # the token, then fetch the org units from catalog-api with their typed client.
    publishers = gateway.get(f"/api/publishing/v1/tenants/{NANMING}/publishers", headers=bearer(admin_token))
    assert publishers.status_code == 200, f"{publishers.text}\n{distributed.diagnostics()}"
    names = [p["name"] for p in publishers.json()]
    assert "南明区教育局" in names
    assert not any(name.startswith("凤冈县") for name in names)

    units = gateway.get(f"/api/interaction/v1/tenants/{NANMING}/handling-units", headers=bearer(admin_token))
    assert units.status_code == 200, f"{units.text}\n{distributed.diagnostics()}"
    assert isinstance(units.json(), list)
    assert "南明区民政局" in [u["name"] for u in units.json()]


@pytest.mark.parametrize(
    "path",
    [
        f"/api/catalog/v1/tenants/{FENGGANG}/org-units",
        f"/api/publishing/v1/tenants/{FENGGANG}/publishers",
        f"/api/interaction/v1/tenants/{FENGGANG}/handling-units",
    ],
    ids=["catalog", "publishing", "interaction"],
)
def test_a_token_of_another_tenant_is_refused_by_every_service(gateway: httpx.Client, admin_token, path) -> None:
    assert_problem(gateway.get(path, headers=bearer(admin_token)), 403, "tenant_forbidden")
    assert_problem(gateway.get(path), 401)


def test_client_credentials_through_the_gateway(gateway: httpx.Client) -> None:
    issued = gateway.post(
        "/api/catalog/v1/oauth/token",
        data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET},
    )
    assert issued.status_code == 200, issued.text
    assert issued.headers["cache-control"] == "no-store"
    token = issued.json()["access_token"]

    units = gateway.get(f"/api/catalog/v1/tenants/{NANMING}/org-units", headers=bearer(token))
    assert units.status_code == 200, units.text
    assert "南明区教育局" in [u["name"] for u in units.json()["items"]]
    assert_problem(gateway.get(f"/api/catalog/v1/tenants/{FENGGANG}/org-units", headers=bearer(token)), 403)


def test_refresh_and_logout_through_the_gateway(gateway: httpx.Client) -> None:
    first = login(gateway, "nanming_editor")
    refreshed = gateway.post("/api/catalog/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert refreshed.status_code == 200, refreshed.text
    second = refreshed.json()
    assert second["refresh_token"] != first["refresh_token"]
    me = gateway.get("/api/catalog/v1/auth/me", headers=bearer(second["access_token"]))
    assert (me.status_code, me.json()["username"]) == (200, "nanming_editor")
    # A rotated refresh token is spent.
    assert_problem(gateway.post("/api/catalog/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}), 401)

    third = login(gateway, "nanming_editor")
    logout = gateway.post("/api/catalog/v1/auth/logout", json={"refresh_token": third["refresh_token"]})
    assert logout.status_code == 204, logout.text
    assert_problem(gateway.post("/api/catalog/v1/auth/refresh", json={"refresh_token": third["refresh_token"]}), 401)


def test_request_id_is_kept_forwarded_and_returned_once(gateway: httpx.Client, distributed, admin_token) -> None:
    request_id = f"e2e-{uuid.uuid4().hex}"
    response = gateway.get(
        f"/api/publishing/v1/tenants/{NANMING}/publishers",
        headers={**bearer(admin_token), "X-Request-ID": request_id},
    )
    assert response.status_code == 200
    assert response.headers.get_list("x-request-id") == [request_id]

    # The gateway logged it with the upstream it chose ...
    line = wait_for_line(distributed.gateway_access_log, request_id)
    entry = json.loads(line)
    assert entry["upstream_addr"] == distributed.service_urls["publishing"].removeprefix("http://")
    assert (entry["status"], entry["upstream_status"]) == (200, "200")
    # ... publishing-api received it, and passed it on to catalog-api with its service client.
    for service in ("publishing", "catalog"):
        process = distributed.processes[service]
        wait_for_line(lambda p=process: p.stderr.read_text(encoding="utf-8", errors="replace").splitlines(), request_id)

    # A malformed id is replaced by nginx's own 32-hex-digit $request_id.
    replaced = gateway.get("/api/catalog/v1/healthz", headers={"X-Request-ID": "not a valid id"})
    assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["x-request-id"]), replaced.headers
    # Gateway-made responses carry one too.
    assert gateway.get("/_gateway/healthz", headers={"X-Request-ID": request_id}).headers["x-request-id"] == request_id


def test_forwarded_host_and_scheme_reach_the_service(gateway: httpx.Client) -> None:
    # Starlette's trailing-slash redirect is an absolute URL built from the request the
    # service saw: the client's Host (not the upstream name) and the gateway's scheme, which a
    # client-sent X-Forwarded-Proto cannot override.
    response = gateway.get(
        "/api/catalog/v1/divisions/",
        headers={"Host": "gongkai.example.gov.cn:8443", "X-Forwarded-Proto": "https"},
    )
    assert response.status_code == 307, response.text
    assert response.headers["location"] == "http://gongkai.example.gov.cn:8443/api/catalog/v1/divisions"


def test_portal_and_console_through_the_gateway(gateway: httpx.Client, distributed) -> None:
    home = gateway.get("/")
    assert home.status_code == 200, home.text[:500]
    assert home.headers["content-type"].startswith("text/html")
    assert "贵阳市南明区" in home.text
    assert home.headers.get("content-encoding") == "gzip"  # gzip on at the gateway

    site = gateway.get(f"/sites/{FENGGANG}/")
    assert site.status_code == 200, site.text[:500]
    assert "凤冈县民政局" in site.text

    css = gateway.get("/static/portal/portal.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")

    console = gateway.get("/console/")
    assert console.status_code == 200, console.text[:500]
    assert console.headers["content-type"].startswith("text/html")
    assert distributed.console_root.joinpath("index.html").read_text(encoding="utf-8") == console.text
    # Client-side routes fall back to index.html; a missing hashed asset does not.
    assert gateway.get("/console/records/new").text == console.text
    assert gateway.get("/console/assets/index-deadbeef.js").status_code == 404
    redirect = gateway.get("/console")
    assert (redirect.status_code, redirect.headers["location"]) == (301, "/console/")


def test_gateway_body_limits_and_errors(gateway: httpx.Client) -> None:
    # Above the gateway's 20 MiB on /api/: refused by nginx itself, as problem+json.
    too_large = gateway.post(
        "/api/catalog/v1/auth/login", content=b"x" * (21 * MIB), headers={"Content-Type": "application/json"}
    )
    body = assert_problem(too_large, 413, "payload_too_large")
    assert "x-request-id" in too_large.headers

    # Above nginx's 1 MiB default but within the /api/ limit: it reaches the service (which
    # has its own limit of 20 MiB here, as in compose), so the answer is the service's.
    login_3mib = gateway.post("/api/catalog/v1/auth/login", json={"username": "x" * (3 * MIB), "password": PASSWORD})
    assert_problem(login_3mib, 422, "validation_failed")
    # The portal takes up to 10 MiB; a 3 MiB POST reaches publishing-api (which has no POST /).
    assert gateway.post("/", content=b"x" * (3 * MIB), headers={"Content-Type": "application/json"}).status_code == 405
    # The console is static: nginx's 1 MiB default applies.
    assert gateway.post("/console/", content=b"x" * (2 * MIB)).status_code == 413

    assert body["title"]

    # Unknown routes are the service's own 404, problem+json like every error.
    assert_problem(gateway.get("/api/catalog/v1/nope"), 404, "not_found")
    assert_problem(gateway.get("/api/interaction/v1/nope"), 404, "not_found")


@pytest.mark.parametrize("service", ["catalog", "publishing", "interaction"])
def test_an_unreachable_service_is_a_502_problem(gateway_without_services: httpx.Client, service) -> None:
    response = gateway_without_services.get(f"/api/{service}/v1/healthz", headers={"X-Request-ID": "e2e-502"})
    assert_problem(response, 502, "upstream_unavailable")
    assert response.headers["x-request-id"] == "e2e-502"
