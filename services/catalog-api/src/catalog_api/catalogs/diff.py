"""Differences between two sets of catalog items, matched by their stable ``item_key``. Pure."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from catalog_api.catalogs.elements import ItemElements

FIELD_LABELS: dict[str, str] = {
    "domain": "领域",
    "level1": "一级事项",
    "level2": "二级事项",
    "content": "公开内容",
    "basis_text": "公开依据",
    "time_limit": "公开时限",
    "subject": "公开主体",
    "channels": "公开渠道和载体",
    "audience": "公开对象",
    "audience_note": "特定群体说明",
    "mode": "公开方式",
    "levels": "公开层级",
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ItemDiff:
    item_key: uuid.UUID
    status: Literal["added", "removed", "changed"]
    label: str
    changes: list[FieldChange] = field(default_factory=list)


def item_label(elements: ItemElements) -> str:
    parts = [elements.domain, elements.level1, elements.level2]
    return " / ".join(p for p in parts if p)


def _comparable(elements: ItemElements) -> dict[str, Any]:
    data = elements.model_dump(mode="json", include=set(FIELD_LABELS))
    return data


def field_changes(before: ItemElements, after: ItemElements) -> list[FieldChange]:
    old, new = _comparable(before), _comparable(after)
    return [
        FieldChange(name, FIELD_LABELS[name], old[name], new[name]) for name in FIELD_LABELS if old[name] != new[name]
    ]


def diff_items(old: Mapping[uuid.UUID, ItemElements], new: Mapping[uuid.UUID, ItemElements]) -> list[ItemDiff]:
    """Added, removed and changed items from ``old`` to ``new``, in a stable order."""
    diffs: list[ItemDiff] = []
    for key, elements in new.items():
        if key not in old:
            diffs.append(ItemDiff(key, "added", item_label(elements)))
        else:
            changes = field_changes(old[key], elements)
            if changes:
                diffs.append(ItemDiff(key, "changed", item_label(elements), changes))
    diffs.extend(ItemDiff(key, "removed", item_label(elements)) for key, elements in old.items() if key not in new)
    order = {"added": 0, "changed": 1, "removed": 2}
    return sorted(diffs, key=lambda d: (order[d.status], d.label, str(d.item_key)))
