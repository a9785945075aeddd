#!/usr/bin/env bash
# CI: install luocdo as a user would, into a fresh venv with the interpreter's own pip (not
# upgraded: an old pip resolves fewer extras, which once left trafilatura without
# lxml_html_clean), then read an HTML page and an AES-encrypted PDF with it. The two files are
# made by the test venv (fpdf2 is a test dependency), which `make setup` creates.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
TEST_PYTHON=${TEST_PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so that setuptools' build/ and egg-info land in the temporary folder, not the tree.
mkdir "$work/src"
cp -r pyproject.toml README.md luocdo loaders graph queries "$work/src"
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip --version
"$work/venv/bin/python" -m pip install --quiet "$work/src"
"$TEST_PYTHON" - "$work" <<'PY'
import sys
sys.path.insert(0, "tests/bad_inputs")
import hostile_files as make
work = sys.argv[1]
open(f"{work}/notice.html", "w", encoding="utf-8").write(make.html())
open(f"{work}/notice-aes.pdf", "wb").write(make.pdf(aes=True))
PY
"$work/venv/bin/luocdo" extract "$work/notice.html" "$work/notice-aes.pdf" --format json > "$work/out.jsonl"
test "$(wc -l < "$work/out.jsonl")" -eq 2
grep -q "12/QĐ-UBND" "$work/out.jsonl"
grep -q "12/QD-UBND" "$work/out.jsonl"
echo "plain install: read an HTML page and an AES-encrypted PDF"
