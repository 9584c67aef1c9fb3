"""Excel import/export of the standard catalog: messy real-world workbooks, cell errors, real rows."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

from catalog_api.catalogs.elements import Audience, ItemElements, Level, Mode
from catalog_api.exchange import LAYOUTS, CellError, Layout, read_xlsx, sheet_name_for, write_xlsx

CATALOG_ROWS = Path(__file__).resolve().parents[3].parent / "shared" / "domain" / "catalog_rows.json"
NOT_XLSX = "文件不是有效的 Excel 工作簿（.xlsx）"


def real_items() -> list[ItemElements]:
    rows = json.loads(CATALOG_ROWS.read_text(encoding="utf-8"))
    return [
        ItemElements(
            domain=row["domain"],
            level1=row["level1"],
            level2=row["level2"],
            content=row["content"],
            basis_text=row["basis"],
            time_limit=row["time_limit"],
            subject=row["subject"],
            channels=row["channels"],
            audience=row["audience"],
            mode=row["mode"],
            levels=row["levels"],
        )
        for row in rows
    ]


def to_bytes(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet(workbook: openpyxl.Workbook) -> Worksheet:
    ws = workbook.active
    assert isinstance(ws, Worksheet)
    return ws


# --- real rows ------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_real_catalog_row_survives_export_and_import(layout: Layout) -> None:
    items = real_items()
    assert len(items) == 73
    parsed = read_xlsx(write_xlsx(items, layout=layout, title="某某县政务公开事项标准目录"))
    assert parsed.errors == []
    assert parsed.items == items


def test_real_rows_keep_every_element_including_unnamed_other_and_two_levels() -> None:
    items = real_items()
    parsed = read_xlsx(write_xlsx(items, layout="single"))
    by_key = {(i.domain, i.level1, i.level2): i for i in parsed.items}
    expropriation = by_key[("国有土地上房屋征收", "征收", "社会稳定风险评估")]
    assert expropriation.channels == ["其他"]
    assert (expropriation.audience, expropriation.mode) == (Audience.SPECIFIC, Mode.ON_REQUEST)
    assert sum(1 for i in parsed.items if i.levels == [Level.COUNTY, Level.TOWNSHIP]) == 13
    assert {c for i in parsed.items for c in i.channels} >= {"其他:投资项目在线审批监管平台", "其他:法律服务网"}


def test_per_domain_layout_has_one_sheet_per_domain_with_the_standard_header() -> None:
    items = real_items()
    workbook = openpyxl.load_workbook(
        io.BytesIO(write_xlsx(items, layout="per_domain", title="某某县政务公开事项标准目录"))
    )
    assert workbook.sheetnames[:3] == ["国土空间规划", "重大建设项目", "公共资源交易"]
    assert len(workbook.sheetnames) == 26
    ws = workbook["社会救助"]
    assert ws["A1"].value == "某某县政务公开事项标准目录（社会救助）"
    header = [ws.cell(2, c).value for c in range(1, 14)]
    sub = [ws.cell(3, c).value for c in range(1, 14)]
    assert header == [
        "序号",
        "公开事项",
        None,
        "公开内容（要素）",
        "公开依据",
        "公开时限",
        "公开主体",
        "公开渠道和载体",
        "公开对象",
        None,
        "公开方式",
        None,
        "公开层级",
    ]
    assert sub[1:3] == ["一级事项", "二级事项"]
    assert sub[8:13] == ["全社会", "特定群体", "主动", "依申请", "县级"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:N1", "A2:A3", "B2:C2", "I2:J2", "K2:L2", "M2:N2", "D2:D3", "H2:H3"} <= merged
    assert ws.freeze_panes == "D4"
    assert ws["D4"].alignment.wrap_text
    assert ws.column_dimensions["D"].width == 40
    assert str(ws["H4"].value).startswith("■政府网站 □政府公报")


def test_village_column_only_when_an_item_uses_it() -> None:
    item = ItemElements(domain="社会救助", level1="低保", content="名单", time_limit="及时公开", levels=[Level.COUNTY])
    without = sheet(openpyxl.load_workbook(io.BytesIO(write_xlsx([item], layout="single"))))
    assert "村级" not in [c.value for c in without[2]]
    village = item.model_copy(update={"levels": [Level.TOWNSHIP, Level.VILLAGE]})
    with_village = sheet(openpyxl.load_workbook(io.BytesIO(write_xlsx([item, village], layout="single"))))
    assert [c.value for c in with_village[2]][-3:] == ["县级", "乡级", "村级"]
    assert read_xlsx(write_xlsx([item, village], layout="single")).items == [item, village]


# --- a messy real-world workbook ---------------------------------------------------------------------

CHECKLIST_1 = (
    "■政府网站　□政府公报 ■两微一端\r\n□发布会/听证会 □广播电视 □纸质媒体 口公开查阅点 "
    "□政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏（电子屏） □精准推送 ■其他（公共资源交易平台）"
)
CHECKLIST_2 = "■政府网站、■政务服务中心 □其他（　　）"


def messy_workbook() -> bytes:
    """The style of published county catalogs: a title row, a note, two header rows with merged
    groups, 一级事项 merged over several rows, a checklist in one cell, assorted ticks, full-width
    characters, line breaks, codes as 序号, a note row and blank rows at the end."""
    workbook = openpyxl.Workbook()
    ws = sheet(workbook)
    ws.title = "社会救助"
    ws["A1"] = "××县社会救助领域基层政务公开标准目录"
    ws.merge_cells("A1:M1")
    ws["A2"] = "注：“■”表示必选项，“□”表示可选项"
    ws.merge_cells("A2:M2")
    top = [
        "序 号",
        "公开事项",
        None,
        "公开内容\n（要素）",
        "公开依据",
        "公开　时限",
        "公开主体",
        "公开渠道和载体",
        "公开对象",
        None,
        "公开方式",
        None,
        "公开层级",
        None,
    ]
    sub = [
        None,
        "一级事项",
        "二级事项",
        None,
        None,
        None,
        None,
        None,
        "全社会",
        "特定群体\n（请写明）",
        "主动",
        "依申请",
        "县级",
        "乡（镇）级",
    ]
    for col, (t, s) in enumerate(zip(top, sub, strict=True), start=1):
        ws.cell(3, col, t)
        ws.cell(4, col, s)
    for col in (1, 4, 5, 6, 7, 8):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    for first, last in ((2, 3), (9, 10), (11, 12), (13, 14)):
        ws.merge_cells(start_row=3, start_column=first, end_row=3, end_column=last)
    rows: list[list[Any]] = [
        [
            "0505",
            "最低生活保障",
            "政策法规文件",
            "1.《社会救助暂行办法》\r\n2.省、市、县低保相关政策文件",
            "【行政法规】《社会救助暂行办法》",
            "信息形成或者变更之日起20个工作日内",
            "县民政局、乡镇人民政府",
            CHECKLIST_1,
            "√",
            None,
            "✓",
            None,
            "√",
            "√",
        ],
        [
            None,
            None,
            "办事指南",
            "  申请条件、所需材料、办理流程  ",
            None,
            "实时公开",
            "县民政局",
            CHECKLIST_2,
            "T",
            "",
            "是",
            "",
            "Y",
            "口",
        ],
        [
            3,
            None,
            "审核信息",
            "审核结果（姓名、家庭人口、保障金额）",
            "《社会救助暂行办法》第十二条",
            "公示7个工作日",
            "乡镇人民政府",
            "政府网站、社区/企事业单位/村公示栏(电子屏)",
            "口",
            "√（申请人及其家庭成员）",
            "",
            "✔",
            None,
            "√",
        ],
        [
            4,
            "临时救助",
            "救助标准",
            "救助标准",
            "《社会救助暂行办法》\n《××省临时救助办法》",
            "长期公开",
            "县民政局",
            "■政府网站",
            "√",
            None,
            "√",
            None,
            "√",
            None,
        ],
        [
            5,
            "临时救助",
            "救助结果",
            "救助对象、金额",
            None,
            "每季度公开一次",
            "乡镇人民政府",
            "■政府网站",
            "√",
            None,
            "√",
            None,
            None,
            "√",
        ],
    ]
    for n, row in enumerate(rows, start=5):
        for col, value in enumerate(row, start=1):
            ws.cell(n, col, value)
    ws.merge_cells("B5:B7")  # 一级事项 over three rows
    ws.merge_cells("E8:E9")  # 公开依据 shared by two rows
    ws["A11"] = "备注：本目录根据国务院部门标准指引编制，法律法规另有规定的从其规定。"
    ws.merge_cells("A11:M11")
    for col in range(1, 15):
        ws.cell(14, col).border = Border(bottom=Side(style="thin"))
    return to_bytes(workbook)


def test_messy_real_world_workbook_imports() -> None:
    parsed = read_xlsx(messy_workbook())
    assert parsed.errors == []
    common = {"domain": "社会救助", "level1": "最低生活保障"}
    assert parsed.items == [
        ItemElements(
            **common,
            level2="政策法规文件",
            content="1.《社会救助暂行办法》\n2.省、市、县低保相关政策文件",
            basis_text="【行政法规】《社会救助暂行办法》",
            time_limit="信息形成或者变更之日起20个工作日内",
            subject="县民政局、乡镇人民政府",
            channels=["政府网站", "两微一端", "社区/企事业单位/村公示栏(电子屏)", "其他:公共资源交易平台"],
            audience=Audience.PUBLIC,
            mode=Mode.PROACTIVE,
            levels=[Level.COUNTY, Level.TOWNSHIP],
        ),
        ItemElements(
            **common,
            level2="办事指南",
            content="申请条件、所需材料、办理流程",
            time_limit="实时公开",
            subject="县民政局",
            channels=["政府网站", "政务服务中心"],
            levels=[Level.COUNTY],
        ),
        ItemElements(
            **common,
            level2="审核信息",
            content="审核结果（姓名、家庭人口、保障金额）",
            basis_text="《社会救助暂行办法》第十二条",
            time_limit="公示7个工作日",
            subject="乡镇人民政府",
            channels=["政府网站", "社区/企事业单位/村公示栏(电子屏)"],
            audience=Audience.SPECIFIC,
            audience_note="申请人及其家庭成员",
            mode=Mode.ON_REQUEST,
            levels=[Level.TOWNSHIP],
        ),
        ItemElements(
            domain="社会救助",
            level1="临时救助",
            level2="救助标准",
            content="救助标准",
            basis_text="《社会救助暂行办法》\n《××省临时救助办法》",
            time_limit="长期公开",
            subject="县民政局",
            channels=["政府网站"],
            levels=[Level.COUNTY],
        ),
        ItemElements(
            domain="社会救助",
            level1="临时救助",
            level2="救助结果",
            content="救助对象、金额",
            basis_text="《社会救助暂行办法》\n《××省临时救助办法》",
            time_limit="每季度公开一次",
            subject="乡镇人民政府",
            channels=["政府网站"],
            levels=[Level.TOWNSHIP],
        ),
    ]


def test_domain_argument_names_the_domain_of_sheets_without_a_domain_column() -> None:
    parsed = read_xlsx(messy_workbook(), domain="社会救助（县级）")
    assert {i.domain for i in parsed.items} == {"社会救助（县级）"}


def test_one_column_per_channel_and_one_header_row_are_read() -> None:
    workbook = openpyxl.Workbook()
    ws = sheet(workbook)
    ws.title = "Sheet1"
    top = ["序号", "一级事项", "二级事项", "公开内容(要素)", "公开时限", "公开渠道和载体", None, None, None, None, None]
    ws.append([*top, "公开对象", "公开方式", "公开层级", None, None])
    ws.append(
        [None] * 5
        + ["政府网站", "政务新媒体", "广播/电视", "便民服务站", "其他（请写明）", "其他(投资项目在线审批监管平台)"]
        + [None, None, "县级", "乡镇级", "村（居）级"]
    )
    ws.merge_cells("F1:K1")
    ws.merge_cells("N1:P1")
    for col in (1, 2, 3, 4, 5, 12, 13):
        ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    ws.append([1, "项目审批", "审批结果", "批复文件", "20个工作日内", "√", "", "√", "", "公共资源交易平台", "√"])
    ws.cell(3, 12, "全社会")
    ws.cell(3, 13, "主动公开")
    ws.cell(3, 14, "√")
    ws.cell(3, 16, "√")
    ws.append(
        [2, "项目审批", "审批过程", "受理情况", "及时", "", "✓", "", "", "", "", "特定群体（项目单位）", "依申请"]
    )
    ws.cell(4, 15, "√")
    parsed = read_xlsx(to_bytes(workbook), domain="重大建设项目")
    assert parsed.errors == []
    assert parsed.items == [
        ItemElements(
            domain="重大建设项目",
            level1="项目审批",
            level2="审批结果",
            content="批复文件",
            time_limit="20个工作日内",
            channels=["政府网站", "广播电视", "其他:公共资源交易平台", "其他:投资项目在线审批监管平台"],
            levels=[Level.COUNTY, Level.VILLAGE],
        ),
        ItemElements(
            domain="重大建设项目",
            level1="项目审批",
            level2="审批过程",
            content="受理情况",
            time_limit="及时",
            channels=["两微一端"],
            audience=Audience.SPECIFIC,
            audience_note="项目单位",
            mode=Mode.ON_REQUEST,
            levels=[Level.TOWNSHIP],
        ),
    ]
    # Without a domain column, a name like "Sheet1" is not taken for a domain.
    refused = read_xlsx(to_bytes(workbook))
    assert refused.items == []
    assert refused.errors == [
        CellError(
            sheet="Sheet1",
            row=1,
            column="领域",
            message="无法确定领域：请增加“领域”列、以领域名称命名工作表或在导入时指定领域",
        )
    ]


# --- errors -------------------------------------------------------------------------------------------


def good_item(n: int) -> ItemElements:
    return ItemElements(
        domain="社会救助",
        level1=f"一级{n}",
        level2=f"二级{n}",
        content=f"内容{n}",
        basis_text="《社会救助暂行办法》",
        time_limit="信息形成之日起20个工作日内",
        subject="县民政局",
        channels=["政府网站"],
        levels=[Level.COUNTY],
    )


def test_bad_rows_give_one_error_per_bad_cell_and_no_items() -> None:
    data = write_xlsx([good_item(n) for n in range(7)], layout="single", merge_level1=False)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    ws = sheet(workbook)
    # Columns: A 序号, B 领域, C 一级事项, D 二级事项, E 内容, F 依据, G 时限, H 主体, I 渠道,
    # J 全社会, K 特定群体, L 主动, M 依申请, N 县级, O 乡级. Data starts on row 3.
    ws["G3"] = "  "
    ws["M4"] = "√"  # 主动 and 依申请 both ticked
    ws["I5"] = "■政府网站 ■微信群 □其他（　）"
    ws["C6"] = None
    ws["E6"] = "\u3000"
    ws["J7"] = "?"
    ws["L8"] = None  # neither 主动 nor 依申请
    ws["E9"] = "长" * 4001
    ws["N9"] = "待定"
    parsed = read_xlsx(to_bytes(workbook))
    assert parsed.items == []
    assert [(e.sheet, e.row, e.column, e.message) for e in parsed.errors] == [
        ("标准目录", 3, "公开时限", "公开时限不能为空"),
        ("标准目录", 4, "公开方式", "公开方式应勾选“主动”或“依申请”之一"),
        ("标准目录", 5, "公开渠道和载体", "未知的公开渠道：微信群"),
        ("标准目录", 6, "一级事项", "一级事项不能为空"),
        ("标准目录", 6, "公开内容（要素）", "公开内容不能为空"),
        ("标准目录", 7, "公开对象", "“全社会”栏无法识别的勾选标记：?"),
        ("标准目录", 8, "公开方式", "公开方式应勾选“主动”或“依申请”之一"),
        ("标准目录", 9, "公开内容（要素）", "公开内容不能超过4000个字符（现有4001个）"),
        ("标准目录", 9, "公开层级", "“县级”栏无法识别的勾选标记：待定"),
    ]


def test_audience_must_be_one_of_the_two() -> None:
    data = write_xlsx([good_item(1), good_item(2)], layout="single")
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    ws = sheet(workbook)
    ws["K3"] = "√"  # both 全社会 and 特定群体
    ws["J4"] = None  # neither
    errors = read_xlsx(to_bytes(workbook)).errors
    assert [(e.row, e.column, e.message) for e in errors] == [
        (3, "公开对象", "公开对象应勾选“全社会”或“特定群体”之一"),
        (4, "公开对象", "公开对象应勾选“全社会”或“特定群体”之一"),
    ]


def test_missing_columns_are_reported_on_the_header_row() -> None:
    workbook = openpyxl.Workbook()
    ws = sheet(workbook)
    ws.title = "社会救助"
    ws.append(["标准目录"])
    ws.append(["序号", "一级事项", "公开内容", "公开依据", "公开主体", "公开对象"])
    ws.append([1, "低保", "名单", "《办法》", "民政局", "全社会"])
    errors = read_xlsx(to_bytes(workbook)).errors
    assert [(e.sheet, e.row, e.column, e.message) for e in errors] == [
        ("社会救助", 2, "公开时限", "缺少“公开时限”列"),
        ("社会救助", 2, "公开方式", "缺少“公开方式”列"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an excel file",
        "序号,公开事项\n".encode(),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,  # an old .xls (OLE2)
        b"PK\x03\x04" + b"\x00" * 100,  # a broken zip
    ],
)
def test_a_file_that_is_not_a_workbook_gives_one_error(data: bytes) -> None:
    parsed = read_xlsx(data)
    assert parsed.items == []
    assert [e.message for e in parsed.errors] == [NOT_XLSX]


def test_a_zip_that_is_not_a_workbook_gives_one_error() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "你好")
    assert [e.message for e in read_xlsx(buffer.getvalue()).errors] == [NOT_XLSX]


def test_a_workbook_without_a_catalog_header_gives_one_error() -> None:
    workbook = openpyxl.Workbook()
    sheet(workbook).append(["姓名", "电话"])
    errors = read_xlsx(to_bytes(workbook)).errors
    assert len(errors) == 1
    assert errors[0].message.startswith("未找到标准目录表头")


# --- writing details --------------------------------------------------------------------------------------


def test_sheet_names_respect_excel_rules_and_domains_survive() -> None:
    long = "城乡居民基本养老保险和城镇职工基本养老保险关系转移接续等业务的办理领域"
    items = [
        good_item(1).model_copy(update={"domain": "发布/听证:试点[1]?*"}),
        good_item(2).model_copy(update={"domain": long}),
        good_item(3).model_copy(update={"domain": long + "二"}),
        good_item(4).model_copy(update={"domain": "Sheet1"}),
        good_item(5).model_copy(update={"domain": "History"}),
    ]
    data = write_xlsx(items, layout="per_domain")
    names = openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    assert names[0] == "发布／听证：试点【1】？＊"
    assert all(len(name) <= 31 and not set(name) & set(":\\/?*[]") for name in names)
    assert len({name.casefold() for name in names}) == 5
    assert names[4].casefold() != "history"
    assert read_xlsx(data).items == items


def test_sheet_name_for_makes_unique_names() -> None:
    taken: set[str] = set()
    assert sheet_name_for("社会救助", taken) == "社会救助"
    assert sheet_name_for("社会救助", taken) == "社会救助(2)"
    assert sheet_name_for("'引号'", taken) == "引号"
    assert sheet_name_for("  ", taken) == "领域"


def test_texts_that_look_like_formulas_stay_texts() -> None:
    item = good_item(1).model_copy(
        update={"content": '=HYPERLINK("http://x")', "subject": "+县民政局", "level2": "0505"}
    )
    data = write_xlsx([item], layout="single")
    ws = sheet(openpyxl.load_workbook(io.BytesIO(data)))
    assert ws["E3"].data_type == "s"
    assert read_xlsx(data).items == [item]


def test_level1_cells_are_merged_over_consecutive_rows() -> None:
    items = [good_item(1), good_item(2).model_copy(update={"level1": "一级1"}), good_item(3)]
    ws = sheet(openpyxl.load_workbook(io.BytesIO(write_xlsx(items, layout="single"))))
    assert "C3:C4" in {str(r) for r in ws.merged_cells.ranges}
    assert read_xlsx(write_xlsx(items, layout="single")).items == items


def test_empty_catalog_round_trips() -> None:
    for layout in LAYOUTS:
        assert read_xlsx(write_xlsx([], layout=layout)).model_dump() == {"items": [], "errors": []}


def test_other_channels_named_and_unnamed() -> None:
    item = good_item(1).model_copy(
        update={"channels": ["其他", "其他:12345政务服务热线", "其他:公共资源交易平台", "精准推送"]}
    )
    item = ItemElements.model_validate(item.model_dump())
    data = write_xlsx([item], layout="single")
    cell = str(sheet(openpyxl.load_workbook(io.BytesIO(data)))["I3"].value)
    assert cell.endswith("■精准推送 ■其他 ■其他（12345政务服务热线） ■其他（公共资源交易平台）")
    assert read_xlsx(data).items == [item]


def test_repeated_header_rows_ticks_as_words_and_letter_ticks() -> None:
    workbook = openpyxl.Workbook()
    ws = sheet(workbook)
    ws.title = "户籍管理"
    header = ["序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开渠道", "公开对象", None, "公开方式", None]
    sub = [None, None, None, None, None, None, "全社会", "特定群体", "主动", "依申请"]
    ws.append(header)
    ws.append(sub)
    ws.append([1, "出生登记", "办事指南", "受理部门、办理条件", "及时", "■政府网站", "t", None, "主动", None])
    ws.append(header)  # the table pasted from a second page
    ws.append(sub)
    ws.append([2, "迁移", "办事指南", "所需材料", "及时", "□政府网站 ■政务服务中心", None, "申请人", None, "依申请"])
    parsed = read_xlsx(to_bytes(workbook))
    assert parsed.errors == []
    assert [(i.level1, i.channels, i.audience, i.audience_note, i.mode) for i in parsed.items] == [
        ("出生登记", ["政府网站"], Audience.PUBLIC, "", Mode.PROACTIVE),
        ("迁移", ["政务服务中心"], Audience.SPECIFIC, "申请人", Mode.ON_REQUEST),
    ]


def test_a_workbook_with_a_huge_merged_range_is_refused_before_loading() -> None:
    data = write_xlsx([good_item(1)], layout="single")
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"</mergeCells>", b'<mergeCell ref="A10:XFD1048576"/></mergeCells>')
            target.writestr(info, content)
    parsed = read_xlsx(buffer.getvalue())
    assert [e.message for e in parsed.errors] == ["Excel 文件过大，无法导入"]
