# Every target creates or reuses .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
OUT ?= out

.PHONY: run test bench eval install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## The main job: extract the bundled corpus (and the seed page, when ../shared is present).
SEED_URL := https://babel.tribunnews.com/2025/03/23/kepesertaan-jamsostek-turun-bpjs-ketenagakerjaan-gencarkan-edukasi-dan-kolaborasi
run: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/extractor extract corpus/samples $$(test -d corpus/fixtures && echo corpus/fixtures) \
		-o $(OUT)/records.jsonl --parquet $(OUT)/facts.parquet --rejects $(OUT)/rejects.jsonl
	@if test -f $(SHARED)/seed/000_2d5e8b1c10c92920.txt; then \
		echo; echo "== the seed page ($(SHARED)/seed)"; \
		$(BIN)/extractor extract $(SHARED)/seed/000_2d5e8b1c10c92920.txt --url $(SEED_URL) \
			-o $(OUT)/seed.records.jsonl --rejects $(OUT)/seed.rejects.jsonl; \
	else echo "(no $(SHARED)/seed here: the seed page is skipped)"; fi

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/extractor evaluate

bench: $(STAMP)
	$(BIN)/python -m extractor.bench

clean:
	rm -rf $(VENV) $(OUT) bench-data
