"""Repository bases: all SQL lives in repositories; tenant-scoped ones add the tenant predicate."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

ModelT = TypeVar("ModelT")


class Repository(Generic[ModelT]):
    model: type[ModelT]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def select(self) -> Select[Any]:
        return select(self.model)

    async def add(self, obj: ModelT) -> ModelT:
        self.session.add(obj)
        await self.session.flush()
        return obj

    async def delete(self, obj: ModelT) -> None:
        await self.session.delete(obj)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()


class TenantRepository(Repository[ModelT]):
    """Every query starts from ``select()``, which is already restricted to one tenant."""

    def __init__(self, session: AsyncSession, tenant_id: str) -> None:
        super().__init__(session)
        self.tenant_id = tenant_id

    def select(self) -> Select[Any]:
        model: Any = self.model
        return select(self.model).where(model.tenant_id == self.tenant_id)

    async def get(self, id_: Any) -> ModelT | None:
        model: Any = self.model
        found: ModelT | None = await self.session.scalar(self.select().where(model.id == id_))
        return found

    async def add(self, obj: ModelT) -> ModelT:
        tenant_id = getattr(obj, "tenant_id", None)
        if tenant_id is None:
            setattr(obj, "tenant_id", self.tenant_id)  # noqa: B010
        elif tenant_id != self.tenant_id:
            raise ValueError("object belongs to another tenant")
        return await super().add(obj)
