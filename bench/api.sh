#!/usr/bin/env bash
# API read path benchmark (issue 16): wrk against GET /api/v1/videos/{id}, GET /api/v1/videos?size=20,
# GET /api/v1/voices and /q/health/live of a running service, for this build and optionally a baseline
# build, interleaved (each round measures every endpoint of every build in turn). See bench/README.md.
#
#   bench/api.sh                                   this build (bootstrap/target/quarkus-app)
#   bench/api.sh --baseline /tmp/base/bootstrap/target/quarkus-app --rounds 3
#   options: --connections 50 --threads 2 --duration 10s --warmup 10s --rounds 3 --app DIR
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
apps=("$here/bootstrap/target/quarkus-app")
names=("this")
connections=50; threads=2; duration=10s; warmup=10s; rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) apps=("$2" "${apps[@]}"); names=("baseline" "${names[@]}"); shift 2 ;;
    --app) apps[${#apps[@]}-1]="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "bench/api.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/api.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
work="$(mktemp -d /tmp/videogen-api-bench.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# Start every build: its own data directory and ports, the API role alone (no worker takes the
# video), read limits far above what wrk sends, tokens that outlive the run.
declare -a ports tokens videos
for i in "${!apps[@]}"; do
  port=$(free_port); ports[$i]=$port
  mkdir -p "$work/$i"
  VIDEOGEN_DATA_DIR="$work/$i" VIDEOGEN_PORT="$port" VIDEOGEN_ROLES=api \
    VIDEOGEN_EMBEDDED_POSTGRES_PORT=0 QUARKUS_OTEL_SDK_DISABLED=true \
    VIDEOGEN_RATE_LIMIT_READ_CAPACITY=100000000 VIDEOGEN_RATE_LIMIT_READ_PER_MINUTE=100000000 \
    VIDEOGEN_AUTH_ACCESS_TOKEN_LIFETIME=PT2H \
    java -Djava.awt.headless=true -Xmx512m -jar "${apps[$i]}/quarkus-run.jar" serve >"$work/$i.log" 2>&1 &
  pids+=($!)
done
for i in "${!apps[@]}"; do
  base="http://127.0.0.1:${ports[$i]}"
  for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/q/health/ready" && break; sleep 0.5; done
  curl -fs -o /dev/null "$base/q/health/ready" || { echo "${names[$i]} did not start:"; tail -20 "$work/$i.log"; exit 1; }
  curl -fs -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/auth/register" \
    -d '{"email":"bench@example.com","password":"bench passphrase 2024","displayName":"Bench"}'
  tokens[$i]=$(curl -fs -H 'Content-Type: application/json' "$base/api/v1/auth/token" \
    -d '{"email":"bench@example.com","password":"bench passphrase 2024"}' | json_field accessToken)
  videos[$i]=$(curl -fs -H 'Content-Type: application/json' -H "Authorization: Bearer ${tokens[$i]}" \
    "$base/api/v1/videos" -d '{"title":"Bench","script":"One scene to read back."}' | json_field id)
done

endpoints=(video list voices live)
url_of() {
  local i=$1 base="http://127.0.0.1:${ports[$1]}"
  case "$2" in
    video) echo "$base/api/v1/videos/${videos[$i]}" ;;
    list) echo "$base/api/v1/videos?size=20" ;;
    voices) echo "$base/api/v1/voices" ;;
    live) echo "$base/q/health/live" ;;
  esac
}
# CPU time (clock ticks) used so far by build $1's service: its JVM with its children (Redis), and
# its embedded PostgreSQL (a daemon, so found by its data directory) with its backends
cpu_ticks() {
  python3 - "${pids[$1]}" "$work/$1/postgres" <<'PY'
import os, sys
root, pgdata = sys.argv[1], sys.argv[2]
procs = {}
for p in filter(str.isdigit, os.listdir("/proc")):
    try:
        stat = open(f"/proc/{p}/stat").read()
        cmd = open(f"/proc/{p}/cmdline", "rb").read().split(b"\0")
    except OSError:
        continue
    f = stat[stat.rindex(")") + 2:].split()
    procs[p] = (f[1], int(f[11]) + int(f[12]), cmd)
roots = {root} | {p for p, (_, _, cmd) in procs.items() if pgdata.encode() in cmd and b"-D" in cmd}
def under(p):
    while p in procs:
        if p in roots:
            return True
        p = procs[p][0]
    return False
print(sum(t for p, (_, t, _) in procs.items() if under(p)))
PY
}
# one wrk run: prints "req/s p50 p99 non2xx cpu-ms-per-request"
measure() {
  local out before after
  before=$(cpu_ticks "$1")
  out=$(wrk -t"$threads" -c"$connections" -d"$3" --latency -H "Authorization: Bearer ${tokens[$1]}" "$(url_of "$1" "$2")")
  after=$(cpu_ticks "$1")
  python3 - "$out" "$((after - before))" "$(getconf CLK_TCK)" <<'PY'
import re, sys
out = sys.argv[1]
ticks, hz = int(sys.argv[2]), int(sys.argv[3])
done = int(re.search(r"(\d+) requests in", out).group(1))
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
print(f"{rps:.0f} {ms('50%'):.2f} {ms('99%'):.2f} {bad.group(1) if bad else 0} {1000 * ticks / hz / max(done, 1):.3f}")
PY
}

echo "# wrk -t$threads -c$connections -d$duration, $rounds interleaved rounds after a $warmup warm-up; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!apps[@]}"; do for e in "${endpoints[@]}"; do measure "$i" "$e" "$warmup" >/dev/null; done; done
results="$work/results"
for r in $(seq 1 "$rounds"); do
  for e in "${endpoints[@]}"; do
    for i in "${!apps[@]}"; do
      echo "$r ${names[$i]} $e $(measure "$i" "$e" "$duration")" | tee -a "$results"
    done
  done
done
echo "# medians (req/s, p50 ms, p99 ms, non-2xx answers summed, CPU ms per request of the service with its PostgreSQL and Redis)"
python3 - "$results" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    r, name, e, rps, p50, p99, bad, cpu = line.split()
    rows[(name, e)].append((float(rps), float(p50), float(p99), int(bad), float(cpu)))
print(f"{'build':10} {'endpoint':8} {'req/s':>8} {'p50':>8} {'p99':>8} {'non-2xx':>8} {'cpu ms':>8}")
for (name, e), v in rows.items():
    print(f"{name:10} {e:8} {statistics.median(x[0] for x in v):8.0f} {statistics.median(x[1] for x in v):8.2f} "
          f"{statistics.median(x[2] for x in v):8.2f} {sum(x[3] for x in v):8d} {statistics.median(x[4] for x in v):8.3f}")
PY
