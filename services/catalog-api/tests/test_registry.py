"""Divisions, tenants, org units, users and API clients: rules, roles and bad input."""

from __future__ import annotations

import httpx
import pytest

API = "/api/catalog/v1"
NANMING, FENGGANG = "520102000000", "520327000000"


# --- divisions -------------------------------------------------------------------------


async def test_division_tree_lists_children_of_a_county(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.get(f"{API}/divisions", params={"parent_code": FENGGANG}, headers=auth("nanming_editor"))
    names = [d["name"] for d in response.json()["items"]]
    assert names[:3] == ["龙泉街道", "何坝街道", "花坪街道"]
    assert all(d["level"] == "township" for d in response.json()["items"])


async def test_platform_admin_adds_a_village_under_its_township(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/divisions", json={"code": "520327001001", "name": "龙泉社区"}, headers=auth("admin")
    )
    assert response.status_code == 201
    assert response.json() == {
        "code": "520327001001",
        "name": "龙泉社区",
        "level": "village",
        "parent_code": "520327001000",
    }


@pytest.mark.parametrize("code", ["52032700100", "5203270010011", "52032700100a", "000000000000"])
async def test_malformed_division_codes_are_refused(catalog: httpx.AsyncClient, auth, code: str) -> None:
    response = await catalog.post(f"{API}/divisions", json={"code": code, "name": "某村"}, headers=auth("admin"))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "提交的数据不符合要求"


async def test_division_with_unknown_parent_is_refused(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/divisions", json={"code": "530102001001", "name": "某村"}, headers=auth("admin")
    )
    assert response.status_code == 422
    assert response.json()["detail"] == "上级区划 530102001000 不存在，请先创建上级区划"


async def test_duplicate_division_code_is_a_conflict(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(f"{API}/divisions", json={"code": FENGGANG, "name": "凤冈县"}, headers=auth("admin"))
    assert response.status_code == 409


async def test_division_with_tenant_cannot_be_deleted(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.delete(f"{API}/divisions/520327001000", headers=auth("admin"))
    assert response.status_code == 409
    assert "租户" in response.json()["detail"]


async def test_only_platform_admin_edits_divisions(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.patch(f"{API}/divisions/{FENGGANG}", json={"name": "x"}, headers=auth("fenggang_admin"))
    assert response.status_code == 403


# --- tenants -----------------------------------------------------------------------------


async def test_township_tenant_needs_its_county_tenant(catalog: httpx.AsyncClient, auth) -> None:
    orphan = await catalog.post(f"{API}/tenants", json={"division_code": "520103001000"}, headers=auth("admin"))
    assert orphan.status_code == 422  # 云岩区 has no tenant, and its township is not even a known division
    created = await catalog.post(f"{API}/tenants", json={"division_code": "520327101000"}, headers=auth("admin"))
    assert created.status_code == 201
    assert created.json()["parent_tenant_id"] == FENGGANG
    assert created.json()["name"] == "进化镇"


async def test_a_city_cannot_become_a_tenant(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(f"{API}/tenants", json={"division_code": "520100000000"}, headers=auth("admin"))
    assert response.status_code == 422


async def test_supervisor_sees_only_tenants_below_its_division(catalog: httpx.AsyncClient, auth) -> None:
    zunyi = (await catalog.get(f"{API}/tenants", headers=auth("zunyi_supervisor"))).json()["items"]
    assert {t["id"] for t in zunyi} == {FENGGANG, "520327001000"}
    province = (await catalog.get(f"{API}/tenants", headers=auth("guizhou_supervisor"))).json()["items"]
    assert len(province) == 4
    own = (await catalog.get(f"{API}/tenants", headers=auth("nanming_editor"))).json()["items"]
    assert [t["id"] for t in own] == [NANMING]


async def test_supervisor_reads_a_tenant_below_it_but_not_one_elsewhere(catalog: httpx.AsyncClient, auth) -> None:
    ok = await catalog.get(f"{API}/tenants/{FENGGANG}/org-units", headers=auth("zunyi_supervisor"))
    assert ok.status_code == 200
    refused = await catalog.get(f"{API}/tenants/{NANMING}/org-units", headers=auth("zunyi_supervisor"))
    assert refused.status_code == 403
    assert refused.json()["code"] == "tenant_forbidden"


# --- org units ----------------------------------------------------------------------------


async def test_tenant_admin_creates_and_edits_an_org_unit(catalog: httpx.AsyncClient, auth) -> None:
    created = await catalog.post(
        f"{API}/tenants/{NANMING}/org-units",
        json={"name": "南明区司法局", "credit_code": "11520102MB1234567X", "sort_order": 200},
        headers=auth("nanming_admin"),
    )
    assert created.status_code == 201, created.text
    unit = created.json()
    edited = await catalog.patch(
        f"{API}/tenants/{NANMING}/org-units/{unit['id']}",
        json={"name": "南明区司法局（改）", "version": unit["version"]},
        headers=auth("nanming_admin"),
    )
    assert edited.status_code == 200
    assert edited.json()["version"] == unit["version"] + 1


async def test_stale_version_is_refused_and_nothing_is_overwritten(catalog: httpx.AsyncClient, auth) -> None:
    unit = (
        await catalog.post(
            f"{API}/tenants/{NANMING}/org-units", json={"name": "南明区统计局"}, headers=auth("nanming_admin")
        )
    ).json()
    url = f"{API}/tenants/{NANMING}/org-units/{unit['id']}"
    first = await catalog.patch(url, json={"sort_order": 5, "version": 1}, headers=auth("nanming_admin"))
    assert first.status_code == 200
    second = await catalog.patch(url, json={"sort_order": 9, "version": 1}, headers=auth("nanming_admin"))
    assert second.status_code == 409
    assert second.json()["code"] == "stale_version"
    assert (await catalog.get(url, headers=auth("nanming_admin"))).json()["sort_order"] == 5


async def test_duplicate_org_unit_name_is_a_conflict(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/org-units", json={"name": "南明区教育局"}, headers=auth("nanming_admin")
    )
    assert response.status_code == 409
    assert response.json()["detail"] == "名称“南明区教育局”已存在"


async def test_same_org_unit_name_is_fine_in_another_tenant(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{FENGGANG}/org-units", json={"name": "南明区教育局"}, headers=auth("fenggang_admin")
    )
    assert response.status_code == 201


async def test_failed_batch_write_leaves_no_partial_rows(catalog: httpx.AsyncClient, auth) -> None:
    batch = [{"name": "南明区审计局"}, {"name": "南明区林业局"}, {"name": "南明区教育局"}]  # the last exists
    response = await catalog.post(f"{API}/tenants/{NANMING}/org-units:batch", json=batch, headers=auth("nanming_admin"))
    assert response.status_code == 409
    names = [
        u["name"]
        for u in (
            await catalog.get(
                f"{API}/tenants/{NANMING}/org-units", params={"limit": 200}, headers=auth("nanming_admin")
            )
        ).json()["items"]
    ]
    assert "南明区审计局" not in names
    assert "南明区林业局" not in names


async def test_batch_write_succeeds_whole(catalog: httpx.AsyncClient, auth) -> None:
    batch = [{"name": "南明区审计局"}, {"name": "南明区林业局"}]
    response = await catalog.post(f"{API}/tenants/{NANMING}/org-units:batch", json=batch, headers=auth("nanming_admin"))
    assert response.status_code == 201
    assert [u["name"] for u in response.json()] == ["南明区审计局", "南明区林业局"]


async def test_org_unit_with_users_cannot_be_deleted(catalog: httpx.AsyncClient, auth) -> None:
    units = (await catalog.get(f"{API}/tenants/{NANMING}/org-units", headers=auth("nanming_admin"))).json()["items"]
    office = next(u for u in units if u["name"] == "南明区人民政府办公室")
    response = await catalog.delete(f"{API}/tenants/{NANMING}/org-units/{office['id']}", headers=auth("nanming_admin"))
    assert response.status_code == 409


async def test_org_units_page_with_a_cursor_without_overlap(catalog: httpx.AsyncClient, auth) -> None:
    url = f"{API}/tenants/{NANMING}/org-units"
    first = (await catalog.get(url, params={"limit": 5}, headers=auth("nanming_admin"))).json()
    second = (
        await catalog.get(url, params={"limit": 5, "cursor": first["next_cursor"]}, headers=auth("nanming_admin"))
    ).json()
    everything = (await catalog.get(url, params={"limit": 200}, headers=auth("nanming_admin"))).json()
    assert [u["id"] for u in first["items"] + second["items"]] == [u["id"] for u in everything["items"][:10]]
    bad = await catalog.get(url, params={"cursor": "garbage!"}, headers=auth("nanming_admin"))
    assert bad.status_code == 400


async def test_editor_cannot_create_org_units(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/org-units", json={"name": "x局"}, headers=auth("nanming_editor")
    )
    assert response.status_code == 403


# --- users ----------------------------------------------------------------------------------


async def test_tenant_admin_creates_a_user_who_can_log_in(catalog: httpx.AsyncClient, auth) -> None:
    created = await catalog.post(
        f"{API}/tenants/{NANMING}/users",
        json={"username": "nm_new", "display_name": "新信息员", "password": "Secret123", "roles": ["editor"]},
        headers=auth("nanming_admin"),
    )
    assert created.status_code == 201, created.text
    login = await catalog.post(f"{API}/auth/login", json={"username": "nm_new", "password": "Secret123"})
    assert login.status_code == 200


async def test_tenant_admin_cannot_grant_platform_roles(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/users",
        json={"username": "nm_boss", "display_name": "x", "password": "Secret123", "roles": ["platform_admin"]},
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 422


async def test_weak_password_is_refused_with_a_chinese_reason(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/users",
        json={"username": "nm_weak", "display_name": "x", "password": "onlyletters", "roles": ["editor"]},
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["msg"] == "密码至少8位，且须同时包含字母和数字"


async def test_user_cannot_be_assigned_to_another_tenants_org_unit(catalog: httpx.AsyncClient, auth) -> None:
    fenggang_units = (await catalog.get(f"{API}/tenants/{FENGGANG}/org-units", headers=auth("fenggang_admin"))).json()
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/users",
        json={
            "username": "nm_cross",
            "display_name": "x",
            "password": "Secret123",
            "roles": ["editor"],
            "org_unit_id": fenggang_units["items"][0]["id"],
        },
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 422
    assert response.json()["detail"] == "所属部门不存在"


async def test_duplicate_username_is_a_conflict_across_tenants(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/tenants/{FENGGANG}/users",
        json={"username": "nanming_admin", "display_name": "x", "password": "Secret123", "roles": ["editor"]},
        headers=auth("fenggang_admin"),
    )
    assert response.status_code == 409


async def test_admin_cannot_lock_themselves_out(catalog: httpx.AsyncClient, auth) -> None:
    users = (await catalog.get(f"{API}/tenants/{NANMING}/users", headers=auth("nanming_admin"))).json()["items"]
    me = next(u for u in users if u["username"] == "nanming_admin")
    response = await catalog.patch(
        f"{API}/tenants/{NANMING}/users/{me['id']}",
        json={"active": False, "version": me["version"]},
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 409


async def test_platform_admin_creates_a_supervisor_for_a_city(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/users",
        json={
            "username": "guiyang_supervisor",
            "display_name": "贵阳市监督员",
            "password": "Secret123",
            "roles": ["supervisor"],
            "division_code": "520100000000",
        },
        headers=auth("admin"),
    )
    assert response.status_code == 201
    assert response.json()["tenant_id"] is None


async def test_supervisor_needs_a_division(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.post(
        f"{API}/users",
        json={"username": "sup_x", "display_name": "x", "password": "Secret123", "roles": ["supervisor"]},
        headers=auth("admin"),
    )
    assert response.status_code == 422


# --- api clients and public reads ------------------------------------------------------------


async def test_api_client_secret_is_shown_once_and_works(catalog: httpx.AsyncClient, auth) -> None:
    created = await catalog.post(
        f"{API}/tenants/{FENGGANG}/api-clients",
        json={"name": "凤冈县政务服务系统", "scopes": ["catalog:read"]},
        headers=auth("fenggang_admin"),
    )
    assert created.status_code == 201
    client = created.json()
    assert client["client_id"].startswith(f"{FENGGANG}.")
    listed = (await catalog.get(f"{API}/tenants/{FENGGANG}/api-clients", headers=auth("fenggang_admin"))).json()
    assert "client_secret" not in listed["items"][0]
    token = await catalog.post(
        f"{API}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client["client_id"],
            "client_secret": client["client_secret"],
        },
    )
    assert token.status_code == 200
    revoked = await catalog.delete(
        f"{API}/tenants/{FENGGANG}/api-clients/{client['id']}", headers=auth("fenggang_admin")
    )
    assert revoked.status_code == 204
    refused = await catalog.post(
        f"{API}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client["client_id"],
            "client_secret": client["client_secret"],
        },
    )
    assert refused.status_code == 401


async def test_public_tenant_profile_needs_no_login(catalog: httpx.AsyncClient) -> None:
    response = await catalog.get(f"{API}/public/tenants/{FENGGANG}")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=60"
    assert "凤冈县民政局" in [u["name"] for u in response.json()["org_units"]]
