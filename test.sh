#!/usr/bin/env bash
# Runs every test of Triage. On a fresh machine it first installs whatever the tests need beyond the .NET SDK:
# Node.js and npm (the console's SignalR client is built from npm), Debian's chromium (browser tests),
# PostgreSQL and Redis (provider and scale-out tests), coturn (the weak-link call test), and starts throwaway
# servers on loopback.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

missing=()
command -v npm >/dev/null || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(postgres_bin)" ] || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
# coturn: the weak-link call test relays media through a bandwidth-capped TURN server.
command -v turnserver >/dev/null || missing+=(coturn)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The browser tests drive this chromium through Playwright; Playwright never downloads a browser of its own.
export TRIAGE_CHROMIUM=/usr/bin/chromium

# PostgreSQL and Redis, each a throwaway server on a free loopback port, for the provider and scale-out tests;
# they learn where from TRIAGE_TEST_POSTGRES and TRIAGE_TEST_REDIS.
services=$(mktemp -d)
pg="$(postgres_bin)"
# PostgreSQL refuses to run as root.
if [ "$(id -u)" = 0 ]; then chown postgres "$services"; as_postgres() { runuser -u postgres -- "$@"; }; else as_postgres() { "$@"; }; fi
stop_services() {
  as_postgres "$pg/pg_ctl" -D "$services/postgres" -m immediate stop >/dev/null 2>&1 || true
  [ -f "$services/redis.pid" ] && kill "$(cat "$services/redis.pid")" 2>/dev/null || true
  rm -rf "$services"
}
trap stop_services EXIT
postgres_port=$(free_port)
as_postgres "$pg/initdb" -D "$services/postgres" -U triage --auth=trust -E UTF8 >/dev/null
as_postgres "$pg/pg_ctl" -D "$services/postgres" -l "$services/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $postgres_port -k $services -c fsync=off -c max_connections=300" start >/dev/null
redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize yes \
  --pidfile "$services/redis.pid" --logfile "$services/redis.log" --dir "$services"
export TRIAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$postgres_port;Username=triage;Database=postgres"
export TRIAGE_TEST_REDIS="127.0.0.1:$redis_port"

dotnet test Triage.sln --nologo "$@"
