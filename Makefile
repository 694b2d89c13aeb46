# Zertteushi: `make run` to try it, `make test` to prove it. `make help` lists every target.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
DEB_PACKAGES := hunspell-kk hunspell-ru hunspell-en-us hunspell-en-gb maven postgresql chromium
# Browser-test tools, each from its registry and pinned: axe-core (npm), the Nu HTML Checker (Maven Central).
AXE_VERSION := 4.14.1
VNU_VERSION := 20.7.2
AXE_JS := .cache/axe-core-$(AXE_VERSION)/axe.min.js
VNU_DIR := .cache/vnu-$(VNU_VERSION)
JDK_PACKAGE := openjdk-17-jdk-headless
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help setup system-deps node stop node-status migrate demo index run worker verify test lint format clean \
	postgres postgres-stop serve serve-prepare loadtest backup restore browser-tools test-browser

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

setup: $(VENV)/.installed system-deps browser-tools ## Virtualenv, Python packages, Debian packages, test tools

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found $(PYTHON)); set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

system-deps: ## Debian packages: hunspell dictionaries, Maven, PostgreSQL, a JDK >= 17 if there is none
	@missing=""; \
	for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	grep -qsE 'JAVA_VERSION="(1[7-9]|[2-9][0-9])' /usr/lib/jvm/*/release $${ES_JAVA_HOME:+$$ES_JAVA_HOME/release} || \
		missing="$$missing $(JDK_PACKAGE)"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "Missing Debian packages:$$missing"; \
		echo "Install them as root: sudo apt-get install -y$$missing"; exit 1; fi; \
	echo "Installing Debian packages:$$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing

browser-tools: system-deps $(AXE_JS) $(VNU_DIR)/.fetched ## axe-core and the Nu HTML Checker for the browser tests

$(AXE_JS):
	rm -rf $(@D).partial && mkdir -p $(@D).partial
	cd $(@D).partial && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null && tar -xzf axe-core-$(AXE_VERSION).tgz
	mv $(@D).partial/package $(@D) && rm -rf $(@D).partial

$(VNU_DIR)/.fetched:
	rm -rf $(VNU_DIR) && mkdir -p $(VNU_DIR)/lib
	mvn -B -q dependency:copy -Dartifact=nu.validator:validator:$(VNU_VERSION) -DoutputDirectory=$(VNU_DIR)/lib
	mvn -B -q dependency:get -Dartifact=nu.validator:validator:$(VNU_VERSION)
	mvn -B -q -f $${HOME}/.m2/repository/nu/validator/validator/$(VNU_VERSION)/validator-$(VNU_VERSION).pom \
		dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=$(CURDIR)/$(VNU_DIR)/lib
	touch $@

node: setup ## Start the local Elasticsearch node (nothing to do when ELASTICSEARCH_URL is set)
	$(MANAGE) search_node start

stop: ## Stop the local Elasticsearch node
	@test -x $(PY) && $(MANAGE) search_node stop || echo "Nothing set up yet."

node-status: ## Say what runs where
	$(MANAGE) search_node status
	-$(MANAGE) search_index status

migrate: setup
	$(MANAGE) migrate --noinput

demo: migrate node ## Load the demo content and build the index
	$(MANAGE) load_demo
	$(MANAGE) compute_forecasts
	$(MANAGE) search_index rebuild
	$(MANAGE) create_dev_admin

index: node ## Rebuild the search index from the database (search keeps answering)
	$(MANAGE) search_index rebuild

run: demo ## Everything, then serve http://127.0.0.1:8000 with an index worker (admin: admin / zertteushi-dev)
	@echo "Serving http://$(HOST):$(PORT)/ (admin at /admin/, user admin, password zertteushi-dev). Ctrl-C stops the server and the index worker; 'make stop' stops Elasticsearch."
	@$(MANAGE) search_worker --no-reload & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(MANAGE) runserver $(HOST):$(PORT)

worker: migrate ## Apply queued index updates until stopped (make run starts one for you)
	$(MANAGE) search_worker

verify: node ## Compare the index with the database; 'make verify FIX=1' repairs it
	$(MANAGE) search_index verify $(if $(FIX),--fix)

lint: setup ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Two test processes (pytest-xdist, tests in the order collected; the fault tests together on one), each with
# its own database and index prefix: the suite waits on Elasticsearch and PostgreSQL much of the time.
# TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2
PYTEST_PARALLEL = $(if $(filter-out 0 1,$(TEST_WORKERS)),-n $(TEST_WORKERS))
test: setup node postgres ## Django checks, migrations check, ruff, then pytest on PostgreSQL against a real node
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) --no-print-directory lint
	DATABASE_URL="$${DATABASE_URL:-$$($(PGCTL) url)}" $(VENV)/bin/pytest -m "not browser" $(PYTEST_PARALLEL)
	@# The browser tests in a process of their own: their live server needs the database as migrations
	@# left it, which the transactional tests above end by flushing.
	DATABASE_URL="$${DATABASE_URL:-$$($(PGCTL) url)}" $(VENV)/bin/pytest -m browser tests/browser

test-browser: setup node postgres ## Only the browser tests (chromium, axe-core, Nu HTML Checker)
	DATABASE_URL="$${DATABASE_URL:-$$($(PGCTL) url)}" $(VENV)/bin/pytest -m browser tests/browser

clean: stop postgres-stop ## Remove the virtualenv, local data and the Elasticsearch cache
	rm -rf $(VENV) var .cache

.PHONY: bench bench-usage search-eval
BENCH_PREFIX ?= zertteushi-bench

BENCH_N ?= 100000
BENCH_ENV := PYTHONPATH=$(CURDIR) DJANGO_SETTINGS_MODULE=devtools.bench.settings BENCH_PREFIX=$(BENCH_PREFIX)

bench: setup node ## Index a generated corpus (BENCH_N=100000) and time the query mix; writes var/bench/latest.json
	$(BENCH_ENV) $(MANAGE) migrate --noinput -v0
	$(BENCH_ENV) BENCH_N=$(BENCH_N) $(PY) -m devtools.bench

bench-usage: demo ## Median page time with and without COUNTER usage recording, and the recording alone
	$(MANAGE) usage_bench --runs 200

search-eval: demo ## Relevance over the query sets (devtools/evaluation/sets): success@3, MRR, Kazakh recall
	$(MANAGE) search_eval

# PostgreSQL: a throwaway cluster under var/postgres (devtools/postgres.py) for tests, `make serve` and the load test.
PGCTL := $(PYTHON) devtools/postgres.py

postgres: system-deps ## Create (once) and start the local PostgreSQL cluster under var/postgres
	@$(PGCTL) start

postgres-stop: ## Stop the local PostgreSQL cluster
	@$(PGCTL) stop

# `make serve`: the production settings behind gunicorn on 127.0.0.1, on PostgreSQL, with the demo content.
SERVE_BIND ?= 127.0.0.1:8001
SERVE_ES := $(or $(ELASTICSEARCH_URL),http://127.0.0.1:$(or $(SEARCH_NODE_PORT),9200))
SERVE_ENV = DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY="$$(cat var/serve-secret-key)" \
	ALLOWED_HOSTS=127.0.0.1,localhost DATABASE_URL="$${DATABASE_URL:-$$($(PGCTL) url)}" ELASTICSEARCH_URL=$(SERVE_ES) \
	ELASTICSEARCH_INDEX_PREFIX=$${ELASTICSEARCH_INDEX_PREFIX:-zertteushi-serve} SECURE_SSL_REDIRECT=false \
	SECURE_HSTS_SECONDS=0 SERVE_BIND=$(SERVE_BIND)

var/serve-secret-key:
	@mkdir -p var && umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

serve-prepare: setup node postgres var/serve-secret-key
	@$(SERVE_ENV) $(MANAGE) migrate --noinput -v 0
	@$(SERVE_ENV) $(MANAGE) createcachetable
	@$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v 0
	@$(SERVE_ENV) DJANGO_SETTINGS_MODULE=portal.settings.dev $(MANAGE) load_demo  # the demo app is development-only
	@$(SERVE_ENV) ELASTICSEARCH_TIMEOUT=60 $(MANAGE) search_index create
	@$(SERVE_ENV) $(MANAGE) search_index verify --fix || true  # brings the demo's index in step; says what it fixed

serve: serve-prepare ## Production settings behind gunicorn on http://127.0.0.1:8001 (SERVE_BIND) with index workers, PostgreSQL
	@$(SERVE_ENV) devtools/serve.sh

# `make loadtest`: `make serve` in the background with the search rate limit raised (every locust user
# shares 127.0.0.1), then locust for LOADTEST_USERS users over LOADTEST_TIME; prints a table per endpoint.
LOADTEST_USERS ?= 50
LOADTEST_TIME ?= 60s
$(VENV)/.loadtest: requirements-loadtest.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-loadtest.txt
	touch $@

loadtest: serve-prepare $(VENV)/.loadtest ## Bounded load test (locust, 127.0.0.1) of `make serve`: req/s, p50/p95, errors
	@$(SERVE_ENV) RATE_LIMIT_SEARCH_PER_MINUTE=1000000 GUNICORN_ACCESS_LOG= devtools/serve.sh > var/loadtest-serve.log 2>&1 & \
	serve=$$!; trap 'kill -TERM $$serve 2>/dev/null; wait $$serve 2>/dev/null' EXIT; \
	for i in $$(seq 60); do curl -fso /dev/null http://$(SERVE_BIND)/en/ && break; sleep 1; done; \
	curl -fso /dev/null "http://$(SERVE_BIND)/api/search/?q=prevention" || { \
		echo "The served site does not answer a search; not load-testing it. The end of var/loadtest-serve.log:"; \
		tail -n 20 var/loadtest-serve.log; exit 1; }; \
	$(VENV)/bin/locust -f devtools/loadtest.py --headless --host http://$(SERVE_BIND) --only-summary \
		--users $(LOADTEST_USERS) --spawn-rate 10 --run-time $(LOADTEST_TIME) --csv var/loadtest > var/loadtest.log 2>&1; \
	$(PY) devtools/loadtest_report.py var/loadtest_stats.csv

# Backups: the database (pg_dump custom format) and media into var/backups/<timestamp>/.
BACKUP ?= $(lastword $(sort $(wildcard var/backups/*/)))
backup: setup postgres ## Dump the database and copy media into var/backups/<timestamp>/ (DATABASE_URL or the local cluster)
	@DATABASE_URL="$${DATABASE_URL:-$$($(PGCTL) url)}" $(PY) devtools/backup.py backup

restore: setup postgres var/serve-secret-key ## Restore the newest backup (or BACKUP=var/backups/<stamp>), rebuild the index
	@DATABASE_URL="$${DATABASE_URL:-$$($(PGCTL) url)}" $(PY) devtools/backup.py restore $(BACKUP)
	@$(SERVE_ENV) ELASTICSEARCH_TIMEOUT=60 $(MANAGE) search_index rebuild
