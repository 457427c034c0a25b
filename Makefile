# The README's two commands: `make run` and `make test`. Both create .venv when it is missing.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Where `make run` serves: `make run PORT=8111` (set on the command line; `=` rather than `?=` so
# that a HOST or PORT exported for something else does not move the server).
HOST = 127.0.0.1
PORT = 8000

.PHONY: install run test explore lint typecheck openapi-check openapi

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	PLENARY_AUTO_MIGRATE=$${PLENARY_AUTO_MIGRATE:-1} $(BIN)/plenary serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

openapi-check: install
	$(BIN)/plenary openapi --check

openapi: install
	$(BIN)/plenary openapi

test: lint typecheck openapi-check
	$(BIN)/pytest

# The property tests with fresh random examples (make test repeats the same ones every run).
explore: install
	HYPOTHESIS_PROFILE=explore $(BIN)/pytest $$(grep -l -r "from hypothesis" tests)
