"""The catalog as JSON: a list of ItemElements objects (the structured 公开依据 ``basis`` included)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from catalog_api.catalogs.elements import ItemElements

from ._common import ErrorSink, ParsedCatalog, check_text, translate_validation_error

SHEET = "JSON"
NOT_JSON = "文件不是有效的 JSON（UTF-8）"


def write_json(items: Sequence[ItemElements]) -> bytes:
    payload = [item.model_dump(mode="json") for item in items]
    return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")


def read_json(data: bytes, *, domain: str | None = None) -> ParsedCatalog:
    """Reads a list of item objects. ``domain`` fills a missing or blank ``domain``. A ``basis``
    given as a string (as in hand-made files) is taken as ``basis_text``. Never raises."""
    sink = ErrorSink()
    try:
        payload = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        sink.add(SHEET, 0, "", NOT_JSON)
        return sink.result([])
    if not isinstance(payload, list):
        sink.add(SHEET, 0, "", "JSON 的顶层应为事项数组")
        return sink.result([])
    fallback = domain.strip() if domain and domain.strip() else None
    items: list[ItemElements] = []
    for index, entry in enumerate(payload):
        row = index + 1
        if not isinstance(entry, dict):
            sink.add(SHEET, row, "", f"第{row}项应为对象")
            continue
        values: dict[str, Any] = dict(entry)
        if fallback and not (isinstance(values.get("domain"), str) and values["domain"].strip()):
            values["domain"] = fallback
        if isinstance(values.get("basis"), str):
            values.setdefault("basis_text", values["basis"])
            values["basis"] = []
        reported: set[str] = set()
        for field in ("domain", "level1", "level2", "content", "basis_text", "time_limit", "subject", "audience_note"):
            value = values.get(field, "")
            message = check_text(field, value.strip()) if isinstance(value, str) else None
            if message:
                sink.add(SHEET, row, field, message)
                reported.add(field)
        try:
            item = ItemElements.model_validate(values)
        except ValidationError as exc:
            for error in exc.errors():
                field = str((error.get("loc") or ("",))[0])
                if field not in reported:
                    sink.add(SHEET, row, field, translate_validation_error(error))
                    reported.add(field)
        else:
            if not reported:
                items.append(item)
        if sink.full:
            break
    return sink.result(items)
