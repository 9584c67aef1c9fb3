"""The service client and the error and request-context mechanics, against real in-process apps."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, Field

from gongkai_kit.app import create_service_app
from gongkai_kit.errors import Conflict, UpstreamUnavailable
from gongkai_kit.http import ServiceClient, UpstreamProblem, asgi_transport
from gongkai_kit.logging import request_id_var
from gongkai_kit.pagination import decode_cursor, encode_cursor
from gongkai_kit.settings import ServiceSettings


class Item(BaseModel):
    name: str = Field(min_length=2)
    count: int = 0


def make_app(tmp_path) -> FastAPI:
    calls = {"flaky": 0, "post": 0}
    router = APIRouter()

    @router.get("/flaky")
    async def flaky() -> dict[str, int]:
        calls["flaky"] += 1
        if calls["flaky"] < 3:
            raise UpstreamUnavailable("busy")
        return {"attempts": calls["flaky"]}

    @router.post("/always-busy")
    async def always_busy() -> None:
        calls["post"] += 1
        raise UpstreamUnavailable("busy")

    @router.post("/items", status_code=201)
    async def create(item: Item) -> Item:
        if item.name == "dup":
            raise Conflict("名称已存在")
        return item

    @router.get("/echo-request-id")
    async def echo() -> dict[str, str | None]:
        return {"request_id": request_id_var.get()}

    settings = ServiceSettings(database_url=f"sqlite+aiosqlite:///{tmp_path}/t.sqlite", max_body_bytes=2048)
    app = create_service_app(
        settings=settings,
        service="test",
        title="t",
        description="t",
        prefix="/api/test/v1",
        routers=[router],
        migrations_dir=tmp_path,
    )
    app.state.calls = calls
    return app


@pytest.fixture
async def app(tmp_path) -> AsyncIterator[FastAPI]:
    app = make_app(tmp_path)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[ServiceClient]:
    service = ServiceClient("http://test", service="test-api", transport=asgi_transport(app), retries=2)
    yield service
    await service.aclose()


async def test_idempotent_calls_are_retried_until_they_succeed(client: ServiceClient) -> None:
    assert await client.get_json("/api/test/v1/flaky", dict) == {"attempts": 3}


async def test_posts_without_idempotency_key_are_not_retried(client: ServiceClient, app: FastAPI) -> None:
    response = await client.request("POST", "/api/test/v1/always-busy")
    assert response.status_code == 502
    assert app.state.calls["post"] == 1


async def test_posts_with_idempotency_key_are_retried(client: ServiceClient, app: FastAPI) -> None:
    await client.request("POST", "/api/test/v1/always-busy", idempotency_key="k-1")
    assert app.state.calls["post"] == 3


async def test_upstream_problem_keeps_its_status_and_code(client: ServiceClient) -> None:
    with pytest.raises(UpstreamProblem) as raised:
        await client.post_json("/api/test/v1/items", {"name": "dup"}, Item)
    assert (raised.value.status, raised.value.code, raised.value.detail) == (409, "conflict", "名称已存在")


async def test_unreachable_peer_is_an_upstream_unavailable_error() -> None:
    client = ServiceClient("http://127.0.0.1:9", service="nowhere", timeout=0.5, retries=1)
    with pytest.raises(UpstreamUnavailable):
        await client.get_json("/x", dict)
    await client.aclose()


async def test_request_id_is_propagated(client: ServiceClient) -> None:
    token = request_id_var.set("rid-42")
    try:
        assert await client.get_json("/api/test/v1/echo-request-id", dict) == {"request_id": "rid-42"}
    finally:
        request_id_var.reset(token)


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client


async def test_validation_errors_are_problem_json_in_chinese(http: httpx.AsyncClient) -> None:
    response = await http.post("/api/test/v1/items", json={"name": "x", "count": "many"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "validation_failed"
    assert {(tuple(e["loc"]), e["msg"]) for e in body["errors"]} == {
        (("body", "name"), "内容过短"),
        (("body", "count"), "应为整数"),
    }


async def test_malformed_json_is_a_problem_not_a_crash(http: httpx.AsyncClient) -> None:
    response = await http.post("/api/test/v1/items", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["msg"] == "不是有效的 JSON"


async def test_oversize_body_is_refused_before_the_app_reads_it(http: httpx.AsyncClient) -> None:
    response = await http.post("/api/test/v1/items", json={"name": "x" * 5000})
    assert response.status_code == 413
    assert response.json()["title"] == "提交的内容过大"


async def test_oversize_chunked_body_is_refused(http: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 500

    response = await http.post("/api/test/v1/items", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_wrong_content_type_is_415(http: httpx.AsyncClient) -> None:
    response = await http.post("/api/test/v1/items", content=b"<item/>", headers={"content-type": "application/xml"})
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"


async def test_unknown_route_and_method_are_problem_json(http: httpx.AsyncClient) -> None:
    missing = await http.get("/api/test/v1/nothing-here")
    assert (missing.status_code, missing.json()["title"]) == (404, "请求的资源不存在")
    wrong = await http.delete("/api/test/v1/items")
    assert (wrong.status_code, wrong.json()["code"]) == (405, "method_not_allowed")


async def test_each_response_carries_a_request_id(http: httpx.AsyncClient) -> None:
    generated = await http.get("/api/test/v1/healthz")
    assert len(generated.headers["x-request-id"]) == 32
    kept = await http.get("/api/test/v1/healthz", headers={"X-Request-ID": "abc-123"})
    assert kept.headers["x-request-id"] == "abc-123"
    replaced = await http.get("/api/test/v1/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert replaced.headers["x-request-id"] != "bad id with spaces"


async def test_metrics_count_requests_by_route_template(http: httpx.AsyncClient) -> None:
    await http.get("/api/test/v1/healthz")
    metrics = (await http.get("/api/test/v1/metrics")).text
    assert 'http_requests_total{method="GET",route="/healthz",service="test",status="200"}' in metrics


def test_cursor_round_trips_and_rejects_garbage() -> None:
    import uuid
    from datetime import UTC, date, datetime

    values = ["南明区", 3, uuid.uuid4(), datetime(2026, 1, 2, 3, 4, tzinfo=UTC), date(2026, 5, 1)]
    assert decode_cursor(encode_cursor(values), len(values)) == values
    with pytest.raises(Exception, match="cursor"):
        decode_cursor("not-a-cursor", 2)


def test_production_refuses_sqlite() -> None:
    with pytest.raises(ValueError, match="PostgreSQL"):
        ServiceSettings(environment="production", database_url="sqlite+aiosqlite:///x.sqlite")


async def test_jwks_is_cached_and_refetched_for_an_unknown_key_id() -> None:
    from datetime import timedelta

    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec

    from gongkai_kit.auth import JwksCache, TokenVerifier

    def jwk(key: ec.EllipticCurvePrivateKey, kid: str) -> dict[str, object]:
        return {**jwt.algorithms.ECAlgorithm.to_jwk(key.public_key(), as_dict=True), "kid": kid, "alg": "ES256"}

    old, new = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    published = {"keys": [jwk(old, "old")]}
    fetches = 0

    async def fetch() -> dict[str, object]:
        nonlocal fetches
        fetches += 1
        return published

    verifier = TokenVerifier(JwksCache(fetch, ttl=300, min_refetch_interval=0), issuer="i", audience="a")

    def token(key: ec.EllipticCurvePrivateKey, kid: str) -> str:
        from datetime import UTC, datetime

        now = datetime.now(UTC)
        claims = {"sub": "u", "iss": "i", "aud": "a", "iat": now, "exp": now + timedelta(minutes=5), "typ": "access"}
        return jwt.encode(claims, key, algorithm="ES256", headers={"kid": kid})

    for _ in range(3):
        assert (await verifier.verify(token(old, "old"))).subject == "u"
    assert fetches == 1
    published = {"keys": [jwk(old, "old"), jwk(new, "new")]}  # key rotation
    assert (await verifier.verify(token(new, "new"))).subject == "u"
    assert fetches == 2


async def test_a_verified_token_is_not_verified_again_until_it_expires() -> None:
    from datetime import UTC, datetime, timedelta

    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec

    from gongkai_kit.auth import JwksCache, TokenVerifier
    from gongkai_kit.errors import Unauthorized

    key = ec.generate_private_key(ec.SECP256R1())
    fetches = 0

    async def fetch() -> dict[str, object]:
        nonlocal fetches
        fetches += 1
        return {"keys": [{**jwt.algorithms.ECAlgorithm.to_jwk(key.public_key(), as_dict=True), "kid": "k"}]}

    verifier = TokenVerifier(JwksCache(fetch, ttl=0, min_refetch_interval=0), issuer="i", audience="a", leeway=0)
    now = datetime.now(UTC)
    claims = {"sub": "u", "iss": "i", "aud": "a", "iat": now, "typ": "access"}
    fresh = jwt.encode({**claims, "exp": now + timedelta(minutes=5)}, key, algorithm="ES256", headers={"kid": "k"})
    for _ in range(3):
        await verifier.verify(fresh)
    assert fetches == 1  # ttl=0 would refetch on every real verification
    stale = jwt.encode({**claims, "exp": now - timedelta(seconds=1)}, key, algorithm="ES256", headers={"kid": "k"})
    with pytest.raises(Unauthorized):
        await verifier.verify(stale)
