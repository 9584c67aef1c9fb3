"""Identity for every service: verify catalog-api's JWTs offline and check roles and tenants.

catalog-api signs short-lived access tokens with an asymmetric key and publishes the public
keys at ``/api/catalog/v1/.well-known/jwks.json``; the other services fetch that JWKS through
the service client, cache it, and verify tokens without calling catalog-api per request.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

import jwt
from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gongkai_kit.audit import actor_var
from gongkai_kit.divisions import CODE_PATTERN, is_within
from gongkai_kit.errors import Forbidden, TenantForbidden, Unauthorized
from gongkai_kit.logging import tenant_var
from gongkai_kit.settings import ServiceSettings

JWT_ALGORITHM = "ES256"
JWKS_PATH = "/api/catalog/v1/.well-known/jwks.json"


class Role(StrEnum):
    PLATFORM_ADMIN = "platform_admin"  # 平台管理员 (province operator)
    SUPERVISOR = "supervisor"  # 监督员: reads every tenant below its division
    TENANT_ADMIN = "tenant_admin"  # 政务公开管理员 of a county or township
    EDITOR = "editor"  # 信息编辑
    REVIEWER = "reviewer"  # 审核员
    HANDLER = "handler"  # 办理人员 (applications, questions)
    API_CLIENT = "api_client"  # 接口客户端 (client-credentials integrations)


ROLE_LABELS: dict[Role, str] = {
    Role.PLATFORM_ADMIN: "平台管理员",
    Role.SUPERVISOR: "监督员",
    Role.TENANT_ADMIN: "政务公开管理员",
    Role.EDITOR: "信息编辑",
    Role.REVIEWER: "审核员",
    Role.HANDLER: "办理人员",
    Role.API_CLIENT: "接口客户端",
}


@dataclass(frozen=True)
class Principal:
    """Who is calling, from a verified access token."""

    subject: str
    kind: str  # "user" or "client"
    roles: frozenset[str]
    tenant_id: str | None = None
    org_unit_id: str | None = None
    division_code: str | None = None
    username: str | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    token: str = field(default="", repr=False)

    def has_role(self, *roles: str) -> bool:
        return any(role in self.roles for role in roles)

    @property
    def is_platform_admin(self) -> bool:
        return Role.PLATFORM_ADMIN in self.roles

    def can_read_tenant(self, tenant_id: str) -> bool:
        if self.is_platform_admin or self.tenant_id == tenant_id:
            return True
        return (
            Role.SUPERVISOR in self.roles
            and self.division_code is not None
            and is_within(tenant_id, self.division_code)
        )

    def can_write_tenant(self, tenant_id: str, roles: Iterable[str]) -> bool:
        if self.is_platform_admin:
            return True
        return self.tenant_id == tenant_id and self.has_role(*roles)


def principal_from_claims(claims: dict[str, Any], token: str) -> Principal:
    return Principal(
        subject=str(claims["sub"]),
        kind=str(claims.get("kind", "user")),
        roles=frozenset(claims.get("roles", ())),
        tenant_id=claims.get("tenant"),
        org_unit_id=claims.get("org_unit"),
        division_code=claims.get("division"),
        username=claims.get("name"),
        scopes=frozenset(str(claims.get("scope", "")).split()),
        token=token,
    )


KeyFetcher = Callable[[], Awaitable[dict[str, Any]]]


class JwksCache:
    """Public keys by ``kid``; refetched after ``ttl`` seconds or on an unknown ``kid``."""

    def __init__(self, fetch: KeyFetcher, ttl: float = 300, min_refetch_interval: float = 10) -> None:
        self._fetch = fetch
        self._ttl = ttl
        self._min_interval = min_refetch_interval
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = float("-inf")

    async def _refresh(self) -> None:
        document = await self._fetch()
        self._keys = {key["kid"]: jwt.PyJWK(key) for key in document.get("keys", []) if "kid" in key}
        self._fetched_at = time.monotonic()

    async def get(self, kid: str) -> jwt.PyJWK:
        age = time.monotonic() - self._fetched_at
        if age > self._ttl or (kid not in self._keys and age > self._min_interval):
            await self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise Unauthorized("令牌签名密钥未知") from None


class TokenVerifier:
    """Verifies access tokens; a verified token is remembered until it expires, so a client
    sending the same token on every request pays the signature check once."""

    def __init__(
        self, keys: JwksCache, *, issuer: str, audience: str, leeway: float = 5, cache_size: int = 4096
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._leeway = leeway
        self._cache_size = cache_size
        self._verified: OrderedDict[str, tuple[float, Principal]] = OrderedDict()

    async def verify(self, token: str) -> Principal:
        cached = self._verified.get(token)
        if cached is not None:
            expires_at, principal = cached
            if time.time() < expires_at:
                self._verified.move_to_end(token)
                return principal
            del self._verified[token]
        principal, expires_at = await self._verify(token)
        self._verified[token] = (expires_at, principal)
        if len(self._verified) > self._cache_size:
            self._verified.popitem(last=False)
        return principal

    async def _verify(self, token: str) -> tuple[Principal, float]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise Unauthorized("令牌格式无效") from None
        if header.get("alg") != JWT_ALGORITHM or not header.get("kid"):
            raise Unauthorized("令牌签名算法不被接受")
        key = await self._keys.get(str(header["kid"]))
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=[JWT_ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                leeway=self._leeway,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthorized("令牌已过期，请重新登录") from None
        except jwt.InvalidAudienceError:
            raise Unauthorized("令牌的受众不正确") from None
        except jwt.InvalidIssuerError:
            raise Unauthorized("令牌的签发者不正确") from None
        except jwt.PyJWTError:
            raise Unauthorized("令牌无效") from None
        if claims.get("typ") != "access":
            raise Unauthorized("不是访问令牌")
        return principal_from_claims(claims, token), float(claims["exp"])


def jwks_verifier(settings: ServiceSettings, fetch: KeyFetcher) -> TokenVerifier:
    """The verifier of a service that fetches catalog-api's JWKS with ``fetch``."""
    return TokenVerifier(
        JwksCache(fetch, ttl=settings.jwks_cache_seconds), issuer=settings.jwt_issuer, audience=settings.jwt_audience
    )


_bearer = HTTPBearer(auto_error=False, description="catalog-api 签发的访问令牌")


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("请先登录")
    verifier: TokenVerifier = request.app.state.token_verifier
    principal = await verifier.verify(credentials.credentials)
    actor_var.set((principal.subject, principal.username or principal.subject))
    if principal.tenant_id:
        tenant_var.set(principal.tenant_id)
    return principal


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Awaitable[Principal]]:
    """Dependency: the caller holds one of ``roles`` (platform admins always pass)."""

    async def check(principal: PrincipalDep) -> Principal:
        if not principal.is_platform_admin and not principal.has_role(*roles):
            raise Forbidden("当前角色无权执行此操作")
        return principal

    return check


PlatformAdminDep = Annotated[Principal, Depends(require_roles(Role.PLATFORM_ADMIN))]


def require_scope(scope: str) -> Callable[[Principal], Awaitable[Principal]]:
    """Dependency: an API client's token must carry ``scope``; staff users pass (roles govern them)."""

    async def check(principal: PrincipalDep) -> Principal:
        if principal.kind == "client" and scope not in principal.scopes:
            raise Forbidden(f"接口客户端未被授予权限 {scope}")
        return principal

    return check


@dataclass(frozen=True)
class TenantContext:
    """The tenant named in the path, already checked against the caller."""

    tenant_id: str
    principal: Principal


TenantIdPath = Annotated[str, Path(pattern=CODE_PATTERN, description="单位（租户）的12位区划代码")]


async def tenant_reader(tenant_id: TenantIdPath, principal: PrincipalDep) -> TenantContext:
    if not principal.can_read_tenant(tenant_id):
        raise TenantForbidden()
    tenant_var.set(tenant_id)
    return TenantContext(tenant_id, principal)


def tenant_writer(*roles: Role) -> Callable[[str, Principal], Awaitable[TenantContext]]:
    """Dependency factory: the caller may write in the path's tenant with one of ``roles``."""

    async def check(tenant_id: TenantIdPath, principal: PrincipalDep) -> TenantContext:
        if not principal.can_read_tenant(tenant_id):
            raise TenantForbidden()
        if not principal.can_write_tenant(tenant_id, roles):
            raise Forbidden("当前角色只能查看，不能修改")
        tenant_var.set(tenant_id)
        return TenantContext(tenant_id, principal)

    return check


TenantReadDep = Annotated[TenantContext, Depends(tenant_reader)]
TenantAdminDep = Annotated[TenantContext, Depends(tenant_writer(Role.TENANT_ADMIN))]
