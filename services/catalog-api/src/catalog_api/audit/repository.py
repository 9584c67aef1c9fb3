from __future__ import annotations

from catalog_api.audit.models import AuditEntry
from gongkai_kit.pagination import PageParams, paginate
from gongkai_kit.repository import TenantRepository


class AuditRepository(TenantRepository[AuditEntry]):
    model = AuditEntry

    async def list_page(self, page: PageParams) -> tuple[list[AuditEntry], str | None]:
        return await paginate(self.session, self.select(), [AuditEntry.at, AuditEntry.id], page)
