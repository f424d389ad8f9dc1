#!/usr/bin/env bash
# Leak import end to end, against `grep` on the same file.
#   src/bench/leak-import.sh [lines] [heap]        defaults: 5000000 lines, 256m heap
# Generates a ULP file where about 1 line in 25 matches one of 1,000 supplier domains (10% of those lines
# repeated), registers the 1,000 suppliers, uploads the file to a freshly started packaged service and waits
# for COMPLETED. Prints lines per second (upload to COMPLETED), the service's peak RSS, and the time of
# `LC_ALL=C grep -c -F -f domains file` with the ratio import / grep. Needs the package built
# (`mvn -B package -DskipTests`), curl and python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/src/bench/lib.sh"
LINES=${1:-5000000}
HEAP=${2:-256m}
WORK=$(mktemp -d /tmp/leak-bench.XXXXXX)
finish() {
  if [ -n "${BENCH_DIR:-}" ] && [ -f "$BENCH_DIR/service.log" ]; then
    grep -h -E "Leak import .* completed|risk recomputed" "$BENCH_DIR/service.log" | sed 's/^/   log: /' || true
  fi
  bench_stop
  rm -rf "$WORK"
}
trap finish EXIT

[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }

echo "== generating $LINES lines"
python3 - "$LINES" "$WORK" <<'PY'
import random, sys
lines, work = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(20261130)
domains = [f"sup{i:04d}.example" for i in range(1000)]
with open(f"{work}/domains.txt", "w") as f:
    f.write("\n".join(domains) + "\n")
with open(f"{work}/suppliers.csv", "w") as f:
    f.write("name,domains\n")
    f.writelines(f"Bench supplier {i},{d}\n" for i, d in enumerate(domains))
letters = "abcdefghijklmnopqrstuvwxyz"
def word(n):
    return "".join(rnd.choice(letters) for _ in range(n))
matched = []
with open(f"{work}/leak.txt", "w") as f:
    buf = []
    for i in range(lines):
        if rnd.random() < 0.04:
            if matched and rnd.random() < 0.10:
                line = rnd.choice(matched)
            else:
                d = rnd.choice(domains)
                line = f"https://portal.{d}/login:{word(7)}{i}@{word(5)}.com:{word(10)}"
                if len(matched) < 100000:
                    matched.append(line)
        else:
            line = f"https://{word(5)}.{rnd.choice(['com', 'net', 'org', 'nl', 'be'])}/{word(3)}:{word(7)}{i}@{word(5)}.com:{word(9)}"
        buf.append(line)
        if len(buf) >= 100000:
            f.write("\n".join(buf) + "\n")
            buf = []
    if buf:
        f.write("\n".join(buf) + "\n")
PY
SIZE_MB=$(( $(stat -c %s "$WORK/leak.txt") / 1024 / 1024 ))
echo "   file: $SIZE_MB MB"

echo "== grep baseline"
GREP_START=$(date +%s.%N)
GREP_COUNT=$(LC_ALL=C grep -c -F -f "$WORK/domains.txt" "$WORK/leak.txt" || true)
GREP_SECONDS=$(python3 -c "print($(date +%s.%N) - $GREP_START)")

echo "== starting the service (-Xmx$HEAP)"
bench_start "$HEAP"
TOKEN=$(bench_token)
curl -sf -X POST "$BENCH_URL/api/inventory/import?kind=suppliers" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: text/csv' --data-binary @"$WORK/suppliers.csv" > /dev/null
RSS_START=$(bench_rss_mb "$BENCH_PID")

echo "== importing"
START=$(date +%s.%N)
ID=$(curl -sf -X POST "$BENCH_URL/api/leak-imports?format=ULP&source=bench&kind=COMBOLIST" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/octet-stream' \
  --data-binary @"$WORK/leak.txt" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
UPLOADED=$(date +%s.%N)
while true; do
  JOB=$(curl -sf "$BENCH_URL/api/leak-imports/$ID" -H "Authorization: Bearer $TOKEN")
  STATUS=$(echo "$JOB" | python3 -c 'import sys, json; print(json.load(sys.stdin)["status"])')
  [ "$STATUS" = COMPLETED ] || [ "$STATUS" = FAILED ] && break
  sleep 0.1
done
END=$(date +%s.%N)
PEAK=$(bench_peak_rss_mb "$BENCH_PID")

echo "$JOB" | python3 -c '
import sys, json
j = json.load(sys.stdin)
total = j["accepted"] + j["duplicates"] + j["unmatched"] + j["rejected"] + j["skipped"]
print("   status %s: linesRead %d = accepted %d + duplicates %d + unmatched %d + rejected %d + skipped %d (%s)" % (
    j["status"], j["linesRead"], j["accepted"], j["duplicates"], j["unmatched"], j["rejected"], j["skipped"],
    "balanced" if total == j["linesRead"] else "NOT BALANCED"))'
python3 - "$LINES" "$START" "$UPLOADED" "$END" "$GREP_SECONDS" "$GREP_COUNT" "$PEAK" "$RSS_START" "$HEAP" "$SIZE_MB" <<'PY'
import sys
lines, start, uploaded, end, grep_s, grep_count, peak, rss_start, heap, size = sys.argv[1:]
lines = int(lines); total = float(end) - float(start); upload = float(uploaded) - float(start)
print(f"== results ({lines} lines, {size} MB, heap {heap})")
print(f"   import end to end: {total:.2f} s (upload {upload:.2f} s) = {lines / total:,.0f} lines/s")
print(f"   grep -c -F -f:     {float(grep_s):.2f} s ({grep_count} matching lines)")
print(f"   ratio import/grep: {total / float(grep_s):.2f}")
print(f"   service RSS: {rss_start} MB before, peak {peak} MB")
PY
