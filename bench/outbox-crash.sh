#!/usr/bin/env bash
# The outbox's crash test (issue 16): FrontDoor.Web (Release, Production settings) sends its outbox to a fake GOV.UK
# Notify on loopback while people ask for help on the portal, each asking for a receipt, and the web process is
# killed with SIGKILL at random moments and restarted; then the outbox drains and the script reports contacts and
# messages expected, received, repeated (the kill fell between sending and recording) and lost.
#   bench/outbox-crash.sh [contacts=2000] [kills=10] [postgres|sqlite]
# postgres uses FRONTDOOR_TEST_POSTGRES when set, else starts a throwaway PostgreSQL as test.sh does.
# Exit code 0 when nothing was lost and every repeat carried the same id and said the same.
set -euo pipefail
cd "$(dirname "$0")/.."
contacts=${1:-2000}
kills=${2:-10}
provider=${3:-postgres}

say() { printf '==> %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

work=$(mktemp -d /tmp/frontdoor-outbox-crash.XXXXXX)
chmod 755 "$work"
pg_bin=""
cleanup() {
  if [ -n "$pg_bin" ] && [ -f "$work/pg/postmaster.pid" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ "$provider" = postgres ] && [ -z "${FRONTDOOR_TEST_POSTGRES:-}" ]; then
  pg_bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
  pg_port=$(free_port)
  say "Starting a throwaway PostgreSQL on 127.0.0.1:$pg_port"
  mkdir -p "$work/pg" "$work/pgsock"
  chown postgres:postgres "$work/pg" "$work/pgsock"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres --no-sync >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pgsock -c fsync=off -c max_connections=200" start >/dev/null
  export FRONTDOOR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
fi

say "Building FrontDoor.Web and the outbox bench (Release)"
dotnet build src/FrontDoor.Web -c Release -v q -nologo -m:1 >/dev/null
dotnet build bench/FrontDoor.Outbox.Bench -c Release -v q -nologo -m:1 >/dev/null

say "Crash run: $contacts contacts, $kills kills, $provider"
DOTNET_USE_POLLING_FILE_WATCHER=true dotnet bench/FrontDoor.Outbox.Bench/bin/Release/net10.0/FrontDoor.Outbox.Bench.dll \
  crash "$contacts" "$kills" "$provider" "$(pwd)/src/FrontDoor.Web/bin/Release/net10.0/FrontDoor.Web.dll"
