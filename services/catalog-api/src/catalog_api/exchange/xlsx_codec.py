"""The 政务公开事项标准目录 as an Excel workbook, in the layout county websites publish.

Reading accepts the real-world variants: a title row above the header (the header row is found by
its content), two header rows with merged group cells (公开事项 / 公开对象 / 公开方式 / 公开层级,
公开渠道和载体 either as one checklist cell or one column per channel), merged cells in the data
area carried down, many kinds of ticks, full-width characters, trailing blank or note rows.
Writing produces the single-cell checklist form, one sheet per domain or one sheet with a 领域
column.
"""

from __future__ import annotations

import io
import json
import math
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import openpyxl
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from catalog_api.catalogs.elements import OTHER_CHANNEL_PREFIX, Audience, ItemElements, Level, Mode

from ._common import (
    AUDIENCE_CHOICE,
    CHECK_SYMBOLS,
    MODE_CHOICE,
    STANDARD_BOXES,
    UNCHECK_SYMBOLS,
    ErrorSink,
    ParsedCatalog,
    audience_column,
    build_item,
    canon,
    clean_text,
    format_channel_checklist,
    leading_mark,
    level_column,
    mode_column,
    other_name,
    parse_audience_text,
    parse_channel_checklist,
    parse_levels_text,
    parse_mark,
    parse_mode_text,
    resolve_channel,
    strip_one_pair,
    xml_safe,
)

Layout = Literal["per_domain", "single"]
"""``per_domain``: one sheet per domain, named after it; ``single``: one sheet with a 领域 column."""
LAYOUTS: tuple[Layout, ...] = ("per_domain", "single")

NOT_XLSX = "文件不是有效的 Excel 工作簿（.xlsx）"
TOO_LARGE = "Excel 文件过大，无法导入"
CANNOT_TELL_DOMAIN = "无法确定领域：请增加“领域”列、以领域名称命名工作表或在导入时指定领域"
NO_HEADER = "未找到标准目录表头（应包含“公开事项”“公开内容”“公开时限”“公开方式”等列）"
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_CELLS = 2_000_000
HEADER_SEARCH_ROWS = 30
MAX_COLUMNS = 300

SINGLE_SHEET_NAME = "标准目录"
DOMAIN_PROPERTY_PREFIX = "gongkai.exchange.sheet-domain."

# Column labels used in errors (and written in the header).
LABELS: dict[str, str] = {
    "domain": "领域",
    "level1": "一级事项",
    "level2": "二级事项",
    "content": "公开内容（要素）",
    "basis_text": "公开依据",
    "time_limit": "公开时限",
    "subject": "公开主体",
    "channels": "公开渠道和载体",
    "audience": "公开对象",
    "audience_note": "公开对象",
    "mode": "公开方式",
    "levels": "公开层级",
}


# --- reading: header ------------------------------------------------------------------------

_GROUPS = ("items", "channels", "audience", "mode", "levels")
_SIMPLE_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("content", ("公开内容", "内容要素")),
    ("basis", ("公开依据",)),
    ("time_limit", ("公开时限",)),
    ("subject", ("公开主体", "责任主体", "公开责任主体")),
    ("channels", ("公开渠道", "公开载体", "渠道和载体")),
    ("audience", ("公开对象",)),
    ("mode", ("公开方式",)),
    ("levels", ("公开层级",)),
)


def _classify_top(label: str) -> str | None:
    c = canon(label)
    if not c:
        return None
    if c in ("序号", "编号", "序列号"):
        return "seq"
    if c in ("领域", "试点领域", "所属领域", "公开领域"):
        return "domain"
    if c in ("公开事项", "事项", "公开事项名称", "事项名称"):
        return "items"
    for kind, words in (("level1", "一级"), ("level2", "二级"), ("level3", "三级")):
        if c.startswith(words) and ("事项" in c or "目录" in c or c == words):
            return kind
    for kind, prefixes in _SIMPLE_PREFIXES:
        if c.startswith(prefixes):
            return kind
    return None


@dataclass(frozen=True)
class _Column:
    """What one worksheet column holds."""

    kind: str  # a field, or "<group>_text", or "<group>_flag", or "<group>_unknown"
    label: str = ""  # the sub-header as written, for flags
    channel: str | None = None  # channels_flag: the standard channel, or None for an 其他 column
    other: str = ""  # channels_flag on an 其他 column: the name in its header, if any
    audience: Audience | None = None
    mode: Mode | None = None
    level: Level | None = None


def _classify_sub(group: str, label: str) -> _Column | None:
    c = canon(label)
    if not c:
        return None
    if group == "items":
        for kind, word in (("level1", "一级"), ("level2", "二级"), ("level3", "三级")):
            if c.startswith(word):
                return _Column(kind)
        return None
    if group == "channels":
        label = label.strip().lstrip(CHECK_SYMBOLS + UNCHECK_SYMBOLS).strip()
        name = other_name(label)
        if name is not None:
            return _Column("channels_flag", label=label, other=name)
        found, error = resolve_channel(label)
        if error is None and len(found) == 1:
            if found[0] in STANDARD_BOXES:
                return _Column("channels_flag", label=label, channel=found[0])
            return _Column("channels_flag", label=label, other=found[0][len(OTHER_CHANNEL_PREFIX) :])
        return _Column("channels_unknown", label=label)
    if group == "audience":
        audience = audience_column(label)
        return _Column("audience_flag", label=label, audience=audience) if audience else None
    if group == "mode":
        mode = mode_column(label)
        return _Column("mode_flag", label=label, mode=mode) if mode else None
    if group == "levels":
        level = level_column(label)
        return _Column("levels_flag", label=label, level=level) if level else _Column("levels_unknown", label=label)
    return None


def _text_kind(group: str) -> str:
    return "level1" if group == "items" else f"{group}_text"


class _Sheet:
    """A worksheet with its merged ranges resolved."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.title = ws.title
        self.max_row = ws.max_row
        self.max_col = min(ws.max_column, MAX_COLUMNS)
        self.anchor: dict[tuple[int, int], tuple[int, int]] = {}
        self.span: dict[tuple[int, int], int] = {}  # top-left → number of columns
        for rng in ws.merged_cells.ranges:
            top = (rng.min_row, rng.min_col)
            self.span[top] = rng.max_col - rng.min_col + 1
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, min(rng.max_col, self.max_col) + 1):
                    if (r, c) != top:
                        self.anchor[(r, c)] = top

    def raw(self, row: int, col: int) -> str:
        return clean_text(self.ws.cell(row, col).value)

    def value(self, row: int, col: int) -> str:
        """Data area: a vertically merged cell gives its value to every row, a horizontally merged
        one only to its first column."""
        top = self.anchor.get((row, col))
        if top is None:
            return self.raw(row, col)
        return self.raw(*top) if top[1] == col else ""

    def label(self, row: int, col: int) -> str:
        """Header area: every cell of a merged range shows its value."""
        top = self.anchor.get((row, col), (row, col))
        return self.raw(*top)


def _find_header(sheet: _Sheet) -> int | None:
    for row in range(1, min(sheet.max_row, HEADER_SEARCH_ROWS) + 1):
        kinds = {_classify_top(sheet.label(row, col)) for col in range(1, sheet.max_col + 1)}
        if "content" in kinds and len(kinds & {"time_limit", "basis", "subject", "channels", "audience", "mode"}) >= 2:
            return row
    return None


def _map_columns(sheet: _Sheet, header: int) -> tuple[dict[int, _Column], bool]:
    """Column number → what it holds; and whether the header has a second row."""
    tops = {col: sheet.label(header, col) for col in range(1, sheet.max_col + 1)}
    subs: dict[int, str] = {}
    if header < sheet.max_row:
        for col in range(1, sheet.max_col + 1):
            same_range = sheet.anchor.get((header + 1, col), (header + 1, col)) == sheet.anchor.get(
                (header, col), (header, col)
            )
            subs[col] = "" if same_range else sheet.label(header + 1, col)

    def plan(use_subs: bool) -> tuple[dict[int, _Column], bool]:
        columns: dict[int, _Column] = {}
        used_subs = False
        group: str | None = None
        for col in range(1, sheet.max_col + 1):
            top, sub = tops[col], subs.get(col, "") if use_subs else ""
            kind = _classify_top(top) if top else None
            if top:
                group = kind if kind in _GROUPS else None
            if kind is not None and kind not in _GROUPS:
                columns[col] = _Column(kind)
                continue
            if group is None:
                continue
            if sub:
                sub_column = _classify_sub(group, sub)
                if sub_column is not None:
                    columns[col] = sub_column
                    used_subs = used_subs or not sub_column.kind.endswith("_unknown")
                continue
            first_of_group = bool(top) and sheet.anchor.get((header, col), (header, col))[1] == col
            if first_of_group:
                columns[col] = _Column(_text_kind(group))
        return columns, used_subs

    columns, used_subs = plan(True)
    # Under a one-row header the next row is data: its 公开内容 and 公开时限 cells are filled.
    plain = [col for col, column in columns.items() if column.kind in ("content", "time_limit")]
    if used_subs and not any(subs.get(col) for col in plain):
        return columns, True
    return plan(False)[0], False


# --- reading: rows --------------------------------------------------------------------------

_COLUMN_ORDER = {label: n for n, label in enumerate(dict.fromkeys(LABELS.values()))}
_NOTE_PREFIXES = ("注", "备注", "说明", "填表说明", "附注")


def _flag(column: _Column, value: str) -> bool | None:
    """A tick cell under a sub-header; the sub-header's own word typed in the cell counts as a tick."""
    mark = parse_mark(value)
    if mark is None and column.label and canon(value) == canon(column.label):
        return True
    return mark


class _RowReader:
    def __init__(
        self,
        sheet: _Sheet,
        header: int,
        two_rows: bool,
        columns: dict[int, _Column],
        sink: ErrorSink,
        default_domain: str | None,
    ) -> None:
        self.sheet = sheet
        self.header = header
        self.two_rows = two_rows
        self.columns = columns
        self.sink = sink
        self.default_domain = default_domain
        self.first: dict[str, int] = {}
        for col, column in columns.items():
            self.first.setdefault(column.kind, col)

    def has(self, *kinds: str) -> bool:
        return any(kind in self.first for kind in kinds)

    def missing_columns(self) -> list[str]:
        needed = (
            ("一级事项", ("level1",)),
            ("公开内容（要素）", ("content",)),
            ("公开时限", ("time_limit",)),
            ("公开对象", ("audience_text", "audience_flag")),
            ("公开方式", ("mode_text", "mode_flag")),
        )
        return [label for label, kinds in needed if not self.has(*kinds)]

    def skip(self, row: int) -> bool:
        data_cols = [col for col, column in self.columns.items() if column.kind != "seq"]
        filled = [col for col in data_cols if self.sheet.raw(row, col)]
        if not filled:
            return True
        if len(filled) == 1:
            text = self.sheet.raw(row, filled[0])
            if self.sheet.span.get((row, filled[0]), 1) >= 3 or text.startswith(_NOTE_PREFIXES):
                return True  # a note or section row spanning the table
        # The header repeated (tables pasted from several pages): every filled cell shows the label
        # of the header row, or of the sub-header row, above it.
        header_rows = (self.header, self.header + 1) if self.two_rows else (self.header,)
        return len(filled) > 1 and any(
            all(canon(self.sheet.raw(row, col)) == canon(self.sheet.label(h, col)) for col in filled)
            for h in header_rows
        )

    def text(self, row: int, kind: str) -> str:
        col = self.first.get(kind)
        return self.sheet.value(row, col) if col else ""

    def read(self, row: int) -> ItemElements | None:
        problems: list[tuple[str, str]] = []

        def report(column: str, message: str) -> None:
            problems.append((column, message))

        values = self._values(row, report)
        item = build_item(values, report, LABELS, check_model=not problems)
        problems.sort(key=lambda problem: _COLUMN_ORDER.get(problem[0], len(_COLUMN_ORDER)))
        for column, message in problems:
            self.sink.add(self.sheet.title, row, column, message)
        return None if problems else item

    def _values(self, row: int, report: Callable[[str, str], None]) -> dict[str, Any]:
        domain = self.text(row, "domain") or self.default_domain or ""
        if not self.has("domain") and self.default_domain is None:
            domain = "未定"  # reported once for the sheet
        level2 = self.text(row, "level2")
        level3 = self.text(row, "level3")
        if level3:
            level2 = f"{level2} / {level3}" if level2 else level3
        values: dict[str, Any] = {
            "domain": domain,
            "level1": self.text(row, "level1"),
            "level2": level2,
            "content": self.text(row, "content"),
            "basis_text": self.text(row, "basis"),
            "time_limit": self.text(row, "time_limit"),
            "subject": self.text(row, "subject"),
            "channels": self._channels(row, report),
            "levels": self._levels(row, report),
        }
        values["audience"], values["audience_note"] = self._audience(row, report)
        values["mode"] = self._mode(row, report)
        return values

    def _flags(self, row: int, kind: str) -> list[tuple[_Column, str]]:
        return [(column, self.sheet.value(row, col)) for col, column in self.columns.items() if column.kind == kind]

    def _channels(self, row: int, report: Callable[[str, str], None]) -> list[str]:
        label = LABELS["channels"]
        channels: list[str] = []
        text = self.text(row, "channels_text")
        if text:
            found, messages = parse_channel_checklist(text)
            channels += found
            for message in messages:
                report(label, message)
        for column, value in self._flags(row, "channels_flag"):
            if column.channel is not None:
                mark = _flag(column, value)
                if mark is None:
                    report(label, f"“{column.label}”栏无法识别的勾选标记：{value}")
                elif mark:
                    channels.append(column.channel)
                continue
            mark, rest = leading_mark(value)
            if mark is False:
                continue
            name = strip_one_pair(rest) or column.other
            found, error = resolve_channel(f"其他（{name}）")
            channels += found
            if error:
                report(label, error)
        for column, value in self._flags(row, "channels_unknown"):
            if parse_mark(value) is not False:
                report(label, f"未知的公开渠道：{column.label}")
        return channels

    def _audience(self, row: int, report: Callable[[str, str], None]) -> tuple[Audience | None, str]:
        label = LABELS["audience"]
        if "audience_text" in self.first and "audience_flag" not in self.first:
            audience, note, error = parse_audience_text(self.text(row, "audience_text"))
            if error:
                report(label, error)
            return audience, note
        public: bool | None = False
        specific: bool | None = False
        note = ""
        for column, value in self._flags(row, "audience_flag"):
            if column.audience is Audience.PUBLIC:
                mark = _flag(column, value)
                if mark is None:
                    report(label, f"“{column.label}”栏无法识别的勾选标记：{value}")
                    return None, ""
                public = public or mark
            else:
                specific, rest = leading_mark(value)
                note = strip_one_pair(rest)
        if public and specific:
            report(label, AUDIENCE_CHOICE)
            return None, ""
        if public:
            return Audience.PUBLIC, note
        if specific is not False:  # ticked, or the group named without a tick
            return Audience.SPECIFIC, note
        report(label, AUDIENCE_CHOICE)
        return None, ""

    def _mode(self, row: int, report: Callable[[str, str], None]) -> Mode | None:
        label = LABELS["mode"]
        if "mode_text" in self.first and "mode_flag" not in self.first:
            mode, error = parse_mode_text(self.text(row, "mode_text"))
            if error:
                report(label, error)
            return mode
        ticked: set[Mode] = set()
        for column, value in self._flags(row, "mode_flag"):
            mark = _flag(column, value)
            if mark is None:
                report(label, f"“{column.label}”栏无法识别的勾选标记：{value}")
                return None
            if mark and column.mode is not None:
                ticked.add(column.mode)
        if len(ticked) != 1:
            report(label, MODE_CHOICE)
            return None
        return ticked.pop()

    def _levels(self, row: int, report: Callable[[str, str], None]) -> list[Level]:
        label = LABELS["levels"]
        levels: list[Level] = []
        text = self.text(row, "levels_text")
        if text:
            found, errors = parse_levels_text(text)
            levels += found
            for error in errors:
                report(label, error)
        for column, value in self._flags(row, "levels_flag"):
            mark = _flag(column, value)
            if mark is None:
                report(label, f"“{column.label}”栏无法识别的勾选标记：{value}")
            elif mark and column.level is not None:
                levels.append(column.level)
        for column, value in self._flags(row, "levels_unknown"):
            if parse_mark(value) is not False:
                report(label, f"未知的公开层级：{column.label}")
        return levels


_DEFAULT_SHEET = re.compile(r"^(sheet|工作表|表)\s*\d*$", re.IGNORECASE)
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _check_size(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
                return TOO_LARGE
            cells = 0  # openpyxl holds every cell, merged ranges included, in memory
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    xml = archive.read(info)
                    cells += xml.count(b"<c ") + xml.count(b":c ")
                    for c1, r1, c2, r2 in _MERGE_REF.findall(xml):
                        width = abs(column_index_from_string(c2.decode()) - column_index_from_string(c1.decode())) + 1
                        cells += width * (abs(int(r2) - int(r1)) + 1)
            if cells > MAX_CELLS:
                return TOO_LARGE
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return NOT_XLSX
    return None


def _sheet_domains(workbook: Any) -> dict[str, str]:
    """The sheet → domain map write_xlsx stores when a domain could not be the sheet's exact name."""
    domains: dict[str, str] = {}
    for prop in getattr(workbook, "custom_doc_props", None) or ():
        name, value = getattr(prop, "name", ""), getattr(prop, "value", None)
        if isinstance(name, str) and name.startswith(DOMAIN_PROPERTY_PREFIX) and isinstance(value, str):
            try:
                sheet, domain = json.loads(value)
            except (ValueError, TypeError):
                continue
            if isinstance(sheet, str) and isinstance(domain, str):
                domains[sheet] = domain
    return domains


def read_xlsx(data: bytes, *, domain: str | None = None) -> ParsedCatalog:
    """Reads every sheet that has a standard-catalog header.

    The domain of a row is its 领域 cell when the sheet has that column; otherwise ``domain`` when
    given; otherwise the sheet's domain (its name, or the exact domain write_xlsx recorded for it).
    Never raises: every problem is a CellError.
    """
    sink = ErrorSink()
    problem = _check_size(data)
    if problem:
        sink.add("", 0, "", problem)
        return sink.result([])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception:
        sink.add("", 0, "", NOT_XLSX)
        return sink.result([])
    try:
        return _read_workbook(workbook, domain, sink)
    except Exception:  # a workbook openpyxl accepted but cannot walk
        sink.add("", 0, "", NOT_XLSX)
        return sink.result([])


def _read_workbook(workbook: Any, domain: str | None, sink: ErrorSink) -> ParsedCatalog:
    recorded = _sheet_domains(workbook)
    items: list[ItemElements] = []
    found_header = False
    for ws in workbook.worksheets:
        if not isinstance(ws, Worksheet):
            continue
        sheet = _Sheet(ws)
        header = _find_header(sheet)
        if header is None:
            continue
        found_header = True
        columns, two_rows = _map_columns(sheet, header)
        sheet_domain = domain.strip() if domain and domain.strip() else None
        if sheet_domain is None:
            sheet_domain = recorded.get(ws.title) or (None if _DEFAULT_SHEET.match(ws.title.strip()) else ws.title)
        reader = _RowReader(sheet, header, two_rows, columns, sink, sheet_domain)
        missing = reader.missing_columns()
        for label in missing:
            sink.add(sheet.title, header, label, f"缺少“{label}”列")
        if missing:
            continue
        first = header + (2 if two_rows else 1)
        rows = [row for row in range(first, sheet.max_row + 1) if not reader.skip(row)]
        if rows and not reader.has("domain") and sheet_domain is None:
            sink.add(
                sheet.title,
                header,
                LABELS["domain"],
                "无法确定领域：请增加“领域”列、以领域名称命名工作表或在导入时指定领域",
            )
        for row in rows:
            item = reader.read(row)
            if item is not None:
                items.append(item)
            if sink.full:
                break
    if not found_header:
        sink.add("", 0, "", NO_HEADER)
    return sink.result(items)


# --- writing --------------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_FORBIDDEN_IN_SHEET_NAME = str.maketrans({":": "：", "\\": "＼", "/": "／", "?": "？", "*": "＊", "[": "【", "]": "】"})


def sheet_name_for(domain: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name for ``domain``: forbidden characters replaced by their
    full-width forms, at most 31 characters, no leading or trailing apostrophe."""
    name = _CONTROL.sub(" ", domain).translate(_FORBIDDEN_IN_SHEET_NAME).strip().strip("'").strip()
    name = name[:31].strip().strip("'") or "领域"
    if name.casefold() == "history":
        name = f"{name}（领域）"
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f"({n})"
        candidate = name[: 31 - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_FONT = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=16)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


@dataclass(frozen=True)
class _Out:
    top: str
    sub: str | None  # None: the top cell spans both header rows
    width: float
    get: Callable[[ItemElements], str]
    centered: bool = False
    mark: bool = False


def _tick(condition: bool) -> str:
    return "√" if condition else ""


def _specific_cell(item: ItemElements) -> str:
    note = f"（{item.audience_note}）" if item.audience_note else ""
    return ("√" + note) if item.audience is Audience.SPECIFIC else note


def _out_columns(with_domain: bool, with_village: bool) -> list[_Out]:
    columns = [_Out("序号", None, 6, lambda item: "", centered=True)]
    if with_domain:
        columns.append(_Out("领域", None, 12, lambda item: item.domain, centered=True))
    columns += [
        _Out("公开事项", "一级事项", 14, lambda item: item.level1, centered=True),
        _Out("公开事项", "二级事项", 18, lambda item: item.level2, centered=True),
        _Out("公开内容（要素）", None, 40, lambda item: item.content),
        _Out("公开依据", None, 36, lambda item: item.basis_text),
        _Out("公开时限", None, 20, lambda item: item.time_limit),
        _Out("公开主体", None, 16, lambda item: item.subject, centered=True),
        _Out("公开渠道和载体", None, 30, lambda item: format_channel_checklist(item.channels)),
        _Out("公开对象", "全社会", 7, lambda item: _tick(item.audience is Audience.PUBLIC), True, True),
        _Out("公开对象", "特定群体", 10, _specific_cell, centered=True, mark=True),
        _Out("公开方式", "主动", 6, lambda item: _tick(item.mode is Mode.PROACTIVE), True, True),
        _Out("公开方式", "依申请", 7, lambda item: _tick(item.mode is Mode.ON_REQUEST), True, True),
        _Out("公开层级", "县级", 6, lambda item: _tick(Level.COUNTY in item.levels), True, True),
        _Out("公开层级", "乡级", 6, lambda item: _tick(Level.TOWNSHIP in item.levels), True, True),
    ]
    if with_village:
        columns.append(_Out("公开层级", "村级", 6, lambda item: _tick(Level.VILLAGE in item.levels), True, True))
    return columns


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _lines(text: str, width: float) -> int:
    per_line = max(1, int(width) - 1)
    return sum(max(1, math.ceil(_display_width(line) / per_line)) for line in text.split("\n"))


def _put(ws: Worksheet, row: int, col: int, text: str) -> Cell | MergedCell:
    cell = ws.cell(row, col)
    cell.value = xml_safe(text) if text else None
    if text:
        cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _write_sheet(
    ws: Worksheet, items: Sequence[ItemElements], columns: list[_Out], title: str | None, merge_level1: bool
) -> None:
    last_letter = get_column_letter(len(columns))
    row = 1
    if title:
        cell = _put(ws, 1, 1, title)
        cell.font, cell.alignment = _TITLE_FONT, _CENTER
        ws.merge_cells(f"A1:{last_letter}1")
        ws.row_dimensions[1].height = 32
        row = 2
    header = row
    col = 1
    while col <= len(columns):
        out = columns[col - 1]
        if out.sub is None:
            _put(ws, header, col, out.top)
            ws.merge_cells(start_row=header, start_column=col, end_row=header + 1, end_column=col)
            col += 1
            continue
        end = col
        while end < len(columns) and columns[end].top == out.top and columns[end].sub is not None:
            end += 1
        _put(ws, header, col, out.top)
        ws.merge_cells(start_row=header, start_column=col, end_row=header, end_column=end)
        for c in range(col, end + 1):
            _put(ws, header + 1, c, columns[c - 1].sub or "")
        col = end + 1
    for r in (header, header + 1):
        ws.row_dimensions[r].height = 22
        for c in range(1, len(columns) + 1):
            cell = ws.cell(r, c)
            cell.font, cell.fill, cell.alignment, cell.border = _HEADER_FONT, _HEADER_FILL, _CENTER, _BORDER
    for c, out in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = out.width

    first = header + 2
    level1_col = next(c for c, out in enumerate(columns, start=1) if out.sub == "一级事项")
    domain_col = next((c for c, out in enumerate(columns, start=1) if out.top == "领域"), None)
    for n, item in enumerate(items):
        r = first + n
        lines = 1
        for c, out in enumerate(columns, start=1):
            text = str(n + 1) if c == 1 else out.get(item)
            cell = _put(ws, r, c, text)
            cell.alignment = _CENTER if out.centered else _LEFT
            cell.border = _BORDER
            lines = max(lines, _lines(text, out.width))
        ws.row_dimensions[r].height = min(409, 15 * lines + 3)
    if merge_level1:
        start = 0
        for n in range(1, len(items) + 1):
            same = (
                n < len(items)
                and items[n].level1 == items[start].level1
                and (domain_col is None or items[n].domain == items[start].domain)
            )
            if not same:
                if n - start > 1:
                    ws.merge_cells(
                        start_row=first + start, start_column=level1_col, end_row=first + n - 1, end_column=level1_col
                    )
                start = n
    mark_letters = [get_column_letter(c) for c, out in enumerate(columns, start=1) if out.mark]
    if items:
        ticks = DataValidation(type="list", formula1='"√"', allow_blank=True)
        ticks.showErrorMessage = False
        for letter in mark_letters:
            ticks.add(f"{letter}{first}:{letter}{first + len(items) - 1}")
        ws.add_data_validation(ticks)
    ws.freeze_panes = f"{get_column_letter(level1_col + 2)}{first}"
    ws.print_title_rows = f"{header}:{header + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_xlsx(
    items: Sequence[ItemElements],
    *,
    layout: Layout = "per_domain",
    title: str | None = None,
    merge_level1: bool = True,
) -> bytes:
    """The catalog as an .xlsx workbook in the standard layout.

    ``per_domain``: one sheet per domain, in order of first appearance (items of a domain keep their
    order; items of different domains are therefore grouped); ``single``: one sheet
    "标准目录" with a 领域 column, items in the given order. ``title`` (e.g. "XX县政务公开事项标准目录")
    becomes a merged title row; on per-domain sheets it is followed by the domain in brackets.
    Consecutive rows with the same 一级事项 are merged unless ``merge_level1`` is False. The 村级
    column appears only when some item uses it.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout: {layout!r}")
    workbook = openpyxl.Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    with_village = any(Level.VILLAGE in item.levels for item in items)
    if layout == "single" or not items:
        ws = workbook.create_sheet(SINGLE_SHEET_NAME)
        _write_sheet(ws, items, _out_columns(True, with_village), title, merge_level1)
    else:
        by_domain: dict[str, list[ItemElements]] = {}
        for item in items:
            by_domain.setdefault(item.domain, []).append(item)
        taken: set[str] = set()
        props = workbook.custom_doc_props  # type: ignore[attr-defined]
        for n, (domain, domain_items) in enumerate(by_domain.items()):
            name = sheet_name_for(domain, taken)
            ws = workbook.create_sheet(name)
            sheet_title = f"{title}（{domain}）" if title else None
            _write_sheet(ws, domain_items, _out_columns(False, with_village), sheet_title, merge_level1)
            # Recorded for every sheet: a name can differ from its domain (cut, characters replaced)
            # or look like a default name ("Sheet1") that the reader would not take for a domain.
            value = json.dumps([name, domain], ensure_ascii=False)
            props.append(StringProperty(name=f"{DOMAIN_PROPERTY_PREFIX}{n}", value=value))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
