"""The console in real headless Chromium (Playwright on Debian's chromium) against `make run`'s server.

Starts the standalone server on a free port with a fresh data directory (so the demo is
seeded anew), runs the Playwright suite in frontend/e2e, and fails with its output.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend"
CHROMIUM = Path("/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def standalone_url(tmp_path: Path) -> Iterator[str]:
    assert (FRONTEND / "dist" / "index.html").exists(), "build the console first: make console"
    port = free_port()
    log = (tmp_path / "server.log").open("w+")
    env = {**os.environ, "GONGKAI_DATA_DIR": str(tmp_path / "var"), "GONGKAI_LOG_JSON": "false"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gongkai_standalone", "--port", str(port)], env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/catalog/v1/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"standalone server did not start:\n{log.read()[-4000:]}")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.mark.e2e
def test_console_in_headless_chromium(standalone_url: str) -> None:
    assert CHROMIUM.exists(), "Debian's chromium is required (apt-get install chromium chromium-driver)"
    npx = shutil.which("npx")
    assert npx, "Node.js and npm are required"
    result = subprocess.run(
        [npx, "playwright", "test", "--reporter=line"],
        cwd=FRONTEND,
        env={**os.environ, "GONGKAI_BASE_URL": standalone_url, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1", "CI": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"Playwright failed:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
