#!/usr/bin/env bash
# Waits until the deployed Functions app answers its health endpoint: a Flex Consumption app starts on the first
# request, and a start-up that fails option validation (a missing or unresolved setting) never answers.
#
#   check-health.sh <function-app-base-url>      e.g. https://func-leadhandover-test-abc.azurewebsites.net
set -euo pipefail
base_url="${1:?function app base URL}"
curl --fail --silent --show-error --retry 12 --retry-delay 10 --retry-all-errors --max-time 30 \
  "${base_url%/}/api/health"
echo
echo "Health endpoint answered."
