"""Catalog figures: importing a 1,000-item workbook, and the catalog list throughput.

Starts catalog-api as one real uvicorn worker on PostgreSQL (or SQLite), seeds the demo,
creates 南明区's draft from the baseline, then
  1. builds a 1,000-item workbook in the standard layout (items derived from the reference rows),
     times parsing it alone, and times the HTTP import into the draft (all-or-nothing, logged
     change by change) — first import (1,000 new items) and a re-import of the same file (no change);
  2. drives GET …/catalog/versions/{v}/items?limit=50 with wrk (or httpx) for a fixed time.
Loopback only; bounded in time.

    uv run python bench/catalog.py [--db postgresql|sqlite] [--items 1000] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from catalog_api import exchange
from catalog_api.catalogs.elements import ItemElements
from catalog_api.reference.seed import DATA

sys.path.insert(0, str(Path(__file__).parent))
from registry_reads import free_port, fresh_pg, run_wrk

NANMING = "520102000000"


def workbook(count: int) -> bytes:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    names = {d["code"]: d["name"] for d in data["domains"]}
    rows = data["standard_items"]
    items = []
    for n in range(count):
        row = rows[n % len(rows)]
        items.append(
            ItemElements(
                domain=names[row["domain_code"]],
                level1=row["level1"],
                level2=f"{row['level2']}（{n + 1}）",
                content=row["content"],
                basis_text=row["basis_text"],
                time_limit=row["time_limit"],
                subject=row["subject"],
                channels=row["channels"],
                audience=row["audience"],
                mode=row["mode"],
                levels=row["levels"],
            )
        )
    return exchange.write_xlsx(items, layout="per_domain")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="gongkai-bench-"))
    if args.db == "postgresql":
        database_url = asyncio.run(fresh_pg("gongkai_bench_catalog"))
    else:
        database_url = f"sqlite+aiosqlite:///{tmp / 'catalog.sqlite'}"
    env = {
        **os.environ,
        "CATALOG_DATABASE_URL": database_url,
        "CATALOG_JWT_PRIVATE_KEY_FILE": str(tmp / "jwt.pem"),
        "CATALOG_LOG_LEVEL": "WARNING",
        "CATALOG_MAX_BODY_BYTES": str(20 * 1024 * 1024),
    }
    subprocess.run([sys.executable, "-m", "catalog_api", "migrate"], env=env, check=True)
    subprocess.run([sys.executable, "-m", "catalog_api", "seed"], env=env, check=True, stdout=subprocess.DEVNULL)

    started = time.perf_counter()
    book = workbook(args.items)
    built = time.perf_counter() - started
    started = time.perf_counter()
    parsed = exchange.read_xlsx(book)
    parse_seconds = time.perf_counter() - started
    assert not parsed.errors, parsed.errors[:3]
    assert len(parsed.items) == args.items

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "catalog_api.main:create_app",
            "--factory",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{url}/api/catalog/v1/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        token = httpx.post(
            f"{url}/api/catalog/v1/auth/login", json={"username": "nanming_admin", "password": "Gongkai@2026"}
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        base = f"{url}/api/catalog/v1/tenants/{NANMING}/catalog"
        version = httpx.post(f"{base}/versions", json={}, headers=headers).json()
        timings = []
        for _ in range(2):
            started = time.perf_counter()
            response = httpx.post(
                f"{base}/versions/{version['id']}/import",
                files={"file": ("catalog.xlsx", book)},
                headers=headers,
                timeout=600,
            )
            timings.append((time.perf_counter() - started, response.json()))
            assert response.status_code == 200, response.text
        list_url = f"{base}/versions/{version['id']}/items?limit=50"
        wrk = (
            run_wrk(url, token, args.seconds, args.concurrency, path=list_url.removeprefix(url))
            if shutil.which("wrk")
            else None
        )
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f"catalog-api, {args.db}, 1 uvicorn worker; workbook of {args.items} items ({len(book) // 1024} KiB)")
    print(f"  build workbook            {built:8.2f} s")
    print(f"  parse workbook (codec)    {parse_seconds:8.2f} s")
    for n, (seconds, summary) in enumerate(timings, start=1):
        print(f"  HTTP import #{n}           {seconds:8.2f} s   {summary}")
    if wrk:
        print(f"  GET catalog items (limit=50), {args.concurrency} connections, {args.seconds:.0f} s, wrk:")
        print(wrk)


if __name__ == "__main__":
    main()
