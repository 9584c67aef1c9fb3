"""Property: whatever catalog is exported comes back identical (Excel in both layouts, CSV, JSON)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog_api.catalogs.elements import CHANNELS, Audience, ItemElements, Level, Mode
from catalog_api.exchange import read_csv, read_json, read_xlsx, write_csv, write_json, write_xlsx

# Element texts: Chinese, Latin, digits, the punctuation of real catalogs (full- and half-width),
# marks, characters forbidden in sheet names, formula starters, tabs and line breaks.
_TEXT_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.sampled_from(list("abcXYZ0123456789 　，。、；：（）()《》“”【】-/\\:?*[]=+@'√■□口\t\n")),
)


def texts(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    strategy = st.text(_TEXT_CHARS, min_size=min_size, max_size=max_size)
    return strategy.filter(lambda s: len(s.strip()) >= min_size) if min_size else strategy


# Names of other channels: no list separators, brackets or boxes (those are the checklist's syntax).
_OTHER_NAMES = st.one_of(
    st.sampled_from(["公共资源交易平台", "投资项目在线审批监管平台", "12345政务服务热线", "信用中国"]),
    st.text(
        st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), st.sampled_from(list("ABC123"))),
        min_size=1,
        max_size=12,
    ),
)
_CHANNELS = st.lists(st.one_of(st.sampled_from(CHANNELS), _OTHER_NAMES.map(lambda name: "其他:" + name)), max_size=6)


@st.composite
def items(draw: st.DrawFn, domains: st.SearchStrategy[str]) -> ItemElements:
    audience = draw(st.sampled_from(Audience))
    fields: dict[str, Any] = {
        "domain": draw(domains),
        "level1": draw(texts(1, 30)),
        "level2": draw(texts(0, 30)),
        "content": draw(texts(1, 120)),
        "basis_text": draw(texts(0, 80)),
        "time_limit": draw(texts(1, 40)),
        "subject": draw(texts(0, 30)),
        "channels": draw(_CHANNELS),
        "audience": audience,
        "audience_note": draw(texts(0, 20)),
        "mode": draw(st.sampled_from(Mode)),
        "levels": draw(st.lists(st.sampled_from(Level), max_size=3)),
    }
    return ItemElements(**fields)


_DOMAINS = st.one_of(
    st.sampled_from(["社会救助", "重大建设项目", "公共资源交易", "Sheet1", "history"]),
    texts(1, 50),
)
catalogs = st.lists(items(_DOMAINS), max_size=8)
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def grouped_by_domain(catalog: list[ItemElements]) -> list[ItemElements]:
    """The order of a per-domain workbook: domains in order of first appearance."""
    order = {domain: n for n, domain in enumerate(dict.fromkeys(item.domain for item in catalog))}
    return sorted(catalog, key=lambda item: order[item.domain])


@_SETTINGS
@given(catalogs)
def test_xlsx_single_sheet_round_trip(catalog: list[ItemElements]) -> None:
    parsed = read_xlsx(write_xlsx(catalog, layout="single", title="某县政务公开事项标准目录"))
    assert parsed.errors == []
    assert parsed.items == catalog


@_SETTINGS
@given(catalogs)
def test_xlsx_per_domain_round_trip(catalog: list[ItemElements]) -> None:
    parsed = read_xlsx(write_xlsx(catalog, layout="per_domain"))
    assert parsed.errors == []
    assert parsed.items == grouped_by_domain(catalog)


@_SETTINGS
@given(catalogs)
def test_xlsx_per_domain_round_trip_is_exact_when_items_are_grouped(catalog: list[ItemElements]) -> None:
    catalog = grouped_by_domain(catalog)
    assert read_xlsx(write_xlsx(catalog, layout="per_domain", title="某县目录", merge_level1=False)).items == catalog


@_SETTINGS
@given(catalogs)
def test_csv_round_trip(catalog: list[ItemElements]) -> None:
    parsed = read_csv(write_csv(catalog))
    assert parsed.errors == []
    assert parsed.items == catalog


@_SETTINGS
@given(catalogs)
def test_json_round_trip(catalog: list[ItemElements]) -> None:
    parsed = read_json(write_json(catalog))
    assert parsed.errors == []
    assert parsed.items == catalog


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_readers_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    for read in (read_xlsx, read_csv, read_json):
        parsed = read(data)
        assert parsed.items == [] or parsed.errors == []
