#!/usr/bin/env bash
# Installs what the test suite needs beyond Python packages. Idempotent; quiet when done already.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f tools/cypher-lint/package-lock.json ] && [ ! -d tools/cypher-lint/node_modules ]; then
  echo "setup: installing Neo4j's Cypher linter (npm ci)"
  npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
fi

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium for the browser test"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is missing and cannot be installed here (not root): the browser test will skip" >&2
  fi
fi
