"""The nine elements as table columns, shared by standard, baseline and tenant catalog items."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from catalog_api.catalogs.elements import ItemElements, LegalBasis


class ElementColumns:
    """Mixin: 领域, 一级/二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 渠道, 对象, 方式, 层级."""

    @declared_attr
    def domain_code(cls) -> Mapped[str]:
        return mapped_column(ForeignKey("domains.code", ondelete="RESTRICT"), index=False)

    level1: Mapped[str] = mapped_column(String(200))
    level2: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)
    basis: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    basis_text: Mapped[str] = mapped_column(Text, default="")
    time_limit: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(500), default="")
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    audience: Mapped[str] = mapped_column(String(16), default="全社会")
    audience_note: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(16), default="主动")
    levels: Mapped[list[str]] = mapped_column(JSON, default=list)

    def elements(self, domain_name: str) -> ItemElements:
        return ItemElements(
            domain=domain_name,
            level1=self.level1,
            level2=self.level2,
            content=self.content,
            basis=[LegalBasis.model_validate(b) for b in self.basis],
            basis_text=self.basis_text,
            time_limit=self.time_limit,
            subject=self.subject,
            channels=list(self.channels),
            audience=self.audience,
            audience_note=self.audience_note,
            mode=self.mode,
            levels=list(self.levels),
        )

    def set_elements(self, elements: ItemElements, domain_code: str) -> None:
        self.domain_code = domain_code
        self.level1 = elements.level1
        self.level2 = elements.level2
        self.content = elements.content
        self.basis = [b.model_dump(exclude_none=True) for b in elements.basis]
        self.basis_text = elements.basis_text
        self.time_limit = elements.time_limit
        self.subject = elements.subject
        self.channels = list(elements.channels)
        self.audience = elements.audience.value
        self.audience_note = elements.audience_note
        self.mode = elements.mode.value
        self.levels = [level.value for level in elements.levels]
