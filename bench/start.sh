#!/usr/bin/env bash
# Start-up benchmark (issue 15 item 5, issue 16 item 4): milliseconds from launching the JVM to
# /q/health/ready answering 200, with the embedded defaults and a warm data directory (created by a
# first, unmeasured start). Interleaves, each round: a baseline build by `java -jar` (optional), this
# build by `java -jar` (the `java` on the PATH), and this build by `./videogen serve` with the runtime
# the launcher picks (its start-up cache; its first run, which writes the cache, is not measured).
# When the launcher picks a JDK other than the one on the PATH (a JDK 25 and its AOT cache), two more:
# the launcher on that JDK without its cache (VIDEOGEN_CDS=off), and the launcher on the PATH's JDK
# (VIDEOGEN_JAVA_HOME; its class-data sharing archive). See bench/README.md.
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

# ready: one GET of /q/health/ready over bash's /dev/tcp, answered 200. The probe starts no process
# (a curl and a sleep every 20 ms were about a hundred processes a second, taking CPU from the JVM
# being measured on this 2-core machine); a refused connection just fails the compound command.
ready() {
  local status=""
  { printf 'GET /q/health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
    read -r _ status _ <&3; } 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  [ "$status" = 200 ]
}
exec {pause}<> <(:)  # a pipe no one writes: read -t on it is a sleep without a process

# start <label> <data dir> <command...>: prints the ready time and the CPU time the process had used
# by then (user + system; steadier than wall time on a machine other work keeps busy), then stops
# the service politely
start() {
  local label="$1" data="$2"; shift 2
  local t0 pid
  t0=$(date +%s%N)
  VIDEOGEN_DATA_DIR="$data" VIDEOGEN_PORT="$port" VIDEOGEN_EMBEDDED_POSTGRES_PORT=0 "$@" >"$data.log" 2>&1 &
  pid=$!
  until ready; do
    kill -0 "$pid" 2>/dev/null || { echo "$label did not start:" >&2; tail -20 "$data.log" >&2; exit 1; }
    read -rt 0.02 -u "$pause" || true
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
chosen="$("$here/videogen" help | sed -n 's/^Java runtime: \(.*\) (Java .*/\1/p')"
path_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
other=""  # the PATH's JDK, when the launcher picks another
[ "$(readlink -f "$chosen")" = "$(readlink -f "$path_home/bin/java")" ] || other="$path_home"
start - "$work/this" java -jar "$this/quarkus-run.jar" serve          # creates the data directory
start - "$work/this" "$here/videogen" serve                           # writes the cache if none yet
[ -z "$other" ] || start - "$work/this" env VIDEOGEN_JAVA_HOME="$other" "$here/videogen" serve
[ -z "$baseline" ] || start - "$work/base" java -jar "$baseline/quarkus-run.jar" serve
echo "# label, ms to ready, CPU ms by then; $runs interleaved rounds; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java-jar: $(readlink -f "$(command -v java)"); launcher: $chosen${other:+; launcher-path: $other}"
for _ in $(seq 1 "$runs"); do
  [ -z "$baseline" ] || start baseline "$work/base" java -jar "$baseline/quarkus-run.jar" serve
  start java-jar "$work/this" java -jar "$this/quarkus-run.jar" serve
  if [ -n "$other" ]; then
    start launcher-path "$work/this" env VIDEOGEN_JAVA_HOME="$other" "$here/videogen" serve
    start no-cache "$work/this" env VIDEOGEN_CDS=off "$here/videogen" serve
  fi
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
    print(f"median {label:13} {statistics.median(v):6.0f} ms, CPU {statistics.median(cpus[label]):6.0f} ms"
          f"   (runs: {' '.join(map(str, v))}; CPU: {' '.join(map(str, cpus[label]))})")
PY
