"""公开时限: from the free text of a catalog row to a rule that computes a due date.

Catalogs write the deadline of an item as free text ("信息形成或者变更之日起20个工作日内",
"实时公开", "每季度首月20日前", "除处罚决定外其他内容：长期公开(动态调整)；处罚决定：20个工作日内"
…). `parse_time_limit` turns it into a `TimeLimitRule`, a frozen, JSON-serialisable pydantic model
meant for a JSON column; `due_date` computes the last day to publish a record from the date of
its trigger event; `describe` renders the rule back as short Chinese for the console. Text the
parser does not understand becomes a MANUAL rule (kept verbatim) instead of an error.

Pure: no I/O, no database. Working days come from `gongkai_kit.calendar`.

Counting conventions (see `due_date`):

* working days: the day of the event is not counted (`WorkingDayCalendar.add_working_days`);
* calendar days and months: counted like the 民法典 (art. 201-203): the event day is not
  counted, a month ends on the corresponding day (or the month's last day), and a period whose
  last day is not a working day ends on the next working day;
* hours: records carry dates only, so N hours end at the latest on the day `ceil(N / 24)` days
  after the event (no roll-over: hour limits run through holidays);
* fixed calendar dates (每年3月底前, 每季度首月20日前) are not moved off holidays.
"""

from __future__ import annotations

import calendar as _gregorian
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from gongkai_kit.calendar import WorkingDayCalendar, default_calendar

__all__ = [
    "MAX_AMOUNT",
    "MAX_TEXT_LENGTH",
    "PROMPT_WORKING_DAYS",
    "Period",
    "TimeLimitKind",
    "TimeLimitRule",
    "TimeUnit",
    "describe",
    "due_date",
    "needs_manual_review",
    "parse_time_limit",
]

PROMPT_WORKING_DAYS = 1
"""How "及时/随时公开" is enforced: by the N-th working day after the trigger event.

The phrase carries no number. Article 26 of the 条例 bounds it by 20 working days ("20个工作日内及时
公开"), but a catalog that writes "及时" instead of a number asks for faster; we read it as "by the
next working day", a service target that the console can flag, rather than the legal ceiling.
"""

MAX_AMOUNT = 9999
"""The largest number a rule may carry (9999 working days is ~40 years): more is a typo, left MANUAL."""

MAX_TEXT_LENGTH = 1000
"""Longer input is not parsed (MANUAL): catalog cells are at most 500 characters."""


class TimeLimitKind(StrEnum):
    """The shape of a 公开时限."""

    WITHIN = "within"
    """N units after a trigger event: "信息形成或者变更之日起20个工作日内", "5日内", "24小时内"."""
    REALTIME = "realtime"
    """As it happens: "实时公开", or at a named event: "在实地启动拟征收土地工作时公开". Due the event day."""
    PROMPT = "prompt"
    """"及时公开"/"随时公布" (optionally after an event): due `PROMPT_WORKING_DAYS` working days after."""
    ANNUAL_DEADLINE = "annual_deadline"
    """A fixed date every year: "每年3月底前", "每年1月31日前"."""
    PERIODIC = "periodic"
    """A regular release: "按季度", "每季度首月20日前", "半年至少更新1次". Due only when anchored on a day."""
    PERMANENT = "permanent"
    """"长期公开"/"永久公开": how long the record stays public, not when it must appear. No due date."""
    PUBLICITY = "publicity"
    """"公示7个工作日": how long a 公示 lasts, not when it must start. No due date."""
    COMPOUND = "compound"
    """Several rules, usually for different parts of the content (see `TimeLimitRule.scope`)."""
    MANUAL = "manual"
    """Not understood: needs a person to read the text. No due date."""

    @property
    def label(self) -> str:
        """The Chinese name of the kind, for the console."""
        return _KIND_LABELS[self]


_KIND_LABELS: dict[TimeLimitKind, str] = {
    TimeLimitKind.WITHIN: "限期公开",
    TimeLimitKind.REALTIME: "实时公开",
    TimeLimitKind.PROMPT: "及时公开",
    TimeLimitKind.ANNUAL_DEADLINE: "每年定期",
    TimeLimitKind.PERIODIC: "定期更新",
    TimeLimitKind.PERMANENT: "长期公开",
    TimeLimitKind.PUBLICITY: "公示期",
    TimeLimitKind.COMPOUND: "分项时限",
    TimeLimitKind.MANUAL: "需人工确认",
}


class TimeUnit(StrEnum):
    WORKING_DAY = "working_day"
    DAY = "day"
    HOUR = "hour"
    MONTH = "month"


_UNIT_LABELS: dict[TimeUnit, str] = {
    TimeUnit.WORKING_DAY: "个工作日",
    TimeUnit.DAY: "日",
    TimeUnit.HOUR: "小时",
    TimeUnit.MONTH: "个月",
}


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


_PERIOD_LABELS: dict[Period, str] = {
    Period.WEEK: "周",
    Period.MONTH: "月",
    Period.QUARTER: "季度",
    Period.HALF_YEAR: "半年",
    Period.YEAR: "年",
}
_PERIOD_MONTHS: dict[Period, int] = {Period.MONTH: 1, Period.QUARTER: 3, Period.HALF_YEAR: 6, Period.YEAR: 12}


class TimeLimitRule(BaseModel):
    """A structured 公开时限. Which fields are used depends on `kind`:

    * WITHIN: `amount` (>= 0) and `unit`, optional `trigger`;
    * REALTIME, PROMPT: optional `trigger`;
    * ANNUAL_DEADLINE: `month`, and `day` (None = the last day of the month, "3月底");
    * PERIODIC: `period`; optional anchor `month` (month of the period, 1 = 首月; default 1) and `day`
      ("每季度首月20日前" = quarter, month 1, day 20); optional `times` ("至少更新1次");
    * PUBLICITY: `amount` (> 0) and `unit`;
    * COMPOUND: `parts` (at least two rules);
    * PERMANENT, MANUAL: nothing.

    `trigger` is the event in normalised Chinese ("信息形成或变更", "制定或获取", "批准", "决定作出",
    "收到申请", "分配结果确定", "调查结束", "项目结束" …, or the catalog's own wording when it is none
    of these). `scope` names the content a part of a COMPOUND rule applies to ("处罚决定").
    `note` keeps qualifiers that do not change the deadline ("动态调整", "在村公示栏公开").
    `basis_note` keeps clauses deferring to other laws ("法律、法规对政府信息公开的期限另有规定的，从其
    规定"). `text` is the original text (for a part: its normalised fragment).
    """

    model_config = ConfigDict(frozen=True)

    kind: TimeLimitKind
    text: str = ""
    trigger: str | None = None
    amount: int | None = Field(default=None, ge=0, le=MAX_AMOUNT)
    unit: TimeUnit | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    period: Period | None = None
    times: int | None = Field(default=None, ge=1, le=MAX_AMOUNT, description="每个周期至少公开/更新的次数")
    scope: str | None = None
    note: str | None = None
    basis_note: str | None = None
    parts: tuple[TimeLimitRule, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        kind = self.kind
        if kind in (TimeLimitKind.WITHIN, TimeLimitKind.PUBLICITY):
            if self.amount is None or self.unit is None:
                raise ValueError(f"{kind.label}需要数量和单位")
            if kind is TimeLimitKind.PUBLICITY and self.amount == 0:
                raise ValueError("公示期不能为0")
        elif kind is TimeLimitKind.ANNUAL_DEADLINE:
            if self.month is None:
                raise ValueError("每年定期的时限需要月份")
            if self.day is not None and self.day > _gregorian.monthrange(2000, self.month)[1]:
                raise ValueError(f"{self.month}月没有{self.day}日")
        elif kind is TimeLimitKind.PERIODIC:
            if self.period is None:
                raise ValueError("定期更新的时限需要周期")
            if self.day is not None or self.month is not None:
                months = _PERIOD_MONTHS.get(self.period)
                if months is None:
                    raise ValueError(f"按{_PERIOD_LABELS[self.period]}更新的时限不能指定日期")
                if self.month is not None and self.month > months:
                    raise ValueError(f"每{_PERIOD_LABELS[self.period]}没有第{self.month}个月")
                if self.day is None:
                    raise ValueError("定期更新的时限指定了月份但没有指定日期")
        elif kind is TimeLimitKind.COMPOUND and len(self.parts) < 2:
            raise ValueError("分项时限至少需要两项")
        if kind is not TimeLimitKind.COMPOUND and self.parts:
            raise ValueError("只有分项时限可以包含子项")
        return self


# --- parsing ---------------------------------------------------------------------------------

_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千]+(?=个|工作日|日|天|小时|月|周|次|季度)")


def _cn_to_int(numeral: str) -> int:
    """二十 → 20, 十五 → 15, 三十一 → 31, 一百零五 → 105, 二〇 → 20 (digit by digit)."""
    if not any(c in _CN_UNITS for c in numeral):
        return int("".join(str(_CN_DIGITS[c]) for c in numeral))
    total = current = 0
    for c in numeral:
        if c in _CN_DIGITS:
            current = _CN_DIGITS[c]
        else:
            total += (current or 1) * _CN_UNITS[c]
            current = 0
    return total + current


def _normalise(text: str) -> str:
    """Half-width digits and punctuation, no whitespace, Arabic numbers, "形成(变更)" → "形成或变更"."""
    s = unicodedata.normalize("NFKC", text)
    s = re.sub(r"\s+", "", s)
    s = _CN_NUMBER.sub(lambda m: str(_cn_to_int(m.group())), s)
    s = re.sub(r"\((变更|更新|修改)\)", r"或\1", s)
    s = s.replace(",其中", ";其中").replace("。其中", ";其中")
    s = s.strip(";。,、.")
    while _enclosed(s):
        s = s[1:-1]  # the whole text in parentheses
    return s


def _enclosed(s: str) -> bool:
    """Whether `s` is "(…)" with the first parenthesis closed by the last one."""
    if not (s.startswith("(") and s.endswith(")")):
        return False
    depth = 0
    for i, c in enumerate(s):
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return i == len(s) - 1
    return False


def _split_top(s: str, separators: str) -> list[str]:
    """Split on any of `separators` outside parentheses; empty pieces are dropped."""
    pieces: list[str] = []
    depth = 0
    current: list[str] = []
    for c in s:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)
        if c in separators and depth == 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(c)
    pieces.append("".join(current))
    return [p.strip(";。,、.") for p in pieces if p.strip(";。,、.")]


_BASIS_CLAUSE = re.compile(r"[^;。,]*(?:另有规定|从其规定)[^;。]*")

# "公开", "予以公开", "及时公开", "向社会公布" …: verbs that may end any phrase without changing it.
_FILL = r"(?:(?:并|均)?(?:予以|及时|主动|向社会|对外|进行|完成)*(?:公开|公示|公布|发布|更新|推送|上网)?(?:完毕)?)"
_UNIT = r"(?P<unit>个工作日|工作日|个自然日|自然日|日|天|个小时|小时|个月|周)"
_EVENT_END = r"(?:之日起|之日后|之后|以后|时起|起|后)"
_PERIOD = r"(?P<p>半年|季度|季|月|年度|年|周)"

_PERMANENT_RE = re.compile(rf"^(?:长期|永久|常年|持续)(?:{_FILL}|有效|保留)$")
_REALTIME_RE = re.compile(rf"^(?:实时|即时)(?:{_FILL})$")
_PROMPT_RE = re.compile(
    rf"^(?:在|于)?(?P<event>[^\d]*?)(?:{_EVENT_END}|时)?(?:应当|应)?(?:及时|随时|第一时间|尽快)(?:{_FILL})$"
)
_ANNUAL_RE = re.compile(
    rf"^(?:每年度|每年|次年)(?:的)?(?P<m>\d{{1,2}})月份?(?:(?P<d>\d{{1,2}})日|底|末)?(?:前|之前|以前|内|以内)?{_FILL}$"
)
_PERIODIC_PLAIN_RE = re.compile(rf"^(?:按|每|每个)(?:一)?{_PERIOD}度?{_FILL}$")
_PERIODIC_ANCHOR_RE = re.compile(
    rf"^每个?(?P<p>半年|季度|季|月)度?(?:的)?(?:(?:首月|第一个月|初)|第(?P<mi>\d)个?月)?"
    rf"(?P<d>\d{{1,2}})日(?:前|之前|以前|内|以内){_FILL}$"
)
_PERIODIC_TIMES_RE = re.compile(
    rf"^(?:至少)?(?:每|按)?个?{_PERIOD}度?(?:内)?(?:至少|不少于)?(?:公开|更新|公布|发布)?(?:至少|不少于)?(?P<n>\d+)次(?:以上)?$"
)
_PUBLICITY_RE = re.compile(
    rf"^(?:在[^\d]*?)?公示(?:期|时间|期限)?(?:为|不少于|不得少于|不低于)?(?P<n>\d+){_UNIT}(?:以上)?$"
)
_WITHIN_RE = re.compile(
    rf"^(?:自|从|于|在)?(?P<event>[^\d]*?){_EVENT_END}?(?:的)?(?P<n>\d+){_UNIT}(?:内|以内|之内)?{_FILL}$"
)
_AT_EVENT_RE = re.compile(
    rf"^(?:在|于|当)?(?P<event>[^\d]+?(?<![及随实即同按适届临平定]))(?:的同时|同时|时|当日|当天)(?:{_FILL})$"
)
_CHANNEL_RE = re.compile(
    rf"^(?:并)?(?:在|通过|于|经)[^\d]+?(?:上|中|内|进行)?(?:予以|向社会)?(?:公开|公示|公布|发布|张贴|上网){_FILL}$"
)
_DYNAMIC_RE = re.compile(r"^(?:并)?动态(?:调整|更新|管理|公开)$")
_FILLER_RE = re.compile(rf"^{_FILL}$")
_SCOPE_COLON_RE = re.compile(r"^(?P<scope>[^:]{1,60}):(?P<rest>.+)$")
_SCOPE_QIZHONG_RE = re.compile(
    r"^其中,?(?P<scope>.+?)(?:应当|应|须|需|要|均|一律)(?P<rest>(?:自|从|在|于|及时|实时|每|按|长期|永久|公示|\d).*)$"
)
_SCOPE_QIZHONG_BARE_RE = re.compile(
    r"^其中,?(?P<scope>.+?(?:事项|信息|内容|决定|文件|结果|名单))(?P<rest>(?:自|从|在|于|及时|实时|\d).*)$"
)
_LEADING_MODAL_RE = re.compile(r"^(?:应当|应|须|需|均)(?=自|从|在|于|及时|实时|每|按|长期|永久|公示)")
_TRAILING_NOTE_RE = re.compile(r"^(?P<body>.+?)\((?P<note>[^()]+)\)$")

# Canonical triggers, tried in order against the event text of the catalog.
_TRIGGERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"收到.*申请|受理.*申请|申请.*(?:收到|受理)"), "收到申请"),
    (re.compile(r"收到.*批准文件"), "收到批准文件"),
    (re.compile(r"分配结果.*确定"), "分配结果确定"),
    (re.compile(r"调查.*(?:结束|完成)"), "调查结束"),
    (re.compile(r"项目.*(?:结束|完成|竣工)"), "项目结束"),
    (re.compile(r"(?:作出|做出).*(?:决定|决策)|(?:决定|决策).*(?:作出|做出)"), "决定作出"),
    (re.compile(r"批准|批复"), "批准"),
    (re.compile(r"(?:制定|制作).*获取|获取.*(?:制定|制作)"), "制定或获取"),
    (re.compile(r"形成.*(?:变更|更新|修改)"), "信息形成或变更"),
    (re.compile(r"形成"), "信息形成"),
)
# Triggers read "X之日起N日内"; the others (and unknown events) read "X后N日内".
_FROM_DAY_TRIGGERS = frozenset({"收到申请", "收到批准文件", "决定作出", "制定或获取", "信息形成或变更", "信息形成"})
_MAX_EVENT_LENGTH = 60


def _trigger_or_scope(event: str) -> dict[str, str | None]:
    """The trigger for the event text of a catalog: canonical when known, else the cleaned text.

    Text that names content rather than an event ("重大事项随时公开") becomes the scope instead.
    """
    event = re.sub(r"^(?:该|本)", "", event).removesuffix("的")
    if not event:
        return {"trigger": None}
    for pattern, canonical in _TRIGGERS:
        if pattern.search(event):
            return {"trigger": canonical}
    if _NOUN_EVENT_RE.search(event):
        return {"trigger": None, "scope": event}
    return {"trigger": event}


_NOUN_EVENT_RE = re.compile(r"(?:事项|信息|内容|情况|名单|文件|资料|数据)$")


def _plausible_event(event: str) -> bool:
    return len(event) <= _MAX_EVENT_LENGTH and event != "公示" and not re.match(r"^(?:每|按|长期|永久)", event)


def _unit_amount(unit: str, n: int) -> tuple[TimeUnit, int] | None:
    if n > MAX_AMOUNT:
        return None
    if "工作日" in unit:
        return TimeUnit.WORKING_DAY, n
    if "小时" in unit:
        return TimeUnit.HOUR, n
    if unit == "个月":
        return TimeUnit.MONTH, n
    if unit == "周":
        return (TimeUnit.DAY, 7 * n) if 7 * n <= MAX_AMOUNT else None
    return TimeUnit.DAY, n


def _period(p: str) -> Period:
    return {
        "半年": Period.HALF_YEAR,
        "季度": Period.QUARTER,
        "季": Period.QUARTER,
        "月": Period.MONTH,
        "年度": Period.YEAR,
        "年": Period.YEAR,
        "周": Period.WEEK,
    }[p]


@dataclass
class _Note:
    text: str
    dynamic: bool = False


def _parse_piece(piece: str) -> TimeLimitRule | _Note | None:
    """One comma-free fragment → a rule, a note, `_Note("")` for filler, or None (not understood)."""
    piece = _LEADING_MODAL_RE.sub("", piece)
    note: str | None = None
    if (m := _TRAILING_NOTE_RE.match(piece)) is not None:
        piece, note = m["body"], m["note"]
    rule = _parse_rule(piece)
    if rule is not None:
        return rule.model_copy(update={"note": note}) if note else rule
    if note is not None:  # "(…)" only follows a rule
        return None
    if _DYNAMIC_RE.match(piece):
        return _Note(piece, dynamic=True)
    if _CHANNEL_RE.match(piece):
        return _Note(piece.removeprefix("并"))
    if _FILLER_RE.match(piece):
        return _Note("")
    return None


def _parse_rule(s: str) -> TimeLimitRule | None:
    if _PERMANENT_RE.match(s):
        return TimeLimitRule(kind=TimeLimitKind.PERMANENT, text=s)
    if _REALTIME_RE.match(s):
        return TimeLimitRule(kind=TimeLimitKind.REALTIME, text=s)
    if (m := _PROMPT_RE.match(s)) and _plausible_event(m["event"]):
        return TimeLimitRule(kind=TimeLimitKind.PROMPT, text=s, **_trigger_or_scope(m["event"]))
    if m := _ANNUAL_RE.match(s):
        month, day = int(m["m"]), int(m["d"]) if m["d"] else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= _gregorian.monthrange(2000, month)[1]):
            return None
        return TimeLimitRule(kind=TimeLimitKind.ANNUAL_DEADLINE, text=s, month=month, day=day)
    if m := _PERIODIC_PLAIN_RE.match(s):
        return TimeLimitRule(kind=TimeLimitKind.PERIODIC, text=s, period=_period(m["p"]))
    if m := _PERIODIC_ANCHOR_RE.match(s):
        period = _period(m["p"])
        month = int(m["mi"]) if m["mi"] else 1
        day = int(m["d"])
        if not 1 <= month <= _PERIOD_MONTHS[period] or not 1 <= day <= 28:
            return None  # 29-31 do not exist in every month: a person should decide
        return TimeLimitRule(kind=TimeLimitKind.PERIODIC, text=s, period=period, month=month, day=day)
    if (m := _PERIODIC_TIMES_RE.match(s)) and 1 <= int(m["n"]) <= MAX_AMOUNT:
        return TimeLimitRule(kind=TimeLimitKind.PERIODIC, text=s, period=_period(m["p"]), times=int(m["n"]))
    if m := _PUBLICITY_RE.match(s):
        if (unit_amount := _unit_amount(m["unit"], int(m["n"]))) is None or unit_amount[1] == 0:
            return None
        unit, amount = unit_amount
        return TimeLimitRule(kind=TimeLimitKind.PUBLICITY, text=s, amount=amount, unit=unit)
    if (m := _WITHIN_RE.match(s)) and _plausible_event(m["event"]):
        if (unit_amount := _unit_amount(m["unit"], int(m["n"]))) is None:
            return None
        unit, amount = unit_amount
        return TimeLimitRule(
            kind=TimeLimitKind.WITHIN, text=s, amount=amount, unit=unit, **_trigger_or_scope(m["event"])
        )
    if (m := _AT_EVENT_RE.match(s)) and len(m["event"]) >= 2 and _plausible_event(m["event"]):
        return TimeLimitRule(kind=TimeLimitKind.REALTIME, text=s, **_trigger_or_scope(m["event"]))
    return None


@dataclass
class _Segment:
    rules: list[TimeLimitRule] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dynamic: list[str] = field(default_factory=list)


def _parse_segment(segment: str) -> list[TimeLimitRule] | None:
    scope: str | None = None
    for pattern in (_SCOPE_QIZHONG_RE, _SCOPE_QIZHONG_BARE_RE, _SCOPE_COLON_RE):
        if m := pattern.match(segment):
            scope, segment = m["scope"].strip(",、"), m["rest"]
            break
    parsed = _Segment()
    for piece in _split_top(segment, ","):
        result = _parse_piece(piece)
        if result is None:
            return None
        if isinstance(result, TimeLimitRule):
            parsed.rules.append(result)
        elif result.dynamic:
            parsed.dynamic.append(result.text)
        elif result.text:
            parsed.notes.append(result.text)
    rules = parsed.rules
    if not rules:
        if not parsed.dynamic:
            return None
        # "动态更新" on its own: publish changes promptly.
        rules = [TimeLimitRule(kind=TimeLimitKind.PROMPT, text=segment, trigger="信息形成或变更")]
    notes = parsed.dynamic + parsed.notes
    out: list[TimeLimitRule] = []
    for rule in rules:
        rule_notes = ([rule.note] if rule.note else []) + notes
        rule_scope = "的".join(x for x in (scope, rule.scope) if x) or None
        out.append(rule.model_copy(update={"scope": rule_scope, "note": "；".join(rule_notes) or None}))
    return out


def _parse(text: str) -> TimeLimitRule:
    manual = TimeLimitRule(kind=TimeLimitKind.MANUAL, text=text)
    if len(text) > MAX_TEXT_LENGTH:
        return manual
    s = _normalise(text)
    basis_notes = [m.group().strip(";。,、") for m in _BASIS_CLAUSE.finditer(s)]
    basis_note = "；".join(n for n in basis_notes if n) or None
    s = _BASIS_CLAUSE.sub("", s)
    manual = manual.model_copy(update={"basis_note": basis_note})
    rules: list[TimeLimitRule] = []
    for segment in _split_top(s, ";。"):
        parsed = _parse_segment(segment)
        if parsed is None:
            return manual
        rules.extend(parsed)
    if not rules:
        return manual
    if len(rules) == 1:
        return rules[0].model_copy(update={"text": text, "basis_note": basis_note})
    return TimeLimitRule(kind=TimeLimitKind.COMPOUND, text=text, parts=tuple(rules), basis_note=basis_note)


def parse_time_limit(text: str) -> TimeLimitRule:
    """Parse the 公开时限 text of a catalog row. Never raises: what is not understood is MANUAL.

    Full-width digits and punctuation, Chinese numerals (二十, 十五 …), spaces and line breaks are
    normalised first. Clauses deferring to other laws ("…另有规定的，从其规定") go to `basis_note`.
    Sentences (split on "；"/"。") become the parts of a COMPOUND rule, each optionally scoped
    ("处罚决定：…", "其中行政许可、行政处罚事项应…"). Within a sentence, comma-separated pieces must
    each be a rule, a channel ("在村公示栏公开") or "动态调整"-style note, or filler ("予以公开");
    one piece that is none of these makes the whole text MANUAL.
    """
    try:
        return _parse(text)
    except Exception:  # a free-text parser must never break an import; MANUAL is the safe answer
        return TimeLimitRule(kind=TimeLimitKind.MANUAL, text=text)


# --- due dates -------------------------------------------------------------------------------


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, _gregorian.monthrange(year, month)[1]))


def _month_date(year: int, month: int, day: int | None) -> date:
    last = _gregorian.monthrange(year, month)[1]
    return date(year, month, last if day is None else min(day, last))


def _roll_to_working_day(d: date, cal: WorkingDayCalendar) -> date:
    while not cal.is_working_day(d):
        d += timedelta(days=1)
    return d


def due_date(rule: TimeLimitRule, formed_on: date, calendar: WorkingDayCalendar | None = None) -> date | None:
    """The last day to publish a record whose trigger event happened on `formed_on`.

    `formed_on` is the date of the rule's trigger (信息形成/变更, 批准, 收到申请 …); `calendar`
    defaults to the kit's `default_calendar()`. By kind:

    * WITHIN: working days via `add_working_days` (event day not counted); days and months as in the
      民法典, moved to the next working day when they end on a day off; hours rounded up to whole days;
    * REALTIME: `formed_on` itself;
    * PROMPT: `PROMPT_WORKING_DAYS` working days after `formed_on`;
    * ANNUAL_DEADLINE: the first such date on or after `formed_on`;
    * PERIODIC with an anchor day: the anchor in the period after the one containing `formed_on`
      (a record formed in February under "每季度首月20日前" is due 20 April); without one: None;
    * PERMANENT, PUBLICITY (durations, not deadlines), MANUAL: None;
    * COMPOUND: the earliest due date of its parts, None if no part has one.
    """
    if isinstance(formed_on, datetime) or not isinstance(formed_on, date):
        raise TypeError(f"expected a datetime.date, got {formed_on!r}; convert timestamps to the Beijing date first")
    cal = calendar if calendar is not None else default_calendar()
    kind = rule.kind
    if kind is TimeLimitKind.WITHIN:
        assert rule.amount is not None  # guaranteed by the model validator
        assert rule.unit is not None
        n = rule.amount
        if rule.unit is TimeUnit.WORKING_DAY:
            return cal.add_working_days(formed_on, n)
        if rule.unit is TimeUnit.HOUR:
            return formed_on + timedelta(days=math.ceil(n / 24))
        end = formed_on + timedelta(days=n) if rule.unit is TimeUnit.DAY else _add_months(formed_on, n)
        return _roll_to_working_day(end, cal) if n > 0 else end
    if kind is TimeLimitKind.REALTIME:
        return formed_on
    if kind is TimeLimitKind.PROMPT:
        return cal.add_working_days(formed_on, PROMPT_WORKING_DAYS)
    if kind is TimeLimitKind.ANNUAL_DEADLINE:
        assert rule.month is not None
        candidate = _month_date(formed_on.year, rule.month, rule.day)
        return candidate if candidate >= formed_on else _month_date(formed_on.year + 1, rule.month, rule.day)
    if kind is TimeLimitKind.PERIODIC:
        if rule.day is None or rule.period is None:
            return None
        months = _PERIOD_MONTHS[rule.period]
        period_start = date(formed_on.year, (formed_on.month - 1) // months * months + 1, 1)
        anchor_month = _add_months(period_start, months + (rule.month or 1) - 1)
        return _month_date(anchor_month.year, anchor_month.month, rule.day)
    if kind is TimeLimitKind.COMPOUND:
        dates = [d for part in rule.parts if (d := due_date(part, formed_on, cal)) is not None]
        return min(dates, default=None)
    return None


# --- presentation ----------------------------------------------------------------------------


def _event_phrase(trigger: str) -> str:
    return f"{trigger}之日起" if trigger in _FROM_DAY_TRIGGERS else f"{trigger}后"


def describe(rule: TimeLimitRule) -> str:
    """A short Chinese description for the console, e.g. "信息形成或变更之日起20个工作日内"."""
    text = _describe(rule)
    return f"{rule.scope}：{text}" if rule.scope else text


def _describe(rule: TimeLimitRule) -> str:
    kind = rule.kind
    if kind is TimeLimitKind.WITHIN:
        assert rule.amount is not None
        assert rule.unit is not None
        amount = f"{rule.amount}{_UNIT_LABELS[rule.unit]}内"
        return f"{_event_phrase(rule.trigger)}{amount}" if rule.trigger else amount
    if kind is TimeLimitKind.REALTIME:
        return f"{rule.trigger}时公开" if rule.trigger else "实时公开"
    if kind is TimeLimitKind.PROMPT:
        return f"{rule.trigger}后及时公开" if rule.trigger else "及时公开"
    if kind is TimeLimitKind.ANNUAL_DEADLINE:
        return f"每年{rule.month}月底前" if rule.day is None else f"每年{rule.month}月{rule.day}日前"
    if kind is TimeLimitKind.PERIODIC:
        assert rule.period is not None
        label = _PERIOD_LABELS[rule.period]
        if rule.day is not None:
            month = "" if rule.period is Period.MONTH else ("首月" if (rule.month or 1) == 1 else f"第{rule.month}个月")
            return f"每{label}{month}{rule.day}日前"
        if rule.times is not None:
            return f"每{label}至少更新{rule.times}次"
        return f"按{label}"
    if kind is TimeLimitKind.PERMANENT:
        wording = "永久公开" if "永久" in rule.text else "长期公开"
        return f"{wording}（{rule.note}）" if rule.note else wording
    if kind is TimeLimitKind.PUBLICITY:
        assert rule.amount is not None
        assert rule.unit is not None
        return f"公示{rule.amount}{_UNIT_LABELS[rule.unit]}"
    if kind is TimeLimitKind.COMPOUND:
        return "；".join(describe(p) for p in rule.parts)
    return "需人工确认"


def needs_manual_review(rule: TimeLimitRule) -> bool:
    """Whether a person must read the text: the rule, or one of its parts, is MANUAL."""
    return rule.kind is TimeLimitKind.MANUAL or any(needs_manual_review(p) for p in rule.parts)
