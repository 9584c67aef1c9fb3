"""Login, refresh, logout and client credentials.

A failed login is an outcome, not an exception: the failure counter and lockout it writes
must be committed even though the caller is refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from catalog_api.api_clients.models import ApiClient
from catalog_api.api_clients.repository import ApiClientRepository
from catalog_api.auth.models import RefreshToken
from catalog_api.auth.passwords import Passwords
from catalog_api.auth.repository import RefreshTokenRepository
from catalog_api.auth.schemas import ClientToken, TokenPair
from catalog_api.auth.tokens import TokenSigner, hash_opaque_token, new_opaque_token
from catalog_api.tenants.repository import TenantRepository
from catalog_api.users.models import User
from catalog_api.users.repository import UserRepository
from gongkai_kit.auth import Role
from gongkai_kit.db import utcnow
from gongkai_kit.divisions import is_valid_code
from gongkai_kit.errors import Locked, ProblemError, Unauthorized
from gongkai_kit.timezone import to_shanghai


class InvalidClient(Unauthorized):
    code, title = "invalid_client", "接口客户端认证失败"


class InvalidScope(ProblemError):
    status, code, title = 400, "invalid_scope", "申请的权限范围无效"


@dataclass(frozen=True)
class LoginPolicy:
    lockout_threshold: int
    lockout: timedelta
    refresh_ttl: timedelta


def user_claims(user: User) -> dict[str, object]:
    return {
        "kind": "user",
        "name": user.username,
        "roles": list(user.roles),
        "tenant": user.tenant_id,
        "org_unit": str(user.org_unit_id) if user.org_unit_id else None,
        "division": user.division_code,
    }


class AuthService:
    def __init__(
        self,
        users: UserRepository,
        refresh_tokens: RefreshTokenRepository,
        tenants: TenantRepository,
        signer: TokenSigner,
        passwords: Passwords,
        policy: LoginPolicy,
        api_clients: Callable[[str], ApiClientRepository],
    ) -> None:
        self.api_clients = api_clients
        self.users = users
        self.refresh_tokens = refresh_tokens
        self.tenants = tenants
        self.signer = signer
        self.passwords = passwords
        self.policy = policy

    async def login(self, username: str, password: str) -> TokenPair | ProblemError:
        now = utcnow()
        user = await self.users.get_by_username(username)
        if user is not None and user.locked_until is not None and user.locked_until > now:
            return self._locked(user.locked_until)
        if not self.passwords.verify(user.password_hash if user else None, password) or user is None:
            if user is not None:
                user.failed_logins += 1
                if user.failed_logins >= self.policy.lockout_threshold:
                    user.locked_until = now + self.policy.lockout
                    user.failed_logins = 0
                    await self.users.flush()
                    return self._locked(user.locked_until)
                await self.users.flush()
            return Unauthorized("用户名或密码错误")
        if not user.active or not await self._tenant_active(user):
            return Unauthorized("账号已停用，请联系管理员")
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if self.passwords.needs_rehash(user.password_hash):
            user.password_hash = self.passwords.hash(password)
        return await self._issue_pair(user)

    async def refresh(self, refresh_token: str) -> TokenPair:
        now = utcnow()
        stored = await self.refresh_tokens.get_by_hash(hash_opaque_token(refresh_token))
        if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
            raise Unauthorized("刷新令牌无效或已过期，请重新登录")
        user = await self.users.get_by_id(stored.user_id)
        if user is None or not user.active or not await self._tenant_active(user):
            raise Unauthorized("账号已停用，请联系管理员")
        stored.revoked_at = now  # rotation: each refresh token is used once
        return await self._issue_pair(user)

    async def logout(self, refresh_token: str) -> None:
        stored = await self.refresh_tokens.get_by_hash(hash_opaque_token(refresh_token))
        if stored is not None and stored.revoked_at is None:
            stored.revoked_at = utcnow()
            await self.refresh_tokens.flush()

    async def current_user(self, subject: str) -> User:
        try:
            found = await self.users.get_by_id(uuid.UUID(subject))
        except ValueError:
            found = None
        if found is None or not found.active:
            raise Unauthorized("账号不存在或已停用")
        return found

    async def client_credentials(self, client_id: str, client_secret: str, requested_scope: str | None) -> ClientToken:
        tenant_id = client_id.split(".", 1)[0]
        client: ApiClient | None = None
        if is_valid_code(tenant_id):
            client = await self.api_clients(tenant_id).get_by_client_id(client_id)
        if not self.passwords.verify(client.secret_hash if client else None, client_secret) or client is None:
            raise InvalidClient("client_id 或 client_secret 不正确")
        tenant = await self.tenants.get(client.tenant_id)
        if not client.active or tenant is None or not tenant.active:
            raise InvalidClient("接口客户端已停用")
        granted = set(client.scopes)
        scopes = set(requested_scope.split()) if requested_scope else granted
        if not scopes <= granted:
            raise InvalidScope(f"未授权的权限范围：{' '.join(sorted(scopes - granted))}")
        client.last_used_at = utcnow()
        claims = {
            "kind": "client",
            "name": client.name,
            "roles": [Role.API_CLIENT.value],
            "tenant": client.tenant_id,
            "division": client.tenant_id,
            "scope": " ".join(sorted(scopes)),
        }
        token = self.signer.issue_access_token(client.client_id, claims)
        return ClientToken(
            access_token=token,
            expires_in=int(self.signer.access_ttl.total_seconds()),
            scope=" ".join(sorted(scopes)),
        )

    async def _issue_pair(self, user: User) -> TokenPair:
        opaque = new_opaque_token()
        await self.refresh_tokens.add(
            RefreshToken(
                user_id=user.id,
                token_hash=hash_opaque_token(opaque),
                expires_at=utcnow() + self.policy.refresh_ttl,
            )
        )
        return TokenPair(
            access_token=self.signer.issue_access_token(str(user.id), user_claims(user)),
            expires_in=int(self.signer.access_ttl.total_seconds()),
            refresh_token=opaque,
        )

    async def _tenant_active(self, user: User) -> bool:
        if user.tenant_id is None:
            return True
        tenant = await self.tenants.get(user.tenant_id)
        return tenant is not None and tenant.active

    @staticmethod
    def _locked(until: datetime) -> Locked:
        local = to_shanghai(until).strftime("%H:%M")
        return Locked(f"密码错误次数过多，账号已锁定，请于 {local} 后再试")
