# syntax=docker/dockerfile:1
#
# The console build and the nginx that serves it, in two flavours:
#
#   docker build -f deploy/docker/gateway.Dockerfile -t gongkai/gateway .                   # compose gateway
#   docker build -f deploy/docker/gateway.Dockerfile --target console -t gongkai/console .  # k8s console
#
# gateway: deploy/nginx/gongkai.conf.template, rendered at start by the nginx image's
#   entrypoint (envsubst) from CATALOG_UPSTREAM, PUBLISHING_UPSTREAM, INTERACTION_UPSTREAM,
#   CONSOLE_ROOT and LISTEN_PORT. Needs a writable /etc/nginx/gongkai (so no read-only
#   root filesystem) and /tmp.
# console: deploy/nginx/console.conf, static files only; works with a read-only root
#   filesystem and an emptyDir on /tmp.
# Both run as the image's unprivileged nginx user (uid 101) on port 8080, with the pid
# file and temp directories under /tmp (nginx -p /tmp/).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.28-alpine

# ---------------------------------------------------------------- console build
FROM ${NODE_IMAGE} AS console-build
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm_config_update_notifier=false
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# ---------------------------------------------------- shared nginx base (no config)
FROM ${NGINX_IMAGE} AS nginx-base
COPY deploy/nginx/nginx.conf /etc/nginx/gongkai/nginx.conf
COPY --from=console-build /src/frontend/dist/ /usr/share/nginx/console/
EXPOSE 8080
STOPSIGNAL SIGQUIT
CMD ["nginx", "-p", "/tmp/", "-c", "/etc/nginx/gongkai/nginx.conf", "-e", "stderr", "-g", "daemon off; worker_processes auto;"]

# ----------------------------------------------------------- console (k8s target)
FROM nginx-base AS console
COPY deploy/nginx/console.conf /etc/nginx/gongkai/gongkai.conf
USER 101:101

# ------------------------------------------------------- gateway (default target)
FROM nginx-base AS gateway
COPY deploy/nginx/gongkai.conf.template /etc/nginx/templates/gongkai.conf.template
# The entrypoint renders /etc/nginx/templates/*.template into NGINX_ENVSUBST_OUTPUT_DIR,
# substituting only the variables the filter names (nginx's own $host etc. stay).
RUN chown 101:101 /etc/nginx/gongkai
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx/gongkai \
    NGINX_ENVSUBST_FILTER="(CATALOG_UPSTREAM|PUBLISHING_UPSTREAM|INTERACTION_UPSTREAM|CONSOLE_ROOT|LISTEN_PORT)" \
    CATALOG_UPSTREAM=catalog-api:8000 \
    PUBLISHING_UPSTREAM=publishing-api:8000 \
    INTERACTION_UPSTREAM=interaction-api:8000 \
    CONSOLE_ROOT=/usr/share/nginx/console \
    LISTEN_PORT=8080
USER 101:101
