#!/usr/bin/env bash
# Person search under load: the FrontDoor search API (matching engine, PostgreSQL) against a pg_trgm search of the
# same database, both at 50 concurrent connections with wrk on loopback, then precision and recall of both.
#   bench/search-load.sh [people=1000000] [seconds=30]      (SEARCH_BENCH_ROUNDS=3 rounds of each, medians reported)
# Seeding a million people takes a quarter of an hour; to rerun against a county this script's `load` step seeded
# before, set SEARCH_BENCH_CONNECTION to its connection string and SEARCH_BENCH_QUERIES to the folder holding its
# queries.txt and truth.tsv.
# Starts a throwaway PostgreSQL (as test.sh does), seeds the demo county, runs FrontDoor.Web on PostgreSQL with demo
# sign-in (a cookie from a real sign-in, no auth switch), runs the bench-only pg_trgm app, and prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
people=${1:-1000000}
seconds=${2:-30}
connections=50

say() { printf '==> %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1 || need+=(postgresql-contrib)
if [ ${#need[@]} -gt 0 ]; then
  say "Installing ${need[*]}"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
pg_bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")

work=$(mktemp -d /tmp/frontdoor-search-bench.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/pg/postmaster.pid" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ -n "${SEARCH_BENCH_CONNECTION:-}" ]; then
  connection=$SEARCH_BENCH_CONNECTION
  say "Reusing the county at $connection"
else
  pg_port=$(free_port)
  say "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
  mkdir -p "$work/pg" "$work/pgsock"
  chown postgres:postgres "$work/pg" "$work/pgsock"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres --no-sync >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pgsock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=512MB" start >/dev/null
  runuser -u postgres -- psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE frontdoor" >/dev/null
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=frontdoor;Maximum Pool Size=100"
fi

say "Building FrontDoor.Web and the search bench (Release)"
dotnet build src/FrontDoor.Web -c Release -v q -nologo >/dev/null
dotnet build bench/FrontDoor.Search.Bench -c Release -v q -nologo >/dev/null
bench_dll="$root/bench/FrontDoor.Search.Bench/bin/Release/net10.0/FrontDoor.Search.Bench.dll"

if [ -n "${SEARCH_BENCH_CONNECTION:-}" ]; then
  cp "${SEARCH_BENCH_QUERIES:?set SEARCH_BENCH_QUERIES to the folder with queries.txt and truth.tsv}"/{queries.txt,truth.tsv} "$work/"
else
  say "Seeding $people people (demo county, seed 42) and writing truth-labelled queries"
  /usr/bin/time -f "seed: %e s, %M KB peak" dotnet "$bench_dll" load "$connection" "$people" "$work"
fi

web_port=$(free_port)
say "Starting FrontDoor.Web on PostgreSQL at http://127.0.0.1:$web_port"
# Development: demo sign-in (how the load signs in) runs nowhere else; throttling is off so it measures search, not the limiter.
(cd src/FrontDoor.Web && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$web_port" \
  Database__Provider=Postgres ConnectionStrings__FrontDoor="$connection" \
  FrontDoor__Demo=true FrontDoor__DemoPeople=0 FrontDoor__AllowInsecureHttp=true Throttling__Enabled=false \
  Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/FrontDoor.Web.dll >"$work/web.log" 2>&1) &
pids+=($!)
web="http://127.0.0.1:$web_port"
for _ in $(seq 1 300); do curl -fs "$web/health" >/dev/null 2>&1 && break; sleep 1; done

say "Signing in as the demo advisor (a real sign-in; the product's auth is unchanged)"
jar="$work/cookies"
curl -fs -c "$jar" -b "$jar" "$web/sign-in" >"$work/sign-in.html"
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/sign-in.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -c "$jar" -b "$jar" -o /dev/null -X POST "$web/sign-in?handler=Demo" \
  --data-urlencode "DemoUserId=demo-advisor" --data-urlencode "ReturnUrl=" --data-urlencode "__RequestVerificationToken=$token"
cookie=$(awk '$6 == "FrontDoor" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "Demo sign-in failed: no FrontDoor cookie" >&2; exit 1; }

say "Waiting for the person index to be built"
started=$(date +%s)
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$web/api/v1/people/search?q=Smith%201%2F1%2F1950" || true)
  [ "$code" = 200 ] && break
  sleep 1
done
say "Index ready $(( $(date +%s) - started )) s after the app answered /health; web RSS $(ps -o rss= -p "${pids[0]}" | awk '{printf "%.0f MB", $1/1024}')"

trgm_port=$(free_port)
say "Starting the bench-only pg_trgm search at http://127.0.0.1:$trgm_port (creates the extension and GIN indexes)"
dotnet "$bench_dll" trgm "$connection" "http://127.0.0.1:$trgm_port" >"$work/trgm.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 1200); do curl -fs "http://127.0.0.1:$trgm_port/trgm/search?q=Smith" >/dev/null 2>&1 && break; sleep 1; done
cat "$work/trgm.log" >&2

queries="$work/queries.txt"
# .NET compiles hot code twice (quickly, then optimised with profile data), so a server is measured once it is warm.
say "Warming up both (20 s each)"
wrk -t2 -c$connections -d20s -s bench/search-wrk.lua "$web" -- "$queries" /api/v1/people/search "$cookie" >/dev/null
wrk -t2 -c$connections -d20s -s bench/search-wrk.lua "http://127.0.0.1:$trgm_port" -- "$queries" /trgm/search >/dev/null

# The machine is small and noisy: the two searches take turns, three rounds each, and the medians are compared.
rounds=${SEARCH_BENCH_ROUNDS:-3}
echo "wrk -t2 -c$connections -d${seconds}s --latency -s bench/search-wrk.lua $web -- queries.txt /api/v1/people/search <cookie>"
echo "wrk -t2 -c$connections -d${seconds}s --latency -s bench/search-wrk.lua http://127.0.0.1:$trgm_port -- queries.txt /trgm/search"
for round in $(seq 1 "$rounds"); do
  say "Round $round of $rounds: FrontDoor search API, then pg_trgm, $connections connections, ${seconds} s each"
  wrk -t2 -c$connections -d"${seconds}s" --latency -s bench/search-wrk.lua "$web" -- "$queries" /api/v1/people/search "$cookie" \
    | tee "$work/wrk-product-$round.txt" | grep RESULT | sed 's/^/FrontDoor /'
  wrk -t2 -c$connections -d"${seconds}s" --latency -s bench/search-wrk.lua "http://127.0.0.1:$trgm_port" -- "$queries" /trgm/search \
    | tee "$work/wrk-trgm-$round.txt" | grep RESULT | sed 's/^/pg_trgm   /'
done

python3 - "$work" "$rounds" <<'PY'
import re, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
def results(name):
    rows = [dict(re.findall(r"(\w+)=([0-9.]+)", open(f"{work}/wrk-{name}-{r}.txt").read().split("RESULT", 1)[1])) for r in range(1, rounds + 1)]
    return {k: statistics.median(float(row[k]) for row in rows) for k in ("rps", "p50_ms", "p95_ms", "p99_ms", "errors")}
product, trgm = results("product"), results("trgm")
for name, m in (("FrontDoor", product), ("pg_trgm", trgm)):
    print(f"MEDIAN {name:9} of {rounds} rounds: rps={m['rps']:.1f} p50_ms={m['p50_ms']:.2f} p95_ms={m['p95_ms']:.2f} p99_ms={m['p99_ms']:.2f} errors={m['errors']:.0f}")
print(f"SPEED throughput FrontDoor/pg_trgm = {product['rps'] / trgm['rps']:.2f}x; p95 pg_trgm/FrontDoor = {trgm['p95_ms'] / product['p95_ms']:.2f}x (medians)")
PY

say "Precision and recall against the generator's truth ($(wc -l <"$work/truth.tsv") queries)"
dotnet "$bench_dll" accuracy "$web/" "$cookie" "http://127.0.0.1:$trgm_port/" "$work/truth.tsv"
grep -iE "error|exception" "$work/web.log" | head -5 >&2 || true
