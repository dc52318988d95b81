#!/usr/bin/env bash
# Runs every test of Triage. On a fresh machine it first installs whatever the tests need beyond the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet test Triage.sln --nologo "$@"
