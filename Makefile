# gorae — the developer's and CI's entry points.
#
#   make venv     .venv with gorae (editable) and the test tools
#   make test     venv + the real Docker engine for tests (scripts/engine.sh; root) + pytest
#   make run      venv + an engine if none answers (root) + `gorae shell`
#   make engine   install and start dockerd + the local registry, build the fixture images (root)
#   make pg       install and start the test PostgreSQL (scripts/pg.sh: 127.0.0.1:55432) (root)
#   make engine-b the second engine (Debian trixie's Engine 26.1 on unix:///var/run/docker-b.sock,
#                 and on tcp://127.0.0.1:2376 with TLS client certificates) (root)
#   make engine-ssh the ssh:// engine: a local sshd on 127.0.0.1:2222 in front of the first engine (root)
#   make engine-s the swarm engine (a single-node Swarm on unix:///var/run/docker-s.sock) (root)
#   make world    engine + the fixture world that tests/corpus/dev.yaml assumes
#   make bench    the benchmarks (bench/run.py)
#   make corpus   score `gorae explain` against tests/corpus/dev.yaml
#   make lint     ruff over bot/, grammar/, tests/, bench/
#   make typecheck  mypy over bot/ and grammar/
#
# CI=true (set by .ci/run): a Docker engine that cannot be started is a failure, not a skip —
# the second engine, the ssh:// engine and the swarm engine too (`make test` starts them all), and
# PostgreSQL (scripts/pg.sh; the state backend's tests, issue 13).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
# pip install runs again when pyproject.toml changes
STAMP := $(VENV)/.installed

.PHONY: venv run test pg engine engine-b engine-ssh engine-s world bench corpus lint typecheck

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

engine: venv
	scripts/engine.sh install start images

engine-b: engine
	scripts/engine.sh install-b start-b images-b

engine-ssh: engine
	scripts/engine.sh start-ssh

engine-s: engine
	scripts/engine.sh install-s start-s

pg:
	scripts/pg.sh install start

world: engine
	scripts/engine.sh world

# Without root and without an engine, the docker tests skip (and say why) — except under CI.
test: venv
	@scripts/engine.sh install start images || case "$${CI:-}" in \
	  true|1|yes) echo "make test: no Docker engine under CI" >&2; exit 1 ;; \
	  *) echo "make test: no Docker engine; the docker tests will skip (start one: sudo make engine)" >&2 ;; \
	esac
	@scripts/engine.sh install-b start-b images-b || case "$${CI:-}" in \
	  true|1|yes) echo "make test: the second Docker engine (26.1) did not start under CI" >&2; exit 1 ;; \
	  *) echo "make test: no second engine; the e2e tests on Engine 26.1 will skip (start it: sudo scripts/engine.sh install-b start-b)" >&2 ;; \
	esac
	@scripts/engine.sh start-ssh || case "$${CI:-}" in \
	  true|1|yes) echo "make test: the ssh:// engine (a local sshd on 127.0.0.1) did not start under CI" >&2; exit 1 ;; \
	  *) echo "make test: no ssh:// engine; its tests will skip (start it: sudo scripts/engine.sh start-ssh)" >&2 ;; \
	esac
	@scripts/engine.sh install-s start-s || case "$${CI:-}" in \
	  true|1|yes) echo "make test: the swarm engine did not start under CI" >&2; exit 1 ;; \
	  *) echo "make test: no swarm engine; the Swarm service tests will skip (start it: sudo scripts/engine.sh install-s start-s)" >&2 ;; \
	esac
	@scripts/pg.sh install start || case "$${CI:-}" in \
	  true|1|yes) echo "make test: PostgreSQL (scripts/pg.sh) did not start under CI" >&2; exit 1 ;; \
	  *) echo "make test: no PostgreSQL; the postgres tests will skip (start it: sudo make pg)" >&2 ;; \
	esac
	@# the engines are shared on a machine of several engineers: the suite holds their test locks
	@# (taken after the daemons started, never around them); on a fresh machine nobody else waits
	flock /tmp/gorae-e2e.lock flock /tmp/gorae-swarm.lock $(VENV)/bin/pytest -q

run: venv
	@if ! docker info >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  scripts/engine.sh install start images world; \
	fi
	$(VENV)/bin/gorae shell

bench: venv
	$(VENV)/bin/python bench/run.py

corpus: venv
	$(VENV)/bin/python tests/corpus_check.py tests/corpus/dev.yaml --project .

lint: venv
	$(VENV)/bin/ruff check bot grammar tests bench

typecheck: venv
	$(VENV)/bin/mypy
