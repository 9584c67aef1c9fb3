"""留痕: registry changes leave an append-only trace with who, what, before and after."""

from __future__ import annotations

import httpx

API = "/api/catalog/v1"
NANMING = "520102000000"


async def audit_log(client: httpx.AsyncClient, auth) -> list[dict]:
    response = await client.get(
        f"{API}/tenants/{NANMING}/audit-log", params={"limit": 200}, headers=auth("nanming_admin")
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_creating_and_editing_an_org_unit_is_traced_with_the_actor(catalog: httpx.AsyncClient, auth) -> None:
    before = len(await audit_log(catalog, auth))
    unit = (
        await catalog.post(
            f"{API}/tenants/{NANMING}/org-units", json={"name": "南明区退役军人事务局"}, headers=auth("nanming_admin")
        )
    ).json()
    await catalog.patch(
        f"{API}/tenants/{NANMING}/org-units/{unit['id']}",
        json={"sort_order": 300, "version": unit["version"]},
        headers=auth("nanming_admin"),
    )
    entries = (await audit_log(catalog, auth))[before:]
    assert [(e["action"], e["entity"], e["actor_name"]) for e in entries] == [
        ("create", "org_units", "nanming_admin"),
        ("update", "org_units", "nanming_admin"),
    ]
    assert entries[0]["after"]["name"] == "南明区退役军人事务局"
    assert entries[0]["entity_id"] == f"{NANMING}/{unit['id']}"
    assert entries[1]["before"] == {"sort_order": 0}
    assert entries[1]["after"] == {"sort_order": 300}


async def test_password_hashes_never_reach_the_trace(catalog: httpx.AsyncClient, auth) -> None:
    before = len(await audit_log(catalog, auth))
    await catalog.post(
        f"{API}/tenants/{NANMING}/users",
        json={"username": "nm_audit", "display_name": "留痕测试", "password": "Secret123", "roles": ["editor"]},
        headers=auth("nanming_admin"),
    )
    [entry] = (await audit_log(catalog, auth))[before:]
    assert entry["entity"] == "users"
    assert "password_hash" not in entry["after"]


async def test_a_refused_change_leaves_no_trace(catalog: httpx.AsyncClient, auth) -> None:
    before = len(await audit_log(catalog, auth))
    batch = [{"name": "南明区审计局"}, {"name": "南明区教育局"}]  # the second exists: refused whole
    refused = await catalog.post(f"{API}/tenants/{NANMING}/org-units:batch", json=batch, headers=auth("nanming_admin"))
    assert refused.status_code == 409
    assert len(await audit_log(catalog, auth)) == before


async def test_only_the_tenants_administrators_read_its_trace(catalog: httpx.AsyncClient, auth) -> None:
    assert (await catalog.get(f"{API}/tenants/{NANMING}/audit-log", headers=auth("nanming_editor"))).status_code == 403
