"""Render deploy/nginx/gongkai.conf.template the way the nginx image and test harnesses do.

    python deploy/nginx/render.py                      # rewrite gongkai.conf (local defaults)
    python deploy/nginx/render.py --check              # exit 1 if gongkai.conf is stale
    python deploy/nginx/render.py -o out.conf CATALOG_UPSTREAM=10.0.0.5:8000 ...

Only `${NAME}` placeholders of the five gateway variables are substituted
(string.Template.safe_substitute), so nginx's own `$variables` pass through untouched.
Standard library only.
"""

from __future__ import annotations

import argparse
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "gongkai.conf.template"
RENDERED = HERE / "gongkai.conf"

VARIABLES = (
    "CATALOG_UPSTREAM",
    "PUBLISHING_UPSTREAM",
    "INTERACTION_UPSTREAM",
    "CONSOLE_ROOT",
    "LISTEN_PORT",
)

# gongkai.conf in the repository: the distributed mode run as plain local processes
# (one uvicorn per service on loopback), the console root relative to nginx's -p prefix.
LOCAL_DEFAULTS = {
    "CATALOG_UPSTREAM": "127.0.0.1:8001",
    "PUBLISHING_UPSTREAM": "127.0.0.1:8002",
    "INTERACTION_UPSTREAM": "127.0.0.1:8003",
    "CONSOLE_ROOT": "console",
    "LISTEN_PORT": "8080",
}


def render(values: dict[str, str]) -> str:
    unknown = set(values) - set(VARIABLES)
    if unknown:
        raise SystemExit(f"unknown template variable(s): {', '.join(sorted(unknown))}")
    text = string.Template(TEMPLATE.read_text(encoding="utf-8")).safe_substitute(values)
    missing = [name for name in VARIABLES if "${" + name + "}" in text]
    if missing:
        raise SystemExit(f"template variable(s) left unrendered: {', '.join(missing)}")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignments", nargs="*", metavar="NAME=VALUE", help="override a local default")
    parser.add_argument("-o", "--output", type=Path, default=RENDERED, help="file to write (default: gongkai.conf)")
    parser.add_argument("--check", action="store_true", help="verify gongkai.conf matches the template")
    args = parser.parse_args(argv)

    values = dict(LOCAL_DEFAULTS)
    for assignment in args.assignments:
        name, sep, value = assignment.partition("=")
        if not sep:
            parser.error(f"expected NAME=VALUE, got {assignment!r}")
        values[name] = value
    text = render(values)

    if args.check:
        if args.assignments or args.output != RENDERED:
            parser.error("--check compares gongkai.conf with the local defaults only")
        if not RENDERED.exists() or RENDERED.read_text(encoding="utf-8") != text:
            print(f"{RENDERED} is stale: run python deploy/nginx/render.py", file=sys.stderr)
            return 1
        print(f"{RENDERED.name} matches {TEMPLATE.name}")
        return 0

    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
