#!/usr/bin/env bash
# Scene fan-out benchmark (issue 18, ADR 0024; not a test). One API process (its embedded PostgreSQL
# is everybody's queue), worker processes started from the packaged application, one media store
# (the local one, in the data directory they share). In one run:
#   1. single process: one worker with the fan-out off (videogen.render.fan-out.min-scenes=0)
#      renders the job; its CPU time (utime+stime from /proc), its wall time, and its stage times
#      (videogen_stage_seconds from its /q/metrics): per-segment encode cost and assembly cost;
#   2. fan-out: N workers with the fan-out on render the same job (another video, so nothing is
#      cached): wall time, the CPU time of all workers together, and which worker made which task
#      (render_tasks): the fan-out overhead = extra CPU over the single process, per task and in %;
#   3. idle: the same workers' CPU over a minute with nothing to do (polling, heartbeats, GC), so the
#      overhead can be told apart from what the extra processes cost merely by running.
# Workers are warmed by one small video each first, so JIT warm-up is not counted as overhead.
#
# usage: bench/fanout.sh [--workers 3] [--scenes 24] [--resolution 1280x720] [--quality standard]
#   needs: a JDK 17+, python3, psql (Debian postgresql-client), a built bootstrap/target/quarkus-app
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
app="$here/bootstrap/target/quarkus-app/quarkus-run.jar"
workers=3; scenes=24; resolution=1280x720; quality=standard
while [ $# -gt 0 ]; do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --scenes) scenes="$2"; shift 2 ;;
    --resolution) resolution="$2"; shift 2 ;;
    --quality) quality="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/fanout.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[ -f "$app" ] || { echo "bench/fanout.sh: build first (./mvnw -B -o -pl bootstrap -am package -DskipTests)" >&2; exit 1; }
command -v psql >/dev/null || { echo "bench/fanout.sh: needs psql (apt-get install postgresql-client)" >&2; exit 1; }
work="$(mktemp -d /tmp/videogen-fanout-bench.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"; }

db_port=$(free_port); api_port=$(free_port)
db="postgresql://videogen:videogen@localhost:$db_port/videogen"
common=(-Djava.awt.headless=true -Xmx768m -Dquarkus.otel.sdk.disabled=true)
VIDEOGEN_DATA_DIR="$work/data" VIDEOGEN_PORT="$api_port" VIDEOGEN_ROLES=api VIDEOGEN_EMBEDDED_POSTGRES_PORT="$db_port" \
  VIDEOGEN_AUTH_ACCESS_TOKEN_LIFETIME=PT2H java "${common[@]}" -jar "$app" serve >"$work/api.log" 2>&1 &
pids+=($!)
base="http://127.0.0.1:$api_port"
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/q/health/ready" && break; sleep 0.5; done
curl -fs -o /dev/null "$base/q/health/ready" || { echo "the API did not start:"; tail -20 "$work/api.log"; exit 1; }
curl -fs -o /dev/null -H 'Content-Type: application/json' "$base/api/v1/auth/register" \
  -d '{"email":"bench@example.com","password":"bench passphrase 2024","displayName":"Bench"}'
token=$(curl -fs -H 'Content-Type: application/json' "$base/api/v1/auth/token" \
  -d '{"email":"bench@example.com","password":"bench passphrase 2024"}' | json_field accessToken)

# worker NAME MIN_SCENES: a worker-only process on the shared queue and media; prints "pid port"
worker() {
  local port; port=$(free_port)
  VIDEOGEN_DATA_DIR="$work/data" VIDEOGEN_PORT="$port" VIDEOGEN_ROLES=worker VIDEOGEN_WORKER_CONCURRENCY=1 \
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$db_port/videogen" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$db_port/videogen" \
    QUARKUS_DATASOURCE_USERNAME=videogen QUARKUS_DATASOURCE_PASSWORD=videogen \
    VIDEOGEN_RENDER_FAN_OUT_MIN_SCENES="$2" \
    java "${common[@]}" -jar "$app" serve >"$work/$1.log" 2>&1 &
  pids+=($!)
  local pid=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.5; done
  echo "$pid $port"
}
# submit WORD N: a video of N scenes; prints its id
submit() {
  local script
  script=$(python3 -c 'import sys; w, n = sys.argv[1], int(sys.argv[2]); print("\\n\\n".join(
      f"Scene {i} of the {w} video: a worker renders this picture while the narrator keeps talking about it "
      f"for a few seconds more." for i in range(1, n + 1)))' "$1" "$2")
  curl -fs -H 'Content-Type: application/json' -H "Authorization: Bearer $token" "$base/api/v1/videos" \
    -d "{\"title\":\"Fan-out bench\",\"script\":\"$script\",\"output\":{\"resolution\":\"$resolution\",\"quality\":\"$quality\"}}" \
    | json_field id
}
await_done() {
  for _ in $(seq 1 7200); do
    status=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/videos/$1" | json_field status)
    case "$status" in completed) return 0 ;; failed|cancelled) echo "video $1 $status" >&2; return 1 ;; esac
    sleep 0.25
  done
  echo "video $1 did not finish" >&2; return 1
}
stage_sum() { curl -fs "http://127.0.0.1:$1/q/metrics" | awk -v s="$2" '$0 ~ "^videogen_stage_seconds_sum\\{.*stage=\"" s "\"" { print $2 }'; }

echo "# $scenes scenes, $resolution, quality $quality; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
read -r single_pid single_port < <(worker single 0)
pids+=("$single_pid") # worker runs in a subshell: its own pids+= is lost, so the stop is recorded here
await_done "$(submit warmup 2)"
cpu0=$(cpu_seconds "$single_pid"); t0=$(date +%s.%N)
video=$(submit single "$scenes"); await_done "$video"
t1=$(date +%s.%N); cpu1=$(cpu_seconds "$single_pid")
composition=$(stage_sum "$single_port" composition); render=$(stage_sum "$single_port" render)
before_composition=0
for stage in script voice avatar visuals; do
  seconds=$(stage_sum "$single_port" "$stage"); before_composition=$(python3 -c "print($before_composition + ${seconds:-0})")
done
kill "$single_pid"; while kill -0 "$single_pid" 2>/dev/null; do sleep 0.2; done

declare -a wpids
for i in $(seq 1 "$workers"); do read -r pid _ < <(worker "worker-$i" 2); wpids+=("$pid"); pids+=("$pid"); done
for i in $(seq 1 "$workers"); do await_done "$(submit "warmup$i" 2)"; done
declare -A before
for pid in "${wpids[@]}"; do before[$pid]=$(cpu_seconds "$pid"); done
t2=$(date +%s.%N)
fanned=$(submit single "$scenes"); await_done "$fanned"
t3=$(date +%s.%N)
fan_cpu=0
for pid in "${wpids[@]}"; do fan_cpu=$(python3 -c "print($fan_cpu + $(cpu_seconds "$pid") - ${before[$pid]})"); done
claims=$(psql "$db" -Atc "select split_part(done_by, '-', array_length(string_to_array(done_by, '-'), 1) - 1) as pid,
  count(*) from render_tasks where video_id = '$fanned' group by 1 order by 1" | tr '\n' ' ')
tasks=$(psql "$db" -Atc "select count(*) from render_tasks where video_id = '$fanned'")
idle_before=0; idle_after=0
for pid in "${wpids[@]}"; do idle_before=$(python3 -c "print($idle_before + $(cpu_seconds "$pid"))"); done
t4=$(date +%s.%N); sleep 60; t5=$(date +%s.%N)
for pid in "${wpids[@]}"; do idle_after=$(python3 -c "print($idle_after + $(cpu_seconds "$pid"))"); done
idle_rate=$(python3 -c "print(($idle_after - $idle_before) / ($t5 - $t4) / $workers)")

python3 - "$scenes" "$t0" "$t1" "$cpu0" "$cpu1" "$composition" "$render" "$t2" "$t3" "$fan_cpu" "$tasks" "$workers" \
    "$before_composition" "$idle_rate" <<'PY'
import sys
scenes = int(sys.argv[1]); t0, t1, c0, c1, comp, rend, t2, t3, fan_cpu = map(float, sys.argv[2:11])
tasks, workers = int(sys.argv[11]), int(sys.argv[12])
before, idle_rate = float(sys.argv[13]), float(sys.argv[14])
single_cpu = c1 - c0
print(f"single process: wall {t1 - t0:.1f} s, CPU {single_cpu:.1f} s; composition {comp:.1f} s "
      f"({comp / scenes:.2f} s per segment), render (assembly) {rend:.1f} s")
print(f"fan-out, {workers} workers: wall {t3 - t2:.1f} s, CPU of all workers {fan_cpu:.1f} s, {tasks} tasks")
extra = fan_cpu - single_cpu
print(f"fan-out overhead: {extra:+.1f} s CPU = {100 * extra / single_cpu:+.1f} % of the single-process render, "
      f"{extra / max(1, tasks):+.3f} s per task")
idle = idle_rate * (workers - 1) * (t3 - t2)
print(f"stages before composition {before:.1f} s; an idle worker burns {idle_rate:.4f} CPU-s per s: the "
      f"{workers - 1} extra workers' idling during the fan-out is {idle:.1f} s of it; the rest, "
      f"{extra - idle:+.1f} s = {100 * (extra - idle) / single_cpu:+.1f} %, is the tasks' own overhead")
PY
echo "tasks made per worker pid: $claims"
