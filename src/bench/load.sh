#!/usr/bin/env bash
# Mixed load on the packaged service (H2 build, fresh data folder).
#   src/bench/load.sh
#   env: LOAD_DURATION (60s) LOAD_CONNECTIONS (64) LOAD_WRITERS (4) LOAD_HEAP (512m) LOAD_RSS_EVERY (5, seconds)
#        LOAD_TIMEOUT (10s: slower responses count as errors)
#        LOAD_ORGANISATIONS (20) LOAD_SUPPLIERS (200) LOAD_ENGAGEMENTS (500) LOAD_AUDITS (100)
# Builds a data set through the API, then for LOAD_DURATION runs at the same time:
#   - wrk, LOAD_CONNECTIONS connections, reads chosen at random per request: engagement risk, organisation risk,
#     supplier exposure, an organisation's engagements, an audit;
#   - wrk, LOAD_WRITERS connections, PUT /api/audits/{id}/answers on draft audits;
# and samples the service's RSS every LOAD_RSS_EVERY seconds. Prints throughput, p99, errors (non-2xx and socket
# errors; any makes the script fail), the RSS series, the heap still live after a full GC before and after the
# load (jcmd/jstat), and the load average (the machine may be shared).
# Needs the package built (`mvn -B package -DskipTests`, H2), python3, curl and wrk (Debian: `apt-get install wrk`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/src/bench/lib.sh"
DURATION=${LOAD_DURATION:-60s}
CONNECTIONS=${LOAD_CONNECTIONS:-64}
WRITERS=${LOAD_WRITERS:-4}
HEAP=${LOAD_HEAP:-512m}
RSS_EVERY=${LOAD_RSS_EVERY:-5}
# wrk counts a response slower than this as a timeout error (its default, 2 s, is reached on a saturated machine).
TIMEOUT=${LOAD_TIMEOUT:-10s}
WORK=$(mktemp -d /tmp/load-bench.XXXXXX)
SAMPLER=""
finish() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  bench_stop
  rm -rf "$WORK"
}
trap finish EXIT
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "== starting the service (-Xmx$HEAP)"
bench_start "$HEAP"
ADMIN=$(bench_token)

echo "== data set through the API"
python3 - "$BENCH_URL" "$ADMIN" "$WORK" "${LOAD_ORGANISATIONS:-20}" "${LOAD_SUPPLIERS:-200}" "${LOAD_ENGAGEMENTS:-500}" \
  "${LOAD_AUDITS:-100}" <<'PY'
import json, random, sys, urllib.request
url, admin, work = sys.argv[1:4]
organisations, suppliers, engagements, audits = map(int, sys.argv[4:8])
rnd = random.Random(20261130)

def call(method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as resp:
        text = resp.read()
        return json.loads(text) if text else None

call("POST", "/api/users", admin, {"username": "load.ciso", "password": "load-ciso-password-1", "roles": ["CISO"],
                                   "organizationIds": [], "allOrganizations": True})
req = urllib.request.Request(url + "/api/auth/token", method="POST", headers={"Content-Type": "application/json"},
                             data=json.dumps({"username": "load.ciso", "password": "load-ciso-password-1"}).encode())
ciso = json.load(urllib.request.urlopen(req))["token"]

orgs = [call("POST", "/api/organizations", admin, {"name": f"Hospital {i}", "sector": "Health",
        "nis2Category": rnd.choice(["ESSENTIAL", "IMPORTANT"]), "emailDomains": [f"h{i}.example"]})["id"]
        for i in range(organisations)]
sups = [call("POST", "/api/suppliers", ciso, {"name": f"Supplier {i}", "domains": [f"s{i}.example"]})["id"]
        for i in range(suppliers)]
for s in sups[: max(1, suppliers // 4)]:
    call("POST", "/api/leak-observations/aggregate", ciso, {"supplierId": s, "source": "load", "kind": "STEALER_LOG",
         "records": rnd.randint(10, 5000), "stealerShare": round(rnd.random(), 2)})
engs = []
for i in range(engagements):
    engs.append(call("POST", f"/api/organizations/{rnd.choice(orgs)}/engagements", ciso, {"supplierId": rnd.choice(sups),
        "service": f"Service {i}", "serviceHosts": [], "dataCategories": rnd.sample(["HEALTH", "PERSONAL", "CREDENTIALS", "FINANCIAL"], 2),
        "access": rnd.choice(["NONE", "USER", "PRIVILEGED"]), "criticality": rnd.choice(["LOW", "MEDIUM", "HIGH", "CRITICAL"])})["id"])
key = "nis2-supplier-security"
definition = call("GET", f"/api/questionnaires/{key}", ciso)
questions = [q["id"] for section in definition["sections"] for q in section["questions"]
             if q["type"] == "YES_NO" and not q.get("appliesWhen")]  # conditional ones may not apply: 422
auds = [call("POST", f"/api/engagements/{e}/audits", ciso, {"questionnaireKey": key})["id"] for e in rnd.sample(engs, audits)]

def lua_list(values):
    return "{" + ",".join(str(v) for v in values) + "}"

with open(f"{work}/read.lua", "w") as f:
    f.write(f'''wrk.headers["Authorization"] = "Bearer {ciso}"
local orgs, sups, engs, auds = {lua_list(orgs)}, {lua_list(sups)}, {lua_list(engs)}, {lua_list(auds)}
local function pick(t) return t[math.random(#t)] end
local shown = 0
response = function(status, headers, body)
  if status >= 300 and shown < 5 then
    shown = shown + 1
    io.write("refused ", status, ": ", string.sub(body, 1, 300), "\\n")
  end
end
request = function()
  local r = math.random(5)
  local path
  if r == 1 then path = "/api/engagements/" .. pick(engs) .. "/risk"
  elseif r == 2 then path = "/api/organizations/" .. pick(orgs) .. "/risk"
  elseif r == 3 then path = "/api/suppliers/" .. pick(sups) .. "/exposure"
  elseif r == 4 then path = "/api/organizations/" .. pick(orgs) .. "/engagements"
  else path = "/api/audits/" .. pick(auds) end
  return wrk.format("GET", path)
end
''')
with open(f"{work}/write.lua", "w") as f:
    f.write(f'''wrk.method = "PUT"
wrk.headers["Authorization"] = "Bearer {ciso}"
wrk.headers["Content-Type"] = "application/json"
local auds = {lua_list(auds)}
local questions = {{{",".join('"' + q + '"' for q in questions)}}}
local values = {{"YES", "NO", "PARTIAL"}}
request = function()
  local body = '{{"answers":{{"' .. questions[math.random(#questions)] .. '":{{"value":"' .. values[math.random(3)]
    .. '","comment":"load ' .. math.random(1000000) .. '"}}}}}}'
  return wrk.format(nil, "/api/audits/" .. auds[math.random(#auds)] .. "/answers", nil, body)
end
local shown = 0
response = function(status, headers, body)
  if status >= 300 and shown < 5 then
    shown = shown + 1
    io.write("refused ", status, ": ", string.sub(body, 1, 300), "\\n")
  end
end
''')
print(f"   {organisations} organisations, {suppliers} suppliers ({max(1, suppliers // 4)} with a leak), "
      f"{engagements} engagements, {audits} draft audits, {len(questions)} unconditional yes/no questions")
PY

echo "== warm-up (5 s of each)"
# A script error makes wrk fall back to GET / silently: refuse to measure that.
for script in read:$CONNECTIONS write:$WRITERS; do
  if wrk -t1 -c"${script#*:}" -d5s -s "$WORK/${script%:*}.lua" "$BENCH_URL" 2>&1 | grep -F ".lua"; then
    echo "wrk cannot run ${script%:*}.lua" >&2
    exit 1
  fi
done

# Heap still in use after a full GC: RSS alone cannot tell a leak from a heap that grows towards -Xmx.
live_heap_mb() {
  command -v jcmd > /dev/null && command -v jstat > /dev/null || { echo "?"; return; }
  jcmd "$BENCH_PID" GC.run > /dev/null
  jstat -gc "$BENCH_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%.0f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}
LIVE_BEFORE=$(live_heap_mb)

echo "== load: $CONNECTIONS read connections and $WRITERS writers for $DURATION"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
(
  start=$(date +%s)
  while kill -0 "$BENCH_PID" 2>/dev/null; do
    echo "$(( $(date +%s) - start )) $(bench_rss_mb "$BENCH_PID")" >> "$WORK/rss"
    sleep "$RSS_EVERY"
  done
) &
SAMPLER=$!
wrk -t1 -c"$WRITERS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$WORK/write.lua" "$BENCH_URL" > "$WORK/write.out" 2>&1 &
WRITER=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$WORK/read.lua" "$BENCH_URL" > "$WORK/read.out" 2>&1
wait "$WRITER"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
LIVE_AFTER=$(live_heap_mb)
sleep 1
kill "$SAMPLER" 2>/dev/null || true
wait "$SAMPLER" 2>/dev/null || true
SAMPLER=""

python3 - "$WORK" "$LOAD_BEFORE" "$LOAD_AFTER" "$(nproc)" "$LIVE_BEFORE" "$LIVE_AFTER" <<'PY'
import re, sys
work, before, after, cores, live_before, live_after = sys.argv[1:]
def parse(name):
    out = open(f"{work}/{name}.out").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, socket.groups())) if socket else 0)
    detail = ", ".join(x for x in (non2xx.group(0) if non2xx else "", socket.group(0) if socket else "") if x)
    return rps, total, p99, errors, detail
rss = [tuple(map(int, line.split())) for line in open(f"{work}/rss") if len(line.split()) == 2]
print("== results")
failed = False
for name, label in (("read", "reads (mixed GET)"), ("write", "writes (PUT answers)")):
    rps, total, p99, errors, detail = parse(name)
    failed |= errors > 0
    print(f"   {label:22} {rps:8,.0f} req/s  {total:9,} requests  p99 {p99:7.1f} ms  errors {errors}"
          + (f" ({detail})" if detail else ""))
print("   RSS (s:MB)            " + " ".join(f"{t}:{mb}" for t, mb in rss))
third = max(1, len(rss) // 3)
first, last = max(mb for _, mb in rss[:third]), max(mb for _, mb in rss[-third:])
print(f"   RSS start {rss[0][1]} MB, end {rss[-1][1]} MB, peak {max(mb for _, mb in rss)} MB;"
      f" last third vs first third: {last - first:+d} MB")
print(f"   heap live after a full GC: before the load {live_before} MB, after it {live_after} MB")
print(f"   load average (1/5/15 min) before {before}, after {after}; {cores} cores")
for name in ("read", "write"):
    for line in open(f"{work}/{name}.out"):
        if line.startswith("refused "):
            print(f"   {name}: {line.strip()}")
sys.exit(1 if failed else 0)
PY
