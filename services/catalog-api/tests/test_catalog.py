"""A tenant's standard catalog: reference data, drafts, editing, assignment, publishing, diffs,
the change log, exchange files and the read API for third-party systems."""

from __future__ import annotations

import io
import json

import httpx
import openpyxl
import pytest

from catalog_api.demo.seed import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

API = "/api/catalog/v1"
NANMING, FENGGANG, LONGQUAN = "520102000000", "520327000000", "520327001000"


async def draft(client: httpx.AsyncClient, auth, tenant: str = NANMING, user: str = "nanming_admin") -> dict:
    response = await client.post(f"{API}/tenants/{tenant}/catalog/versions", json={}, headers=auth(user))
    assert response.status_code == 201, response.text
    return response.json()


async def all_items(client: httpx.AsyncClient, auth, version_id: str, user: str = "nanming_admin", **params) -> list:
    response = await client.get(
        f"{API}/tenants/{NANMING}/catalog/versions/{version_id}/items",
        params={"limit": 200, **params},
        headers=auth(user),
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def make_publishable(client: httpx.AsyncClient, auth, version_id: str) -> None:
    """Confirm every time limit the parser could not compute as followed by hand."""
    for item in await all_items(client, auth, version_id, needs_review=True):
        response = await client.patch(
            f"{API}/tenants/{NANMING}/catalog/versions/{version_id}/items/{item['id']}",
            json={"time_limit_manual": True, "version": item["version"]},
            headers=auth("nanming_admin"),
        )
        assert response.status_code == 200, response.text


# --- reference data ----------------------------------------------------------------------------


async def test_the_26_pilot_domains_are_seeded_in_plan_order(catalog: httpx.AsyncClient, auth) -> None:
    domains = (await catalog.get(f"{API}/domains", headers=auth("nanming_editor"))).json()
    assert len(domains) == 26
    assert (domains[0]["code"], domains[0]["name"], domains[0]["national_name"]) == ("01", "国土空间规划", "城乡规划")
    assert domains[-1]["name"] == "市政服务"


async def test_every_domain_has_a_standard_with_items(catalog: httpx.AsyncClient, auth) -> None:
    standards = (await catalog.get(f"{API}/standards", headers=auth("nanming_editor"))).json()
    assert len(standards) == 26
    social = next(s for s in standards if s["domain_code"] == "20")
    items = (await catalog.get(f"{API}/standards/{social['id']}/items", headers=auth("nanming_editor"))).json()["items"]
    assert items
    assert all(i["domain_code"] == "20" for i in items)


async def test_baselines_keep_the_provenance_of_each_item(catalog: httpx.AsyncClient, auth) -> None:
    baselines = (await catalog.get(f"{API}/baselines", headers=auth("nanming_editor"))).json()
    assert {b["level"] for b in baselines} == {"county", "township"}
    county = next(b for b in baselines if b["level"] == "county")
    items = (
        await catalog.get(
            f"{API}/baselines/{county['id']}/items", params={"limit": 200}, headers=auth("nanming_editor")
        )
    ).json()["items"]
    assert len(items) == 48  # rows of the real catalogs marked 县级
    assert all(i["standard_item_id"] for i in items)
    assert all("县级" in i["levels"] for i in items)


async def test_platform_admin_adds_a_domain(catalog: httpx.AsyncClient, auth) -> None:
    created = await catalog.post(
        f"{API}/domains", json={"code": "27", "name": "卫生健康监督", "sort_order": 27}, headers=auth("admin")
    )
    assert created.status_code == 201
    refused = await catalog.post(f"{API}/domains", json={"code": "28", "name": "x"}, headers=auth("nanming_admin"))
    assert refused.status_code == 403
    duplicate = await catalog.post(f"{API}/domains", json={"code": "29", "name": "社会救助"}, headers=auth("admin"))
    assert duplicate.status_code == 409


# --- drafts and items ----------------------------------------------------------------------------


async def test_a_county_draft_starts_from_the_county_baseline(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    assert (version["number"], version["status"], version["item_count"]) == (1, "draft", 48)
    items = await all_items(catalog, auth, version["id"])
    assert all(i["source"] == "baseline" and i["baseline_item_id"] and i["standard_item_id"] for i in items)


async def test_a_township_draft_starts_from_the_township_baseline(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth, LONGQUAN, "longquan_admin")
    assert version["item_count"] == 38  # rows marked 乡级


async def test_only_one_draft_at_a_time(catalog: httpx.AsyncClient, auth) -> None:
    await draft(catalog, auth)
    again = await catalog.post(f"{API}/tenants/{NANMING}/catalog/versions", json={}, headers=auth("nanming_admin"))
    assert again.status_code == 409


async def test_time_limits_are_parsed_and_the_rest_listed_for_review(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    items = await all_items(catalog, auth, version["id"])
    standard = next(i for i in items if i["time_limit"] == "信息形成或者变更之日起20个工作日内")
    assert standard["needs_review"] is False
    assert standard["time_limit_rule"]["amount"] == 20
    review = await all_items(catalog, auth, version["id"], needs_review=True)
    assert all(i["needs_review"] for i in review)
    assert len(review) < len(items)


async def test_custom_item_from_the_power_list_keeps_its_origin(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items",
        json={
            "domain_code": "20",
            "level1": "临时救助",
            "level2": "急难型临时救助审批结果",
            "content": "救助对象姓名、救助金额、审批时间",
            "basis_text": "【行政法规】《社会救助暂行办法》（国务院令第649号）",
            "time_limit": "信息形成之日起10个工作日内",
            "subject": "南明区民政局",
            "channels": ["政府网站", "社区/企事业单位/村公示栏(电子屏)"],
            "levels": ["县级"],
            "custom_origin": "权责清单",
        },
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 201, response.text
    item = response.json()
    assert (item["source"], item["custom_origin"], item["domain"]) == ("custom", "权责清单", "社会救助")
    assert item["basis"][0]["title"] == "社会救助暂行办法"
    assert item["time_limit_rule"]["amount"] == 10


async def test_unknown_channel_and_domain_are_refused_in_chinese(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    base = {"level1": "x", "content": "x", "time_limit": "实时公开", "levels": ["县级"]}
    url = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items"
    bad_channel = await catalog.post(
        url, json={**base, "domain_code": "20", "channels": ["微博"]}, headers=auth("nanming_admin")
    )
    assert bad_channel.status_code == 422
    assert "未知的公开渠道" in bad_channel.json()["detail"]
    bad_domain = await catalog.post(url, json={**base, "domain_code": "99"}, headers=auth("nanming_admin"))
    assert (bad_domain.status_code, bad_domain.json()["detail"]) == (422, "领域 99 不存在")


async def test_edit_needs_the_current_version_and_is_logged(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    item = (await all_items(catalog, auth, version["id"]))[0]
    url = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{item['id']}"
    edited = await catalog.patch(
        url, json={"subject": "南明区自然资源局", "version": item["version"]}, headers=auth("nanming_admin")
    )
    assert edited.status_code == 200
    stale = await catalog.patch(url, json={"subject": "x", "version": item["version"]}, headers=auth("nanming_admin"))
    assert stale.status_code == 409
    changes = (
        await catalog.get(
            f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/changes", headers=auth("nanming_admin")
        )
    ).json()["items"]
    edit = next(c for c in changes if c["action"] == "edit_item")
    assert edit["actor_name"] == "nanming_admin"
    assert edit["after"]["subject"] == "南明区自然资源局"
    assert edit["before"]["subject"] != "南明区自然资源局"


async def test_removing_an_item_needs_a_reason(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    item = (await all_items(catalog, auth, version["id"]))[0]
    url = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{item['id']}:remove"
    assert (await catalog.post(url, json={"reason": ""}, headers=auth("nanming_admin"))).status_code == 422
    assert (await catalog.post(url, json={"reason": "本区无此事项"}, headers=auth("nanming_admin"))).status_code == 204
    changes = (
        await catalog.get(
            f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/changes", headers=auth("nanming_admin")
        )
    ).json()["items"]
    assert any(c["action"] == "remove_item" and c["reason"] == "本区无此事项" for c in changes)


async def test_editor_reads_but_cannot_change_the_catalog(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    assert await all_items(catalog, auth, version["id"], user="nanming_editor")
    refused = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}:publish", headers=auth("nanming_editor")
    )
    assert refused.status_code == 403


# --- assignment ------------------------------------------------------------------------------------


async def unit_id(client: httpx.AsyncClient, auth, name: str) -> str:
    units = (
        await client.get(f"{API}/tenants/{NANMING}/org-units", params={"limit": 200}, headers=auth("nanming_admin"))
    ).json()
    return next(u["id"] for u in units["items"] if u["name"] == name)


async def test_assignments_and_the_matrix(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    items = await all_items(catalog, auth, version["id"])
    civil = await unit_id(catalog, auth, "南明区民政局")
    street = await unit_id(catalog, auth, "花果园街道办事处")
    base = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}"
    one = await catalog.put(
        f"{base}/items/{items[0]['id']}/assignments",
        json={"org_unit_ids": [civil, street]},
        headers=auth("nanming_admin"),
    )
    assert one.json()["org_unit_ids"] == [civil, street]
    bulk = await catalog.post(
        f"{base}/assignments:bulk",
        json={"item_ids": [i["id"] for i in items[1:4]], "org_unit_ids": [civil], "mode": "add"},
        headers=auth("nanming_admin"),
    )
    assert bulk.json() == {"items": 3}
    matrix = (await catalog.get(f"{base}/matrix", headers=auth("nanming_editor"))).json()
    assert {u["name"] for u in matrix["units"]} >= {"南明区民政局", "花果园街道办事处"}
    assigned = [r for r in matrix["rows"] if civil in r["org_unit_ids"]]
    assert len(assigned) == 4
    mine = await all_items(catalog, auth, version["id"], org_unit_id=civil)
    assert len(mine) == 4


async def test_assigning_another_tenants_unit_is_refused(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    item = (await all_items(catalog, auth, version["id"]))[0]
    foreign = (await catalog.get(f"{API}/tenants/{FENGGANG}/org-units", headers=auth("fenggang_admin"))).json()[
        "items"
    ][0]
    response = await catalog.put(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{item['id']}/assignments",
        json={"org_unit_ids": [foreign["id"]]},
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 422


# --- publishing, versions, diffs --------------------------------------------------------------------


async def test_publishing_refuses_with_a_problem_per_item(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    item = (await all_items(catalog, auth, version["id"]))[0]
    await catalog.patch(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{item['id']}",
        json={"subject": "", "channels": [], "version": item["version"]},
        headers=auth("nanming_admin"),
    )
    response = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}:publish", headers=auth("nanming_admin")
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "catalog_not_publishable"
    mine = next(e for e in body["errors"] if e["loc"] == ["items", item["id"]])
    assert "主动公开事项必须填写公开主体" in mine["msg"]
    assert "至少选择一个公开渠道" in mine["msg"]


async def test_publish_then_a_new_draft_copies_it_and_the_diff_shows_each_change(
    catalog: httpx.AsyncClient, auth
) -> None:
    first = await draft(catalog, auth)
    await make_publishable(catalog, auth, first["id"])
    published = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{first['id']}:publish", headers=auth("nanming_admin")
    )
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    first_item = (await all_items(catalog, auth, first["id"]))[0]
    frozen = await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{first['id']}/items/{first_item['id']}:remove",
        json={"reason": "试图修改已发布版本"},
        headers=auth("nanming_admin"),
    )
    assert frozen.status_code == 409

    second = await draft(catalog, auth)
    assert (second["number"], second["based_on_id"], second["item_count"]) == (2, first["id"], 48)
    items = await all_items(catalog, auth, second["id"])
    base = f"{API}/tenants/{NANMING}/catalog/versions/{second['id']}"
    await catalog.patch(
        f"{base}/items/{items[0]['id']}",
        json={"subject": "南明区住建局", "version": items[0]["version"]},
        headers=auth("nanming_admin"),
    )
    await catalog.post(f"{base}/items/{items[1]['id']}:remove", json={"reason": "合并"}, headers=auth("nanming_admin"))
    diff = (
        await catalog.get(
            f"{API}/tenants/{NANMING}/catalog/diff",
            params={"from_version": first["id"], "to_version": second["id"]},
            headers=auth("nanming_editor"),
        )
    ).json()
    statuses = {(d["status"], d["item_key"]) for d in diff["items"]}
    assert ("changed", items[0]["item_key"]) in statuses
    assert ("removed", items[1]["item_key"]) in statuses
    changed = next(d for d in diff["items"] if d["status"] == "changed")
    assert changed["changes"] == [
        {"field": "subject", "label": "公开主体", "before": items[0]["subject"], "after": "南明区住建局"}
    ]

    await make_publishable(catalog, auth, second["id"])
    assert (await catalog.post(f"{base}:publish", headers=auth("nanming_admin"))).status_code == 200
    versions = (await catalog.get(f"{API}/tenants/{NANMING}/catalog/versions", headers=auth("nanming_admin"))).json()
    assert [v["status"] for v in versions["items"]] == ["superseded", "published"]


# --- exchange ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
async def test_export_then_import_changes_nothing(catalog: httpx.AsyncClient, auth, fmt: str) -> None:
    version = await draft(catalog, auth)
    base = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}"
    before = await all_items(catalog, auth, version["id"])
    exported = await catalog.get(f"{base}/export", params={"format": fmt}, headers=auth("nanming_admin"))
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    imported = await catalog.post(
        f"{base}/import", files={"file": (f"catalog.{fmt}", exported.content)}, headers=auth("nanming_admin")
    )
    assert imported.status_code == 200, imported.text
    assert imported.json() == {"added": 0, "updated": 0, "removed": 0, "unchanged": 48}
    after = await all_items(catalog, auth, version["id"])
    assert [(i["item_key"], i["content"]) for i in after] == [(i["item_key"], i["content"]) for i in before]


async def test_import_with_bad_rows_is_refused_whole_with_cell_errors(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    base = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}"
    exported = await catalog.get(f"{base}/export", params={"format": "json"}, headers=auth("nanming_admin"))
    rows = exported.json()
    rows[0]["content"] = "改过的内容"
    rows[1]["time_limit"] = ""
    rows[2]["mode"] = "随便"
    response = await catalog.post(
        f"{base}/import",
        files={"file": ("catalog.json", json.dumps(rows, ensure_ascii=False).encode())},
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 422
    assert response.json()["code"] == "import_refused"
    assert len(response.json()["errors"]) >= 2
    after = await all_items(catalog, auth, version["id"])
    assert "改过的内容" not in [i["content"] for i in after]


async def test_xlsx_export_has_the_standard_two_row_header(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    exported = await catalog.get(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/export",
        params={"format": "xlsx", "layout": "single"},
        headers=auth("nanming_admin"),
    )
    workbook = openpyxl.load_workbook(io.BytesIO(exported.content))
    cells = {str(c.value) for row in workbook.active.iter_rows(max_row=4) for c in row if c.value}
    assert {"序号", "一级事项", "二级事项", "公开时限", "全社会", "主动", "县级"} <= cells


# --- third-party read API ------------------------------------------------------------------------------


async def test_api_client_reads_the_published_catalog_with_etag(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    await make_publishable(catalog, auth, version["id"])
    await catalog.post(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}:publish", headers=auth("nanming_admin")
    )
    token = (
        await catalog.post(
            f"{API}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": DEMO_CLIENT_ID,
                "client_secret": DEMO_CLIENT_SECRET,
                "scope": "catalog:read",
            },
        )
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    url = f"{API}/tenants/{NANMING}/catalog/items"
    first = await catalog.get(url, params={"domain_code": "20", "mode": "主动"}, headers=headers)
    assert first.status_code == 200
    assert all(i["domain_code"] == "20" for i in first.json()["items"])
    etag = first.headers["etag"]
    again = await catalog.get(
        url, params={"domain_code": "20", "mode": "主动"}, headers={**headers, "If-None-Match": etag}
    )
    assert again.status_code == 304


async def test_api_client_without_the_catalog_scope_is_refused(catalog: httpx.AsyncClient, auth) -> None:
    token = (
        await catalog.post(
            f"{API}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": DEMO_CLIENT_ID,
                "client_secret": DEMO_CLIENT_SECRET,
                "scope": "records:read",
            },
        )
    ).json()["access_token"]
    response = await catalog.get(f"{API}/tenants/{NANMING}/catalog/items", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403


async def test_published_items_before_any_publication_is_not_found(catalog: httpx.AsyncClient, auth) -> None:
    response = await catalog.get(f"{API}/tenants/{FENGGANG}/catalog/items", headers=auth("fenggang_admin"))
    assert response.status_code == 404


# --- revisions of the national standards --------------------------------------------------------------


async def test_a_standard_revision_is_offered_item_by_item_and_applied_field_by_field(
    catalog: httpx.AsyncClient, auth
) -> None:
    version = await draft(catalog, auth)
    item = next(i for i in await all_items(catalog, auth, version["id"]) if i["domain_code"] == "20")
    standards = (await catalog.get(f"{API}/standards", params={"domain_code": "20"}, headers=auth("admin"))).json()
    revised = {
        "previous_id": item["standard_item_id"],
        "level1": item["level1"],
        "level2": item["level2"],
        "content": item["content"] + "；救助对象的动态调整情况",
        "basis_text": item["basis_text"],
        "time_limit": "信息形成或者变更之日起10个工作日内",
        "subject": item["subject"],
        "channels": item["channels"],
        "audience": item["audience"],
        "mode": item["mode"],
        "levels": item["levels"],
    }
    revision = await catalog.post(
        f"{API}/standards/{standards[0]['id']}/revisions",
        json={"revision": "2024", "items": [revised]},
        headers=auth("admin"),
    )
    assert revision.status_code == 201, revision.text
    base = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}"
    updates = (await catalog.get(f"{base}/standard-updates", headers=auth("nanming_admin"))).json()
    [offer] = [u for u in updates if u["item_id"] == item["id"]]
    assert {c["field"] for c in offer["changes"]} == {"content", "time_limit"}
    applied = await catalog.post(
        f"{base}/items/{item['id']}:apply-standard-update",
        json={"standard_item_id": offer["standard_item_id"], "fields": ["time_limit"]},
        headers=auth("nanming_admin"),
    )
    assert applied.status_code == 200, applied.text
    body = applied.json()
    assert body["time_limit"] == "信息形成或者变更之日起10个工作日内"
    assert body["content"] == item["content"]  # not adopted
    assert body["standard_item_id"] == offer["standard_item_id"]
    still = (await catalog.get(f"{base}/standard-updates", headers=auth("nanming_admin"))).json()
    assert item["id"] not in [u["item_id"] for u in still]


async def test_only_platform_admins_revise_standards(catalog: httpx.AsyncClient, auth) -> None:
    standards = (await catalog.get(f"{API}/standards", headers=auth("nanming_admin"))).json()
    response = await catalog.post(
        f"{API}/standards/{standards[0]['id']}/revisions",
        json={"revision": "2024", "items": [{"level1": "x", "content": "x", "time_limit": "实时公开"}]},
        headers=auth("nanming_admin"),
    )
    assert response.status_code == 403


async def test_a_departments_own_catalog_is_the_items_it_carries(catalog: httpx.AsyncClient, auth) -> None:
    version = await draft(catalog, auth)
    items = await all_items(catalog, auth, version["id"])
    civil = await unit_id(catalog, auth, "南明区民政局")
    base = f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}"
    await catalog.post(
        f"{base}/assignments:bulk",
        json={"item_ids": [items[3]["id"], items[7]["id"]], "org_unit_ids": [civil]},
        headers=auth("nanming_admin"),
    )
    exported = await catalog.get(
        f"{base}/export", params={"format": "json", "org_unit_id": civil}, headers=auth("nanming_editor")
    )
    assert [row["content"] for row in exported.json()] == [items[3]["content"], items[7]["content"]]


async def test_platform_admin_adapts_a_baseline_and_new_drafts_start_from_it(catalog: httpx.AsyncClient, auth) -> None:
    baselines = (await catalog.get(f"{API}/baselines", headers=auth("admin"))).json()
    township = next(b for b in baselines if b["level"] == "township")
    url = f"{API}/baselines/{township['id']}/items"
    first = (await catalog.get(url, headers=auth("admin"))).json()["items"][0]
    body = {
        "standard_item_id": first["standard_item_id"],
        "domain_code": first["domain_code"],
        "level1": first["level1"],
        "level2": first["level2"],
        "content": first["content"] + "（贵州省补充）",
        "basis_text": first["basis_text"],
        "time_limit": first["time_limit"],
        "subject": "乡镇人民政府（街道办事处）",
        "channels": first["channels"],
        "levels": ["乡级"],
    }
    edited = await catalog.put(f"{url}/{first['id']}", json=body, headers=auth("admin"))
    assert edited.status_code == 200, edited.text
    added = await catalog.post(url, json={**body, "level2": "村务监督委员会名单"}, headers=auth("admin"))
    assert added.status_code == 201
    refused = await catalog.post(url, json=body, headers=auth("longquan_admin"))
    assert refused.status_code == 403
    version = await draft(catalog, auth, LONGQUAN, "longquan_admin")
    assert version["item_count"] == 39
    used = await catalog.delete(f"{url}/{first['id']}", headers=auth("admin"))
    assert used.status_code == 409


async def test_item_lists_match_the_documented_model(catalog: httpx.AsyncClient, auth) -> None:
    from pydantic import TypeAdapter

    from catalog_api.catalogs.schemas import ItemOut
    from gongkai_kit.pagination import Page

    version = await draft(catalog, auth)
    response = await catalog.get(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items", headers=auth("nanming_admin")
    )
    page = TypeAdapter(Page[ItemOut]).validate_python(response.json())
    assert len(page.items) == 48
    single = await catalog.get(
        f"{API}/tenants/{NANMING}/catalog/versions/{version['id']}/items/{page.items[0].id}",
        headers=auth("nanming_admin"),
    )
    assert ItemOut.model_validate(single.json()) == page.items[0]
