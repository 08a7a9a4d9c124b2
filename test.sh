#!/usr/bin/env bash
# Runs every FrontDoor test: unit, SQLite and PostgreSQL persistence, IMAP and browser tests.
# Installs what the tests need when it is missing (PostgreSQL, Dovecot, Chromium, npm packages), starts
# throwaway servers on loopback, runs `dotnet test` once over the whole solution and stops the servers,
# also when tests fail. The last line is "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '==> %s\n' "$*" >&2; }

# --- 1. What the tests need -------------------------------------------------------------------
need_packages=()
command -v initdb >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] || need_packages+=(postgresql postgresql-contrib)
[ -f /usr/share/postgresql/15/extension/pg_trgm.control ] || ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1 || need_packages+=(postgresql-contrib)
command -v dovecot >/dev/null 2>&1 || need_packages+=(dovecot-imapd)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
command -v npm >/dev/null 2>&1 || need_packages+=(nodejs npm)
if [ ${#need_packages[@]} -gt 0 ]; then
  say "Installing ${need_packages[*]} from Debian's packages"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi
pg_bin=$(dirname "$(command -v initdb 2>/dev/null || echo /usr/lib/postgresql/15/bin/initdb)")

# --- 2. Throwaway servers -----------------------------------------------------------------------
work=$(mktemp -d /tmp/frontdoor-test.XXXXXX)
chmod 755 "$work"
cleanup() {
  if [ -f "$work/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

pg_port=$(free_port)
say "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
mkdir -p "$work/pg" "$work/pgsock"
chown postgres:postgres "$work/pg" "$work/pgsock"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres --no-sync >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pgsock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
export FRONTDOOR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"

# --- 3. The tests ---------------------------------------------------------------------------------
results="$work/results"
# Test hosts run in Development (demo sign-in) and each would hold inotify watchers; the machine allows 128 in all,
# and a run of hundreds of hosts hit that limit (500s at random). Polling watchers use none.
export DOTNET_USE_POLLING_FILE_WATCHER=true
say "Running dotnet test (SQLite and PostgreSQL)"
set +e
dotnet test FrontDoor.slnx --configuration Release --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$work/test.log" >&2
status=${PIPESTATUS[0]}
set -e

# --- 4. Totals over every test run ---------------------------------------------------------------
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report: count that as a failure, not a pass.
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
