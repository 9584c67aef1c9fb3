"""公开依据: from the free text of a catalog row to `LegalBasis` items, and back.

Catalogs list the legal basis of an item as text: "《中华人民共和国城乡规划法》；《中华人民共和国政府
信息公开条例》", sometimes with document numbers ("《…意见》(国办发〔2017〕94号)"), articles
("(第七条)") or kind tags ("【法律】《…》【行政法规】《…》（国务院令第711号）"). `parse_legal_basis`
extracts one `LegalBasis` per 《title》; `format_legal_basis` renders items back to the canonical
text "《A》；《B》（国务院令第711号）第二十条" so that `parse_legal_basis(format_legal_basis(items)) ==
items` for every list the parser produces. `scan_legal_basis` also returns the fragments that are
not a 《title》 ("建设用地审查报批有关规定", "各地相关政策法规文件"), for import warnings.

The kind of a reference comes from its tag when there is one, else it is inferred (best effort,
None when unsure) from the document number and the title: 国务院令 → 行政法规; other "…令" →
部门规章 (地方政府规章 for 省/市人民政府令); 〔year〕 numbers of government bodies → 规范性文件;
"中华人民共和国…法" → 法律; "…条例" → 行政法规 when it starts with 中华人民共和国 or is a known national
regulation, 地方性法规 when it starts with a place name; "X部关于…的通知/意见" → 规范性文件.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from catalog_api.catalogs.elements import BasisKind, LegalBasis

__all__ = [
    "UNCLASSIFIED_TAG",
    "BasisScan",
    "format_legal_basis",
    "infer_basis_kind",
    "parse_legal_basis",
    "scan_legal_basis",
]

UNCLASSIFIED_TAG = "未分类"
"""The tag `format_legal_basis` writes for an item of unknown kind when other items need tags."""

# Full-width ASCII forms to half-width, except what stays full-width in canonical text.
_TO_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_TO_HALF.pop(ord("（"))
_TO_HALF.pop(ord("）"))
_SEPARATORS = ";；,，、\n\r\t "
_CONNECTORS = re.compile(r"^(?:及其|以及|及|和|与|或|等)+|(?:等|等等|等文件|等规定)+$")

_CN_NUM = r"[\d一二三四五六七八九十百千零〇两]+"
_ARTICLE_RE = re.compile(
    rf"第{_CN_NUM}条(?:第[(（]?{_CN_NUM}[)）]?[款项目])*(?:(?:[、和及至]|以及)第{_CN_NUM}条(?:第[(（]?{_CN_NUM}[)）]?[款项目])*)*"
)
_YEAR_BRACKETS = re.compile(r"[\[【(（［〔]\s*(\d{4})\s*[\]】)）］〕]")
_STANDARD_RE = re.compile(r"^(?:GB|GB/T|GB/Z|DB\d*(?:/T)?|[A-Z]{2,4}/T)\s*[\d.]+(?:\s*[-—–]\s*\d{4})?$")
_NUMBER_RE = re.compile(r"号$|〔\d{4}〕|令")
_EDITION_RE = re.compile(r"^(?:试行|暂行|草案|征求意见稿|\d{4}年(?:修订|修正|版|本)?|\d{4}年?修订|第.版|修订|修正)$")
_TITLE_SUFFIX_RE = re.compile(
    r"(?:的)?(实施细则|实施办法|实施意见|实施方案|实施条例|细则|补充规定|补充通知|释义|修正案)"
)

_TAG_WORDS: tuple[tuple[str, frozenset[BasisKind]], ...] = (
    ("地方政府规章", frozenset({BasisKind.LOCAL_RULE})),
    ("部门规章", frozenset({BasisKind.DEPARTMENT_RULE})),
    ("地方性法规", frozenset({BasisKind.LOCAL_REGULATION})),
    ("行政法规", frozenset({BasisKind.ADMINISTRATIVE_REGULATION})),
    ("规范性文件", frozenset({BasisKind.NORMATIVE_DOCUMENT})),
    ("政策文件", frozenset({BasisKind.NORMATIVE_DOCUMENT})),
    ("规章", frozenset({BasisKind.DEPARTMENT_RULE, BasisKind.LOCAL_RULE})),
    ("法规", frozenset({BasisKind.ADMINISTRATIVE_REGULATION, BasisKind.LOCAL_REGULATION})),
    ("法律", frozenset({BasisKind.LAW})),
    ("其他", frozenset({BasisKind.OTHER})),
)

# National 条例/办法 of the State Council that carry no "中华人民共和国" (国务院令), as titled in catalogs.
KNOWN_ADMINISTRATIVE_REGULATIONS: frozenset[str] = frozenset(
    {
        "国有土地上房屋征收与补偿条例",
        "法律援助条例",
        "村庄和集镇规划建设管理条例",
        "城市绿化条例",
        "城市供水条例",
        "城市道路管理条例",
        "城镇燃气管理条例",
        "城镇排水与污水处理条例",
        "城市市容和环境卫生管理条例",
        "人力资源市场暂行条例",
        "社会保险费征缴暂行条例",
        "失业保险条例",
        "工伤保险条例",
        "疫苗流通和预防接种管理条例",
        "社会救助暂行办法",
        "重大行政决策程序暂行条例",
        "优化营商环境条例",
        "保障农民工工资支付条例",
        "农村五保供养工作条例",
        "特困人员救助供养条例",
        "自然灾害救助条例",
        "生产安全事故报告和调查处理条例",
        "生产安全事故应急条例",
        "安全生产许可证条例",
        "建设工程质量管理条例",
        "建设工程安全生产管理条例",
        "建设项目环境保护管理条例",
        "规划环境影响评价条例",
        "排污许可管理条例",
        "医疗机构管理条例",
        "医疗纠纷预防和处理条例",
        "突发公共卫生事件应急条例",
        "公共文化体育设施条例",
        "公共图书馆条例",
        "博物馆条例",
        "养老机构管理条例",
        "残疾人就业条例",
        "残疾预防和残疾人康复条例",
        "土地调查条例",
        "不动产登记暂行条例",
        "基本农田保护条例",
        "农田水利条例",
        "政府投资条例",
        "企业投资项目核准和备案管理条例",
        "住房公积金管理条例",
        "物业管理条例",
        "信访工作条例",
        "行政法规制定程序条例",
        "规章制定程序条例",
        "财政违法行为处罚处分条例",
        "行政事业性国有资产管理条例",
        "机关事务管理条例",
        "居住证暂行条例",
        "中国公民出境入境管理法实施细则",
    }
)
# Titles that read like regulations but are laws (adopted by the NPC Standing Committee).
KNOWN_LAWS: frozenset[str] = frozenset({"中华人民共和国户口登记条例"})

_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
    "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_LOCAL_RE = re.compile(
    rf"^(?:{_PROVINCES})|^(?!城市|都市)[\u4e00-\u9fff]{{2,3}}(?:省|市(?!场|民)|自治区|自治州|自治县|县(?!级|域))"
)
_PARTY_RE = re.compile(r"中国共产党|中共|党委|^中央(?!人民政府)")
_GOVERNMENT_ISSUER_RE = re.compile(r"(?:部|委员会|委|总局|局|署|办公厅|办公室|办|院|政府|银行|会)$")
_NOT_A_LAW_RE = re.compile(r"(?:办|方|做|想|看|说|用|手|疗|写|语|书|技|执|司)法$")


def infer_basis_kind(title: str, number: str | None = None) -> BasisKind | None:
    """The kind of a reference inferred from its title and document number; None when unsure."""
    if number:
        if "国务院令" in number:
            return BasisKind.ADMINISTRATIVE_REGULATION
        if "主席令" in number:
            return BasisKind.LAW
        if re.search(r"(?:省|市|自治区|州|县)人民政府令", number):
            return BasisKind.LOCAL_RULE
        if "令" in number:
            return BasisKind.DEPARTMENT_RULE
        if _STANDARD_RE.match(number):
            return BasisKind.OTHER
        if re.match(r"^(?:中办发|中发|中办|厅字|中组发|中宣发)", number):
            return None  # Party documents: no kind in the vocabulary fits
        if "〔" in number:
            return BasisKind.NORMATIVE_DOCUMENT
    if title in KNOWN_LAWS:
        return BasisKind.LAW
    if title in KNOWN_ADMINISTRATIVE_REGULATIONS:
        return BasisKind.ADMINISTRATIVE_REGULATION
    if title.startswith("中国共产党"):
        return BasisKind.OTHER
    national = title.startswith("中华人民共和国")
    if re.search(r"法典?$", title) and not title.endswith("办法") and (national or not _NOT_A_LAW_RE.search(title)):
        return BasisKind.LAW
    if national and re.search(r"(?:条例|实施细则)$", title):
        return BasisKind.ADMINISTRATIVE_REGULATION
    local = _LOCAL_RE.match(title) is not None
    if local and title.endswith("条例"):
        return BasisKind.LOCAL_REGULATION
    issuer, about, _ = title.partition("关于")
    if about and re.search(r"的?(?:意见|通知|决定|办法|规定|公告|通告|批复|函|方案|细则)$", title):
        issuer = issuer.strip()
        if issuer and not _PARTY_RE.search(issuer) and _GOVERNMENT_ISSUER_RE.search(issuer):
            return BasisKind.NORMATIVE_DOCUMENT
    return None


def _tag_kinds(tag: str) -> frozenset[BasisKind] | None:
    """The kinds a 【tag】 allows: empty for 【未分类】, None for a tag that names no kind."""
    if tag == UNCLASSIFIED_TAG:
        return frozenset()
    kinds: set[BasisKind] = set()
    rest = tag
    for word, allowed in _TAG_WORDS:
        if word in rest:
            kinds |= allowed
            rest = rest.replace(word, "")
    return frozenset(kinds) or None


def _kind(title: str, number: str | None, allowed: frozenset[BasisKind] | None) -> BasisKind | None:
    if allowed is not None and len(allowed) <= 1:
        return next(iter(allowed), None)
    inferred = infer_basis_kind(title, number)
    if allowed is None or inferred in allowed:
        return inferred
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _clean_title(title: str) -> str:
    title = title.replace("《", "〈").replace("》", "〉").replace("<", "〈").replace(">", "〉")
    return _clean(title.replace("(", "（").replace(")", "）"))


def _clean_number(number: str) -> str:
    return _clean(_YEAR_BRACKETS.sub(r"〔\1〕", number))


def _clean_article(article: str) -> str:
    return _clean(article.replace("(", "（").replace(")", "）"))


def _closing(text: str, start: int, opening: str, closing: str) -> int:
    """The index of the bracket closing the one at `start`, or -1."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return i
    return -1


@dataclass(frozen=True, slots=True)
class BasisScan:
    """What `scan_legal_basis` found: the references, and the fragments that are not one."""

    items: tuple[LegalBasis, ...]
    unparsed: tuple[str, ...]


def scan_legal_basis(text: str) -> BasisScan:
    """Parse 公开依据 text into references plus the left-over fragments. Never raises."""
    s = text.translate(_TO_HALF).replace("(", "（").replace(")", "）")
    items: list[LegalBasis] = []
    outside: list[str] = []
    allowed: frozenset[BasisKind] | None = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "【":
            end = s.find("】", i)
            if end < 0:
                outside.append(s[i:])
                break
            allowed = _tag_kinds(_clean(s[i + 1 : end]))
            outside.append(";")
            i = end + 1
            continue
        if c != "《":
            outside.append(c)
            i += 1
            continue
        end = _closing(s, i, "《", "》")
        if end < 0:
            outside.append(s[i:])
            break
        title = _clean_title(s[i + 1 : end])
        number: str | None = None
        article: str | None = None
        i = end + 1
        while i < n:  # what follows the title: （…） groups, 第X条, 实施细则
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == "（":
                close = _closing(s, i, "（", "）")
                if close < 0:
                    break
                inner = _clean(s[i + 1 : close])
                if article is None and _ARTICLE_RE.fullmatch(inner):
                    article = _clean_article(inner)
                elif number is None and (_NUMBER_RE.search(inner) or _STANDARD_RE.match(inner)):
                    number = _clean_number(inner)
                elif number is None and article is None and _EDITION_RE.match(inner):
                    title = f"{title}（{inner}）"
                else:
                    outside.append(f";{inner};")
                i = close + 1
                continue
            if article is None and (m := _ARTICLE_RE.match(s, i)):
                article = _clean_article(m.group())
                i = m.end()
                continue
            if number is None and article is None and (m := _TITLE_SUFFIX_RE.match(s, i)):
                title = f"〈{title}〉{m.group(1)}"
                i = m.end()
                continue
            break
        outside.append(";")
        if not title:
            continue
        try:
            items.append(LegalBasis(title=title, kind=_kind(title, number, allowed), number=number, article=article))
        except ValidationError:  # too long for the vocabulary: keep it as text
            outside.append(f"《{title}》;")
    leftovers = re.split(f"[{re.escape(_SEPARATORS)}]+", "".join(outside))
    unparsed = tuple(f for part in leftovers if (f := _CONNECTORS.sub("", part.strip())))
    return BasisScan(items=tuple(items), unparsed=unparsed)


def parse_legal_basis(text: str) -> list[LegalBasis]:
    """The references (one per 《title》) in 公开依据 text, in order. Never raises."""
    return list(scan_legal_basis(text).items)


def _render(item: LegalBasis) -> str:
    number = f"（{item.number}）" if item.number else ""
    return f"《{item.title}》{number}{item.article or ''}"


def format_legal_basis(items: Iterable[LegalBasis]) -> str:
    """Render references as canonical text: "《A》；《B》（国务院令第711号）第二十条".

    Kind tags are written only when some kind differs from what `infer_basis_kind` would say; then
    every run of items of the same kind gets its tag ("【法律】《A》；《B》；【部门规章】《C》"), with
    【未分类】 for items of unknown kind, so that the text parses back to the same items.
    """
    items = list(items)
    if all(item.kind == infer_basis_kind(item.title, item.number) for item in items):
        return "；".join(_render(item) for item in items)
    parts: list[str] = []
    previous: BasisKind | str | None = ""  # "" = no tag written yet
    for item in items:
        tag = ""
        if item.kind != previous or not parts:
            tag = f"【{item.kind.value if item.kind is not None else UNCLASSIFIED_TAG}】"
            previous = item.kind
        parts.append(tag + _render(item))
    return "；".join(parts)
