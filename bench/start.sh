#!/usr/bin/env bash
# Start-up benchmark (issue 15 item 5, issue 16 item 4): milliseconds from launching the JVM to
# /q/health/ready answering 200, with the embedded defaults and a warm data directory (created by a
# first, unmeasured start). Interleaves, each round: a baseline build by `java -jar` (optional), this
# build by `java -jar`, and this build by `./videogen serve` (class-data sharing archive; its first
# run, which writes the archive, is not measured). See bench/README.md.
#
#   bench/start.sh [--runs 5] [--baseline /tmp/base/bootstrap/target/quarkus-app]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs=5; baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    *) echo "bench/start.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
work="$(mktemp -d /tmp/videogen-start-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# start <label> <data dir> <command...>: prints the ready time and the CPU time the process had used
# by then (user + system; steadier than wall time on a machine other work keeps busy), then stops
# the service politely
start() {
  local label="$1" data="$2"; shift 2
  local t0 pid
  t0=$(date +%s%N)
  VIDEOGEN_DATA_DIR="$data" VIDEOGEN_PORT="$port" VIDEOGEN_EMBEDDED_POSTGRES_PORT=0 "$@" >"$data.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$label did not start:" >&2; tail -20 "$data.log" >&2; exit 1; }
    sleep 0.02
  done
  local ready=$(( ($(date +%s%N) - t0) / 1000000 )) cpu
  cpu=$(( ($(cut -d' ' -f14-15 "/proc/$pid/stat" | tr ' ' '+')) * 1000 / $(getconf CLK_TCK) ))
  [ "$label" = - ] || echo "$label $ready $cpu" | tee -a "$work/results"
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

this="$here/bootstrap/target/quarkus-app"
[ -f "$this/quarkus-run.jar" ] || (cd "$here" && ./mvnw -q -B package -DskipTests)
mkdir -p "$work/this" "$work/base"
start - "$work/this" java -jar "$this/quarkus-run.jar" serve          # creates the data directory
start - "$work/this" "$here/videogen" serve                           # writes the archive if none yet
[ -z "$baseline" ] || start - "$work/base" java -jar "$baseline/quarkus-run.jar" serve
echo "# label, ms to ready, CPU ms by then; $runs interleaved rounds; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$runs"); do
  [ -z "$baseline" ] || start baseline "$work/base" java -jar "$baseline/quarkus-run.jar" serve
  start java-jar "$work/this" java -jar "$this/quarkus-run.jar" serve
  start launcher "$work/this" "$here/videogen" serve
done
python3 - "$work/results" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
cpus = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, ms, cpu = line.split()
    rows[label].append(int(ms))
    cpus[label].append(int(cpu))
for label, v in rows.items():
    print(f"median {label:9} {statistics.median(v):6.0f} ms, CPU {statistics.median(cpus[label]):6.0f} ms"
          f"   (runs: {' '.join(map(str, v))}; CPU: {' '.join(map(str, cpus[label]))})")
PY
