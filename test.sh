#!/usr/bin/env bash
# Runs every test of Triage. On a fresh machine it first installs whatever the tests need beyond the .NET SDK:
# Node.js and npm (the web console's build fetches its browser libraries) and Debian's chromium (browser tests).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
command -v npm >/dev/null || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The browser tests drive this chromium through Playwright; Playwright never downloads a browser of its own.
export TRIAGE_CHROMIUM=/usr/bin/chromium

dotnet test Triage.sln --nologo "$@"
