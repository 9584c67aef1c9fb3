"""RFC 9457 problem details: every expected failure is a typed error with a stable code.

One handler renders them all as ``application/problem+json`` with a Chinese ``title`` for
users. Validation errors, unknown routes, integrity violations and unexpected exceptions are
rendered in the same shape, so no client ever sees a bare FastAPI error body.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("gongkai.errors")

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://gongkai.gov.cn/problems/"


class FieldError(BaseModel):
    """One invalid input: where it is (``loc``) and what is wrong, in Chinese (``msg``)."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """The body of every error response (RFC 9457)."""

    type: str
    title: str
    status: int
    code: str
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None


class ProblemError(Exception):
    """Base of every expected failure. Subclasses fix status, code and the Chinese title."""

    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    title: ClassVar[str] = "请求有误"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = list(errors) if errors is not None else None
        self.headers = headers or {}

    def to_problem(self, instance: str | None = None) -> Problem:
        return Problem(
            type=TYPE_BASE + self.code,
            title=self.title,
            status=self.status,
            code=self.code,
            detail=self.detail,
            instance=instance,
            errors=self.errors,
        )


class BadRequest(ProblemError):
    status, code, title = 400, "bad_request", "请求有误"


class InvalidInput(ProblemError):
    """Semantic validation that pydantic cannot express (unknown parent, malformed code…)."""

    status, code, title = 422, "invalid_input", "提交的数据不符合要求"


class Unauthorized(ProblemError):
    status, code, title = 401, "unauthorized", "未登录或登录已过期"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer realm="gongkai"'})
        super().__init__(detail, **kwargs)


class Forbidden(ProblemError):
    status, code, title = 403, "forbidden", "没有权限执行此操作"


class TenantForbidden(Forbidden):
    code, title = "tenant_forbidden", "无权访问其他单位的数据"


class NotFound(ProblemError):
    status, code, title = 404, "not_found", "请求的资源不存在"


class Conflict(ProblemError):
    status, code, title = 409, "conflict", "数据冲突"


class StaleVersion(Conflict):
    code, title = "stale_version", "数据已被他人修改，请刷新后重试"


class PayloadTooLarge(ProblemError):
    status, code, title = 413, "payload_too_large", "提交的内容过大"


class UnsupportedMediaType(ProblemError):
    status, code, title = 415, "unsupported_media_type", "不支持的内容类型"


class Locked(ProblemError):
    status, code, title = 423, "account_locked", "账号已被临时锁定"


class TooManyRequests(ProblemError):
    status, code, title = 429, "too_many_requests", "请求过于频繁，请稍后再试"


class UpstreamUnavailable(ProblemError):
    status, code, title = 502, "upstream_unavailable", "依赖的服务暂时不可用"


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def problem_responses(*errors: type[ProblemError]) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry for a route: documents its typed errors in the OpenAPI schema."""
    out: dict[int | str, dict[str, Any]] = {}
    for error in errors:
        out[error.status] = {
            "model": Problem,
            "description": error.title,
            "content": {PROBLEM_JSON: {}},
        }
    return out


# Chinese messages for pydantic's error types; anything else falls back to a generic line.
_VALIDATION_MESSAGES: dict[str, str] = {
    "missing": "缺少必填项",
    "string_too_short": "内容过短",
    "string_too_long": "内容过长",
    "string_pattern_mismatch": "格式不正确",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "bool_type": "应为是或否",
    "bool_parsing": "应为是或否",
    "float_parsing": "应为数字",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
    "greater_than": "数值过小",
    "less_than": "数值过大",
    "literal_error": "取值不在允许范围内",
    "enum": "取值不在允许范围内",
    "uuid_parsing": "应为有效的编号",
    "uuid_type": "应为有效的编号",
    "json_invalid": "不是有效的 JSON",
    "model_attributes_type": "请求体格式不正确",
    "dict_type": "应为对象",
    "list_type": "应为列表",
    "too_short": "条目过少",
    "too_long": "条目过多",
    "date_parsing": "应为日期 (YYYY-MM-DD)",
    "date_from_datetime_parsing": "应为日期 (YYYY-MM-DD)",
    "datetime_parsing": "应为日期时间",
    "extra_forbidden": "不允许的字段",
    "value_error": "取值无效",
    "url_parsing": "应为有效的网址",
}


def _field_error(err: dict[str, Any]) -> FieldError:
    kind = str(err.get("type", "value_error"))
    message = _VALIDATION_MESSAGES.get(kind)
    if kind == "value_error" and err.get("ctx", {}).get("error"):
        # Our own validators raise ValueError with a Chinese message: keep it.
        message = str(err["ctx"]["error"])
    return FieldError(loc=list(err.get("loc", ())), msg=message or "取值无效", type=kind)


def install_error_handlers(app: FastAPI) -> None:
    """Render every failure of ``app`` as problem+json."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(exc.to_problem(request.url.path), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_field_error(e) for e in exc.errors()]
        summary = "；".join(f"{'.'.join(str(p) for p in e.loc)}: {e.msg}" for e in errors[:5])
        problem = Problem(
            type=TYPE_BASE + "validation_failed",
            title="提交的数据不符合要求",
            status=422,
            code="validation_failed",
            detail=summary,
            instance=request.url.path,
            errors=errors,
        )
        return problem_response(problem)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        titles = {404: ("not_found", "请求的资源不存在"), 405: ("method_not_allowed", "不支持该请求方法")}
        code, title = titles.get(exc.status_code, ("http_error", "请求无法处理"))
        problem = Problem(
            type=TYPE_BASE + code,
            title=title,
            status=exc.status_code,
            code=code,
            detail=str(exc.detail) if exc.detail and exc.status_code not in titles else None,
            instance=request.url.path,
        )
        return problem_response(problem, dict(exc.headers or {}))

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        logger.warning("integrity error on %s: %s", request.url.path, exc.orig)
        return problem_response(Conflict("数据与已有记录冲突（重复或引用无效）").to_problem(request.url.path))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error on %s", request.url.path)
        problem = Problem(
            type=TYPE_BASE + "internal_error",
            title="服务器内部错误",
            status=500,
            code="internal_error",
            instance=request.url.path,
        )
        return problem_response(problem)
