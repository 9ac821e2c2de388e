# crosscheck: `make run` sets everything up from nothing but Python, then runs the sample.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
PORT ?= 3000
LANDING ?= data/sample
WAREHOUSE ?= warehouse/crosscheck.duckdb
PUBLISH ?= warehouse/published
REFERENCE ?=
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: install run test dev bench bench-detect clean lock snapshot

install: $(VENV)/.installed

# Pinned installs from the lock file; bytecode compiled so imports stay fast.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==0.13.8
	$(UV) pip install --python $(BIN)/python --compile-bytecode -q -r requirements.lock
	$(UV) pip install --python $(BIN)/python --compile-bytecode -q --no-deps -e .
	touch $@

lock:
	$(UV) pip compile pyproject.toml --extra test --python-version 3.11 -o requirements.lock

# The UI reads its instance settings from $(DAGSTER_HOME); `crosscheck run` applies
# pipelines/dagster.yaml itself (pipelines/instance.py), so both enforce the same rules.
$(DAGSTER_HOME)/dagster.yaml: pipelines/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp pipelines/dagster.yaml $@

run: install $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/crosscheck run --landing $(LANDING) --warehouse $(WAREHOUSE) --publish $(PUBLISH)

test: install
	$(BIN)/python -m pytest -q

dev: install $(DAGSTER_HOME)/dagster.yaml
	CROSSCHECK_LANDING=$(abspath $(LANDING)) CROSSCHECK_WAREHOUSE=$(abspath $(WAREHOUSE)) \
	CROSSCHECK_PUBLISH=$(abspath $(PUBLISH)) CROSSCHECK_REFERENCE=$(if $(REFERENCE),$(abspath $(REFERENCE))) \
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $(PORT)

# Re-record the sample's output rows that tests/pipelines/test_sample_snapshot.py compares with.
snapshot: install
	env -u DAGSTER_HOME $(BIN)/python -m tests.snapshot

# Stage timings on the bundled and shared corpora (fails on a missed target), then the whole pipeline
# at scale on allsides-2018 and corpora made from it (reports targets, never fails: the machine is
# shared). SIZES=1000,10000 by default; BIG=1 adds 100,000 articles (hours); BENCH_OUT=DIR keeps it all.
SIZES ?= 1000,10000
BIG ?=
BENCH_OUT ?=
bench: install
	$(BIN)/python -m crosscheck.bench.speed; status=$$?; \
	$(BIN)/python -m crosscheck.bench.scale --sizes "$(SIZES)" $(if $(BIG),--with-100k) \
	  $(if $(BENCH_OUT),--out $(BENCH_OUT) --keep); exit $$status

# Errors written into annotated articles, and what the pipeline catches: the seeds and the blind batches
# of data/gold by default; SETS="CORPUS:GOLD.json ..." instead.
SETS ?=
bench-detect: install
	$(BIN)/python -m crosscheck.bench.detect $(foreach s,$(SETS),--set $(s))

clean:
	rm -rf $(VENV) .dagster_home warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/*.duckdb.lock warehouse/published
