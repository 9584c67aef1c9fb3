"""The elements of a catalog item (政务公开事项标准目录要素), as plain typed values.

One item of a standard catalog carries nine elements: 公开事项 (一级/二级事项), 公开内容(要素),
公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级. This module is the
vocabulary shared by the standards, the tenant catalogs, the time-limit parser and the
Excel/CSV/JSON exchange. No I/O.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

# The standard 公开渠道和载体 checklist (13 boxes), in the order of the national table.
CHANNELS: tuple[str, ...] = (
    "政府网站",
    "政府公报",
    "两微一端",
    "发布会/听证会",
    "广播电视",
    "纸质媒体",
    "公开查阅点",
    "政务服务中心",
    "便民服务站",
    "入户/现场",
    "社区/企事业单位/村公示栏(电子屏)",
    "精准推送",
    "其他",  # the 13th box when it is ticked without naming the channel
)
OTHER_CHANNEL_PREFIX = "其他:"  # a named other channel is "其他:<name>", e.g. "其他:公共资源交易平台"


class Audience(StrEnum):
    PUBLIC = "全社会"
    SPECIFIC = "特定群体"


class Mode(StrEnum):
    PROACTIVE = "主动"
    ON_REQUEST = "依申请"


class Level(StrEnum):
    COUNTY = "县级"
    TOWNSHIP = "乡级"
    VILLAGE = "村级"


class BasisKind(StrEnum):
    LAW = "法律"
    ADMINISTRATIVE_REGULATION = "行政法规"
    LOCAL_REGULATION = "地方性法规"
    DEPARTMENT_RULE = "部门规章"
    LOCAL_RULE = "地方政府规章"
    NORMATIVE_DOCUMENT = "规范性文件"
    OTHER = "其他"


class LegalBasis(BaseModel):
    """One legal reference of 公开依据: 《title》 with its kind and document number when known."""

    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    title: str = Field(min_length=1, max_length=300)
    kind: BasisKind | None = None
    number: str | None = Field(default=None, max_length=100, description="文号，如 国务院令第711号")
    article: str | None = Field(default=None, max_length=200, description="条款，如 第二十条")


def is_known_channel(channel: str) -> bool:
    return channel in CHANNELS or (
        channel.startswith(OTHER_CHANNEL_PREFIX) and len(channel) > len(OTHER_CHANNEL_PREFIX)
    )


class ItemElements(BaseModel):
    """The nine elements of one catalog item, as exchanged and stored."""

    model_config = ConfigDict(str_strip_whitespace=True)

    domain: str = Field(min_length=1, max_length=50, description="试点领域，如 社会救助")
    level1: str = Field(min_length=1, max_length=200, description="一级事项")
    level2: str = Field(default="", max_length=200, description="二级事项（可空）")
    content: str = Field(min_length=1, max_length=4000, description="公开内容(要素)")
    basis: list[LegalBasis] = Field(default_factory=list, description="公开依据")
    basis_text: str = Field(default="", max_length=4000, description="公开依据原文")
    time_limit: str = Field(min_length=1, max_length=500, description="公开时限原文")
    subject: str = Field(default="", max_length=500, description="公开主体")
    channels: list[str] = Field(default_factory=list, description="公开渠道和载体")
    audience: Audience = Audience.PUBLIC
    audience_note: str = Field(default="", max_length=200, description="特定群体的说明，如 申请人")
    mode: Mode = Mode.PROACTIVE
    levels: list[Level] = Field(default_factory=list, description="公开层级")

    @field_validator("channels")
    @classmethod
    def _known_channels(cls, channels: list[str]) -> list[str]:
        unknown = [c for c in channels if not is_known_channel(c)]
        if unknown:
            raise ValueError(f"未知的公开渠道：{'、'.join(unknown)}（其他渠道请写作“其他:名称”）")
        ordered = [c for c in CHANNELS if c in channels]
        return ordered + sorted({c for c in channels if c not in CHANNELS})

    @field_validator("levels")
    @classmethod
    def _ordered_levels(cls, levels: list[Level]) -> list[Level]:
        return [level for level in Level if level in levels]
