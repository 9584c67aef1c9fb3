"""Reference data every installation has: the 26 pilot domains, a standard guideline per
domain with its items, and the provincial baselines for 县级 and 乡级 catalogs.

The items come from real county and township catalogs (reference/standard_catalog.json, each
with its source address). A baseline selects the standard items of its level and keeps the
link to each (provenance). Loading is idempotent: nothing happens when domains exist.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_api.catalogs.elements import ItemElements
from catalog_api.catalogs.legal_basis import parse_legal_basis
from catalog_api.reference.models import Baseline, BaselineItem, Domain, Standard, StandardItem

DATA = Path(__file__).parent / "standard_catalog.json"
STANDARD_REVISION = "2019"
BASELINE_REVISION = "2020"
BASELINES = {
    "county": ("县级", "贵州省县级政府政务公开事项基准目录"),
    "township": ("乡级", "贵州省乡镇（街道）政务公开事项基准目录"),
}


def _elements(row: dict[str, Any], domain_name: str) -> ItemElements:
    return ItemElements(
        domain=domain_name,
        level1=row["level1"],
        level2=row["level2"],
        content=row["content"],
        basis=parse_legal_basis(row["basis_text"]),
        basis_text=row["basis_text"],
        time_limit=row["time_limit"],
        subject=row["subject"],
        channels=row["channels"],
        audience=row["audience"],
        mode=row["mode"],
        levels=row["levels"],
    )


async def load_reference_data(session: AsyncSession) -> bool:
    if await session.scalar(select(exists().where(Domain.code.is_not(None)))):
        return False
    data = json.loads(DATA.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for order, row in enumerate(data["domains"], start=1):
        session.add(Domain(code=row["code"], name=row["name"], national_name=row["national_name"], sort_order=order))
        names[row["code"]] = row["name"]
    await session.flush()

    standards: dict[str, Standard] = {}
    for code, name in names.items():
        standard = Standard(
            domain_code=code,
            title=f"{name}领域基层政务公开标准指引",
            issuer="国务院有关主管部门",
            revision=STANDARD_REVISION,
            status="current",
        )
        session.add(standard)
        standards[code] = standard
    await session.flush()

    baselines = {
        level: Baseline(level=level, title=title, revision=BASELINE_REVISION, status="current")
        for level, (_, title) in BASELINES.items()
    }
    session.add_all(baselines.values())
    await session.flush()

    seqs: dict[object, int] = {}
    for row in data["standard_items"]:
        code = row["domain_code"]
        elements = _elements(row, names[code])
        standard = standards[code]
        seqs[standard.id] = seqs.get(standard.id, 0) + 1
        item = StandardItem(standard_id=standard.id, seq=seqs[standard.id], source_url=row.get("source_url", ""))
        item.set_elements(elements, code)
        session.add(item)
        await session.flush()
        for level, (label, _) in BASELINES.items():
            if label in row["levels"]:
                baseline = baselines[level]
                seqs[baseline.id] = seqs.get(baseline.id, 0) + 1
                copy = BaselineItem(baseline_id=baseline.id, seq=seqs[baseline.id], standard_item_id=item.id)
                copy.set_elements(elements, code)
                session.add(copy)
    await session.flush()
    return True
