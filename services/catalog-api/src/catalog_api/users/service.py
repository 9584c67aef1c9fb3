"""Staff accounts: a tenant admin manages the users of its tenant; platform admins manage
platform operators and supervisors."""

from __future__ import annotations

import uuid

from catalog_api.auth.passwords import Passwords
from catalog_api.divisions.repository import DivisionRepository
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.users.models import User
from catalog_api.users.repository import UserRepository
from catalog_api.users.schemas import (
    PLATFORM_ROLES,
    TENANT_ROLES,
    PlatformUserCreate,
    PlatformUserUpdate,
    TenantUserCreate,
    TenantUserUpdate,
)
from gongkai_kit.auth import Principal, Role
from gongkai_kit.errors import Conflict, InvalidInput, NotFound, StaleVersion
from gongkai_kit.pagination import PageParams


class UserService:
    def __init__(
        self,
        users: UserRepository,
        passwords: Passwords,
        *,
        org_units: OrgUnitRepository | None = None,
        divisions: DivisionRepository | None = None,
    ) -> None:
        self.users = users
        self.passwords = passwords
        self.org_units = org_units
        self.divisions = divisions

    # --- users of a tenant -------------------------------------------------------------

    async def list_tenant_users(self, tenant_id: str, page: PageParams) -> tuple[list[User], str | None]:
        return await self.users.list_page(page, tenant_id=tenant_id)

    async def get_tenant_user(self, tenant_id: str, user_id: uuid.UUID) -> User:
        user = await self.users.get(user_id, tenant_id=tenant_id)
        if user is None:
            raise NotFound("用户不存在")
        return user

    async def create_tenant_user(self, tenant_id: str, data: TenantUserCreate) -> User:
        self._check_tenant_roles(data.roles)
        await self._ensure_username_free(data.username)
        await self._check_org_unit(data.org_unit_id)
        return await self.users.add(
            User(
                username=data.username,
                display_name=data.display_name,
                password_hash=self.passwords.hash(data.password),
                roles=sorted(set(data.roles)),
                tenant_id=tenant_id,
                org_unit_id=data.org_unit_id,
                division_code=tenant_id,
                active=True,
            )
        )

    async def update_tenant_user(
        self, tenant_id: str, user_id: uuid.UUID, data: TenantUserUpdate, actor: Principal
    ) -> User:
        user = await self.get_tenant_user(tenant_id, user_id)
        if user.version != data.version:
            raise StaleVersion()
        changes = data.model_dump(exclude_unset=True, exclude={"version", "password"})
        if "roles" in changes:
            self._check_tenant_roles(data.roles or [])
            changes["roles"] = sorted(set(changes["roles"]))
        if "org_unit_id" in changes:
            await self._check_org_unit(data.org_unit_id)
        if str(user.id) == actor.subject:
            if changes.get("active") is False:
                raise Conflict("不能停用自己的账号")
            if "roles" in changes and Role.TENANT_ADMIN in user.roles and Role.TENANT_ADMIN not in changes["roles"]:
                raise Conflict("不能取消自己的政务公开管理员角色")
        for field, value in changes.items():
            setattr(user, field, value)
        if data.password is not None:
            self._set_password(user, data.password)
        await self.users.flush()
        return user

    # --- platform users ------------------------------------------------------------------

    async def list_platform_users(self, page: PageParams) -> tuple[list[User], str | None]:
        return await self.users.list_page(page, tenant_id=None)

    async def get_platform_user(self, user_id: uuid.UUID) -> User:
        user = await self.users.get(user_id, tenant_id=None)
        if user is None:
            raise NotFound("用户不存在")
        return user

    async def create_platform_user(self, data: PlatformUserCreate) -> User:
        roles = set(data.roles)
        if not roles <= PLATFORM_ROLES:
            raise InvalidInput("平台用户只能是平台管理员或监督员；单位用户请在所属单位下创建")
        if Role.SUPERVISOR in roles:
            if data.division_code is None:
                raise InvalidInput("监督员必须指定所监督的行政区划")
            if self.divisions is None or await self.divisions.get(data.division_code) is None:
                raise InvalidInput(f"行政区划 {data.division_code} 不存在")
        await self._ensure_username_free(data.username)
        return await self.users.add(
            User(
                username=data.username,
                display_name=data.display_name,
                password_hash=self.passwords.hash(data.password),
                roles=sorted(roles),
                tenant_id=None,
                division_code=data.division_code,
                active=True,
            )
        )

    async def update_platform_user(self, user_id: uuid.UUID, data: PlatformUserUpdate, actor: Principal) -> User:
        user = await self.get_platform_user(user_id)
        if user.version != data.version:
            raise StaleVersion()
        if data.display_name is not None:
            user.display_name = data.display_name
        if data.active is not None:
            if str(user.id) == actor.subject and not data.active:
                raise Conflict("不能停用自己的账号")
            user.active = data.active
        if data.password is not None:
            self._set_password(user, data.password)
        await self.users.flush()
        return user

    # --- rules -----------------------------------------------------------------------------

    def _set_password(self, user: User, password: str) -> None:
        user.password_hash = self.passwords.hash(password)
        user.failed_logins = 0
        user.locked_until = None

    @staticmethod
    def _check_tenant_roles(roles: list[Role]) -> None:
        extra = set(roles) - TENANT_ROLES
        if extra:
            raise InvalidInput(f"单位用户不能被授予以下角色：{'、'.join(sorted(extra))}")

    async def _ensure_username_free(self, username: str) -> None:
        if await self.users.get_by_username(username) is not None:
            raise Conflict(f"登录名“{username}”已被使用")

    async def _check_org_unit(self, org_unit_id: uuid.UUID | None) -> None:
        if org_unit_id is None:
            return
        if self.org_units is None or await self.org_units.get(org_unit_id) is None:
            raise InvalidInput("所属部门不存在")
