# eventwire: `make run` codes the bundled samples; `make test` runs the suite.
VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
EW      := $(VENV)/bin/eventwire
STAMP   := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DB      ?= eventwire.duckdb
SHARED  ?= $(or $(EVENTWIRE_SHARED),../shared)

.PHONY: install run test test-fast lint eval bench fuzz clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "eventwire needs Python 3.11")'
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

run: install
	$(EW) code src/eventwire/samples --db $(DB) --format jsonl --out sample-events.jsonl --quiet
	$(EW) summary --db $(DB)

test: install
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not slow"

lint: install
	$(VENV)/bin/ruff check src tests

eval: install
	$(PY) -m eventwire.evaluate.suite --shared $(SHARED)

# make bench BENCH_ARGS=--quick for a short run; figures also go to bench-results.json
bench: install
	$(PY) -m eventwire.scale.bench --shared $(SHARED) $(BENCH_ARGS)

# bounded fuzzing of the whole `code` path (hypothesis: damaged files read, coded, stored, printed; ~2 min)
fuzz: install
	EVENTWIRE_FUZZ_EXAMPLES=1500 EVENTWIRE_FUZZ_SECONDS=100 $(PY) -m pytest -q tests/reliability/test_fuzz.py \
		tests/reliability/test_properties.py --hypothesis-show-statistics

clean:
	rm -rf $(VENV) .pytest_cache sample-events.jsonl $(DB)
