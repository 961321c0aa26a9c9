#!/bin/sh
# Measures the web server with wrk over the arrangement of the web
# tests: a public register (one page, several queries), the JSON API,
# and a static asset.  Numbers are printed, never asserted: they depend
# on the machine.  usage: sh scripts/bench.sh [SECONDS]
set -eu
cd "$(dirname "$0")/.."
secs=${1:-10}
dir=$(mktemp -d /tmp/alliance-bench.XXXXXX)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
ALLIANCE=$PWD/build/alliance sh tests/web/fixture.sh "$dir/b.db"
token=$(ALLIANCE_TODAY=2025-06-25 build/alliance --db "$dir/b.db" token create --name bench)
ALLIANCE_NOW=2025-06-25T12:00 build/alliance --db "$dir/b.db" serve \
	--listen 127.0.0.1:0 --every 0 --port-file "$dir/port" 2>/dev/null &
pid=$!
while [ ! -s "$dir/port" ]; do sleep 0.1; done
base="http://127.0.0.1:$(cat "$dir/port")"
for path in /forums /representatives /assets/govuk-frontend.min.css; do
	echo "== GET $path"
	wrk -t2 -c32 -d"${secs}s" "$base$path" | grep -E "Requests/sec|Latency|Non-2xx"
done
echo "== GET /api/v1/registers/forums (bearer token)"
wrk -t2 -c32 -d"${secs}s" -H "Authorization: Bearer $token" \
	"$base/api/v1/registers/forums" | grep -E "Requests/sec|Latency|Non-2xx"
