"""Import and export of a tenant's 政务公开事项标准目录: Excel (the standard county layout), CSV and
JSON. Pure code: bytes in, bytes out.

Every reader returns a ParsedCatalog and never raises; a file with any error gives no items and
one CellError per refused cell, and the caller refuses the whole file. ``ItemElements.basis`` (the
structured 公开依据) is not read from Excel or CSV: the 公开依据 cell goes to ``basis_text``.
"""

from ._common import MAX_ERRORS, CellError, ParsedCatalog
from .csv_codec import read_csv, write_csv
from .json_codec import read_json, write_json
from .xlsx_codec import LAYOUTS, Layout, read_xlsx, sheet_name_for, write_xlsx

__all__ = [
    "LAYOUTS",
    "MAX_ERRORS",
    "CellError",
    "Layout",
    "ParsedCatalog",
    "read_csv",
    "read_json",
    "read_xlsx",
    "sheet_name_for",
    "write_csv",
    "write_json",
    "write_xlsx",
]
