#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test Dataverse.LeadHandover. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_sdk_major=10
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q "^${need_sdk_major}\."; then
  echo "bootstrap: the .NET ${need_sdk_major} SDK is missing; trying the distribution's package." >&2
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq "dotnet-sdk-${need_sdk_major}.0"
  fi
  command -v dotnet >/dev/null 2>&1 || { echo "bootstrap: install the .NET ${need_sdk_major} SDK (https://dot.net) and run again." >&2; exit 1; }
fi

# Restores every project and the repository's local tools (none are required yet; the manifest keeps it that way).
dotnet tool restore >/dev/null
dotnet restore Dataverse.LeadHandover.sln --verbosity quiet

# The sandbox's Adaptive Cards renderer (npm, from Sandbox/client's lock file) and Chromium for its browser tests.
bash scripts/sandbox-assets.sh
