"""Throughput of catalog-api's hot authenticated read path (list the org units of a tenant).

Starts catalog-api as a real uvicorn process (one worker: one core per service process, as in
production) on PostgreSQL or SQLite, seeds the demo registry, then drives it with concurrent
keep-alive connections for a fixed time: with wrk (Debian package) when installed, else from
this process with httpx (whose client then competes for the same two cores). Prints requests
per second and latency percentiles. Loopback only; bounded in time.

    uv run python bench/registry_reads.py [--db postgresql|sqlite] [--seconds 10] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from gongkai_kit.testing import DEFAULT_PG_URL

PG_BASE = os.environ.get("GONGKAI_TEST_PG_URL", DEFAULT_PG_URL)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def fresh_pg(name: str) -> str:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    admin = create_async_engine(f"{PG_BASE}/postgres", isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    return f"{PG_BASE}/{name}"


async def drive(url: str, token: str, seconds: float, concurrency: int) -> list[float]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, headers={"Authorization": f"Bearer {token}"}) as client:

        async def worker() -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.get("/api/catalog/v1/tenants/520102000000/org-units", params={"limit": 50})
                response.raise_for_status()
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


def run_wrk(
    url: str,
    token: str,
    seconds: float,
    concurrency: int,
    path: str = "/api/catalog/v1/tenants/520102000000/org-units?limit=50",
) -> str:
    result = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{concurrency}",
            f"-d{int(seconds)}s",
            "--latency",
            "-H",
            f"Authorization: Bearer {token}",
            f"{url}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    keep = ("Requests/sec", "50%", "90%", "99%", "Non-2xx", "Socket errors")
    return "\n".join("  " + line.strip() for line in result.stdout.splitlines() if line.strip().startswith(keep))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["postgresql", "sqlite"], default="postgresql")
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
    }
    subprocess.run([sys.executable, "-m", "catalog_api", "migrate"], env=env, check=True)
    subprocess.run([sys.executable, "-m", "catalog_api", "seed"], env=env, check=True, stdout=subprocess.DEVNULL)
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
        for _ in range(100):
            try:
                if httpx.get(f"{url}/api/catalog/v1/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        login = httpx.post(
            f"{url}/api/catalog/v1/auth/login", json={"username": "nanming_admin", "password": "Gongkai@2026"}
        )
        token = login.json()["access_token"]
        asyncio.run(drive(url, token, 1, 4))  # warm up
        title = (
            f"catalog-api GET /tenants/{{tenant}}/org-units (13 rows), {args.db}, 1 uvicorn worker, "
            f"{args.concurrency} connections, {args.seconds:.0f} s"
        )
        if shutil.which("wrk"):
            print(f"{title}, driven by wrk")
            print(run_wrk(url, token, args.seconds, args.concurrency))
            return
        latencies = asyncio.run(drive(url, token, args.seconds, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{title}, driven by httpx in this process")
    latencies.sort()
    count = len(latencies)
    print(
        f"catalog-api GET /tenants/{{tenant}}/org-units (13 rows), {args.db}, 1 uvicorn worker, "
        f"{args.concurrency} connections, {args.seconds:.0f} s"
    )
    print(f"  requests/s  {count / args.seconds:8.0f}")
    print(f"  p50         {statistics.median(latencies) * 1000:8.1f} ms")
    print(f"  p99         {latencies[int(count * 0.99) - 1] * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
