"""``python -m gongkai_standalone.openapi DIR``: write each service's OpenAPI document.

The console's typed client is generated from these files (``frontend/openapi/*.json``); CI
regenerates them and fails when the committed copies drift from the code.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from catalog_api.config import CatalogSettings
from catalog_api.main import create_app as create_catalog
from interaction_api.main import create_app as create_interaction
from publishing_api.main import create_app as create_publishing


def documents() -> dict[str, dict[str, Any]]:
    key = Path(tempfile.mkdtemp(prefix="gongkai-openapi-")) / "jwt.pem"
    return {
        "catalog": create_catalog(CatalogSettings(jwt_private_key_file=key)).openapi(),
        "publishing": create_publishing().openapi(),
        "interaction": create_interaction().openapi(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m gongkai_standalone.openapi")
    parser.add_argument("directory", type=Path)
    args = parser.parse_args()
    args.directory.mkdir(parents=True, exist_ok=True)
    for name, document in documents().items():
        path = args.directory / f"{name}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
