#!/usr/bin/env bash
# Starts or stops Azurite's queue service for the Functions tests and the local sandbox.
#
#   scripts/azurite.sh start   install Azurite into tools/azurite/node_modules if needed (npm ci from the lock file,
#                              no global install), start the queue service on 127.0.0.1 and wait until it answers
#   scripts/azurite.sh stop    stop the instance this script started (by its recorded process id)
#
# Environment:
#   AZURITE_QUEUE_PORT   queue port (default 10001, the port "UseDevelopmentStorage=true" expects)
#   AZURITE_DIR          folder for data, logs and the pid file (default <repo>/.azurite, git-ignored)
#   AZURITE_WAIT_SECONDS how long start waits for the port (default 60)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools/azurite"
port="${AZURITE_QUEUE_PORT:-10001}"
state="${AZURITE_DIR:-$root/.azurite}"
pid_file="$state/queue-$port.pid"
wait_seconds="${AZURITE_WAIT_SECONDS:-60}"

answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

running_pid() {
  if [[ -f "$pid_file" ]]; then
    local pid
    pid="$(cat "$pid_file")"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      echo "$pid"
      return 0
    fi
  fi
  return 1
}

install() {
  if [[ -x "$tools/node_modules/.bin/azurite-queue" ]]; then
    return 0
  fi
  command -v npm >/dev/null || { echo "azurite.sh: npm is required (Node.js 20 or later)." >&2; exit 1; }
  echo "azurite.sh: installing Azurite into tools/azurite/node_modules" >&2
  # --prefer-offline reuses the npm cache when it can; the lock file pins every package.
  (cd "$tools" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >&2)
}

start() {
  if pid="$(running_pid)"; then
    echo "azurite.sh: already running on 127.0.0.1:$port (pid $pid)" >&2
    return 0
  fi
  if answers; then
    echo "azurite.sh: port $port is already taken by another process; set AZURITE_QUEUE_PORT." >&2
    exit 1
  fi
  install
  mkdir -p "$state/data-$port"
  nohup "$tools/node_modules/.bin/azurite-queue" \
    --queueHost 127.0.0.1 --queuePort "$port" \
    --location "$state/data-$port" --silent --skipApiVersionCheck \
    >"$state/queue-$port.log" 2>&1 &
  echo $! >"$pid_file"
  local deadline=$((SECONDS + wait_seconds))
  until answers; do
    if ! running_pid >/dev/null; then
      echo "azurite.sh: Azurite exited during start; see $state/queue-$port.log" >&2
      rm -f "$pid_file"
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "azurite.sh: Azurite did not answer on 127.0.0.1:$port within ${wait_seconds}s" >&2
      stop
      exit 1
    fi
    sleep 0.2
  done
  echo "azurite.sh: queue service on http://127.0.0.1:$port (pid $(cat "$pid_file"))" >&2
}

stop() {
  if pid="$(running_pid)"; then
    kill "$pid"
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "azurite.sh: stopped pid $pid" >&2
  fi
  rm -f "$pid_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
