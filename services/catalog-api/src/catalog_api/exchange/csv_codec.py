"""The catalog as CSV: one row per item, UTF-8 with BOM so that Excel opens it correctly.

Multi-valued cells (公开渠道, 公开层级) are joined with "；". A text that Excel would take for a
formula (starting with = + - @, tab or CR) is written with a leading apostrophe, which the reader
removes again (a text starting with an apostrophe gets a second one).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from catalog_api.catalogs.elements import ItemElements

from ._common import (
    ErrorSink,
    ParsedCatalog,
    build_item,
    canon,
    clean_text,
    parse_audience_text,
    parse_levels_text,
    parse_mode_text,
    resolve_channel_list,
)

SHEET = "CSV"
NOT_CSV = "文件不是有效的 CSV（应为 UTF-8 或 GBK 编码的逗号分隔文件）"
JOIN = "；"
HEADER: tuple[str, ...] = (
    "领域",
    "一级事项",
    "二级事项",
    "公开内容",
    "公开依据",
    "公开时限",
    "公开主体",
    "公开渠道",
    "公开对象",
    "特定群体说明",
    "公开方式",
    "公开层级",
)
LABELS: dict[str, str] = {
    "domain": "领域",
    "level1": "一级事项",
    "level2": "二级事项",
    "content": "公开内容",
    "basis_text": "公开依据",
    "time_limit": "公开时限",
    "subject": "公开主体",
    "channels": "公开渠道",
    "audience": "公开对象",
    "audience_note": "特定群体说明",
    "mode": "公开方式",
    "levels": "公开层级",
}
_ALIASES: dict[str, tuple[str, ...]] = {
    "domain": ("领域", "试点领域", "所属领域"),
    "level1": ("一级事项", "一级"),
    "level2": ("二级事项", "二级"),
    "content": ("公开内容", "公开内容(要素)", "公开内容要素", "内容要素"),
    "basis_text": ("公开依据",),
    "time_limit": ("公开时限",),
    "subject": ("公开主体", "责任主体"),
    "channels": ("公开渠道", "公开渠道和载体", "公开载体"),
    "audience": ("公开对象",),
    "audience_note": ("特定群体说明", "特定群体", "特定群体(请写明)", "特定群众"),
    "mode": ("公开方式",),
    "levels": ("公开层级",),
}
_FIELD_OF = {canon(alias): field for field, aliases in _ALIASES.items() for alias in aliases}
_COLUMN_ORDER = {label: n for n, label in enumerate(HEADER)}
_REQUIRED = ("level1", "content", "time_limit", "audience", "mode")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
_SEPARATORS = "；;\n"


def _escape(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _unescape(text: str) -> str:
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_START else text


def write_csv(items: Sequence[ItemElements]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for item in items:
        row = (
            item.domain,
            item.level1,
            item.level2,
            item.content,
            item.basis_text,
            item.time_limit,
            item.subject,
            JOIN.join(item.channels),
            item.audience.value,
            item.audience_note,
            item.mode.value,
            JOIN.join(level.value for level in item.levels),
        )
        writer.writerow([_escape(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _decode(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_csv(data: bytes, *, domain: str | None = None) -> ParsedCatalog:
    """Reads a CSV written by write_csv or by hand (header labels may vary slightly; a title line
    above the header is skipped). ``domain`` fills blank or missing 领域 cells. Never raises."""
    sink = ErrorSink()
    text = _decode(data)
    if text is None or "\x00" in text:
        sink.add(SHEET, 0, "", NOT_CSV)
        return sink.result([])
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        sink.add(SHEET, 0, "", NOT_CSV)
        return sink.result([])
    header_index = next(
        (
            n
            for n, record in enumerate(records[:10])
            if {"content", "time_limit"} <= {_FIELD_OF.get(canon(cell)) for cell in record}
        ),
        None,
    )
    if header_index is None:
        sink.add(SHEET, 1, "", "未找到表头（应包含“一级事项”“公开内容”“公开时限”“公开对象”“公开方式”等列）")
        return sink.result([])
    header_row = header_index + 1
    positions: dict[str, int] = {}
    for position, cell in enumerate(records[header_index]):
        field = _FIELD_OF.get(canon(cell))
        if field is not None:
            positions.setdefault(field, position)
    fallback = domain.strip() if domain and domain.strip() else None
    required = _REQUIRED if fallback else ("domain", *_REQUIRED)
    missing = [field for field in required if field not in positions]
    for field in missing:
        sink.add(SHEET, header_row, LABELS[field], f"缺少“{LABELS[field]}”列")
    if missing:
        return sink.result([])

    items: list[ItemElements] = []
    for n, record in enumerate(records[header_index + 1 :], start=header_row + 1):
        cells = {field: clean_text(_unescape(record[p])) if p < len(record) else "" for field, p in positions.items()}
        if not any(cells.values()):
            continue

        item, problems = _read_record(cells, fallback)
        problems.sort(key=lambda problem: _COLUMN_ORDER.get(problem[0], len(_COLUMN_ORDER)))
        for column, message in problems:
            sink.add(SHEET, n, column, message)
        if item is not None and not problems:
            items.append(item)
        if sink.full:
            break
    return sink.result(items)


def _read_record(cells: dict[str, str], fallback: str | None) -> tuple[ItemElements | None, list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []

    def report(column: str, message: str) -> None:
        problems.append((column, message))

    values: dict[str, Any] = {field: cells.get(field, "") for field in LABELS}
    values["domain"] = values["domain"] or fallback or ""
    channels: list[str] = []
    if cells.get("channels"):
        channels, channel_errors = resolve_channel_list(cells["channels"], _SEPARATORS)
        for message in channel_errors:
            report(LABELS["channels"], message)
    values["channels"] = channels
    audience, note, error = parse_audience_text(cells.get("audience", ""))
    if error:
        report(LABELS["audience"], error)
    values["audience"] = audience
    values["audience_note"] = cells.get("audience_note") or note
    mode, error = parse_mode_text(cells.get("mode", ""))
    if error:
        report(LABELS["mode"], error)
    values["mode"] = mode
    levels, level_errors = parse_levels_text(cells.get("levels", ""), _SEPARATORS + "、，, ")
    for message in level_errors:
        report(LABELS["levels"], message)
    values["levels"] = levels
    item = build_item(values, report, LABELS, check_model=not problems)
    return item, problems
