"""What a catalog version must satisfy before it is published. Pure."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from catalog_api.catalogs.elements import ItemElements, Mode


@dataclass(frozen=True)
class ItemForCheck:
    id: uuid.UUID
    seq: int
    elements: ItemElements
    time_limit_understood: bool  # parsed into a rule that computes a due date
    time_limit_manual: bool  # staff confirmed the time limit is followed by hand
    domain_known: bool


@dataclass(frozen=True)
class ItemProblem:
    item_id: uuid.UUID
    seq: int
    label: str
    messages: list[str]


def publish_problems(items: list[ItemForCheck]) -> list[ItemProblem]:
    """Every 主动 item needs a subject, a time limit the system understands or one confirmed
    for manual follow-up, and at least one channel; every item needs a known domain and a level.
    """
    problems: list[ItemProblem] = []
    if not items:
        return [ItemProblem(uuid.UUID(int=0), 0, "目录", ["目录中没有任何事项"])]
    for item in items:
        e = item.elements
        messages: list[str] = []
        if not item.domain_known:
            messages.append("领域不存在或已停用")
        if not e.levels:
            messages.append("未勾选公开层级")
        if e.mode is Mode.PROACTIVE:
            if not e.subject.strip():
                messages.append("主动公开事项必须填写公开主体")
            if not e.channels:
                messages.append("主动公开事项至少选择一个公开渠道")
            if not (item.time_limit_understood or item.time_limit_manual):
                messages.append(f"公开时限“{e.time_limit}”无法自动计算，请修改或标记为人工跟踪")
        if messages:
            label = " / ".join(p for p in (e.domain, e.level1, e.level2) if p)
            problems.append(ItemProblem(item.id, item.seq, label, messages))
    return problems
