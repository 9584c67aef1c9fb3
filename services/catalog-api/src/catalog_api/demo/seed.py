"""Demo data loaded on the first standalone start: Guizhou's division tree (real codes), two
county tenants and two township tenants, their departments, one user per role and an API client.

Everything goes through the same services as the API, so the demo obeys the same rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_api.api_clients.models import ApiClient
from catalog_api.auth.passwords import Passwords
from catalog_api.divisions.models import Division
from catalog_api.divisions.repository import DivisionRepository
from catalog_api.org_units.models import OrgUnit
from catalog_api.org_units.repository import OrgUnitRepository
from catalog_api.org_units.schemas import OrgUnitCreate
from catalog_api.org_units.service import OrgUnitService
from catalog_api.tenants.models import Tenant
from catalog_api.tenants.repository import TenantRepository
from catalog_api.tenants.schemas import TenantCreate
from catalog_api.tenants.service import TenantService
from catalog_api.users.repository import UserRepository
from catalog_api.users.schemas import PlatformUserCreate, TenantUserCreate
from catalog_api.users.service import UserService
from gongkai_kit.auth import Role
from gongkai_kit.divisions import level_of, parent_code

DEMO_PASSWORD = "Gongkai@2026"
DEMO_CLIENT_ID = "520102000000.demo"
DEMO_CLIENT_SECRET = "gongkai-demo-client-secret-2026"
NANMING, FENGGANG = "520102000000", "520327000000"
HUAGUOYUAN, LONGQUAN = "520102031000", "520327001000"

DEPARTMENTS: dict[str, list[tuple[str, str]]] = {
    NANMING: [
        ("南明区人民政府办公室", "office"),
        ("南明区发展和改革局", "department"),
        ("南明区教育局", "department"),
        ("南明区民政局", "department"),
        ("南明区财政局", "department"),
        ("南明区人力资源和社会保障局", "department"),
        ("南明区住房和城乡建设局", "department"),
        ("南明区卫生健康局", "department"),
        ("南明区应急管理局", "department"),
        ("南明区市场监督管理局", "department"),
        ("花果园街道办事处", "township"),
        ("太慈桥街道办事处", "township"),
        ("后巢乡人民政府", "township"),
    ],
    FENGGANG: [
        ("凤冈县人民政府办公室", "office"),
        ("凤冈县发展和改革局", "department"),
        ("凤冈县教育局", "department"),
        ("凤冈县民政局", "department"),
        ("凤冈县财政局", "department"),
        ("凤冈县自然资源局", "department"),
        ("凤冈县农业农村局", "department"),
        ("凤冈县卫生健康局", "department"),
        ("龙泉街道办事处", "township"),
        ("进化镇人民政府", "township"),
        ("琊川镇人民政府", "township"),
    ],
    HUAGUOYUAN: [("花果园街道党政办公室", "office"), ("花果园街道社会事务办公室", "department")],
    LONGQUAN: [("龙泉街道党政办公室", "office"), ("龙泉街道社会事务办公室", "department")],
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    roles: tuple[Role, ...]
    tenant_id: str | None = None
    org_unit: str | None = None
    division_code: str | None = None


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "平台管理员", (Role.PLATFORM_ADMIN,)),
    DemoUser("guizhou_supervisor", "省政务公开办监督员", (Role.SUPERVISOR,), division_code="520000000000"),
    DemoUser("zunyi_supervisor", "遵义市政务公开办监督员", (Role.SUPERVISOR,), division_code="520300000000"),
    DemoUser("nanming_admin", "南明区政务公开办", (Role.TENANT_ADMIN,), NANMING, "南明区人民政府办公室"),
    DemoUser("nanming_editor", "南明区教育局信息员", (Role.EDITOR,), NANMING, "南明区教育局"),
    DemoUser("nanming_reviewer", "南明区政府办审核员", (Role.REVIEWER,), NANMING, "南明区人民政府办公室"),
    DemoUser("nanming_handler", "南明区依申请公开办理员", (Role.HANDLER,), NANMING, "南明区人民政府办公室"),
    DemoUser("fenggang_admin", "凤冈县政务公开办", (Role.TENANT_ADMIN,), FENGGANG, "凤冈县人民政府办公室"),
    DemoUser("fenggang_editor", "凤冈县民政局信息员", (Role.EDITOR,), FENGGANG, "凤冈县民政局"),
    DemoUser("huaguoyuan_admin", "花果园街道政务公开", (Role.TENANT_ADMIN,), HUAGUOYUAN, "花果园街道党政办公室"),
    DemoUser("longquan_admin", "龙泉街道政务公开", (Role.TENANT_ADMIN, Role.EDITOR), LONGQUAN, "龙泉街道党政办公室"),
)


def _division_rows() -> list[tuple[str, str]]:
    data = json.loads((Path(__file__).parent / "divisions_guizhou.json").read_text(encoding="utf-8"))
    rows = [(data["province"]["code"], data["province"]["name"])]
    for key in ("cities", "counties", "townships"):
        rows.extend((row["code"], row["name"]) for row in data[key])
    return rows


async def seed_demo(session: AsyncSession, passwords: Passwords) -> bool:
    """Load the demo once; returns False when the registry already holds tenants."""
    if await session.scalar(select(exists().where(Tenant.id.is_not(None)))):
        return False
    known = set((await session.scalars(select(Division.code))).all())
    for code, name in sorted(_division_rows()):
        if code not in known:
            session.add(Division(code=code, name=name, level=level_of(code).value, parent_code=parent_code(code)))
    await session.flush()

    tenants = TenantService(TenantRepository(session), DivisionRepository(session))
    names = {
        NANMING: "贵阳市南明区",
        FENGGANG: "遵义市凤冈县",
        HUAGUOYUAN: "南明区花果园街道",
        LONGQUAN: "凤冈县龙泉街道",
    }
    for tenant_id in (NANMING, FENGGANG, HUAGUOYUAN, LONGQUAN):
        await tenants.create(TenantCreate(division_code=tenant_id, name=names[tenant_id]))

    unit_ids: dict[tuple[str, str], object] = {}
    for tenant_id, departments in DEPARTMENTS.items():
        service = OrgUnitService(OrgUnitRepository(session, tenant_id))
        for order, (name, kind) in enumerate(departments, start=1):
            unit: OrgUnit = await service.create(OrgUnitCreate(name=name, kind=kind, sort_order=order * 10))
            unit_ids[(tenant_id, name)] = unit.id

    users = UserService(UserRepository(session), passwords, divisions=DivisionRepository(session))
    for demo in DEMO_USERS:
        if demo.tenant_id is None:
            await users.create_platform_user(
                PlatformUserCreate(
                    username=demo.username,
                    display_name=demo.display_name,
                    password=DEMO_PASSWORD,
                    roles=list(demo.roles),
                    division_code=demo.division_code,
                )
            )
            continue
        users.org_units = OrgUnitRepository(session, demo.tenant_id)
        await users.create_tenant_user(
            demo.tenant_id,
            TenantUserCreate(
                username=demo.username,
                display_name=demo.display_name,
                password=DEMO_PASSWORD,
                roles=list(demo.roles),
                org_unit_id=unit_ids[(demo.tenant_id, demo.org_unit)] if demo.org_unit else None,
            ),
        )

    session.add(
        ApiClient(
            tenant_id=NANMING,
            client_id=DEMO_CLIENT_ID,
            name="南明区政务服务网（演示）",
            secret_hash=passwords.hash(DEMO_CLIENT_SECRET),
            scopes=["catalog:read", "records:read"],
            active=True,
        )
    )
    await session.flush()
    return True


def demo_credentials_text() -> str:
    lines = [f"演示账号（密码均为 {DEMO_PASSWORD}）/ demo accounts (password {DEMO_PASSWORD}):"]
    for demo in DEMO_USERS:
        roles = ", ".join(r.value for r in demo.roles)
        lines.append(f"  {demo.username:<20} {roles:<28} {demo.display_name}")
    lines.append(f"  API client: client_id={DEMO_CLIENT_ID} client_secret={DEMO_CLIENT_SECRET}")
    return "\n".join(lines)
