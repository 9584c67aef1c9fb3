"""Login, tokens, refresh rotation, logout, lockout and client credentials."""

from __future__ import annotations

import base64

import httpx
import jwt

from catalog_api.demo.seed import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_PASSWORD

API = "/api/catalog/v1"


async def login(client: httpx.AsyncClient, username: str, password: str = DEMO_PASSWORD) -> httpx.Response:
    return await client.post(f"{API}/auth/login", json={"username": username, "password": password})


async def test_login_returns_tokens_that_identify_the_user_and_tenant(catalog: httpx.AsyncClient) -> None:
    response = await login(catalog, "nanming_admin")
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["tenant"] == "520102000000"
    assert claims["roles"] == ["tenant_admin"]
    me = await catalog.get(f"{API}/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["tenant"] == {
        "id": "520102000000",
        "name": "贵阳市南明区",
        "division_code": "520102000000",
        "level": "county",
    }


async def test_access_token_verifies_against_the_published_jwks(catalog: httpx.AsyncClient) -> None:
    token = (await login(catalog, "nanming_editor")).json()["access_token"]
    jwks = (await catalog.get(f"{API}/.well-known/jwks.json")).json()
    key = jwt.PyJWK(jwks["keys"][0])
    claims = jwt.decode(token, key.key, algorithms=["ES256"], audience="gongkai")
    assert claims["name"] == "nanming_editor"


async def test_wrong_password_is_refused_in_chinese(catalog: httpx.AsyncClient) -> None:
    response = await login(catalog, "nanming_admin", "wrong-password1")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "用户名或密码错误"


async def test_unknown_user_gets_the_same_answer_as_a_wrong_password(catalog: httpx.AsyncClient) -> None:
    response = await login(catalog, "nobody_here", "whatever123")
    assert response.status_code == 401
    assert response.json()["detail"] == "用户名或密码错误"


async def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(catalog: httpx.AsyncClient) -> None:
    for _ in range(4):
        assert (await login(catalog, "fenggang_editor", "wrong-password1")).status_code == 401
    locked = await login(catalog, "fenggang_editor", "wrong-password1")
    assert locked.status_code == 423
    assert locked.json()["code"] == "account_locked"
    assert "锁定" in locked.json()["detail"]
    assert (await login(catalog, "fenggang_editor")).status_code == 423


async def test_refresh_rotates_and_a_used_refresh_token_is_refused(catalog: httpx.AsyncClient) -> None:
    first = (await login(catalog, "nanming_admin")).json()
    refreshed = await catalog.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert refreshed.status_code == 200
    assert refreshed.json()["refresh_token"] != first["refresh_token"]
    again = await catalog.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert again.status_code == 401


async def test_logout_revokes_the_refresh_token(catalog: httpx.AsyncClient) -> None:
    tokens = (await login(catalog, "nanming_admin")).json()
    assert (
        await catalog.post(f"{API}/auth/logout", json={"refresh_token": tokens["refresh_token"]})
    ).status_code == 204
    refused = await catalog.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refused.status_code == 401


async def test_deactivated_user_cannot_log_in(catalog: httpx.AsyncClient, auth) -> None:
    users = (await catalog.get(f"{API}/tenants/520102000000/users", headers=auth("nanming_admin"))).json()["items"]
    editor = next(u for u in users if u["username"] == "nanming_editor")
    patched = await catalog.patch(
        f"{API}/tenants/520102000000/users/{editor['id']}",
        json={"active": False, "version": editor["version"]},
        headers=auth("nanming_admin"),
    )
    assert patched.status_code == 200
    assert (await login(catalog, "nanming_editor")).status_code == 401


async def test_client_credentials_issue_a_scoped_token_for_the_clients_tenant(catalog: httpx.AsyncClient) -> None:
    response = await catalog.post(
        f"{API}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": DEMO_CLIENT_ID,
            "client_secret": DEMO_CLIENT_SECRET,
            "scope": "catalog:read",
        },
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    claims = jwt.decode(response.json()["access_token"], options={"verify_signature": False})
    assert (claims["tenant"], claims["roles"], claims["scope"]) == ("520102000000", ["api_client"], "catalog:read")


async def test_client_credentials_accept_http_basic(catalog: httpx.AsyncClient) -> None:
    basic = base64.b64encode(f"{DEMO_CLIENT_ID}:{DEMO_CLIENT_SECRET}".encode()).decode()
    response = await catalog.post(
        f"{API}/oauth/token", data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"}
    )
    assert response.status_code == 200
    assert response.json()["scope"] == "catalog:read records:read"


async def test_client_credentials_refuse_a_wrong_secret_and_an_ungranted_scope(catalog: httpx.AsyncClient) -> None:
    wrong = await catalog.post(
        f"{API}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID, "client_secret": "nope-nope"},
    )
    assert (wrong.status_code, wrong.json()["code"]) == (401, "invalid_client")
    scope = await catalog.post(
        f"{API}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": DEMO_CLIENT_ID,
            "client_secret": DEMO_CLIENT_SECRET,
            "scope": "records:write",
        },
    )
    assert (scope.status_code, scope.json()["code"]) == (400, "invalid_scope")


async def test_unsupported_grant_type_is_a_bad_request(catalog: httpx.AsyncClient) -> None:
    response = await catalog.post(f"{API}/oauth/token", data={"grant_type": "password"})
    assert response.status_code == 400
    assert response.json()["detail"] == "仅支持 grant_type=client_credentials"


async def test_api_client_token_has_no_user_profile(catalog: httpx.AsyncClient) -> None:
    token = (
        await catalog.post(
            f"{API}/oauth/token",
            data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET},
        )
    ).json()["access_token"]
    me = await catalog.get(f"{API}/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 401
