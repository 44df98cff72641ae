# One-command set-up on a fresh machine: `make demo` and `make test` create the
# virtualenv and install everything the project needs from its own files.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Dependencies are installed from requirements.lock (exact versions, sha256 of every file:
# `make lock` rewrites it); the project itself then goes in without resolving anything.
# requirements-runtime.lock (runtime only, same versions) is what the Dockerfile installs.
UV := uv==0.13.8
LOCK_FLAGS := --generate-hashes --universal --python-version 3.11 --quiet

.PHONY: install demo test test-unit fuzz lint format bench clean lock tools

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsfold demo

test: $(STAMP) tools
	$(PY) -m pytest -q -p no:cacheprovider

test-unit: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider tests/unit

# The boundary fuzz test with many more (and new) hypothesis examples than CI's: hostile
# articles and envelopes through one real worker; prints examples, messages and outcomes.
FUZZ_EXAMPLES ?= 600
fuzz: $(STAMP)
	NEWSFOLD_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) NEWSFOLD_FUZZ_RANDOM=1 $(PY) -m pytest -q -s -p no:cacheprovider \
	  -W ignore::hypothesis.errors.HypothesisWarning tests/integration/test_fuzz_boundaries.py

lint: $(STAMP)
	$(VENV)/bin/ruff check services tests benchmarks migrations
	$(VENV)/bin/ruff format --check services tests benchmarks migrations

format: $(STAMP)
	$(VENV)/bin/ruff format services tests benchmarks migrations
	$(VENV)/bin/ruff check --fix services tests benchmarks migrations

bench: $(STAMP)
	$(PY) benchmarks/run.py

# Re-resolve every dependency within pyproject.toml's bounds (newest allowed versions, hashes of
# every platform's files) into the two lock files; then `make install` and `make test`.
lock:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet '$(UV)'
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --extra embedded $(LOCK_FLAGS) -o requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml -c requirements.lock $(LOCK_FLAGS) -o requirements-runtime.lock

# promtool (Debian's prometheus package) checks deploy/prometheus/ in `make test`. Installed when
# missing and this is a root shell with apt-get; the package's init script would start a Prometheus
# server, so policy-rc.d keeps it from starting (and any that did start is stopped).
tools:
	@if ! command -v promtool >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    made=; if [ ! -e /usr/sbin/policy-rc.d ]; then \
	      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made=1; fi; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null) \
	      || echo "tools: could not install promtool; its tests will be skipped"; \
	    if [ -n "$$made" ]; then rm -f /usr/sbin/policy-rc.d; fi; \
	    if command -v service >/dev/null 2>&1; then service prometheus stop >/dev/null 2>&1 || true; fi; \
	  else echo "tools: promtool missing and not root with apt-get; its tests will be skipped"; fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info services/*.egg-info
