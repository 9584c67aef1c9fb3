"""A tenant's standard catalog: drafts from the baseline, editing with provenance, task
assignment, validation and publishing, version diffs, the change log, and exchange files.

Only drafts change; a published version is frozen and the next draft copies it (items keep
their ``item_key``, which is what diffs match on). Every change is logged with who and why.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from catalog_api.catalogs.diff import FIELD_LABELS, FieldChange, ItemDiff, diff_items, field_changes, item_label
from catalog_api.catalogs.elements import ItemElements
from catalog_api.catalogs.legal_basis import parse_legal_basis
from catalog_api.catalogs.models import CatalogChange, CatalogItem, CatalogVersion
from catalog_api.catalogs.repository import CatalogRepository
from catalog_api.catalogs.schemas import BulkAssign, ItemCreate, ItemUpdate, VersionCreate
from catalog_api.catalogs.time_limits import needs_manual_review, parse_time_limit
from catalog_api.catalogs.validation import ItemForCheck, publish_problems
from catalog_api.org_units.models import OrgUnit
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.reference.models import Domain, StandardItem
from catalog_api.reference.repository import ReferenceRepository
from catalog_api.webhooks.schemas import Event
from catalog_api.webhooks.service import WebhookService
from gongkai_kit.db import utcnow
from gongkai_kit.errors import Conflict, FieldError, InvalidInput, NotFound, ProblemError, StaleVersion
from gongkai_kit.pagination import MAX_LIMIT, PageParams


class CatalogNotPublishable(ProblemError):
    status, code, title = 422, "catalog_not_publishable", "目录未通过发布前检查"


class ImportRefused(ProblemError):
    status, code, title = 422, "import_refused", "导入文件有错误，未写入任何数据"


class NotADraft(Conflict):
    code, title = "catalog_version_frozen", "只有草稿版本可以修改"


@dataclass(frozen=True)
class Actor:
    id: str
    name: str


@dataclass(frozen=True)
class ItemView:
    item: CatalogItem
    domain_name: str
    org_unit_ids: list[uuid.UUID]


# A catalog item, the newer revision of its standard item, and what that revision changes.
StandardUpdate = tuple[CatalogItem, StandardItem, list[FieldChange]]


class CatalogService:
    def __init__(
        self,
        catalog: CatalogRepository,
        reference: ReferenceRepository,
        org_units: OrgUnitRepository,
        actor: Actor,
        *,
        tenant_level: Callable[[], Awaitable[str]],
        events: WebhookService,
    ) -> None:
        self.events = events
        self.catalog = catalog
        self.reference = reference
        self.org_units = org_units
        self.actor = actor
        self.tenant_level = tenant_level
        self._domains: dict[str, Domain] | None = None

    # --- versions ----------------------------------------------------------------------------

    async def versions(self, page: PageParams) -> tuple[list[CatalogVersion], dict[uuid.UUID, int], str | None]:
        versions, cursor = await self.catalog.versions(page)
        return versions, await self.catalog.item_counts([v.id for v in versions]), cursor

    async def version(self, version_id: uuid.UUID) -> CatalogVersion:
        version = await self.catalog.get(version_id)
        if version is None:
            raise NotFound("目录版本不存在")
        return version

    async def item_count(self, version_id: uuid.UUID) -> int:
        return (await self.catalog.item_counts([version_id])).get(version_id, 0)

    async def create_draft(self, data: VersionCreate) -> CatalogVersion:
        if await self.catalog.version_with_status("draft") is not None:
            raise Conflict("已有草稿版本，请先发布或继续编辑该草稿")
        published = await self.catalog.version_with_status("published")
        source = data.source if data.source != "auto" else ("published" if published else "baseline")
        version = CatalogVersion(
            number=await self.catalog.next_number(),
            status="draft",
            note=data.note,
            created_by=self.actor.name,
        )
        if source == "published":
            if published is None:
                raise InvalidInput("还没有已发布的目录版本，请从基准目录创建")
            version.based_on_id = published.id
            version.baseline_id = published.baseline_id
            await self.catalog.add(version)
            await self._copy_version(published, version)
        else:
            # A tenant's level names its baseline: county → 县级, township (streets too) → 乡级.
            baseline = await self.reference.current_baseline(await self.tenant_level())
            if baseline is None:
                raise InvalidInput("本级基准目录不存在")
            version.baseline_id = baseline.id
            await self.catalog.add(version)
            for row in await self.reference.baseline_items(baseline.id):
                item = CatalogItem(
                    catalog_version_id=version.id,
                    seq=row.seq,
                    source="baseline",
                    baseline_item_id=row.id,
                    standard_item_id=row.standard_item_id,
                )
                await self._fill(item, row.elements(await self._domain_name(row.domain_code)), row.domain_code)
                await self.catalog.add_item(item)
        origin = "已发布版本" if source == "published" else "基准目录"
        await self._log(version.id, None, "create_version", f"创建第{version.number}版草稿（来源：{origin}）")
        return version

    async def _copy_version(self, source: CatalogVersion, target: CatalogVersion) -> None:
        items = await self.catalog.all_items(source.id)
        assignments = await self.catalog.assignments([i.id for i in items])
        for old in items:
            new = CatalogItem(
                catalog_version_id=target.id,
                item_key=old.item_key,
                seq=old.seq,
                time_limit_rule=dict(old.time_limit_rule),
                time_limit_parsed=old.time_limit_parsed,
                time_limit_manual=old.time_limit_manual,
                source=old.source,
                standard_item_id=old.standard_item_id,
                baseline_item_id=old.baseline_item_id,
                custom_origin=old.custom_origin,
            )
            new.set_elements(old.elements(await self._domain_name(old.domain_code)), old.domain_code)
            await self.catalog.add_item(new)
            if assignments.get(old.id):
                await self.catalog.set_assignments(new.id, assignments[old.id])

    # --- items -----------------------------------------------------------------------------

    async def items(self, version_id: uuid.UUID, page: PageParams, **filters: Any) -> tuple[list[ItemView], str | None]:
        await self.version(version_id)
        rows, cursor = await self.catalog.items_page(version_id, page, **filters)
        return await self._views(rows), cursor

    async def item(self, version_id: uuid.UUID, item_id: uuid.UUID) -> ItemView:
        return (await self._views([await self._item(version_id, item_id)]))[0]

    async def add_item(self, version_id: uuid.UUID, data: ItemCreate) -> ItemView:
        await self._draft(version_id)
        item = CatalogItem(
            catalog_version_id=version_id,
            seq=await self.catalog.max_seq(version_id) + 1,
            source="custom",
            custom_origin=data.custom_origin,
        )
        elements = await self._elements_from(data.model_dump(exclude={"custom_origin", "time_limit_manual"}))
        await self._fill(item, elements, data.domain_code, manual=data.time_limit_manual)
        await self.catalog.add_item(item)
        await self._log(version_id, item.item_key, "add_item", f"新增事项：{item_label(elements)}", after=item)
        return (await self._views([item]))[0]

    async def update_item(self, version_id: uuid.UUID, item_id: uuid.UUID, data: ItemUpdate) -> ItemView:
        await self._draft(version_id)
        item = await self._item(version_id, item_id)
        if item.version != data.version:
            raise StaleVersion()
        before = await self._snapshot(item)
        changes = data.model_dump(exclude_unset=True, exclude={"version", "seq", "time_limit_manual"})
        current = item.elements(await self._domain_name(item.domain_code)).model_dump()
        current["domain_code"] = item.domain_code
        if "basis_text" in changes and "basis" not in changes:
            changes["basis"] = None  # re-parse from the new text
        merged = {**current, **changes}
        elements = await self._elements_from(merged)
        manual = data.time_limit_manual
        if manual is None:
            manual = item.time_limit_manual if elements.time_limit == item.time_limit else False
        await self._fill(item, elements, merged["domain_code"], manual=manual)
        if data.seq is not None:
            item.seq = data.seq
        await self.catalog.flush()
        await self._log(
            version_id, item.item_key, "edit_item", f"修改事项：{item_label(elements)}", before=before, after=item
        )
        return (await self._views([item]))[0]

    async def remove_item(self, version_id: uuid.UUID, item_id: uuid.UUID, reason: str) -> None:
        await self._draft(version_id)
        item = await self._item(version_id, item_id)
        before = await self._snapshot(item)
        await self.catalog.delete_item(item)
        label = f"{before['domain']} / {before['level1']} / {before['level2']}".rstrip(" /")
        await self._log(version_id, item.item_key, "remove_item", f"移除事项：{label}", before=before, reason=reason)

    # --- assignments ---------------------------------------------------------------------------

    async def set_assignments(self, version_id: uuid.UUID, item_id: uuid.UUID, unit_ids: list[uuid.UUID]) -> ItemView:
        await self._draft(version_id)
        item = await self._item(version_id, item_id)
        await self._check_units(unit_ids)
        before = (await self.catalog.assignments([item.id])).get(item.id, [])
        await self.catalog.set_assignments(item.id, unit_ids)
        await self._log(
            version_id,
            item.item_key,
            "assign",
            f"调整责任单位：{item.level1} {item.level2}".strip(),
            before={"org_unit_ids": [str(u) for u in before]},
            after_data={"org_unit_ids": [str(u) for u in unit_ids]},
        )
        return (await self._views([item]))[0]

    async def bulk_assign(self, version_id: uuid.UUID, data: BulkAssign) -> int:
        await self._draft(version_id)
        await self._check_units(data.org_unit_ids)
        items = await self.catalog.items_by_id(version_id, data.item_ids)
        if len(items) != len(set(data.item_ids)):
            raise InvalidInput("部分事项不属于该目录版本")
        current = await self.catalog.assignments([i.id for i in items])
        for item in items:
            existing = current.get(item.id, [])
            if data.mode == "replace":
                target = list(data.org_unit_ids)
            elif data.mode == "add":
                target = list(dict.fromkeys([*existing, *data.org_unit_ids]))
            else:
                target = [u for u in existing if u not in set(data.org_unit_ids)]
            await self.catalog.set_assignments(item.id, target)
        await self._log(
            version_id,
            None,
            "bulk_assign",
            f"批量{ {'add': '添加', 'replace': '替换', 'remove': '取消'}[data.mode] }责任单位：{len(items)}个事项",
            after_data={
                "item_ids": [str(i) for i in data.item_ids],
                "org_unit_ids": [str(u) for u in data.org_unit_ids],
            },
        )
        return len(items)

    async def matrix(self, version_id: uuid.UUID) -> tuple[list[OrgUnit], list[ItemView]]:
        await self.version(version_id)
        units, _ = await self.org_units.list_page(PageParams(limit=MAX_LIMIT), active_only=True)
        return units, await self._views(await self.catalog.all_items(version_id))

    # --- revisions of the national standards ---------------------------------------------------

    async def standard_updates(
        self, version_id: uuid.UUID
    ) -> list[tuple[CatalogItem, StandardItem, list[FieldChange]]]:
        """Items whose standard item has a newer revision, with the field-by-field difference."""
        await self.version(version_id)
        by_standard_item = {
            i.standard_item_id: i for i in await self.catalog.all_items(version_id) if i.standard_item_id
        }
        updates = []
        for newer in await self.reference.newer_standard_items(set(by_standard_item)):
            item = by_standard_item[newer.previous_id]  # type: ignore[index]
            name = await self._domain_name(item.domain_code)
            changes = field_changes(item.elements(name), newer.elements(name))
            if changes:
                updates.append((item, newer, changes))
        return sorted(updates, key=lambda u: u[0].seq)

    async def apply_standard_update(
        self, version_id: uuid.UUID, item_id: uuid.UUID, standard_item_id: uuid.UUID, fields: list[str] | None
    ) -> ItemView:
        await self._draft(version_id)
        item = await self._item(version_id, item_id)
        offered = await self.reference.newer_standard_items({item.standard_item_id} if item.standard_item_id else set())
        newer = next((n for n in offered if n.id == standard_item_id), None)
        if newer is None:
            raise InvalidInput("该标准事项不是此目录事项的修订版本")
        name = await self._domain_name(item.domain_code)
        current, revised = item.elements(name), newer.elements(name)
        changed = [c.field for c in field_changes(current, revised)]
        chosen = changed if fields is None else [f for f in fields if f in changed]
        unknown = set(fields or []) - set(FIELD_LABELS)
        if unknown:
            raise InvalidInput(f"未知的字段：{'、'.join(sorted(unknown))}")
        update: dict[str, Any] = {f: getattr(revised, f) for f in chosen}
        if "basis_text" in chosen:
            update["basis"] = revised.basis
        before = await self._snapshot(item)
        await self._fill(item, current.model_copy(update=update), item.domain_code)
        item.standard_item_id = newer.id
        await self.catalog.flush()
        await self._log(
            version_id,
            item.item_key,
            "apply_standard_update",
            f"采用标准指引修订：{item_label(current)}（{'、'.join(FIELD_LABELS[f] for f in chosen) or '仅更新来源'}）",
            before=before,
            after=item,
        )
        return (await self._views([item]))[0]

    # --- publishing and history --------------------------------------------------------------

    async def publish(self, version_id: uuid.UUID) -> CatalogVersion:
        version = await self._draft(version_id)
        items = await self.catalog.all_items(version_id)
        domains = await self._domain_map()
        checks = [
            ItemForCheck(
                id=i.id,
                seq=i.seq,
                elements=i.elements(domains[i.domain_code].name if i.domain_code in domains else i.domain_code),
                time_limit_understood=i.time_limit_parsed,
                time_limit_manual=i.time_limit_manual,
                domain_known=i.domain_code in domains and domains[i.domain_code].active,
            )
            for i in items
        ]
        problems = publish_problems(checks)
        if problems:
            raise CatalogNotPublishable(
                f"{len(problems)}个事项未通过检查",
                errors=[
                    FieldError(
                        loc=["items", str(p.item_id)],
                        msg=f"第{p.seq}项 {p.label}：{'；'.join(p.messages)}",
                        type="item",
                    )
                    for p in problems
                ],
            )
        now = utcnow()
        previous = await self.catalog.version_with_status("published")
        if previous is not None:
            previous.status = "superseded"
            previous.superseded_at = now
        version.status = "published"
        version.published_at = now
        version.published_by = self.actor.name
        await self.catalog.flush()
        await self._log(version.id, None, "publish", f"发布第{version.number}版目录（{len(items)}个事项）")
        await self.events.emit(
            Event.CATALOG_VERSION_PUBLISHED,
            {
                "version_id": str(version.id),
                "number": version.number,
                "item_count": len(items),
                "superseded_version_id": str(previous.id) if previous else None,
                "published_at": now.isoformat(),
            },
        )
        return version

    async def diff(self, from_id: uuid.UUID, to_id: uuid.UUID) -> tuple[CatalogVersion, CatalogVersion, list[ItemDiff]]:
        old, new = await self.version(from_id), await self.version(to_id)
        return old, new, diff_items(await self._elements_by_key(old.id), await self._elements_by_key(new.id))

    async def changes(self, version_id: uuid.UUID, page: PageParams) -> tuple[list[CatalogChange], str | None]:
        await self.version(version_id)
        return await self.catalog.changes(version_id, page)

    async def published(self) -> CatalogVersion:
        version = await self.catalog.version_with_status("published")
        if version is None:
            raise NotFound("该单位尚未发布标准目录")
        return version

    # --- exchange ----------------------------------------------------------------------------

    async def elements_of(self, version_id: uuid.UUID, *, org_unit_id: uuid.UUID | None = None) -> list[ItemElements]:
        """The version's items; with ``org_unit_id``, the department's own catalog: the items it carries."""
        await self.version(version_id)
        domains = await self._domain_map()
        items = await self.catalog.all_items(version_id)
        if org_unit_id is not None:
            assigned = await self.catalog.assignments([i.id for i in items])
            items = [i for i in items if org_unit_id in assigned.get(i.id, [])]
        return [i.elements(domains[i.domain_code].name) for i in items]

    async def apply_import(self, version_id: uuid.UUID, rows: Sequence[ItemElements]) -> dict[str, int]:
        """Make the draft equal to ``rows``: matched items (same domain and 一级/二级事项) keep
        their identity and provenance; new rows become custom items; missing items are removed."""
        await self._draft(version_id)
        by_name = {d.name: d for d in (await self._domain_map()).values()}
        errors = [
            FieldError(loc=["rows", n], msg=f"第{n}条：领域“{row.domain}”不存在", type="domain")
            for n, row in enumerate(rows, start=1)
            if row.domain not in by_name
        ]
        if errors:
            raise ImportRefused(errors=errors)
        existing = await self.catalog.all_items(version_id)
        index = {(i.domain_code, i.level1, i.level2): i for i in existing}
        seen: set[uuid.UUID] = set()
        counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}
        next_seq = await self.catalog.max_seq(version_id)
        for row in rows:
            code = by_name[row.domain].code
            if not row.basis and row.basis_text:
                row = row.model_copy(update={"basis": parse_legal_basis(row.basis_text)})
            item = index.get((code, row.level1, row.level2))
            if item is not None and item.id not in seen:
                seen.add(item.id)
                before = item.elements(row.domain)
                if before == row:
                    counts["unchanged"] += 1
                    continue
                snapshot = await self._snapshot(item)
                manual = item.time_limit_manual if before.time_limit == row.time_limit else False
                await self._fill(item, row, code, manual=manual)
                await self._log(
                    version_id,
                    item.item_key,
                    "import_edit",
                    f"导入修改：{item_label(row)}",
                    before=snapshot,
                    after=item,
                )
                counts["updated"] += 1
                continue
            next_seq += 1
            item = CatalogItem(catalog_version_id=version_id, seq=next_seq, source="custom", custom_origin="导入")
            await self._fill(item, row, code)
            await self.catalog.add_item(item)
            await self._log(version_id, item.item_key, "import_add", f"导入新增：{item_label(row)}", after=item)
            counts["added"] += 1
        for item in existing:
            if item.id not in seen:
                snapshot = await self._snapshot(item)
                await self.catalog.delete_item(item)
                await self._log(
                    version_id,
                    item.item_key,
                    "import_remove",
                    f"导入时移除：{item.level1} {item.level2}".strip(),
                    before=snapshot,
                    reason="导入文件中没有该事项",
                )
                counts["removed"] += 1
        await self.catalog.flush()
        return counts

    # --- helpers -----------------------------------------------------------------------------

    async def _draft(self, version_id: uuid.UUID) -> CatalogVersion:
        version = await self.version(version_id)
        if version.status != "draft":
            raise NotADraft(f"第{version.number}版已{'发布' if version.status == 'published' else '被替代'}，不能修改")
        return version

    async def _item(self, version_id: uuid.UUID, item_id: uuid.UUID) -> CatalogItem:
        item = await self.catalog.item(version_id, item_id)
        if item is None:
            raise NotFound("目录事项不存在")
        return item

    async def _domain_map(self) -> dict[str, Domain]:
        if self._domains is None:
            self._domains = {d.code: d for d in await self.reference.domains()}
        return self._domains

    async def _domain_name(self, code: str) -> str:
        domain = (await self._domain_map()).get(code)
        return domain.name if domain else code

    async def _elements_from(self, data: dict[str, Any]) -> ItemElements:
        data = dict(data)
        code = data.pop("domain_code")
        domain = (await self._domain_map()).get(code)
        if domain is None:
            raise InvalidInput(f"领域 {code} 不存在")
        if data.get("basis") is None:
            data["basis"] = parse_legal_basis(data.get("basis_text") or "")
        data.pop("domain", None)
        try:
            return ItemElements(domain=domain.name, **data)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None

    async def _fill(self, item: CatalogItem, elements: ItemElements, domain_code: str, *, manual: bool = False) -> None:
        rule = parse_time_limit(elements.time_limit)
        item.set_elements(elements, domain_code)
        item.time_limit_rule = rule.model_dump(mode="json")
        item.time_limit_parsed = not needs_manual_review(rule)
        item.time_limit_manual = manual

    async def _check_units(self, unit_ids: list[uuid.UUID]) -> None:
        wanted = set(unit_ids)
        if await self.org_units.active_ids(wanted) != wanted:
            raise InvalidInput("责任单位不存在或已停用")

    async def _views(self, items: list[CatalogItem]) -> list[ItemView]:
        assignments = await self.catalog.assignments([i.id for i in items])
        return [ItemView(i, await self._domain_name(i.domain_code), assignments.get(i.id, [])) for i in items]

    async def _elements_by_key(self, version_id: uuid.UUID) -> dict[uuid.UUID, ItemElements]:
        return {
            i.item_key: i.elements(await self._domain_name(i.domain_code))
            for i in await self.catalog.all_items(version_id)
        }

    async def _snapshot(self, item: CatalogItem) -> dict[str, Any]:
        return item.elements(await self._domain_name(item.domain_code)).model_dump(mode="json")

    async def _log(
        self,
        version_id: uuid.UUID,
        item_key: uuid.UUID | None,
        action: str,
        summary: str,
        *,
        before: dict[str, Any] | None = None,
        after: CatalogItem | None = None,
        after_data: dict[str, Any] | None = None,
        reason: str = "",
    ) -> None:
        snapshot = await self._snapshot(after) if after is not None else after_data
        await self.catalog.log(
            CatalogChange(
                catalog_version_id=version_id,
                item_key=item_key,
                action=action,
                summary=summary[:500],
                reason=reason,
                before=before,
                after=snapshot,
                actor_id=self.actor.id,
                actor_name=self.actor.name,
            )
        )


def etag_for(version: CatalogVersion, query: str) -> str:
    """Published versions never change, so the version id and the query identify the answer."""
    digest = hashlib.sha256(f"{version.id}:{version.version}:{query}".encode()).hexdigest()[:20]
    return f'"{digest}"'
