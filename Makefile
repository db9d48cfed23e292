# Two commands: `make run` (install + app on the offline default with demo data) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: run test install install-test postgres-deps lint unit browser-deps evals clean

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[test]"
	@touch $(STAMP)

# The real local LLM server for the LLM-path tests (llama.cpp compiles: minutes on 2 cores).
# GGML_NATIVE=OFF builds a portable CPU backend: a native build uses every instruction the CPU
# advertises, and VMs that advertise AMX without enabling it kill the server (SIGILL) on its first request.
TEST_STAMP := $(VENV)/.installed-test
$(TEST_STAMP): $(STAMP)
	@# A wheel pip cached from an earlier (native) build would be reused whatever CMAKE_ARGS says: build it anew.
	-@$(BIN)/python -m pip cache remove llama_cpp_python >/dev/null 2>&1
	CMAKE_ARGS="-DGGML_NATIVE=OFF $(CMAKE_ARGS)" $(BIN)/python -m pip install --quiet -c requirements.lock -e ".[test,llm-server]"
	@touch $(TEST_STAMP)

install: $(STAMP)
install-test: $(TEST_STAMP)

run: install
	$(BIN)/coach demo
	$(BIN)/streamlit run ui/app.py --server.headless true --server.port $(PORT) --browser.gatherUsageStats false

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests"; \
		(apt-get update -q && apt-get install -y -q chromium) >/tmp/coach-apt.log 2>&1 || { cat /tmp/coach-apt.log; exit 1; }; }

postgres-deps:
	@bash scripts/start_postgres.sh install

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/mypy

unit: install-test
	$(BIN)/pytest

evals: install
	$(BIN)/coach eval --out artifacts/eval.json --html artifacts/eval.html
	$(BIN)/coach heldout --min-quadrant 0.90

test: install browser-deps postgres-deps lint unit evals

clean:
	rm -rf $(VENV) data artifacts .pytest_cache .mypy_cache .ruff_cache
