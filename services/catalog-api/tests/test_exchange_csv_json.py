"""CSV and JSON import/export of the standard catalog."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from catalog_api.catalogs.elements import Audience, BasisKind, ItemElements, LegalBasis, Level, Mode
from catalog_api.exchange import read_csv, read_json, write_csv, write_json

CATALOG_ROWS = Path(__file__).resolve().parents[3].parent / "shared" / "domain" / "catalog_rows.json"
HEADER = "领域,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道,公开对象,特定群体说明,公开方式,公开层级"


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


SPECIFIC = ItemElements(
    domain="社会救助",
    level1="最低生活保障",
    level2="审核信息",
    content="1.审核结果\n2.保障金额",
    basis_text="《社会救助暂行办法》",
    time_limit="公示7个工作日",
    subject="乡镇人民政府",
    channels=["政府网站", "其他:公共资源交易平台", "其他"],
    audience=Audience.SPECIFIC,
    audience_note="申请人",
    mode=Mode.ON_REQUEST,
    levels=[Level.COUNTY, Level.TOWNSHIP],
)


# --- CSV ---------------------------------------------------------------------------------------------


def test_real_rows_survive_csv() -> None:
    items = real_items()
    parsed = read_csv(write_csv(items))
    assert parsed.errors == []
    assert parsed.items == items


def test_csv_is_utf8_with_bom_one_row_per_item() -> None:
    data = write_csv([SPECIFIC])
    assert data.startswith(b"\xef\xbb\xbf")
    records = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert ",".join(records[0]) == HEADER
    assert records[1] == [
        "社会救助",
        "最低生活保障",
        "审核信息",
        "1.审核结果\n2.保障金额",
        "《社会救助暂行办法》",
        "公示7个工作日",
        "乡镇人民政府",
        "政府网站；其他；其他:公共资源交易平台",
        "特定群体",
        "申请人",
        "依申请",
        "县级；乡级",
    ]
    assert read_csv(data).items == [SPECIFIC]


def test_csv_formula_injection_is_neutralised_and_undone() -> None:
    item = SPECIFIC.model_copy(update={"content": "=cmd|' /C calc'!A0", "subject": "'引号开头", "level2": "-1"})
    data = write_csv([item])
    record = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))[1]
    assert record[3] == "'=cmd|' /C calc'!A0"
    assert record[6] == "''引号开头"
    assert record[2] == "'-1"
    assert read_csv(data).items == [item]


def test_hand_made_gbk_csv_with_a_title_line_and_loose_values() -> None:
    text = (
        "某某县政务公开事项标准目录\r\n"
        "领域,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\r\n"
        '社会救助,临时救助,办事指南," 申请条件\r\n办理流程 ",,实时公开,县民政局,"政府网站、政务新媒体；便民服务站",'
        "特定群体（困难群众）,依申请公开,县级、乡镇级\r\n"
        ",,,,,,,,,,\r\n"
    )
    parsed = read_csv(text.encode("gbk"))
    assert parsed.errors == []
    assert parsed.items == [
        ItemElements(
            domain="社会救助",
            level1="临时救助",
            level2="办事指南",
            content="申请条件\n办理流程",
            time_limit="实时公开",
            subject="县民政局",
            channels=["政府网站", "两微一端", "便民服务站"],
            audience=Audience.SPECIFIC,
            audience_note="困难群众",
            mode=Mode.ON_REQUEST,
            levels=[Level.COUNTY, Level.TOWNSHIP],
        )
    ]


def test_csv_bad_rows_give_one_error_per_bad_cell() -> None:
    rows = [
        HEADER,
        "社会救助,低保,名单,内容,,,县民政局,政府网站,全社会,,主动,县级",
        "社会救助,低保,名单,内容,,及时,县民政局,政府网站；微信群,全社会,,主动,县级",
        "社会救助,,名单,,,及时,县民政局,政府网站,大家,,主动和依申请,省级",
        ",低保,名单,内容,,及时,,,全社会,,主动,",
    ]
    parsed = read_csv("\r\n".join(rows).encode("utf-8-sig"))
    assert parsed.items == []
    assert [(e.sheet, e.row, e.column, e.message) for e in parsed.errors] == [
        ("CSV", 2, "公开时限", "公开时限不能为空"),
        ("CSV", 3, "公开渠道", "未知的公开渠道：微信群"),
        ("CSV", 4, "一级事项", "一级事项不能为空"),
        ("CSV", 4, "公开内容", "公开内容不能为空"),
        ("CSV", 4, "公开对象", "公开对象应为“全社会”或“特定群体”，而不是“大家”"),
        ("CSV", 4, "公开方式", "公开方式应为“主动”或“依申请”之一，而不是“主动和依申请”"),
        ("CSV", 4, "公开层级", "未知的公开层级：省级"),
        ("CSV", 5, "领域", "领域不能为空"),
    ]
    assert read_csv("\r\n".join([HEADER, rows[4]]).encode(), domain="社会救助").errors == []


def test_csv_missing_columns_and_garbage() -> None:
    errors = read_csv("领域,一级事项,公开内容,公开时限\r\n社会救助,低保,名单,及时\r\n".encode()).errors
    assert [(e.row, e.column, e.message) for e in errors] == [
        (1, "公开对象", "缺少“公开对象”列"),
        (1, "公开方式", "缺少“公开方式”列"),
    ]
    assert [e.message for e in read_csv(b"\x00\x01\x02").errors] == [
        "文件不是有效的 CSV（应为 UTF-8 或 GBK 编码的逗号分隔文件）"
    ]
    assert read_csv(b"").errors[0].message.startswith("未找到表头")


# --- JSON ---------------------------------------------------------------------------------------------


def test_real_rows_survive_json_and_the_file_is_readable_chinese() -> None:
    items = real_items()
    data = write_json(items)
    assert "社会救助".encode() in data
    assert read_json(data).items == items
    assert json.loads(data)[0]["basis"] == []


def test_json_keeps_structured_basis() -> None:
    item = SPECIFIC.model_copy(
        update={
            "basis": [
                LegalBasis(title="社会救助暂行办法", kind=BasisKind.ADMINISTRATIVE_REGULATION, number="国务院令第649号")
            ]
        }
    )
    assert read_json(write_json([item])).items == [item]


def test_json_accepts_the_catalog_rows_format() -> None:
    parsed = read_json(CATALOG_ROWS.read_bytes())
    assert parsed.errors == []
    assert parsed.items == real_items()


def test_json_bad_entries_give_one_error_per_bad_field() -> None:
    good = json.loads(write_json([SPECIFIC]))[0]
    entries = [
        good,
        {**good, "time_limit": "  "},
        {**good, "mode": "随便", "channels": ["政府网站", "微信群"]},
        {**good, "levels": ["省级"], "content": "长" * 4001},
        "不是对象",
        {k: v for k, v in good.items() if k != "domain"},
    ]
    parsed = read_json(json.dumps(entries, ensure_ascii=False).encode())
    assert parsed.items == []
    assert [(e.sheet, e.row, e.column) for e in parsed.errors] == [
        ("JSON", 2, "time_limit"),
        ("JSON", 3, "channels"),
        ("JSON", 3, "mode"),
        ("JSON", 4, "content"),
        ("JSON", 4, "levels"),
        ("JSON", 5, ""),
        ("JSON", 6, "domain"),
    ]
    messages = [e.message for e in parsed.errors]
    assert messages[0] == "公开时限不能为空"
    assert messages[1].startswith("未知的公开渠道：微信群")
    assert messages[2].startswith("公开方式的值“随便”无效")
    assert messages[3] == "公开内容不能超过4000个字符（现有4001个）"
    assert messages[5] == "第5项应为对象"
    assert messages[6] == "领域不能为空"
    assert read_json(json.dumps([entries[5]], ensure_ascii=False).encode(), domain="社会救助").items == [SPECIFIC]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{", "文件不是有效的 JSON（UTF-8）"),
        (b"\xff\xfe", "文件不是有效的 JSON（UTF-8）"),
        (b'{"a": 1}', "JSON 的顶层应为事项数组"),
    ],
)
def test_json_that_is_not_a_list_of_items(data: bytes, message: str) -> None:
    parsed = read_json(data)
    assert [(e.sheet, e.row, e.column, e.message) for e in parsed.errors] == [("JSON", 0, "", message)]
