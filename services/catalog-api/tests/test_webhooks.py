"""Webhooks: registered per API client, queued in the publishing transaction, delivered signed,
retried until the receiver takes them."""

from __future__ import annotations

import hashlib
import hmac
import json

import httpx
from fastapi import FastAPI, Request, Response

from gongkai_kit.http import WebhookSender, asgi_transport

API = "/api/catalog/v1"
NANMING = "520102000000"


class Receiver:
    """A third-party system: answers 503 the first ``failures`` times, then records deliveries."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.app = FastAPI()

        @self.app.post("/hooks/gongkai")
        async def hook(request: Request) -> Response:
            if self.failures:
                self.failures -= 1
                return Response(status_code=503)
            self.received.append((dict(request.headers), await request.body()))
            return Response(status_code=204)


async def setup_webhook(catalog: httpx.AsyncClient, auth) -> dict:
    clients = (await catalog.get(f"{API}/tenants/{NANMING}/api-clients", headers=auth("nanming_admin"))).json()
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/webhooks",
        json={
            "api_client_id": clients["items"][0]["id"],
            "url": "https://partner.example/hooks/gongkai",
            "events": ["catalog.version.published"],
        },
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 201, response.text
    return response.json()


async def publish_a_catalog(catalog: httpx.AsyncClient, auth) -> dict:
    version = (
        await catalog.post(f"{API}/tenants/{NANMING}/catalog/versions", json={}, headers=auth("nanming_admin"))
    ).json()
    items = (
        await catalog.get(
            f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items",
            params={"limit": 200, "needs_review": True},
            headers=auth("nanming_admin"),
        )
    ).json()["items"]
    for item in items:
        await catalog.patch(
            f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{item['id']}",
            json={"time_limit_manual": True, "version": item["version"]},
            headers=auth("nanming_admin"),
        )
    published = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}:publish", headers=auth("nanming_admin")
    )
    assert published.status_code == 200, published.text
    return published.json()


def use_receiver(catalog_app: FastAPI, receiver: Receiver) -> WebhookSender:
    previous = catalog_app.state.webhook_sender
    catalog_app.state.webhook_sender = WebhookSender(transport=asgi_transport(receiver.app))
    return previous


async def test_publishing_a_catalog_delivers_a_signed_event(catalog: httpx.AsyncClient, auth, catalog_app) -> None:
    hook = await setup_webhook(catalog, auth)
    assert len(hook["secret"]) >= 32
    receiver = Receiver()
    previous = use_receiver(catalog_app, receiver)
    try:
        version = await publish_a_catalog(catalog, auth)
        assert await catalog_app.state.outbox_worker.run_once() == 1
    finally:
        catalog_app.state.webhook_sender = previous
    [(headers, body)] = receiver.received
    event = json.loads(body)
    assert event["event"] == "catalog.version.published"
    assert event["data"]["version_id"] == version["id"]
    assert headers["x-gongkai-event"] == "catalog.version.published"
    timestamp, signature = (part.split("=", 1)[1] for part in headers["x-gongkai-signature"].split(","))
    expected = hmac.new(hook["secret"].encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature, expected)


async def test_a_failing_receiver_is_retried_until_it_takes_the_event(
    catalog: httpx.AsyncClient, auth, catalog_app
) -> None:
    hook = await setup_webhook(catalog, auth)
    receiver = Receiver(failures=2)
    previous = use_receiver(catalog_app, receiver)
    try:
        await publish_a_catalog(catalog, auth)
        for _ in range(3):
            await catalog_app.state.outbox_worker.run_once()
    finally:
        catalog_app.state.webhook_sender = previous
    assert len(receiver.received) == 1
    deliveries = (
        await catalog.get(f"{API}/tenants/{NANMING}/webhooks/{hook['id']}/deliveries", headers=auth("nanming_admin"))
    ).json()["items"]
    assert [(d["status"], d["attempts"]) for d in deliveries] == [("delivered", 3)]


async def test_no_event_is_queued_when_publishing_fails(catalog: httpx.AsyncClient, auth, catalog_app) -> None:
    hook = await setup_webhook(catalog, auth)
    version = (
        await catalog.post(f"{API}/tenants/{NANMING}/catalog/versions", json={}, headers=auth("nanming_admin"))
    ).json()
    item = (
        await catalog.get(
            f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items", headers=auth("nanming_admin")
        )
    ).json()["items"][0]
    await catalog.patch(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{item['id']}",
        json={"subject": "", "version": item["version"]},
        headers=auth("nanming_admin"),
    )
    refused = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}:publish", headers=auth("nanming_admin")
    )
    assert refused.status_code == 422
    deliveries = (
        await catalog.get(f"{API}/tenants/{NANMING}/webhooks/{hook['id']}/deliveries", headers=auth("nanming_admin"))
    ).json()["items"]
    assert deliveries == []


async def test_webhook_needs_a_client_of_the_same_tenant(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/webhooks",
        json={
            "api_client_id": "00000000-0000-0000-0000-000000000000",
            "url": "https://partner.example/hook",
            "events": ["catalog.version.published"],
        },
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 422
