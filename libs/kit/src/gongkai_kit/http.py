"""The one typed HTTP client services use to call each other (the only module importing httpx).

Explicit timeouts, bounded retries for idempotent calls (and POSTs carrying an
``Idempotency-Key``), the caller's request id and token propagated. In standalone mode the
same client talks to the peer app in-process through an ASGI transport: only the transport
changes, nothing is faked.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
from pydantic import TypeAdapter

from gongkai_kit.errors import ProblemError, UpstreamUnavailable
from gongkai_kit.logging import request_id_var
from gongkai_kit.settings import ServiceSettings

logger = logging.getLogger("gongkai.http")

M = TypeVar("M")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})

Transport = httpx.AsyncBaseTransport


def asgi_transport(app: Any) -> Transport:
    """An in-process transport to another ASGI app (standalone mode and tests)."""
    return httpx.ASGITransport(app=app)


class UpstreamProblem(ProblemError):
    """A 4xx problem answered by a peer service, passed on with its status and code."""

    def __init__(self, status: int, code: str, title: str, detail: str | None) -> None:
        super().__init__(detail)
        self.status = status  # type: ignore[misc]
        self.code = code  # type: ignore[misc]
        self.title = title  # type: ignore[misc]


class ServiceClient:
    def __init__(
        self,
        base_url: str,
        *,
        service: str,
        timeout: float = 5.0,
        retries: int = 2,
        transport: Transport | None = None,
        token_provider: Callable[[], Awaitable[str]] | None = None,
        caller: str = "gongkai",
    ) -> None:
        self.service = service
        self._retries = retries
        # Used when a call carries no caller token: the service's own identity.
        self.token_provider = token_provider
        self._client = httpx.AsyncClient(
            base_url=base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)),
            transport=transport,
            headers={"User-Agent": f"{caller} (gongkai service client)"},
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json: Any = None,
        data: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
        anonymous: bool = False,
    ) -> httpx.Response:
        headers: dict[str, str] = {}
        if token is None and self.token_provider is not None and not anonymous:
            token = await self.token_provider()
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if request_id := request_id_var.get():
            headers["X-Request-ID"] = request_id
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        retryable = method.upper() in IDEMPOTENT_METHODS or idempotency_key is not None
        attempts = 1 + (self._retries if retryable else 0)
        last_error: Exception | None = None
        for attempt in range(attempts):
            if attempt:
                await asyncio.sleep(0.05 * 2**attempt)
            try:
                response = await self._client.request(
                    method, path, headers=headers, json=json, data=data, params=params
                )
            except httpx.TransportError as exc:
                last_error = exc
                logger.warning("%s %s %s failed (attempt %d): %s", self.service, method, path, attempt + 1, exc)
                continue
            if response.status_code in RETRY_STATUSES and attempt + 1 < attempts:
                last_error = None
                continue
            return response
        detail = f"{self.service} 无法访问" + (f"：{last_error}" if last_error else "")
        raise UpstreamUnavailable(detail)

    async def get_json(
        self, path: str, model: type[M], *, token: str | None = None, params: dict[str, Any] | None = None
    ) -> M:
        response = await self.request("GET", path, token=token, params=params)
        return self.parse(response, model)

    async def post_json(self, path: str, body: Any, model: type[M], *, token: str | None = None) -> M:
        response = await self.request("POST", path, token=token, json=body)
        return self.parse(response, model)

    def parse(self, response: httpx.Response, model: type[M]) -> M:
        if response.status_code >= 500:
            raise UpstreamUnavailable(f"{self.service} 返回错误 {response.status_code}")
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = {}
            raise UpstreamProblem(
                response.status_code,
                str(body.get("code", "upstream_error")),
                str(body.get("title", "请求被依赖的服务拒绝")),
                body.get("detail"),
            )
        adapter: TypeAdapter[M] = TypeAdapter(model)
        return adapter.validate_json(response.content)


class ClientCredentials:
    """A service's own access token from catalog-api (OAuth2 client credentials), cached
    until shortly before it expires. Pass it as ``token_provider`` to a ``ServiceClient``.
    """

    def __init__(
        self,
        client: ServiceClient,
        *,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        token_path: str = "/api/catalog/v1/oauth/token",
        refresh_margin: float = 30,
    ) -> None:
        self._client = client
        self._form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
        if scope:
            self._form["scope"] = scope
        self._path = token_path
        self._margin = refresh_margin
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()
        self.fetches = 0

    async def __call__(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at - self._margin:
                response = await self._client.request("POST", self._path, data=self._form, anonymous=True)
                body = self._client.parse(response, dict[str, Any])
                self._token = str(body["access_token"])
                self._expires_at = time.monotonic() + float(body.get("expires_in", 300))
                self.fetches += 1
            return self._token


def catalog_client(settings: ServiceSettings, *, caller: str, transport: Transport | None = None) -> ServiceClient:
    """The client ``caller`` uses to call catalog-api, configured from its settings."""
    client = ServiceClient(
        settings.catalog_api_url,
        service="catalog-api",
        caller=caller,
        timeout=settings.http_timeout_seconds,
        retries=settings.http_retries,
        transport=transport,
    )
    if settings.service_client_id and settings.service_client_secret:
        client.token_provider = ClientCredentials(
            client, client_id=settings.service_client_id, client_secret=settings.service_client_secret
        )
    return client


class WebhookSender:
    """Delivers signed event notifications to third-party URLs (HMAC-SHA256 over
    ``<timestamp>.<body>``, as in ``X-Gongkai-Signature: t=<timestamp>,v1=<hex>``)."""

    def __init__(self, *, timeout: float = 10.0, transport: Transport | None = None) -> None:
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 3.0)),
            transport=transport,
            headers={"User-Agent": "gongkai-webhooks", "Content-Type": "application/json"},
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    @staticmethod
    def signature(secret: str, timestamp: int, body: bytes) -> str:
        digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
        return f"t={timestamp},v1={digest}"

    async def send(self, url: str, *, secret: str, event: str, delivery_id: str, body: bytes) -> None:
        """Raises when the receiver does not answer 2xx, so the outbox retries."""
        timestamp = int(time.time())
        headers = {
            "X-Gongkai-Event": event,
            "X-Gongkai-Delivery": delivery_id,
            "X-Gongkai-Signature": self.signature(secret, timestamp, body),
        }
        try:
            response = await self._client.post(url, content=body, headers=headers)
        except httpx.TransportError as exc:
            raise UpstreamUnavailable(f"webhook {url} unreachable: {exc}") from exc
        if not 200 <= response.status_code < 300:
            raise UpstreamUnavailable(f"webhook {url} answered {response.status_code}")
