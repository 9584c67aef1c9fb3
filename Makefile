# Gongkai 政务公开 — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
HOST ?= 127.0.0.1
UV ?= $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PYTEST := $(UV) run --frozen pytest
FRONTEND := frontend

.PHONY: help run install install-python install-frontend console openapi check-openapi \
        lint test test-sqlite test-postgres test-frontend test-distributed test-browser clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

run: install console ## install what is missing, build the console, serve everything at http://$(HOST):$(PORT)
	$(UV) run --frozen python -m gongkai_standalone --host $(HOST) --port $(PORT)

install: install-python install-frontend ## install Python and Node dependencies (pinned by uv.lock and package-lock.json)

install-python:
	@command -v $(UV) >/dev/null 2>&1 || { echo "installing uv"; python3 -m pip install --user --quiet uv; }
	$(UV) sync --frozen

install-frontend:
	@command -v npm >/dev/null 2>&1 || { echo "Node.js 20 and npm are needed for the console (apt-get install nodejs npm)"; exit 1; }
	@if [ ! -d $(FRONTEND)/node_modules ] || [ $(FRONTEND)/package-lock.json -nt $(FRONTEND)/node_modules/.package-lock.json ]; then \
		cd $(FRONTEND) && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; fi

console: install-frontend ## build the React console into frontend/dist (only when sources changed)
	@if [ ! -f $(FRONTEND)/dist/index.html ] || [ -n "$$(find $(FRONTEND)/src $(FRONTEND)/index.html $(FRONTEND)/package-lock.json -newer $(FRONTEND)/dist/index.html -print -quit)" ]; then \
		cd $(FRONTEND) && npm run build; fi

openapi: install-python ## regenerate frontend/openapi/*.json and the typed TypeScript client from the services
	$(UV) run --frozen python -m gongkai_standalone.openapi $(FRONTEND)/openapi
	cd $(FRONTEND) && npm run gen:api

check-openapi: install-python install-frontend ## fail when the committed OpenAPI documents or generated client drift from the code
	@tmp=$$(mktemp -d); $(UV) run --frozen python -m gongkai_standalone.openapi $$tmp >/dev/null; \
	diff -ru $(FRONTEND)/openapi $$tmp || { echo "frontend/openapi is stale: run make openapi"; exit 1; }
	cd $(FRONTEND) && npm run check:api

lint: install-python ## ruff, formatting, mypy on the kit, import boundaries, deploy manifests
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy
	$(UV) run --frozen lint-imports
	$(UV) run --frozen python deploy/k8s/check_manifests.py
	$(UV) run --frozen python deploy/nginx/render.py --check

test: lint test-sqlite test-postgres check-openapi test-frontend test-distributed test-browser ## the whole suite

test-sqlite: install-python ## backend tests on SQLite
	GONGKAI_TEST_DB=sqlite $(PYTEST) -m "not e2e" -q

test-postgres: install-python ## backend tests on PostgreSQL (GONGKAI_TEST_PG_URL, default postgres@127.0.0.1:5432)
	GONGKAI_TEST_DB=postgresql $(PYTEST) -m "not e2e" -q

test-frontend: install-frontend ## console type check and Vitest
	cd $(FRONTEND) && npm run typecheck && npm test

test-distributed: install-python ## three services as processes on PostgreSQL behind a real nginx
	$(PYTEST) -m e2e -q tests/e2e/test_distributed.py

test-browser: install-python console ## the console in headless Chromium against the standalone server
	$(PYTEST) -m e2e -q tests/e2e/test_browser.py

clean: ## remove local data and build outputs
	rm -rf var $(FRONTEND)/dist $(FRONTEND)/test-results .pytest_cache .mypy_cache .ruff_cache
