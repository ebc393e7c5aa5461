# Every target installs what it needs into .venv first, so each works on a fresh clone.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install serve build test lint format check bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

serve: install
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict --site-dir site

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff format --check scripts tests bench
	$(BIN)/ruff check scripts tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff format scripts tests bench
	$(BIN)/ruff check --fix scripts tests bench

check: install
	$(BIN)/zhpress check

bench: install
	$(BIN)/python bench/heldout_score.py bench/heldout/texts bench/tuning/texts --out bench/heldout/scores.md
	$(BIN)/python -m bench

clean:
	rm -rf site $(VENV)
