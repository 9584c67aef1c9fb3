"""One list shape and one pagination style for every service: keyset cursors.

A list response is ``{"items": [...], "next_cursor": "..." | null}``. The cursor is an opaque
token holding the sort key of the last row returned; the next page continues strictly after
it, so pages stay stable while rows are inserted.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from gongkai_kit.errors import BadRequest

T = TypeVar("T")
DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True)
class PageParams:
    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="每页条数")] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=512, description="上一页返回的 next_cursor")] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


PageDep = Annotated[PageParams, Depends(page_params)]


def _encode_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return {"u": str(value)}
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "u" in value:
            return uuid.UUID(value["u"])
        if "dt" in value:
            return datetime.fromisoformat(value["dt"])
        if "d" in value:
            return date.fromisoformat(value["d"])
    return value


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_encode_value(v) for v in values], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != width:
            raise ValueError
        return [_decode_value(v) for v in values]
    except ValueError:
        raise BadRequest("分页参数 cursor 无效") from None


async def paginate(
    session: AsyncSession,
    stmt: Select[Any],
    keys: Sequence[ColumnElement[Any] | QueryableAttribute[Any]],
    page: PageParams,
) -> tuple[list[Any], str | None]:
    """Run ``stmt`` ordered by ``keys`` (ascending, unique together) for one page.

    Returns the rows (scalars when ``stmt`` selects one entity, else Row objects) and the next
    cursor. The last key should be the primary key so the order is total.
    """
    if page.cursor:
        values = decode_cursor(page.cursor, len(keys))
        stmt = stmt.where(tuple_(*keys) > tuple_(*values))
    stmt = stmt.order_by(*keys).limit(page.limit + 1)
    result = await session.execute(stmt)
    single_entity = len(stmt.column_descriptions) == 1
    rows = list(result.scalars().all() if single_entity else result.all())
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last = rows[-1]
        next_cursor = encode_cursor([_key_value(last, key) for key in keys])
    return rows, next_cursor


def _key_value(row: Any, key: ColumnElement[Any] | QueryableAttribute[Any]) -> Any:
    name = getattr(key, "key", None) or getattr(key, "name", None)
    if name is None:
        raise TypeError(f"pagination key {key!r} needs a name")
    return getattr(row, name)
