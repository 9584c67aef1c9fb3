from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select

from catalog_api.users.models import User
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import Repository


class UserRepository(Repository[User]):
    """Users of one tenant (``tenant_id`` given) or of the platform (``tenant_id`` None)."""

    model = User

    async def get(self, user_id: uuid.UUID, *, tenant_id: str | None) -> User | None:
        return await self.session.scalar(select(User).where(User.id == user_id, self._scope(tenant_id)))

    async def get_by_id(self, user_id: uuid.UUID) -> User | None:
        return await self.session.get(User, user_id)

    async def get_by_username(self, username: str) -> User | None:
        return await self.session.scalar(select(User).where(User.username == username))

    async def list_page(self, page: PageParams, *, tenant_id: str | None) -> tuple[list[User], str | None]:
        return await paginate(self.session, select(User).where(self._scope(tenant_id)), [User.username], page)

    @staticmethod
    def _scope(tenant_id: str | None) -> ColumnElement[bool]:
        return User.tenant_id == tenant_id if tenant_id is not None else User.tenant_id.is_(None)
