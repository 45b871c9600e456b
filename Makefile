# community-lens: `make` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8866

.DEFAULT_GOAL := help
.PHONY: help setup dashboard lab lint format test test-fast bench bench-quick bench-cohort bench-x-reader sample summary run sync-notebooks goldens clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

setup: $(STAMP) ## create .venv/ and install the project into it (does nothing when already done)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "community-lens needs Python 3.11 or newer (PYTHON=$(PYTHON))")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

dashboard: setup ## serve the read-only dashboard on http://127.0.0.1:$(PORT)/ (EXPORT=path NAME=name for your own)
	$(BIN)/community-lens dashboard --port $(PORT) $(if $(EXPORT),--export "$(EXPORT)" --dataset "$(or $(NAME),mine)") $(if $(NO_BROWSER),--no-browser)

lab: setup ## open the notebooks in JupyterLab (bound to 127.0.0.1)
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

lint: setup ## ruff (lint, format check), mypy and the import-direction contracts (import-linter)
	$(BIN)/ruff check src tests scripts notebooks/*.py
	$(BIN)/ruff format --check src tests scripts notebooks/*.py
	$(BIN)/mypy
	$(BIN)/lint-imports

format: setup ## format the code with ruff and apply its safe fixes
	$(BIN)/ruff check --fix src tests scripts notebooks/*.py
	$(BIN)/ruff format src tests scripts notebooks/*.py

test: setup ## run all tests: rules, readers on real exports, notebooks, the dashboard in headless Chromium
	$(BIN)/python -m pytest

test-fast: setup ## the quick loop: every test but the slow and browser ones (under a minute)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

goldens: setup ## rewrite tests/golden/ from the current code (review the diff: each change needs a reason)
	$(BIN)/python scripts/update_goldens.py

bench: setup ## performance record for big X accounts (10k-200k posts, 100k-1M followers; ~5 min): bench-output/bench.md
	$(BIN)/python scripts/bench.py

bench-quick: setup ## the same record on a small grid (~2 min)
	$(BIN)/python scripts/bench.py --quick

bench-cohort: setup ## cohorts: 500 synthetic exports, serial against a LocalCluster of 2 workers (~3 min): bench-output/bench-cohort.md
	$(BIN)/python scripts/bench_cohort.py

bench-x-reader: setup ## X reader alone: tweets.js speed and peak memory on a 200,000-tweet synthetic archive
	$(BIN)/python scripts/bench_x_reader.py

sample: setup ## regenerate data/sample/ (deterministic)
	$(BIN)/community-lens sample

summary: setup ## headline figures of EXPORT=path (JSON=1 for JSON)
	$(BIN)/community-lens summary "$(EXPORT)" $(if $(JSON),--json)

run: setup ## rebuild NAME from EXPORT (several: EXPORT="a.zip b.zip"), re-run the notebooks, write a report (ANONYMIZE=1 to share)
	$(BIN)/community-lens run $(EXPORT) --name "$(NAME)" $(if $(ANONYMIZE),--anonymize)

sync-notebooks: setup ## bring notebooks/*.ipynb and their .py twins in line (after editing either)
	$(BIN)/jupytext --sync notebooks/*.ipynb

clean: ## remove derived data (data/processed) and caches; keeps .venv
	rm -rf data/processed .pytest_cache
