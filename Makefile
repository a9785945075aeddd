# Two entry points, both from a fresh clone:
#   make demo   build the graph of the bundled examples, answer a sample question, draw the picture
#   make test   install everything the tests need and run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: demo test setup setup-test check-plain-install clean

$(BIN)/luocdo: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/luocdo

# Test-only tools: Neo4j's Cypher linter (npm) and headless Chromium (Debian) for the picture.
setup-test: setup
	bash scripts/setup-test-tools.sh

demo: setup
	$(BIN)/luocdo build examples --db $(OUT)/db
	$(BIN)/luocdo query --db $(OUT)/db --name requires-implementation --param target="Đề án 06"
	$(BIN)/luocdo viz --db $(OUT)/db --out $(OUT)/luocdo.html
	@echo "open $(OUT)/luocdo.html in a browser (works offline)"

# A user's install: a fresh venv, the interpreter's own pip, `pip install .`; then it reads an
# HTML page and an AES-encrypted PDF (scripts/check-plain-install.sh).
check-plain-install: setup
	PYTHON=$(PYTHON) bash scripts/check-plain-install.sh

test: setup-test check-plain-install
	$(BIN)/python -m pytest

clean:
	rm -rf $(OUT) .pytest_cache
