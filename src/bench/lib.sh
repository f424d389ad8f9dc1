#!/usr/bin/env bash
# Shared helpers of the benchmark scripts: start the packaged service on a free port with a fresh data
# folder, log in, stop it. Source it; it needs curl and python3.

bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# bench_start <heap> : a fresh data folder and keys, then bench_run; sets BENCH_DIR
bench_start() {
  BENCH_DIR=$(mktemp -d /tmp/registry-bench.XXXXXX)
  for key in login password totp; do head -c 32 /dev/urandom | base64 > "$BENCH_DIR/$key.key"; done
  bench_run "$1"
}

# bench_run <heap> : starts target/quarkus-app/quarkus-run.jar on BENCH_DIR's data and keys, on a free port;
# sets BENCH_PID and BENCH_URL and waits until it is ready
bench_run() {
  local heap=$1 port
  port=$(bench_free_port)
  BENCH_URL="http://127.0.0.1:$port"
  REGISTRY_DATA_DIR="$BENCH_DIR/data" REGISTRY_REPORTS_DIR="$BENCH_DIR/reports" \
  REGISTRY_QUESTIONNAIRES_DIR="$ROOT/questionnaires" \
  REGISTRY_ADMIN_INITIAL_PASSWORD=bench-admin-password \
  REGISTRY_LEAKS_LOGIN_KEY="$(cat "$BENCH_DIR/login.key")" \
  REGISTRY_LEAKS_PASSWORD_KEY="$(cat "$BENCH_DIR/password.key")" \
  REGISTRY_SECURITY_TOTP_KEY="$(cat "$BENCH_DIR/totp.key")" \
  REGISTRY_SECURITY_TOTP_REQUIRED_ROLES=AUDITOR \
  QUARKUS_HTTP_PORT=$port QUARKUS_LOG_FILE_ENABLED=false \
    java "-Xmx$heap" ${BENCH_JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >> "$BENCH_DIR/service.log" 2>&1 &
  BENCH_PID=$!
  for _ in $(seq 1 900); do
    curl -sf "$BENCH_URL/q/health/ready" > /dev/null 2>&1 && return 0
    kill -0 "$BENCH_PID" 2>/dev/null || { tail -50 "$BENCH_DIR/service.log"; echo "service died" >&2; return 1; }
    sleep 1
  done
  echo "service did not become ready" >&2
  return 1
}

# The killed service's exit status (143) must not count as a failure: under `set -e`, in an EXIT trap, it ended
# the script before the data folder was removed.
bench_stop() {
  if [ -n "${BENCH_PID:-}" ] && kill "$BENCH_PID" 2>/dev/null; then
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  if [ -n "${BENCH_DIR:-}" ]; then
    rm -rf "$BENCH_DIR"
  fi
  BENCH_PID=""
}

# bench_token : prints a bearer token of the admin (two-factor is switched off for ADMIN in benchmarks)
bench_token() {
  curl -sf -X POST "$BENCH_URL/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"bench-admin-password"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])'
}

# bench_peak_rss_mb <pid> : the process's peak resident set size so far, in MB
bench_peak_rss_mb() {
  awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

bench_rss_mb() {
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
