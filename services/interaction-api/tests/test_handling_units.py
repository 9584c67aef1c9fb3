"""interaction-api: handling units come from catalog-api over REST."""

from __future__ import annotations

NANMING = "520102000000"


async def test_handling_units_are_the_active_org_units_of_the_tenant(services, auth) -> None:
    response = await services["interaction"].get(
        f"/api/interaction/v1/tenants/{NANMING}/handling-units", headers=auth("nanming_handler")
    )
    assert response.status_code == 200
    names = [u["name"] for u in response.json()]
    assert names[0] == "南明区人民政府办公室"
    assert len(names) == 13


async def test_supervisor_of_the_province_reads_handling_units_of_a_county(services, auth) -> None:
    response = await services["interaction"].get(
        f"/api/interaction/v1/tenants/{NANMING}/handling-units", headers=auth("guizhou_supervisor")
    )
    assert response.status_code == 200


async def test_interaction_openapi_and_docs_are_under_its_prefix(services) -> None:
    interaction = services["interaction"]
    assert (await interaction.get("/api/interaction/v1/openapi.json")).status_code == 200
    docs = await interaction.get("/api/interaction/v1/docs")
    assert docs.status_code == 200
    assert "/api/interaction/v1/openapi.json" in docs.text
