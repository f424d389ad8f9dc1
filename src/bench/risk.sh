#!/usr/bin/env bash
# Risk scoring at sector scale.
#   src/bench/risk.sh [suppliers] [engagements] [organisations] [observations]
#   defaults: 10000 50000 500 2000000
# Loads the data straight into a fresh H2 database of the packaged service (subcontractor chains up to depth 5,
# observations with their per-supplier buckets), then measures:
#   1. the full recompute of every engagement (at start-up: none is scored yet),
#   2. the incremental recompute after a leak import that touches 10 suppliers,
#   3. GET /api/engagements/{id}/risk under wrk (32 connections, 30 s) against GET /api/me, the trivial
#      authenticated endpoint of the same service, printing the throughput ratio and p99 latency.
# Needs the package built (`mvn -B package -DskipTests`), python3, curl and wrk.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/src/bench/lib.sh"
SUPPLIERS=${1:-10000}
ENGAGEMENTS=${2:-50000}
ORGANISATIONS=${3:-500}
OBSERVATIONS=${4:-2000000}
DURATION=${WRK_DURATION:-30s}
WORK=$(mktemp -d /tmp/risk-bench.XXXXXX)
H2_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)
finish() {
  bench_stop
  rm -rf "$WORK"
}
trap finish EXIT
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

echo "== creating the schema"
bench_start 1g
DATA_DIR="$BENCH_DIR/data"
kill "$BENCH_PID"; wait "$BENCH_PID" 2>/dev/null || true

echo "== generating $SUPPLIERS suppliers, $ENGAGEMENTS engagements, $ORGANISATIONS organisations, $OBSERVATIONS observations"
python3 - "$SUPPLIERS" "$ENGAGEMENTS" "$ORGANISATIONS" "$OBSERVATIONS" "$WORK" <<'PY'
import csv, random, sys, datetime
suppliers, engagements, organisations, observations, work = map(lambda x: x, sys.argv[1:])
suppliers, engagements, organisations, observations = int(suppliers), int(engagements), int(organisations), int(observations)
rnd = random.Random(20261130)
now = "2026-11-30 00:00:00+00"
def write(name, header, rows):
    with open(f"{work}/{name}.csv", "w", newline="") as f:
        w = csv.writer(f); w.writerow(header); w.writerows(rows)
write("organization", ["ID", "NAME", "SECTOR", "NIS2_CATEGORY", "CREATED_AT", "UPDATED_AT"],
      ((i, f"Organisation {i}", "Health", rnd.choice(["ESSENTIAL", "IMPORTANT", "NONE"]), now, now) for i in range(1, organisations + 1)))
write("supplier", ["ID", "NAME", "COUNTRY", "CREATED_AT", "UPDATED_AT"],
      ((i, f"Supplier {i}", "BE", now, now) for i in range(1, suppliers + 1)))
write("supplier_domain", ["SUPPLIER_ID", "DOMAIN"], ((i, f"s{i}.example") for i in range(1, suppliers + 1)))
# Chains: the last 20% of suppliers are subcontractors of earlier ones, up to depth 5.
links, depth = [], {i: 0 for i in range(1, suppliers + 1)}
for sub in range(int(suppliers * 0.8) + 1, suppliers + 1):
    for _ in range(rnd.randint(1, 3)):
        parent = rnd.randint(1, sub - 1)
        if depth[parent] < 5 and (parent, sub) not in links:
            links.append((parent, sub)); depth[sub] = max(depth[sub], depth[parent] + 1)
write("supplier_subcontractor", ["SUPPLIER_ID", "SUBCONTRACTOR_ID"], links)
rows, categories = [], []
for e in range(1, engagements + 1):
    rows.append((e, rnd.randint(1, organisations), rnd.randint(1, int(suppliers * 0.8)), f"Service {e}",
                 rnd.choice(["NONE", "USER", "PRIVILEGED"]), rnd.choice(["LOW", "MEDIUM", "HIGH", "CRITICAL"]), "2027-03-01", now, now))
    for c in rnd.sample(["HEALTH", "PERSONAL", "CREDENTIALS", "FINANCIAL"], rnd.randint(1, 3)):
        categories.append((e, c))
write("engagement", ["ID", "ORGANIZATION_ID", "SUPPLIER_ID", "SERVICE", "ACCESS", "CRITICALITY", "NEXT_AUDIT_DUE", "CREATED_AT", "UPDATED_AT"], rows)
write("engagement_data_category", ["ENGAGEMENT_ID", "CATEGORY"], categories)
write("leak_import", ["ID", "STATUS", "FORMAT", "KIND", "SOURCE", "UPLOADED_BY", "BYTES_TOTAL", "BYTES_READ", "LINES_READ",
      "ACCEPTED", "DUPLICATES", "UNMATCHED", "REJECTED", "SKIPPED", "CREATED_AT"],
      [(1, "COMPLETED", "ULP", "STEALER_LOG", "bench", "admin", 0, 0, observations, observations, 0, 0, 0, 0, now)])
buckets = {}
start = datetime.date(2025, 1, 1)
with open(f"{work}/leak_observation.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["SUPPLIER_ID", "IMPORT_ID", "HOST", "KIND", "COOKIES", "COMPROMISED_ON", "SOURCE", "PRIVILEGED",
                "MASKED_LOGIN", "LOGIN_HASH", "PASSWORD_FINGERPRINT", "DEDUPE_KEY", "CREATED_AT"])
    for i in range(observations):
        s = min(suppliers, int(rnd.paretovariate(1.2)))  # a few suppliers hold most leaks
        kind = rnd.choice(["STEALER_LOG", "COMBOLIST", "BREACH"])
        day = start + datetime.timedelta(days=rnd.randint(0, 695))
        privileged = rnd.random() < 0.05
        key = f"{i:064x}"
        w.writerow([s, 1, f"portal.s{s}.example", kind, "FALSE", day.isoformat(), "bench", "TRUE" if privileged else "FALSE",
                    "a***b@x.example", key, key, key, now])
        b = (s, 0, kind, day.replace(day=1).isoformat(), privileged)
        count, newest = buckets.get(b, (0, day))
        buckets[b] = (count + 1, max(newest, day))
write("exposure_bucket", ["SUPPLIER_ID", "ORGANIZATION_ID", "KIND", "MONTH_START", "PRIVILEGED", "OBSERVATIONS", "NEWEST_ON"],
      ((s, o, k, m, "TRUE" if p else "FALSE", c, n.isoformat()) for (s, o, k, m, p), (c, n) in buckets.items()))
PY
cat > "$WORK/load.sql" <<SQL
INSERT INTO organization (id, name, sector, nis2_category, created_at, updated_at) SELECT * FROM CSVREAD('$WORK/organization.csv');
INSERT INTO supplier (id, name, country, created_at, updated_at) SELECT * FROM CSVREAD('$WORK/supplier.csv');
INSERT INTO supplier_domain SELECT * FROM CSVREAD('$WORK/supplier_domain.csv');
INSERT INTO supplier_subcontractor SELECT * FROM CSVREAD('$WORK/supplier_subcontractor.csv');
INSERT INTO engagement (id, organization_id, supplier_id, service, access, criticality, next_audit_due, created_at, updated_at) SELECT * FROM CSVREAD('$WORK/engagement.csv');
INSERT INTO engagement_data_category SELECT * FROM CSVREAD('$WORK/engagement_data_category.csv');
INSERT INTO leak_import (id, status, format, kind, source, uploaded_by, bytes_total, bytes_read, lines_read, accepted, duplicates, unmatched, rejected, skipped, created_at) SELECT * FROM CSVREAD('$WORK/leak_import.csv');
INSERT INTO leak_observation (supplier_id, import_id, host, kind, cookies, compromised_on, source, privileged, masked_login, login_hash, password_fingerprint, dedupe_key, created_at) SELECT * FROM CSVREAD('$WORK/leak_observation.csv');
INSERT INTO exposure_bucket SELECT * FROM CSVREAD('$WORK/exposure_bucket.csv');
ALTER TABLE organization ALTER COLUMN id RESTART WITH $((ORGANISATIONS + 1));
ALTER TABLE supplier ALTER COLUMN id RESTART WITH $((SUPPLIERS + 1));
ALTER TABLE engagement ALTER COLUMN id RESTART WITH $((ENGAGEMENTS + 1));
ALTER TABLE leak_import ALTER COLUMN id RESTART WITH 2;
SQL
LOAD_START=$(date +%s)
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA_DIR/db/registry" -user "" -script "$WORK/load.sql"
echo "   loaded in $(( $(date +%s) - LOAD_START )) s"

echo "== full recompute (at start-up)"
bench_run 1g
grep -h "Risk recomputed for" "$BENCH_DIR/service.log" | sed 's/^/   log: /'
FULL_MS=$(grep -h "Risk recomputed for" "$BENCH_DIR/service.log" | tail -1 | sed -E 's/.* ([0-9]+) ms.*/\1/')
TOKEN=$(bench_token)

echo "== incremental recompute after an import touching 10 suppliers"
python3 -c "
for s in range(1, 11):
    print(f'https://portal.s{s * 7}.example/login:bench.user.{s}@x.example:pw{s}')
" > "$WORK/ten.txt"
ID=$(curl -sf -X POST "$BENCH_URL/api/leak-imports?format=ULP&source=bench&kind=STEALER_LOG" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/octet-stream' --data-binary @"$WORK/ten.txt" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
for _ in $(seq 1 300); do
  grep -q "Leak import $ID: risk recomputed" "$BENCH_DIR/service.log" && break
  sleep 0.2
done
grep -h "Leak import $ID: risk recomputed" "$BENCH_DIR/service.log" | sed 's/^/   log: /'
INCREMENTAL_MS=$(grep -h "Leak import $ID: risk recomputed" "$BENCH_DIR/service.log" | sed -E 's/.* ([0-9]+) ms$/\1/')

echo "== wrk: GET /api/engagements/{id}/risk against GET /api/me (32 connections, $DURATION)"
cat > "$WORK/risk.lua" <<LUA
math.randomseed(42)
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  return wrk.format("GET", "/api/engagements/" .. math.random(1, $ENGAGEMENTS) .. "/risk")
end
LUA
cat > "$WORK/me.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA
wrk -t2 -c32 -d5s -s "$WORK/risk.lua" "$BENCH_URL" > /dev/null
ME=$(wrk -t2 -c32 -d"$DURATION" --latency -s "$WORK/me.lua" "$BENCH_URL/api/me")
RISK=$(wrk -t2 -c32 -d"$DURATION" --latency -s "$WORK/risk.lua" "$BENCH_URL")
python3 - "$FULL_MS" "$INCREMENTAL_MS" "$ME" "$RISK" <<'PY'
import re, sys
full, incremental, me, risk = sys.argv[1:]
def parse(out):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p99, int(errors.group(1)) if errors else 0
me_rps, me_p99, me_err = parse(me)
risk_rps, risk_p99, risk_err = parse(risk)
print("== results")
print(f"   full recompute:        {int(full) / 1000:.1f} s (target < 30 s)")
print(f"   incremental recompute: {int(incremental)} ms (target < 1 s)")
print(f"   GET /api/me:           {me_rps:,.0f} req/s, p99 {me_p99:.1f} ms, {me_err} errors")
print(f"   GET .../risk:          {risk_rps:,.0f} req/s, p99 {risk_p99:.1f} ms, {risk_err} errors")
print(f"   ratio risk / trivial:  {risk_rps / me_rps:.2f} (target >= 0.5; p99 target < 50 ms)")
PY
