#!/bin/sh
# First-start initialisation of the PostgreSQL used by the distributed mode
# (postgres image: /docker-entrypoint-initdb.d/, run once on an empty data directory).
#
# Creates the login role `gongkai` (password from GONGKAI_DB_PASSWORD) and one database per
# service, owned by it: catalog, publishing, interaction. The role is neither superuser nor
# BYPASSRLS, so the services' row-level security policies apply to it (on tables it owns
# only where the migrations FORCE ROW LEVEL SECURITY).
#
# A copy lives in deploy/k8s/components/postgres-dev/ (kustomize loads files only from
# inside a kustomization); deploy/k8s/check_manifests.py checks the two are identical.
set -eu

: "${GONGKAI_DB_PASSWORD:?GONGKAI_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 --no-psqlrc \
    --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    -v gongkai_password="$GONGKAI_DB_PASSWORD" <<'SQL'
CREATE ROLE gongkai LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
    PASSWORD :'gongkai_password';
CREATE DATABASE catalog OWNER gongkai ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE publishing OWNER gongkai ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE interaction OWNER gongkai ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE catalog, publishing, interaction FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE catalog, publishing, interaction TO gongkai;
SQL
