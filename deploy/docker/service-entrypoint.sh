#!/bin/sh
# Entrypoint of the Gongkai service images (deploy/docker/service.Dockerfile).
#
#   serve [uvicorn options]   run the service (default): uvicorn <module>.main:create_app --factory
#   migrate                   Alembic upgrade head: python -m <module> migrate
#   gen-jwt-key PATH          write an ES256 private key to PATH unless one is there already
#   anything else             exec'd as given (python -m catalog_api migrate, sh, ...)
#
# GONGKAI_SERVICE (baked into the image) names the service: catalog-api -> catalog_api.
# uvicorn reads WEB_CONCURRENCY (worker processes) and FORWARDED_ALLOW_IPS from the
# environment; PORT defaults to 8000.
set -eu

service="${GONGKAI_SERVICE:?GONGKAI_SERVICE is not set}"
module="$(printf '%s' "$service" | tr '-' '_')"

command="${1:-serve}"
[ "$#" -gt 0 ] && shift

case "$command" in
    serve)
        # The kit writes one JSON access-log line per request itself.
        exec uvicorn "${module}.main:create_app" --factory \
            --host 0.0.0.0 --port "${PORT:-8000}" \
            --proxy-headers --no-access-log --no-server-header \
            --timeout-graceful-shutdown 20 \
            "$@"
        ;;
    migrate)
        exec python -m "$module" migrate "$@"
        ;;
    gen-jwt-key)
        exec python /usr/local/lib/gongkai/gen_jwt_key.py "$@"
        ;;
    *)
        exec "$command" "$@"
        ;;
esac
