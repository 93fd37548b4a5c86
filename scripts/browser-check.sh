#!/usr/bin/env bash
# The Browser check as CI runs it: starts ./guanxi serve on the seed pages in a throw-away data folder and on
# free ports, runs scripts/browser-check.mjs (and scripts/hostile-origin-check.mjs) against it, saves the screenshot to $1, stops the server.
# Exit: 0 guide and graph seen, 1 they were not (or the server did not come up), 2 no node/npm to run the check.
set -euo pipefail
cd "$(dirname "$0")/.."
shot="${1:-target/browser-check.png}"
mkdir -p "$(dirname "$shot")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "browser-check: node and npm are needed (apt-get install nodejs npm)" >&2
  exit 2
fi
if [ ! -d scripts/node_modules/playwright-core ]; then
  npm ci --prefix scripts --silent || { echo "browser-check: npm ci in scripts/ failed" >&2; exit 2; }
fi

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
http_port="$(free_port)"
bolt_port="$(free_port)"
data="$(mktemp -d)"
log="$data/serve.log"
./guanxi serve --data "$data/graph" --http-port "$http_port" --bolt-port "$bolt_port" >"$log" 2>&1 &
serve_pid=$!
cleanup() {
  kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

# serve loads the seed pages before it says it is ready; a first run also builds the jar first.
for _ in $(seq 1 600); do
  if grep -q "guanxi serve: ready" "$log"; then break; fi
  if ! kill -0 "$serve_pid" 2>/dev/null; then
    echo "browser-check: ./guanxi serve stopped before it was ready:" >&2
    tail -5 "$log" >&2
    exit 1
  fi
  sleep 1
done
grep -q "guanxi serve: ready" "$log" || { echo "browser-check: ./guanxi serve was not ready after 600 s" >&2; exit 1; }

# The console is guanxi's: no Neo4j log lines, no JVM warnings.
if grep -v '^guanxi' "$log" >&2; then
  echo "browser-check: ./guanxi serve printed the lines above, which are not its own" >&2
  exit 1
fi

# The short address a journalist types: it must land in a connected Browser.
node scripts/browser-check.mjs --out "$shot" --url "http://localhost:$http_port/"
# And a page from another origin cannot use the same server.
node scripts/hostile-origin-check.mjs --http "$http_port" --bolt "$bolt_port"
