# syntax=docker/dockerfile:1
#
# One image per Gongkai service, from the uv workspace at the repository root:
#
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=catalog-api     -t gongkai/catalog-api .
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=publishing-api  -t gongkai/publishing-api .
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=interaction-api -t gongkai/interaction-api .
#
# The image runs as uid/gid 10001, needs no writable root filesystem (bytecode is compiled
# at build time), listens on 8000 and starts with `serve`; `migrate` runs Alembic upgrade
# head (see deploy/docker/service-entrypoint.sh).

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------------------- build
FROM ${PYTHON_IMAGE} AS build
ARG SERVICE
ARG UV_VERSION=0.13.9

RUN case "${SERVICE}" in \
        catalog-api|publishing-api|interaction-api) ;; \
        *) echo "build with --build-arg SERVICE=catalog-api|publishing-api|interaction-api (got '${SERVICE}')" >&2; exit 1 ;; \
    esac
RUN pip install --no-cache-dir "uv==${UV_VERSION}"

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv

WORKDIR /app

# Third-party dependencies first, from the lock file and the members' metadata only, so
# this layer is reused until uv.lock or a pyproject.toml changes. uv needs every workspace
# member's pyproject.toml to read the workspace, not their sources.
COPY pyproject.toml uv.lock ./
COPY libs/kit/pyproject.toml libs/kit/
COPY services/catalog-api/pyproject.toml services/catalog-api/
COPY services/publishing-api/pyproject.toml services/publishing-api/
COPY services/interaction-api/pyproject.toml services/interaction-api/
COPY apps/standalone/pyproject.toml apps/standalone/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package "${SERVICE}" --no-install-workspace

# Then the kit and this one service (installed editable: the service finds its
# alembic.ini and migrations/ next to its sources, as in development).
COPY libs/kit libs/kit
COPY services/${SERVICE} services/${SERVICE}
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package "${SERVICE}" \
 && /app/.venv/bin/python -m compileall -q --invalidation-mode unchecked-hash \
        libs/kit/src "services/${SERVICE}/src" "services/${SERVICE}/migrations"

# -------------------------------------------------------------------------- runtime
FROM ${PYTHON_IMAGE} AS runtime
ARG SERVICE

LABEL org.opencontainers.image.title="gongkai-${SERVICE}" \
      org.opencontainers.image.description="Gongkai 政务公开 ${SERVICE}"

RUN groupadd --system --gid 10001 gongkai \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin gongkai \
 # Mount point for the JWT signing key volume (docker-compose); a named volume mounted
 # here starts out owned by the service user.
 && install -d -o 10001 -g 10001 -m 0700 /var/lib/gongkai/keys

COPY --from=build /app /app
COPY deploy/docker/service-entrypoint.sh /usr/local/bin/gongkai-entrypoint
COPY deploy/docker/gen_jwt_key.py /usr/local/lib/gongkai/gen_jwt_key.py

ENV PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    GONGKAI_SERVICE=${SERVICE} \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    FORWARDED_ALLOW_IPS=*

WORKDIR /app/services/${SERVICE}
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["gongkai-entrypoint"]
CMD ["serve"]
