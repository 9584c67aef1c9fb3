"""The one typed HTTP client services use to call each other (the only module importing httpx).

Explicit timeouts, bounded retries for idempotent calls (and POSTs carrying an
``Idempotency-Key``), the caller's request id and token propagated. In standalone mode the
same client talks to the peer app in-process through an ASGI transport: only the transport
changes, nothing is faked.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, TypeVar

import httpx
from pydantic import TypeAdapter

from gongkai_kit.errors import ProblemError, UpstreamUnavailable
from gongkai_kit.logging import request_id_var

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
    ) -> None:
        self.service = service
        self._retries = retries
        self._client = httpx.AsyncClient(
            base_url=base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)),
            transport=transport,
            headers={"User-Agent": f"gongkai-service-client ({service})"},
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
        params: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> httpx.Response:
        headers: dict[str, str] = {}
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
                response = await self._client.request(method, path, headers=headers, json=json, params=params)
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
