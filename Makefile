# Two commands do all set-up: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Development commands run with debug on unless DJANGO_DEBUG says otherwise; the settings
# themselves default to production (debug off). `make serve` refuses debug.
DEV := DJANGO_DEBUG=$${DJANGO_DEBUG:-1}

.PHONY: run test suite lint install install-test translations migrate fixtures editor bench soak serve backup restore screenshots clean

run: install migrate fixtures
	$(DEV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: lint suite

# The test suite alone (CI runs it a second time on PostgreSQL without linting again).
suite: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Lint, format, types, migrations and the deployment checklist; `make test` runs this first.
# The deploy check runs with throw-away production values, as a real deployment would set them.
DEPLOY_CHECK_ENV := DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=timeline.example \
	DJANGO_SECRET_KEY=lint-only-$$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV) $(BIN)/python -m mypy
	$(DEV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(DEPLOY_CHECK_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING

install: $(VENV)/.installed node_modules/.installed translations

# The translation catalogues (locale/*/LC_MESSAGES/*.po) compiled to .mo, in pure Python (relations/catalogues.py).
translations: $(VENV)/.installed
	$(BIN)/python -m relations.catalogues

install-test: install $(VENV)/.installed-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt requirements.txt $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

migrate: install
	$(DEV) $(BIN)/python manage.py migrate --noinput

# loaddata updates rows by primary key, so loading twice changes nothing.
fixtures: migrate
	$(DEV) $(BIN)/python manage.py loaddata fixtures/seed.json

# Create an editor account: make editor USERNAME=alice (asks for the password).
editor: migrate
	$(DEV) $(BIN)/python manage.py create_editor $(USERNAME)

# Production: gunicorn behind whitenoise's compressed, hashed static files. Needs
# DJANGO_DEBUG=0, DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS in the environment (and
# DJANGO_TRUSTED_PROXIES behind nginx or a load balancer); the deployment check runs
# first and stops it on any error, debug on included.
serve: install
	$(BIN)/python manage.py check --deploy --fail-level ERROR
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/gunicorn relations.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) --timeout $(TIMEOUT) --access-logfile -

WORKERS ?= 3
# gunicorn's worker timeout in seconds; no single request should come near it.
TIMEOUT ?= 30

# A dated, complete dump in backups/; `make restore FILE=...` loads one into an empty database.
backup: migrate
	$(DEV) $(BIN)/python manage.py backup --directory backups

restore: migrate
	@test -n "$(FILE)" || (echo "Usage: make restore FILE=backups/relations-....json.gz" && exit 2)
	$(DEV) $(BIN)/python manage.py restore $(FILE)

# Server times at 1k, 10k and 100k events beside their floors, a worker's peak memory
# while serving the 100k downloads, the downloads' times against their floor, PostgreSQL's plans for every filter path (on
# BENCH_POSTGRES_URL's server), the embed's weight in Chromium, the chart's render
# times against TimelineJS3 and bare plotly.js, and wrk load runs against gunicorn
# beside a bare Django view (wrk comes from Debian: apt-get install wrk).
bench: install-test migrate
	$(DEV) $(BIN)/python bench/timeline.py --events 1000 10000 100000
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/downloads.py
	$(DEV) $(BIN)/python bench/query_plans.py
	$(DEV) $(BIN)/python bench/embed_weight.py
	$(BIN)/python bench/render.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/suggest.py
	@command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(BIN)/python bench/load.py
	$(BIN)/python bench/soak.py

# Readers (wrk, 64 connections, 60 s) and editors saving at once on 10,000 events: prints
# requests, errors, non-2xx, p99 and the edits lost or silently overwritten (must be 0).
# On PostgreSQL when DATABASE_URL names a server (it makes its own database there).
soak: install-test
	@command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(BIN)/python bench/soak.py

screenshots: install-test
	$(BIN)/python -m pytest tests/browser -k screenshot

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache
