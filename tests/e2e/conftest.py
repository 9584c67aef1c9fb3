"""The distributed deployment as real processes: three uvicorn services on PostgreSQL behind nginx.

``distributed`` (module-scoped) builds the stack once for the tests of a module:

1. three fresh PostgreSQL databases (``gongkai_e2e_*`` on ``GONGKAI_TEST_PG_URL``),
2. an ES256 key for catalog-api, ``python -m <service> migrate`` and ``python -m catalog_api seed``,
3. ``uvicorn <service>.main:create_app --factory --workers 2`` per service on free loopback
   ports, in production mode, each waited for on ``<prefix>/readyz``,
4. ``deploy/nginx/gongkai.conf.template`` rendered next to a copy of ``deploy/nginx/nginx.conf``
   and nginx started in the foreground, waited for on ``/_gateway/healthz``.

Missing prerequisites (PostgreSQL, nginx) fail the run with a clear message: an end-to-end
test that silently skips proves nothing. Every process is started in its own session and
its process group is terminated at teardown, whatever happened.

Helpers live here rather than in a sibling module because the suite runs with
``--import-mode=importlib``, under which test modules cannot import their neighbours.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

REPO = Path(__file__).resolve().parents[2]
NGINX_DIR = REPO / "deploy" / "nginx"
DEFAULT_PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432"
READY_TIMEOUT = 30.0
COMMAND_TIMEOUT = 60.0
CONSOLE_MARKER = "gongkai-e2e-console-index"


@dataclass(frozen=True)
class Service:
    name: str  # catalog | publishing | interaction
    module: str  # catalog_api ...
    env_prefix: str  # CATALOG_ ...

    @property
    def api_prefix(self) -> str:
        return f"/api/{self.name}/v1"

    @property
    def database(self) -> str:
        return f"gongkai_e2e_{self.name}"


SERVICES = (
    Service("catalog", "catalog_api", "CATALOG_"),
    Service("publishing", "publishing_api", "PUBLISHING_"),
    Service("interaction", "interaction_api", "INTERACTION_"),
)


# --------------------------------------------------------------------------------------------
# processes


@dataclass
class Process:
    """A child process with its output in files (never pipes: a full pipe blocks the child)."""

    name: str
    popen: subprocess.Popen[bytes]
    stdout: Path
    stderr: Path

    def output(self, limit: int = 6000) -> str:
        parts = []
        for label, path in (("stdout", self.stdout), ("stderr", self.stderr)):
            data = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
            if len(data) > limit:
                data = "…" + data[-limit:]
            parts.append(f"--- {self.name} {label} ---\n{data.rstrip()}")
        return "\n".join(parts)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the process group (uvicorn's workers, nginx's workers too), SIGKILL what stays."""
        pgid = self.popen.pid  # start_new_session=True: the child leads its own group
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout)
        # Workers may outlive their parent for a moment; the group is ours alone.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(5)


def start(name: str, args: list[str], *, env: dict[str, str], logs: Path, cwd: Path) -> Process:
    stdout, stderr = logs / f"{name}.out", logs / f"{name}.err"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        popen = subprocess.Popen(  # the child keeps its own copies of the descriptors
            args, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True
        )
    return Process(name, popen, stdout, stderr)


def run_to_completion(processes: list[Process]) -> None:
    """Wait for one-shot commands started together; fail with the output of any that failed."""
    deadline = time.monotonic() + COMMAND_TIMEOUT
    for process in processes:
        try:
            code = process.popen.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.stop()
            pytest.fail(f"{process.name} did not finish within {COMMAND_TIMEOUT:.0f} s\n{process.output()}")
        if code != 0:
            pytest.fail(f"{process.name} exited with {code}\n{process.output()}")


def wait_until_ready(process: Process, url: str, timeout: float = READY_TIMEOUT) -> None:
    """Poll ``url`` until it answers 200; fail early with the process output if the process dies."""
    deadline = time.monotonic() + timeout
    last = "no answer yet"
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if (code := process.popen.poll()) is not None:
                pytest.fail(f"{process.name} exited with {code} before {url} was ready\n{process.output()}")
            try:
                response = client.get(url)
            except httpx.TransportError as exc:
                last = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code == 200:
                    return
                last = f"HTTP {response.status_code}: {response.text[:500]}"
            time.sleep(0.1)
    pytest.fail(f"{process.name} not ready at {url} within {timeout:.0f} s ({last})\n{process.output()}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------------------
# prerequisites


def pg_base_url() -> str:
    return os.environ.get("GONGKAI_TEST_PG_URL", DEFAULT_PG_URL).rstrip("/")


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
    if found is None:
        pytest.fail(
            "nginx is required for the distributed end-to-end test but was found neither on PATH nor at "
            "/usr/sbin/nginx (Debian/Ubuntu: apt-get install -y nginx-light)"
        )
    return found


async def _recreate_databases(base: str, names: list[str], *, create: bool) -> None:
    admin = create_async_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            for name in names:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                if create:
                    await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()


def recreate_databases(base: str, names: list[str], *, create: bool = True) -> None:
    try:
        asyncio.run(asyncio.wait_for(_recreate_databases(base, names, create=create), timeout=15))
    except Exception as exc:  # refused, timed out, authentication failed ...
        problem = f"{type(exc).__name__}: {exc}"
    else:
        return
    # Outside the except block: the message is the point, not asyncpg's chained traceback.
    pytest.fail(
        f"PostgreSQL is required for the distributed end-to-end test but is not usable at {base} "
        f"(set GONGKAI_TEST_PG_URL): {problem}"
    )


def write_es256_key(path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    path.chmod(0o600)


def service_env(service: Service, *, database_url: str, key_file: Path, catalog_url: str) -> dict[str, str]:
    """The process environment: this machine's, minus any inherited service settings, plus the test's."""
    prefixes = tuple(s.env_prefix for s in SERVICES)
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes) and k != "FORWARDED_ALLOW_IPS"}
    p = service.env_prefix
    env.update(
        {
            "PYTHONUNBUFFERED": "1",
            f"{p}ENVIRONMENT": "production",
            f"{p}DATABASE_URL": database_url,
            # As in docker-compose.yml: the gateway admits 20 MiB on /api/, so do the services.
            f"{p}MAX_BODY_BYTES": str(20 * 1024 * 1024),
            # Only catalog-api reads these; the others ignore foreign prefixes.
            "CATALOG_JWT_PRIVATE_KEY_FILE": str(key_file),
            "CATALOG_PASSWORD_TIME_COST": "1",
            "CATALOG_PASSWORD_MEMORY_KIB": "8",
        }
    )
    if service.name != "catalog":
        env[f"{p}CATALOG_API_URL"] = catalog_url
    return env


# --------------------------------------------------------------------------------------------
# the stack


@dataclass
class Distributed:
    gateway: str  # http://127.0.0.1:<port>
    gateway_port: int
    service_urls: dict[str, str]  # name -> direct http://127.0.0.1:<port>
    console_root: Path
    processes: dict[str, Process] = field(default_factory=dict)

    def gateway_access_log(self) -> list[str]:
        """nginx's JSON access log lines so far (it writes them to its stdout)."""
        return self.processes["nginx"].stdout.read_text(encoding="utf-8", errors="replace").splitlines()

    def diagnostics(self) -> str:
        return "\n".join(p.output(2000) for p in self.processes.values())


def render_gateway(prefix: Path, *, upstreams: dict[str, str], console_root: Path, listen_port: int) -> None:
    """gongkai.conf next to a copy of nginx.conf, which includes it relative to its own directory.

    nginx.conf needs no other file (no mime.types: the console's types are inside gongkai.conf).
    """
    template = string.Template((NGINX_DIR / "gongkai.conf.template").read_text(encoding="utf-8"))
    rendered = template.safe_substitute(
        CATALOG_UPSTREAM=upstreams["catalog"],
        PUBLISHING_UPSTREAM=upstreams["publishing"],
        INTERACTION_UPSTREAM=upstreams["interaction"],
        CONSOLE_ROOT=str(console_root),
        LISTEN_PORT=str(listen_port),
    )
    for name in ("CATALOG_UPSTREAM", "PUBLISHING_UPSTREAM", "INTERACTION_UPSTREAM", "CONSOLE_ROOT", "LISTEN_PORT"):
        assert "${" + name + "}" not in rendered, f"{name} left unrendered in gongkai.conf"
    (prefix / "gongkai.conf").write_text(rendered, encoding="utf-8")
    shutil.copy(NGINX_DIR / "nginx.conf", prefix / "nginx.conf")


def start_gateway(
    nginx: str, prefix: Path, *, upstreams: dict[str, str], console_root: Path, listen_port: int, logs: Path
) -> Process:
    """Render the gateway into ``prefix``, start nginx in the foreground, wait for /_gateway/healthz."""
    prefix.mkdir()
    render_gateway(prefix, upstreams=upstreams, console_root=console_root, listen_port=listen_port)
    process = start(
        prefix.name,
        [nginx, "-p", f"{prefix}/", "-c", str(prefix / "nginx.conf"), "-e", "stderr", "-g", nginx_globals()],
        env=dict(os.environ),
        logs=logs,
        cwd=prefix,
    )
    try:
        wait_until_ready(process, f"http://127.0.0.1:{listen_port}/_gateway/healthz")
    except BaseException:
        process.stop()
        raise
    return process


def uvicorn_args(service: Service, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        f"{service.module}.main:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "2",
        # As deploy/docker/service-entrypoint.sh. The gateway on loopback is trusted for
        # X-Forwarded-* by uvicorn's default FORWARDED_ALLOW_IPS=127.0.0.1.
        "--proxy-headers",
        "--no-access-log",
        "--no-server-header",
        "--timeout-graceful-shutdown",
        "5",
    ]


def nginx_globals() -> str:
    """``-g`` directives. As root, nginx switches its workers to ``nobody`` (nginx.conf has no
    ``user`` because it expects never to run as root), and ``nobody`` can neither read the
    console nor write client_body_temp in a private temporary prefix; keep them as root."""
    directives = ["daemon off;"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        directives.append("user root;")
    return " ".join(directives)


@pytest.fixture(scope="module")
def distributed() -> Iterator[Distributed]:
    nginx = nginx_binary()
    base = pg_base_url()
    databases = [s.database for s in SERVICES]
    recreate_databases(base, databases)

    work = Path(tempfile.mkdtemp(prefix="gongkai-e2e-"))
    logs = work / "logs"
    logs.mkdir()
    key_file = work / "jwt-private.pem"
    write_es256_key(key_file)

    ports = {s.name: free_port() for s in SERVICES}
    service_urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    envs = {
        s.name: service_env(
            s, database_url=f"{base}/{s.database}", key_file=key_file, catalog_url=service_urls["catalog"]
        )
        for s in SERVICES
    }

    console_root = work / "console"
    console_root.mkdir()
    (console_root / "index.html").write_text(
        f'<!doctype html><html lang="zh-CN"><body><div id="root">{CONSOLE_MARKER}</div></body></html>\n',
        encoding="utf-8",
    )
    gateway_port = free_port()
    stack = Distributed(
        gateway=f"http://127.0.0.1:{gateway_port}",
        gateway_port=gateway_port,
        service_urls=service_urls,
        console_root=console_root,
    )
    try:
        # The gateway first: it resolves its upstreams (IP:port) at start, needs none to answer.
        stack.processes["nginx"] = start_gateway(
            nginx,
            work / "nginx",
            upstreams={name: f"127.0.0.1:{port}" for name, port in ports.items()},
            console_root=console_root,
            listen_port=gateway_port,
            logs=logs,
        )

        def bring_up(service: Service) -> None:
            """migrate, then serve (catalog-api: seed the demo registry meanwhile), then wait for readyz."""

            def launch(name: str, args: list[str]) -> Process:
                process = start(name, args, env=envs[service.name], logs=logs, cwd=work)
                stack.processes[name] = process
                return process

            run_to_completion([launch(f"{service.name}-migrate", [sys.executable, "-m", service.module, "migrate"])])
            seed = None
            if service.name == "catalog":
                seed = launch("catalog-seed", [sys.executable, "-m", "catalog_api", "seed"])
            server = launch(service.name, uvicorn_args(service, ports[service.name]))
            if seed is not None:
                run_to_completion([seed])
                assert "nanming_admin" in seed.stdout.read_text(encoding="utf-8"), seed.output()
            wait_until_ready(server, f"{service_urls[service.name]}{service.api_prefix}/readyz")

        # The three chains run side by side; the machine may have two CPUs, and every step
        # is mostly Python importing FastAPI and SQLAlchemy.
        with ThreadPoolExecutor(max_workers=len(SERVICES)) as pool:
            for future in [pool.submit(bring_up, s) for s in SERVICES]:
                future.result()

        yield stack
    finally:
        # Gateway first, then the services; each by its own process group.
        for process in reversed(list(stack.processes.values())):
            process.stop()
        with contextlib.suppress(Exception, pytest.fail.Exception):
            recreate_databases(base, databases, create=False)
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def gateway(distributed: Distributed) -> Iterator[httpx.Client]:
    """A client of the gateway (never of a service directly)."""
    with httpx.Client(base_url=distributed.gateway, timeout=15.0, follow_redirects=False) as client:
        yield client


@pytest.fixture
def gateway_without_services(tmp_path: Path) -> Iterator[httpx.Client]:
    """A second gateway from the same template whose upstreams are ports nobody listens on."""
    nginx = nginx_binary()
    port = free_port()
    console_root = tmp_path / "console"
    console_root.mkdir()
    process = start_gateway(
        nginx,
        tmp_path / "nginx-unreachable",
        upstreams={s.name: f"127.0.0.1:{free_port()}" for s in SERVICES},
        console_root=console_root,
        listen_port=port,
        logs=tmp_path,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=15.0) as client:
            yield client
    finally:
        process.stop()
