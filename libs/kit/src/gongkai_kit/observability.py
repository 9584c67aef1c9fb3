"""Request context (request id, access log, body and content-type guards) and Prometheus metrics.

Written as plain ASGI middleware so they cost little on the hot path and work the same when
three apps are mounted in one process (each app has its own metrics registry).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gongkai_kit.audit import actor_var
from gongkai_kit.errors import PayloadTooLarge, ProblemError, UnsupportedMediaType, problem_response
from gongkai_kit.logging import request_id_var, tenant_var

access_logger = logging.getLogger("gongkai.access")
# The same rule as the gateway (deploy/nginx): ids it keeps, the services keep too.
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._:=+/-]{1,200}$")
BODY_CONTENT_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RequestContextMiddleware:
    """Request id in and out, one JSON access-log line, size and media-type limits on bodies."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = incoming if incoming and _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex
        rid_token = request_id_var.set(request_id)
        tenant_token = tenant_var.set(None)
        actor_token = actor_var.set(None)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            problem = self._check_body(scope)
            if (
                problem is None
                and _header(scope, b"content-length") is None
                and scope["method"]
                in {
                    "POST",
                    "PUT",
                    "PATCH",
                }
            ):
                receive, problem = await self._buffer_chunked(receive)
            if problem is not None:
                response = problem_response(problem.to_problem(scope.get("path")), problem.headers)
                await response(scope, receive, send_with_id)
            else:
                await self.app(scope, receive, send_with_id)
        finally:
            access_logger.info(
                "%s %s %s",
                scope["method"],
                scope.get("path"),
                status,
                extra={
                    "method": scope["method"],
                    "path": scope.get("path"),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            actor_var.reset(actor_token)
            tenant_var.reset(tenant_token)
            request_id_var.reset(rid_token)

    def _check_body(self, scope: Scope) -> ProblemError | None:
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return PayloadTooLarge("Content-Length 无效")
            if size > self.max_body_bytes:
                return PayloadTooLarge(f"请求体不能超过 {self.max_body_bytes // 1024} KB")
            if size == 0:
                return None
        elif _header(scope, b"transfer-encoding") is None:
            return None
        content_type = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        if not (content_type in BODY_CONTENT_TYPES or content_type.endswith("+json")):
            return UnsupportedMediaType(f"不支持的内容类型：{content_type or '未指定'}，请使用 application/json")
        return None

    async def _buffer_chunked(self, receive: Receive) -> tuple[Receive, ProblemError | None]:
        """Bodies without Content-Length are read up to the limit before the app sees them."""
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return receive, PayloadTooLarge(f"请求体不能超过 {self.max_body_bytes // 1024} KB")
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay, None


class Metrics:
    """Prometheus metrics of one app, in its own registry."""

    def __init__(self, service: str) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests served",
            ["service", "method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "HTTP request latency",
            ["service", "method", "route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.service = service

    def render(self) -> Response:
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route: Any = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            method = scope["method"]
            self.metrics.requests.labels(self.metrics.service, method, template, str(status)).inc()
            self.metrics.latency.labels(self.metrics.service, method, template).observe(time.perf_counter() - started)


async def metrics_endpoint(request: Request) -> Response:
    metrics: Metrics = request.app.state.metrics
    return metrics.render()
