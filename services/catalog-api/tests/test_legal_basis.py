"""公开依据 parsing and rendering: every basis of the real catalogs, tags, kinds and round trips."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog_api.catalogs.elements import BasisKind, LegalBasis
from catalog_api.catalogs.legal_basis import (
    UNCLASSIFIED_TAG,
    format_legal_basis,
    infer_basis_kind,
    parse_legal_basis,
    scan_legal_basis,
)

CATALOG_ROWS = Path(__file__).resolve().parents[3].parent / "shared" / "domain" / "catalog_rows.json"


def _catalog_bases() -> list[str]:
    if not CATALOG_ROWS.is_file():
        pytest.fail(
            f"catalog rows not found at {CATALOG_ROWS}: the shared/ directory must sit beside the repository",
            pytrace=False,
        )
    rows = json.loads(CATALOG_ROWS.read_text(encoding="utf-8"))
    return sorted({row["basis"] for row in rows})


LAW = BasisKind.LAW
REG = BasisKind.ADMINISTRATIVE_REGULATION
NORM = BasisKind.NORMATIVE_DOCUMENT


def lb(title: str, kind: BasisKind | None = None, number: str | None = None, article: str | None = None) -> LegalBasis:
    return LegalBasis(title=title, kind=kind, number=number, article=article)


# --- every catalog basis ---------------------------------------------------------------------


@pytest.mark.parametrize("text", _catalog_bases())
def test_every_title_of_a_catalog_basis_becomes_one_item(text: str) -> None:
    items = parse_legal_basis(text)
    titles = re.findall(r"《([^《》]*(?:《[^《》]*》[^《》]*)*)》", text)
    assert len(items) == len(titles)
    for item, raw in zip(items, titles, strict=True):
        # parentheses become full-width, inner title marks 〈〉; "《X》实施细则" is titled "〈X〉实施细则"
        assert raw in item.title.replace("（", "(").replace("）", ")").replace("〈", "<").replace("〉", ">")
    assert parse_legal_basis(format_legal_basis(items)) == items


def test_catalog_bases_render_without_tags() -> None:
    for text in _catalog_bases():
        assert "【" not in format_legal_basis(parse_legal_basis(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "《中华人民共和国城乡规划法》；《中华人民共和国政府信息公开条例》",
            [lb("中华人民共和国城乡规划法", LAW), lb("中华人民共和国政府信息公开条例", REG)],
        ),
        (
            "《中华人民共和国政府信息公开条例》(国务院令第711号)；《中华人民共和国就业促进法》；"
            "《人力资源市场暂行条例》(国务院令第700号)",
            [
                lb("中华人民共和国政府信息公开条例", REG, "国务院令第711号"),
                lb("中华人民共和国就业促进法", LAW),
                lb("人力资源市场暂行条例", REG, "国务院令第700号"),
            ],
        ),
        (
            "《中华人民共和国招标投标法》；《中华人民共和国招标投标法实施条例》；"
            "《国务院办公厅关于推进公共资源配置领域政府信息公开的意见》(国办发〔2017〕97号)；"
            "《招标公告和公示信息发布管理办法》(国家发展改革委令2017年第10号)",
            [
                lb("中华人民共和国招标投标法", LAW),
                lb("中华人民共和国招标投标法实施条例", REG),
                lb("国务院办公厅关于推进公共资源配置领域政府信息公开的意见", NORM, "国办发〔2017〕97号"),
                lb("招标公告和公示信息发布管理办法", BasisKind.DEPARTMENT_RULE, "国家发展改革委令2017年第10号"),
            ],
        ),
        (
            "《中华人民共和国户口登记条例》(第七条)；《中华人民共和国政府信息公开条例》",
            [lb("中华人民共和国户口登记条例", LAW, article="第七条"), lb("中华人民共和国政府信息公开条例", REG)],
        ),
        (
            "《中华人民共和国政府信息公开条例》(国务院令第711号)；《关于全面推进政务公开工作的意见》实施细则(国办发〔2016〕80号)",
            [
                lb("中华人民共和国政府信息公开条例", REG, "国务院令第711号"),
                lb("〈关于全面推进政务公开工作的意见〉实施细则", NORM, "国办发〔2016〕80号"),
            ],
        ),
        (
            "《中华人民共和国政府信息公开条例》；《国家税务总局关于印发<全面推进政务公开工作实施办法>的通知》(税总发〔2017〕44号)",
            [
                lb("中华人民共和国政府信息公开条例", REG),
                lb("国家税务总局关于印发〈全面推进政务公开工作实施办法〉的通知", NORM, "税总发〔2017〕44号"),
            ],
        ),
        (
            "《中华人民共和国政府信息公开条例》；《文化馆服务标准》(GB/T 32939—2016)",
            [lb("中华人民共和国政府信息公开条例", REG), lb("文化馆服务标准", BasisKind.OTHER, "GB/T 32939—2016")],
        ),
        (
            "《关于全面推进政务公开工作的意见》(中办发〔2016〕8号)；《关于推进重大建设项目批准和实施领域政府信息公开的意见》(国办发〔2017〕94号)",
            [
                lb("关于全面推进政务公开工作的意见", None, "中办发〔2016〕8号"),
                lb("关于推进重大建设项目批准和实施领域政府信息公开的意见", NORM, "国办发〔2017〕94号"),
            ],
        ),
        (
            "《城镇燃气管理条例》；《重庆市天然气管理条例》",
            [lb("城镇燃气管理条例", REG), lb("重庆市天然气管理条例", BasisKind.LOCAL_REGULATION)],
        ),
        (
            "《中华人民共和国预算法》；《中华人民共和国政府信息公开条例》；《地方预决算公开操作规程》(财预〔2016〕143号)；"
            "《地方政府债务信息公开办法(试行)》",
            [
                lb("中华人民共和国预算法", LAW),
                lb("中华人民共和国政府信息公开条例", REG),
                lb("地方预决算公开操作规程", NORM, "财预〔2016〕143号"),
                lb("地方政府债务信息公开办法（试行）"),
            ],
        ),
    ],
)
def test_catalog_bases_parse_to_these_items(text: str, expected: list[LegalBasis]) -> None:
    assert parse_legal_basis(text) == expected


@pytest.mark.parametrize(
    ("text", "unparsed"),
    [
        (
            "《中华人民共和国政府信息公开条例》(国务院令第711号)；建设用地审查报批有关规定",
            ("建设用地审查报批有关规定",),
        ),
        ("《中华人民共和国政府信息公开条例》及相关规定", ("相关规定",)),
        ("《国务院关于进一步加强和改进最低生活保障工作的意见》、各地相关政策法规文件", ("各地相关政策法规文件",)),
        (
            "《中华人民共和国政府信息公开条例》；《农村危房改造脱贫攻坚三年行动方案》(建村〔2018〕115号)；建村〔2017〕192号等",
            ("建村〔2017〕192号",),
        ),
        ("相关政策文件", ("相关政策文件",)),
        ("《中华人民共和国城乡规划法》；《中华人民共和国政府信息公开条例》", ()),
    ],
)
def test_text_outside_titles_is_reported(text: str, unparsed: tuple[str, ...]) -> None:
    assert scan_legal_basis(text).unparsed == unparsed


# --- tags, numbers, articles -----------------------------------------------------------------


def test_tags_set_the_kind_of_the_following_titles() -> None:
    text = (
        "【法律】《中华人民共和国社会救助法》【行政法规】《社会救助暂行办法》（国务院令第６４９号）"
        "【部门规章及规范性文件】《最低生活保障审核审批办法(试行)》（民发[2012]220号）《特困人员认定办法》"
        "《民政部关于印发〈特困人员认定办法〉的通知》"
    )
    assert parse_legal_basis(text) == [
        lb("中华人民共和国社会救助法", LAW),
        lb("社会救助暂行办法", REG, "国务院令第649号"),
        lb("最低生活保障审核审批办法（试行）", NORM, "民发〔2012〕220号"),
        lb("特困人员认定办法", None),
        lb("民政部关于印发〈特困人员认定办法〉的通知", NORM),
    ]


def test_a_single_kind_tag_wins_over_inference() -> None:
    assert parse_legal_basis("【部门规章】《公共租赁住房管理办法》")[0].kind is BasisKind.DEPARTMENT_RULE
    assert parse_legal_basis("【地方政府规章】《贵州省政府信息公开暂行规定》")[0].kind is BasisKind.LOCAL_RULE
    assert parse_legal_basis(f"【{UNCLASSIFIED_TAG}】《中华人民共和国预算法》")[0].kind is None
    assert parse_legal_basis("【依据】《中华人民共和国预算法》")[0].kind is LAW  # a tag naming no kind


def test_numbers_articles_and_editions() -> None:
    assert parse_legal_basis("《中华人民共和国政府信息公开条例》第二十条第(五)项、第二十一条") == [
        lb("中华人民共和国政府信息公开条例", REG, article="第二十条第（五）项、第二十一条")
    ]
    assert parse_legal_basis("《某某办法》（2019年修订）（国办发（2017）94号）第7条") == [
        lb("某某办法（2019年修订）", NORM, "国办发〔2017〕94号", "第7条")
    ]
    assert parse_legal_basis("《某某办法》(国办发[2017]94号)") == [lb("某某办法", NORM, "国办发〔2017〕94号")]
    assert parse_legal_basis("《中华人民共和国\n政府信息公开条例》") == [lb("中华人民共和国 政府信息公开条例", REG)]


def test_broken_text_never_raises() -> None:
    assert parse_legal_basis("") == []
    assert parse_legal_basis("《未闭合的标题") == []
    assert scan_legal_basis("《未闭合的标题").unparsed == ("《未闭合的标题",)
    assert parse_legal_basis("《》；《 》") == []
    assert parse_legal_basis("【法律") == []
    assert parse_legal_basis("《" + "长" * 400 + "》") == []


@pytest.mark.parametrize(
    ("title", "number", "kind"),
    [
        ("中华人民共和国城乡规划法", None, LAW),
        ("中华人民共和国民法典", None, LAW),
        ("中华人民共和国预算法", None, LAW),
        ("中华人民共和国户口登记条例", None, LAW),
        ("中华人民共和国政府信息公开条例", None, REG),
        ("中华人民共和国招标投标法实施条例", None, REG),
        ("国有土地上房屋征收与补偿条例", None, REG),
        ("社会救助暂行办法", None, REG),
        ("某某条例", "国务院令第1号", REG),
        ("某某法", "主席令第1号", LAW),
        ("贵州省某某条例", None, BasisKind.LOCAL_REGULATION),
        ("贵阳市某某条例", None, BasisKind.LOCAL_REGULATION),
        ("某某办法", "贵州省人民政府令第1号", BasisKind.LOCAL_RULE),
        ("某某办法", "民政部令第1号", BasisKind.DEPARTMENT_RULE),
        ("某某通知", "国办发〔2017〕1号", NORM),
        ("某某意见", "中办发〔2016〕8号", None),
        ("教育部关于推进中小学信息公开工作的意见", None, NORM),
        ("中央宣传部、司法部关于某某的意见", None, None),
        ("关于全面推进政务公开工作的意见", None, None),
        ("中国共产党党务公开条例（试行）", None, BasisKind.OTHER),
        ("某某标准", "GB/T 1—2000", BasisKind.OTHER),
        ("公共租赁住房管理办法", None, None),
        ("人力资源市场某某条例", None, None),
        ("某某条例", None, None),
        ("某某办法", None, None),
    ],
)
def test_kind_inference(title: str, number: str | None, kind: BasisKind | None) -> None:
    assert infer_basis_kind(title, number) == kind


# --- rendering -------------------------------------------------------------------------------


def test_canonical_rendering() -> None:
    items = parse_legal_basis("《A》;《B》(国务院令第711号)(第二十条)")
    assert format_legal_basis(items) == "《A》；《B》（国务院令第711号）第二十条"
    assert format_legal_basis([]) == ""


def test_kinds_that_inference_would_not_find_are_written_as_tags() -> None:
    items = [
        lb("中华人民共和国城乡规划法", LAW),
        lb("中华人民共和国土地管理法", LAW),
        lb("公共租赁住房管理办法", BasisKind.DEPARTMENT_RULE),
        lb("某某意见"),
    ]
    text = format_legal_basis(items)
    assert text == (
        "【法律】《中华人民共和国城乡规划法》；《中华人民共和国土地管理法》；"
        "【部门规章】《公共租赁住房管理办法》；【未分类】《某某意见》"
    )
    assert parse_legal_basis(text) == items


# --- properties ------------------------------------------------------------------------------

_TITLE_CHARS = st.sampled_from(
    list("中华人民共和国条例法办规定关于的意见通知国务院部省市县实施细则政府信息公开第一二十条号令发年")
    + list("《》<>()（）〈〉【】〔〕[]；;、，, \n\tAZaz09０９ＡＺ")
)
_TITLES = st.text(_TITLE_CHARS, min_size=1, max_size=30)
_NUMBERS = st.one_of(
    st.none(),
    st.builds("国务院令第{}号".format, st.integers(1, 999)),
    st.builds(
        "{}〔{}〕{}号".format,
        st.sampled_from(["国办发", "国发", "民发", "中办发", "建村"]),
        st.integers(1990, 2030),
        st.integers(1, 300),
    ),
    st.builds("{}[{}]{}号".format, st.sampled_from(["国办函", "财预"]), st.integers(1990, 2030), st.integers(1, 300)),
    st.builds(
        "{}令{}年第{}号".format,
        st.sampled_from(["国家发展改革委", "民政部", "贵州省人民政府"]),
        st.integers(1990, 2030),
        st.integers(1, 99),
    ),
    st.builds("GB/T {}—{}".format, st.integers(1, 99999), st.integers(1990, 2030)),
)
_ARTICLES = st.one_of(
    st.none(),
    st.builds("第{}条".format, st.integers(1, 200)),
    st.builds("第{}条".format, st.sampled_from(["七", "二十", "二十一", "一百零五"])),
    st.builds("第{}条第({})项".format, st.sampled_from(["二十", "9"]), st.sampled_from(["五", "1"])),
)
_TAGS = st.sampled_from(
    ["", "【法律】", "【行政法规】", "【部门规章及规范性文件】", "【地方性法规】", "【其他】", "【未分类】", "【依据】"]
)
_SEPARATORS = st.sampled_from(["；", ";", "、", "，", "\n", "", " 及", "等；"])


@st.composite
def _basis_texts(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        number, article = draw(_NUMBERS), draw(_ARTICLES)
        in_parens = draw(st.booleans())
        text = draw(_TAGS) + f"《{draw(_TITLES)}》"
        text += f"({number})" if number else ""
        text += (f"({article})" if in_parens else article) if article else ""
        parts.append(text + draw(_SEPARATORS))
    return "".join(parts)


@given(_basis_texts())
def test_what_the_parser_produces_round_trips_through_the_canonical_text(text: str) -> None:
    items = parse_legal_basis(text)
    assert parse_legal_basis(format_legal_basis(items)) == items


@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_round_trips(text: str) -> None:
    items = parse_legal_basis(text)
    assert parse_legal_basis(format_legal_basis(items)) == items


@given(
    st.lists(
        st.builds(
            LegalBasis,
            title=st.text(
                st.sampled_from(list("中华人民共和国条例法办规定关于意见通知国务院部省市AZ09")), min_size=1, max_size=20
            ),
            kind=st.none() | st.sampled_from(BasisKind),
            number=_NUMBERS.map(lambda n: n.replace("[", "〔").replace("]", "〕") if n else None),
            article=_ARTICLES.map(lambda a: a.replace("(", "（").replace(")", "）") if a else None),
        ),
        max_size=6,
    )
)
def test_items_of_any_kind_round_trip(items: list[LegalBasis]) -> None:
    assert parse_legal_basis(format_legal_basis(items)) == items
