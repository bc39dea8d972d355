# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CONFIG ?= configs/local.yaml
ARGS ?=
# make test installs the hooks' torch too; CI adds gcp (Dataflow dry-run test) and aws.
EXTRAS ?= dev,train

.PHONY: run test lint format install clean

$(STAMP): pyproject.toml Makefile
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH (or make PYTHON=...)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# The pip that `python -m venv` ships, not upgraded: the install a new user makes by hand
	# (docs/install.md). Old pips resolve extras differently; tests/test_install_paths.py covers
	# the newest pip and the workers' sdist too.
	$(PY) -m pip install --quiet -e ".[$(EXTRAS)]"
	echo "$(EXTRAS)" > $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/corpus-prep run $(CONFIG) --overwrite $(ARGS)

# Two pytest-xdist workers (CI has 2 cores), each test file whole on one worker (--dist loadfile),
# so each file's module-scoped pipeline runs still run once.
WORKERS ?= 2

test: $(STAMP)
	$(PY) -m pytest -q -n $(WORKERS) --dist loadfile $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) out .pytest_cache
