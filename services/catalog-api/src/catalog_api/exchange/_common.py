"""What the three codecs share: the error contract, text clean-up, the readers of marks, channels,
audiences, modes and levels as real catalogs write them, and the final check of one item."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from annotated_types import MaxLen, MinLen
from pydantic import BaseModel, ConfigDict, ValidationError

from catalog_api.catalogs.elements import (
    CHANNELS,
    OTHER_CHANNEL_PREFIX,
    Audience,
    ItemElements,
    Level,
    Mode,
    is_known_channel,
)

MAX_ERRORS = 1000
"""A reader stops collecting after this many errors (and says so in one last error)."""


class CellError(BaseModel):
    """One refused cell: the sheet, the Excel row number (CSV: record number, JSON: index+1), the
    column's header label (JSON: the field name) and what is wrong, in Chinese."""

    model_config = ConfigDict(frozen=True)

    sheet: str
    row: int
    column: str
    message: str


class ParsedCatalog(BaseModel):
    """The result of reading a file. All or nothing: when ``errors`` is non-empty, ``items`` is empty
    and the caller refuses the whole file."""

    model_config = ConfigDict(frozen=True)

    items: list[ItemElements]
    errors: list[CellError]

    @property
    def ok(self) -> bool:
        return not self.errors


class ErrorSink:
    """Collects errors up to MAX_ERRORS."""

    def __init__(self) -> None:
        self.errors: list[CellError] = []
        self.full = False

    def add(self, sheet: str, row: int, column: str, message: str) -> None:
        if self.full:
            return
        if len(self.errors) >= MAX_ERRORS:
            self.full = True
            self.errors.append(CellError(sheet=sheet, row=row, column="", message=f"错误过多，仅列出前{MAX_ERRORS}条"))
            return
        self.errors.append(CellError(sheet=sheet, row=row, column=column, message=message))

    def result(self, items: list[ItemElements]) -> ParsedCatalog:
        return ParsedCatalog(items=[] if self.errors else items, errors=list(self.errors))


def single_error(sheet: str, message: str) -> ParsedCatalog:
    return ParsedCatalog(items=[], errors=[CellError(sheet=sheet, row=0, column="", message=message)])


# --- text -------------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_WS = re.compile(r"\s+")
# Characters XML 1.0 (hence .xlsx) cannot hold.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: object) -> str:
    """A cell value as element text: line breaks normalised to \\n, surrounding blanks (also
    full-width and zero-width) removed, inner text kept as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "是" if value else "否"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip().strip(_ZERO_WIDTH_CHARS).strip()


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def canon(text: str) -> str:
    """A label or mark reduced for comparison: NFKC (full-width → half-width), no blanks."""
    return _WS.sub("", unicodedata.normalize("NFKC", text.translate(_ZERO_WIDTH)))


_OPEN = "(（[【〔<《"
_CLOSE = ")）]】〕>》"


def strip_one_pair(text: str) -> str:
    """'（申请人）' → '申请人': removes one pair of brackets around the whole text, if any."""
    text = text.strip()
    if len(text) >= 2 and text[0] in _OPEN and text[-1] in _CLOSE:
        return text[1:-1].strip()
    return text


def split_top_level(text: str, separators: str) -> list[str]:
    """Splits on any of ``separators`` outside brackets; drops empty parts."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if depth == 0 and (ch in separators or (" " in separators and ch.isspace())):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


LIST_SEPARATORS = "、，,；;\n "


# --- marks (√ / □ / ■ ...) --------------------------------------------------------------

CHECK_SYMBOLS = "■◼▪☑✓✔√✅●"
UNCHECK_SYMBOLS = "□☐○〇◯"
_CHECKED = {*CHECK_SYMBOLS, "t", "T", "Y", "y", "V", "v", "是", "有"}
_UNCHECKED = {"", *UNCHECK_SYMBOLS, "口", "否", "N", "n", "×", "/", "-", "—", "无"}


def parse_mark(value: str) -> bool | None:
    """True for a tick, False for an empty box or blank, None when unrecognised."""
    c = canon(value)
    if c in _CHECKED:
        return True
    if c in _UNCHECKED:
        return False
    return None


def leading_mark(text: str) -> tuple[bool | None, str]:
    """'√（申请人）' → (True, '（申请人）'); a text without a leading or trailing tick → (None, text)."""
    text = text.strip()
    if not text:
        return False, ""
    mark = parse_mark(text)
    if mark is not None:
        return mark, ""
    if text[0] in CHECK_SYMBOLS:
        return True, text[1:].strip()
    if text[0] in UNCHECK_SYMBOLS or (text[0] == "口" and len(text) > 1):
        return False, text[1:].strip()
    if text[-1] in CHECK_SYMBOLS:
        return True, text[:-1].strip()
    return None, text


# --- channels -----------------------------------------------------------------------------

_CHANNEL_ALIASES: dict[str, tuple[str, ...]] = {
    "政府网站": ("政府门户网站", "门户网站", "网站"),
    "政府公报": ("公报",),
    "两微一端": ("政务新媒体", "新媒体", "政务微博微信客户端"),
    "发布会/听证会": ("新闻发布会/听证会", "发布会", "听证会", "新闻发布会"),
    "广播电视": ("广播/电视",),
    "纸质媒体": ("报刊", "报纸"),
    "公开查阅点": ("政府信息公开查阅点", "信息公开查阅点", "查阅点"),
    "政务服务中心": ("政务服务大厅", "政务大厅"),
    "便民服务站": ("便民服务中心", "便民服务点"),
    "入户/现场": ("入户", "现场"),
    "社区/企事业单位/村公示栏(电子屏)": (
        "社区/企事业单位/村公示栏",
        "社区/企事业单位/村(居)公示栏(电子屏)",
        "社区/企事业单位/村(居)公示栏",
        "公示栏(电子屏)",
        "公示栏",
        "村公示栏",
    ),
    "精准推送": (),
}
# Boxes some counties add to the checklist; they are "其他" channels of the shared vocabulary.
_KNOWN_OTHERS = (
    "12345政务服务热线",
    "提供政务服务的场所",
    "图书馆",
    "国家档案馆",
    "档案馆",
    "投资项目在线审批监管平台",
    "公共资源交易平台",
    "招投标公共服务平台",
    "招标投标公共服务平台",
    "信用中国",
    "征地信息公开平台",
    "法律服务网",
    "企业信用信息公示系统",
)


def _channel_key(name: str) -> str:
    return canon(name).replace("、", "/")


_OTHER_WORDS = ("其他", "其它")
STANDARD_BOXES: tuple[str, ...] = tuple(c for c in CHANNELS if c not in _OTHER_WORDS)
"""The named boxes of the checklist; the 其他 box is written after them."""

_CHANNEL_LOOKUP: dict[str, str] = {}
for _name in STANDARD_BOXES:
    for _alias in (_name, *_CHANNEL_ALIASES.get(_name, ())):
        _CHANNEL_LOOKUP[_channel_key(_alias)] = _name
for _other in _KNOWN_OTHERS:
    _CHANNEL_LOOKUP[_channel_key(_other)] = OTHER_CHANNEL_PREFIX + _other

_PLACEHOLDERS = re.compile(r"^[_＿\s]*(请写明|请注明|请填写|写明|注明)?[_＿\s]*$")
OTHER_WITHOUT_NAME = "公开渠道“其他”未写明名称，请写作“其他（名称）”"


def other_name(name: str) -> str | None:
    """'其他（公共资源交易平台）' / '其他:…' → the name ('' when none is given); None if not an 其他 entry."""
    stripped = name.strip()
    for word in _OTHER_WORDS:
        if stripped.startswith(word):
            rest = stripped[len(word) :].strip()
            if rest[:1] in (":", "："):
                rest = rest[1:].strip()
            rest = strip_one_pair(rest)
            return "" if _PLACEHOLDERS.match(rest) else rest
    return None


def resolve_channel(name: str) -> tuple[list[str], str | None]:
    """One channel name as written → (channels of the vocabulary, error message or None)."""
    name = name.strip()
    if not name:
        return [], None
    found = _CHANNEL_LOOKUP.get(_channel_key(name))
    if found is not None:
        return [found], None
    other = other_name(name)
    if other is not None:
        if not other:
            if is_known_channel(_OTHER_WORDS[0]):
                return [_OTHER_WORDS[0]], None
            return [], OTHER_WITHOUT_NAME
        names = split_top_level(other, "、；;，,")
        return [OTHER_CHANNEL_PREFIX + n for n in names], None
    parts = split_top_level(name, LIST_SEPARATORS)
    if len(parts) > 1:
        channels: list[str] = []
        for part in parts:
            found_part, error = resolve_channel(part)
            if error:
                return [], error
            channels += found_part
        return channels, None
    return [], f"未知的公开渠道：{name}"


def resolve_channel_list(text: str, separators: str | None = None) -> tuple[list[str], list[str]]:
    """A list of channel names (no marks) → (channels, error messages). Without ``separators`` the
    text is first tried as one name ("发布会、听证会"), then split on any usual separator; with
    them it is split on those first (CSV: "；")."""
    channels: list[str] = []
    errors: list[str] = []
    if separators is None:
        whole, error = resolve_channel(text)
        if error is None:
            return whole, []
        separators = LIST_SEPARATORS
    for part in split_top_level(text, separators):
        found, error = resolve_channel(part)
        channels += found
        if error:
            errors.append(error)
    return channels, errors


def _is_mark_at(text: str, i: int) -> bool:
    ch = text[i]
    if ch in CHECK_SYMBOLS or ch in UNCHECK_SYMBOLS:
        return True
    # "口" is a common stand-in for □ but also a common character (窗口): a mark only at the start
    # of the cell or after a blank or separator.
    return ch == "口" and (i == 0 or text[i - 1].isspace() or text[i - 1] in LIST_SEPARATORS)


def parse_channel_checklist(text: str) -> tuple[list[str], list[str]]:
    """'■政府网站 □政府公报 ■其他（公共资源交易平台）' → (selected channels, error messages).
    A cell without any box is read as a plain list of selected channels."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    marks = [i for i in range(len(text)) if _is_mark_at(text, i)]
    if not marks:
        return resolve_channel_list(text)
    channels: list[str] = []
    errors: list[str] = []
    prefix = text[: marks[0]].strip(LIST_SEPARATORS + "\u3000\t")
    if prefix:
        errors.append(f"公开渠道“{prefix}”前缺少勾选标记（■/□）")
    for n, start in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else len(text)
        segment = text[start + 1 : end].strip(LIST_SEPARATORS + "\u3000\t")
        if not segment or text[start] not in CHECK_SYMBOLS:
            continue  # an empty box: whatever its label, nothing is selected
        found, seg_errors = resolve_channel_list(segment)
        channels += found
        errors += seg_errors
    return channels, errors


def format_channel_checklist(channels: Iterable[str]) -> str:
    """The single-cell checklist: the 12 named standard boxes, then ■其他 when the 其他 box is ticked
    without a name and one ■其他（名称） per named other channel."""
    selected = list(channels)
    parts = [("■" if c in selected else "□") + c for c in STANDARD_BOXES]
    others = [c for c in selected if c not in STANDARD_BOXES]
    for other in others:
        name = other[len(OTHER_CHANNEL_PREFIX) :] if other.startswith(OTHER_CHANNEL_PREFIX) else ""
        parts.append(f"■其他（{name}）" if name else "■其他")
    return " ".join(parts)


# --- audience, mode, level ----------------------------------------------------------------

_PUBLIC_WORDS = ("全社会", "社会公众", "公众", "全体公民")
_SPECIFIC_WORDS = ("特定群体", "特定群众", "特定对象")
AUDIENCE_CHOICE = "公开对象应勾选“全社会”或“特定群体”之一"
MODE_CHOICE = "公开方式应勾选“主动”或“依申请”之一"


def audience_column(label: str) -> Audience | None:
    c = canon(label)
    if c in _PUBLIC_WORDS:
        return Audience.PUBLIC
    if c.startswith(_SPECIFIC_WORDS):
        return Audience.SPECIFIC
    return None


def parse_audience_text(text: str) -> tuple[Audience | None, str, str | None]:
    """'全社会' / '特定群体' / '特定群体（申请人）' → (audience, note, error)."""
    if not text.strip():
        return None, "", "公开对象不能为空"
    c = canon(text)
    if c in _PUBLIC_WORDS:
        return Audience.PUBLIC, "", None
    stripped = text.strip()
    for word in _SPECIFIC_WORDS:
        if stripped.startswith(word):
            rest = stripped[len(word) :].strip()
            if rest[:1] in (":", "："):
                rest = rest[1:]
            note = strip_one_pair(rest)
            return Audience.SPECIFIC, "" if _PLACEHOLDERS.match(note) else note, None
    return None, "", f"公开对象应为“全社会”或“特定群体”，而不是“{stripped}”"


def mode_column(label: str) -> Mode | None:
    c = canon(label)
    if c.startswith("主动"):
        return Mode.PROACTIVE
    if c.startswith(("依申请", "申请公开")):
        return Mode.ON_REQUEST
    return None


def parse_mode_text(text: str) -> tuple[Mode | None, str | None]:
    c = canon(text)
    if not c:
        return None, "公开方式不能为空"
    if c in ("主动", "主动公开"):
        return Mode.PROACTIVE, None
    if c in ("依申请", "依申请公开", "申请公开"):
        return Mode.ON_REQUEST, None
    return None, f"公开方式应为“主动”或“依申请”之一，而不是“{text.strip()}”"


_LEVEL_WORDS: dict[str, Level] = {}
for _words, _level in (
    (("县级", "县", "区级", "县区级", "县(区)级", "县(市、区)级", "县(市)级", "县(市区)级"), Level.COUNTY),
    (
        ("乡级", "乡", "镇级", "乡镇级", "乡(镇)级", "镇(街)级", "镇街级", "街道级", "乡镇(街道)级", "乡、村级"),
        Level.TOWNSHIP,
    ),
    (("村级", "村", "村(居)级", "村(社区)级", "社区级", "村居级"), Level.VILLAGE),
):
    for _word in _words:
        _LEVEL_WORDS[canon(_word)] = _level


def level_column(label: str) -> Level | None:
    return _LEVEL_WORDS.get(canon(label))


def parse_levels_text(text: str, separators: str = LIST_SEPARATORS) -> tuple[list[Level], list[str]]:
    levels: list[Level] = []
    errors: list[str] = []
    whole = level_column(text)
    if whole is not None:
        return [whole], []
    for part in split_top_level(text, separators):
        level = level_column(part)
        if level is None:
            errors.append(f"未知的公开层级：{part}")
        elif level not in levels:
            levels.append(level)
    return levels, errors


# --- the final check of one item ------------------------------------------------------------

TEXT_FIELDS = ("domain", "level1", "level2", "content", "basis_text", "time_limit", "subject", "audience_note")
SHORT_NAMES: Mapping[str, str] = {
    "domain": "领域",
    "level1": "一级事项",
    "level2": "二级事项",
    "content": "公开内容",
    "basis": "公开依据",
    "basis_text": "公开依据",
    "time_limit": "公开时限",
    "subject": "公开主体",
    "channels": "公开渠道",
    "audience": "公开对象",
    "audience_note": "特定群体说明",
    "mode": "公开方式",
    "levels": "公开层级",
}


def _length_limits(field: str) -> tuple[int, int | None]:
    low, high = 0, None
    for meta in ItemElements.model_fields[field].metadata:
        if isinstance(meta, MinLen):
            low = meta.min_length
        elif isinstance(meta, MaxLen):
            high = meta.max_length
    return low, high


LIMITS = {field: _length_limits(field) for field in TEXT_FIELDS}


def check_text(field: str, value: str) -> str | None:
    low, high = LIMITS[field]
    name = SHORT_NAMES[field]
    if low and not value:
        return f"{name}不能为空"
    if high is not None and len(value) > high:
        return f"{name}不能超过{high}个字符（现有{len(value)}个）"
    return None


def translate_validation_error(error: Mapping[str, Any]) -> str:
    """One pydantic error as a Chinese message."""
    loc = error.get("loc") or ("",)
    field = str(loc[0])
    name = SHORT_NAMES.get(field, field)
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"缺少{name}"
    if kind == "string_too_short":
        return f"{name}不能为空"
    if kind == "string_too_long":
        return f"{name}不能超过{ctx.get('max_length')}个字符"
    if kind == "enum":
        return f"{name}的值“{error.get('input')}”无效，应为{ctx.get('expected', '')}"
    if kind == "value_error":
        return str(error.get("msg", "")).removeprefix("Value error, ")
    if kind in ("string_type", "list_type", "model_type", "dict_type"):
        return f"{name}的格式不正确"
    return f"{name}：{error.get('msg', '')}"


def build_item(
    values: Mapping[str, Any],
    report: Callable[[str, str], None],
    labels: Mapping[str, str],
    *,
    check_model: bool = True,
) -> ItemElements | None:
    """Checks the text elements (one message per bad cell) and builds the item; ``report(column,
    message)`` receives the problems, with ``labels`` mapping a field to its column label. With
    ``check_model`` False (other cells of the row are already refused) only the texts are checked."""
    bad = not check_model
    for field in TEXT_FIELDS:
        message = check_text(field, str(values.get(field, "")))
        if message:
            report(labels[field], message)
            bad = True
    if bad:
        return None
    try:
        return ItemElements.model_validate(dict(values))
    except ValidationError as exc:
        for error in exc.errors():
            field = str((error.get("loc") or ("",))[0])
            report(labels.get(field, field), translate_validation_error(error))
        return None
