#!/usr/bin/env bash
# Scene fan-out benchmark (issue 18, ADR 0024; not a test). One API process (its embedded PostgreSQL
# is everybody's queue), worker processes started from the packaged application, each with a data
# directory (render workspaces) of its own, one media store they share (the API's local one). In one run:
#   1. single process: N workers with the fan-out off (videogen.render.fan-out.min-scenes=0) are
#      running, one of them renders the job alone: its wall time, the CPU time of all N workers
#      (utime+stime from /proc: the N-1 idle ones poll as they would in a fleet), and its stage
#      times (videogen_stage_seconds): per-segment encode cost and assembly cost;
#   2. fan-out: N fresh workers with the fan-out on render the same job (another video, so nothing
#      is cached): wall time, the CPU time of all N workers, which worker made which task
#      (render_tasks), and the fan-out's overhead as its workers timed it step by step
#      (videogen_fanout_overhead_seconds{part}: claims (which bring the tasks' briefs), the video's
#      load, inputs put and read, artefacts put and fetched, settles, progress events), summed over all workers.
# Reported: the timed overhead / the single-process render's wall time (what the 5 % target is
# judged on), and the fair CPU comparison (fan-out CPU - single CPU, same N processes running) / the
# single CPU. Before each measured render every worker of its fleet renders a small video (--warmup-scenes,
# default 6; one per worker, all at once), so JIT warm-up is not counted: in the fan-out fleet those videos fan
# out too, and the fleet warms up again (at most twice) until every worker has read an input from the store
# during them (the script prints how many each read) — a worker that read none would pay its process's first
# GET (class loading, a new connection; 0.2-0.3 s) in the measured run's input_get. With 2 scenes (3 tasks) and a claim's share over the workers seen, the worker that fanned a
# warm-up out took all of its tasks and no worker read an input (ADR 0024, session 13).
# The single-process fleet warms up again (at most twice) until every worker has rendered a video (one
# worker can take two warm-ups at once and leave another cold); the script prints the videos per worker
# before and after the measured single render. Also printed: the overhead net of what the single render
# times for the same steps (its own lookups in the store), beside the gross figure, not instead of it.
#
# With --store s3 the media store is a bucket of a real S3 protocol server (the tests' s3proxy,
# infrastructure's S3TestServer, started beside the processes) instead of a shared local directory:
# every input, segment and output then crosses the S3 protocol, as on a fleet.
# A task's put of what it made runs while its worker makes the next task: only the worker's wait for it
# is overhead (artefact_put); each put's own time (artefact_put_background) is reported beside the sum, as
# is the home worker's copying of segments others made while it had nothing to do (artefact_get_ahead).
# With --nice-workers N the worker processes run under nice -n N (the API, its PostgreSQL and the S3
# server do not): on a fleet the queue and the bucket are other machines, not competitors for the
# workers' cores. Report such figures beside the default ones, never instead of them.
#
# usage: bench/fanout.sh [--workers 3] [--scenes 24] [--resolution 1280x720] [--quality standard] [--store local|s3]
#                        [--nice-workers N] [--warmup-scenes 6]
#   needs: a JDK 17+, python3, psql (Debian postgresql-client), a built bootstrap/target/quarkus-app
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
app="$here/bootstrap/target/quarkus-app/quarkus-run.jar"
workers=3; scenes=24; resolution=1280x720; quality=standard; store=local; nice_workers=0; warmup_scenes=6
while [ $# -gt 0 ]; do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --scenes) scenes="$2"; shift 2 ;;
    --resolution) resolution="$2"; shift 2 ;;
    --quality) quality="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --nice-workers) nice_workers="$2"; shift 2 ;;
    --warmup-scenes) warmup_scenes="$2"; shift 2 ;;
    -h|--help) sed -n '2,37p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
  [ -n "${FANOUT_KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"; }

# the store's settings, in every process's environment
store_env=()
case "$store" in
  local) ;;
  s3)
    # the tests' S3 server, on the test classpath of the infrastructure module (resolved once, offline)
    classpath="$here/infrastructure/target/s3-bench.classpath"
    if [ ! -s "$classpath" ] || [ ! -d "$here/infrastructure/target/test-classes" ]; then
      (cd "$here" && ./mvnw -B -o -q -pl infrastructure -am test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$classpath") >"$work/classpath.log" 2>&1 \
        || { echo "bench/fanout.sh: could not resolve the S3 server's classpath:"; tail -20 "$work/classpath.log"; exit 1; }
    fi
    mkfifo "$work/s3.out"
    java -cp "$here/infrastructure/target/test-classes:$(cat "$classpath")" \
      io.videogen.infrastructure.storage.S3TestServer >"$work/s3.out" 2>"$work/s3.log" &
    pids+=($!)
    while read -r line; do
      [ "$line" = ready ] && break
      store_env+=("$line")
    done <"$work/s3.out"
    [ "${#store_env[@]}" -gt 0 ] || { echo "bench/fanout.sh: the S3 server did not start:"; tail -20 "$work/s3.log"; exit 1; }
    ;;
  *) echo "bench/fanout.sh: --store is local or s3" >&2; exit 64 ;;
esac

db_port=$(free_port); api_port=$(free_port)
db="postgresql://videogen:videogen@localhost:$db_port/videogen"
common=(-Djava.awt.headless=true -Xmx768m -Dquarkus.otel.sdk.disabled=true)
env "${store_env[@]}" VIDEOGEN_DATA_DIR="$work/data" VIDEOGEN_PORT="$api_port" VIDEOGEN_ROLES=api VIDEOGEN_EMBEDDED_POSTGRES_PORT="$db_port" \
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
# Each worker has a data directory of its own (its render workspaces, as on another machine); only the
# media store is shared (a link to the API's), so the tasks' inputs and artefacts really go through it.
worker() {
  local port; port=$(free_port)
  mkdir -p "$work/data/media" "$work/$1"
  [ "$store" = s3 ] || ln -sfn "$work/data/media" "$work/$1/media"
  env "${store_env[@]}" VIDEOGEN_DATA_DIR="$work/$1" VIDEOGEN_PORT="$port" VIDEOGEN_ROLES=worker VIDEOGEN_WORKER_CONCURRENCY=1 \
    QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$db_port/videogen" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$db_port/videogen" \
    QUARKUS_DATASOURCE_USERNAME=videogen QUARKUS_DATASOURCE_PASSWORD=videogen \
    VIDEOGEN_RENDER_FAN_OUT_MIN_SCENES="$2" \
    nice -n "$nice_workers" java "${common[@]}" -jar "$app" serve >"$work/$1.log" 2>&1 &
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
# overhead PORT: "part seconds count" per step (the value right after the labels: an exemplar may follow it) of videogen_fanout_overhead_seconds of one worker
overhead() {
  curl -fs "http://127.0.0.1:$1/q/metrics" | python3 -c '
import re, sys
rows = {}
for line in sys.stdin:
    m = re.match(r"videogen_fanout_overhead_seconds_(sum|count)\{[^}]*part=\"([a-z_]+)\"[^}]*\} ([0-9.eE+-]+)", line)
    if m:
        rows.setdefault(m.group(2), {})[m.group(1)] = float(m.group(3))
for part, v in sorted(rows.items()):
    print(part, v.get("sum", 0), int(v.get("count", 0)))'
}
# snapshot FILE PORT...: every worker's overhead timers, summed, into FILE
snapshot() {
  local file="$1"; shift
  : >"$file"
  for port in "$@"; do overhead "$port" >>"$file"; done
}
# stages PORT...: "composition render before-composition" stage seconds summed over the workers
stages() {
  local c=0 r=0 b=0 port stage
  for port in "$@"; do
    c=$(python3 -c "print($c + $(stage_sum "$port" composition))"); r=$(python3 -c "print($r + $(stage_sum "$port" render))")
    for stage in script voice avatar visuals; do b=$(python3 -c "print($b + $(stage_sum "$port" "$stage"))"); done
  done
  echo "$c $r $b"
}
total_cpu() { local sum=0; for pid in "$@"; do sum=$(python3 -c "print($sum + $(cpu_seconds "$pid"))"); done; echo "$sum"; }
stop_all() { for pid in "$@"; do kill "$pid" 2>/dev/null || true; done; for pid in "$@"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done; }

echo "# $scenes scenes, $resolution, quality $quality; $workers workers (nice $nice_workers); store $store; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# fleet MIN_SCENES NAME: starts N workers; sets fpids and fports (the pids are recorded here: worker runs in a subshell)
fleet() {
  fpids=(); fports=()
  for i in $(seq 1 "$workers"); do
    read -r pid port < <(worker "$2-$i" "$1"); fpids+=("$pid"); fports+=("$port"); pids+=("$pid")
  done
  local round warmups
  for round in 1 2 3; do
    warmups=()  # all at once, so each worker takes one
    for i in $(seq 1 "$workers"); do warmups+=("$(submit "warmup$2$round$i" "$warmup_scenes")"); done
    for v in "${warmups[@]}"; do await_done "$v"; done
    # warms up again (at most twice) until every worker has rendered a video (one worker can take two at
    # once, leaving another cold for the measured render) and, in a fan-out fleet, read an input from the store
    if [ "$1" = 0 ]; then
      [ "$(renders "${fports[@]}" | tr ' ' '\n' | grep -cx 0)" != 0 ] || break
    else
      [ "$(reads "${fports[@]}" | tr ' ' '\n' | grep -cx 0)" != 0 ] || break
    fi
  done
}
# renders PORT...: how many videos each worker has assembled (the render stage's count)
renders() {
  for port in "$@"; do
    curl -fs "http://127.0.0.1:$port/q/metrics" \
      | awk '$0 ~ "^videogen_stage_seconds_count\\{.*stage=\"render\"" { n = $2 } END { printf "%d ", n }'
  done
}
# reads PORT...: how many inputs each worker has read from the store (input_get's count)
reads() {
  for port in "$@"; do overhead "$port" | awk '$1 == "input_get" { n = $3 } END { printf "%d ", n }'; done
}

fleet 0 single
spids=("${fpids[@]}"); sports=("${fports[@]}")
echo "warm-up of the single-process fleet: videos rendered per worker: $(renders "${sports[@]}")"
snapshot "$work/single-before" "${sports[@]}"
stages_before=$(stages "${sports[@]}")
cpu0=$(total_cpu "${spids[@]}"); t0=$(date +%s.%N)
video=$(submit single "$scenes"); await_done "$video"
echo "after the single render, videos rendered per worker: $(renders "${sports[@]}")"
t1=$(date +%s.%N); cpu1=$(total_cpu "${spids[@]}")
snapshot "$work/single-after" "${sports[@]}"
stages_after=$(stages "${sports[@]}")
stop_all "${spids[@]}"

fleet 2 fanout
wpids=("${fpids[@]}"); wports=("${fports[@]}")
snapshot "$work/fan-before" "${wports[@]}"
echo "warm-up ($warmup_scenes scenes a video, up to 3 rounds): inputs read from the store per worker: $(reads "${wports[@]}")"
cpu2=$(total_cpu "${wpids[@]}"); t2=$(date +%s.%N)
# another word of the same length: nothing cached from the single run
fanned=$(submit fanned "$scenes"); await_done "$fanned"
t3=$(date +%s.%N); cpu3=$(total_cpu "${wpids[@]}")
snapshot "$work/fan-after" "${wports[@]}"
claims=$(psql "$db" -Atc "select split_part(done_by, '-', array_length(string_to_array(done_by, '-'), 1) - 1) as pid,
  count(*) from render_tasks where video_id = '$fanned' group by 1 order by 1" | tr '\n' ' ')
tasks=$(psql "$db" -Atc "select count(*) from render_tasks where video_id = '$fanned'")

python3 - "$scenes" "$t0" "$t1" "$cpu0" "$cpu1" "$t2" "$t3" "$cpu2" "$cpu3" "$tasks" "$workers" "$work" \
    "$stages_before" "$stages_after" <<'PY'
import sys
scenes = int(sys.argv[1]); t0, t1, c0, c1, t2, t3, c2, c3 = map(float, sys.argv[2:10])
tasks, workers, work = int(sys.argv[10]), int(sys.argv[11]), sys.argv[12]
comp, rend, before = (a - b for a, b in zip(map(float, sys.argv[14].split()), map(float, sys.argv[13].split())))
def load(name):
    rows = {}
    for line in open(f"{work}/{name}"):
        part, seconds, count = line.split()
        s, c = rows.get(part, (0.0, 0))
        rows[part] = (s + float(seconds), c + int(count))
    return rows
def diff(after, before):
    a, b = load(after), load(before)
    return {p: (a[p][0] - b.get(p, (0, 0))[0], a[p][1] - b.get(p, (0, 0))[1]) for p in a}
single_wall, single_cpu = t1 - t0, c1 - c0
fan_wall, fan_cpu = t3 - t2, c3 - c2
single_parts, fan_parts = diff("single-after", "single-before"), diff("fan-after", "fan-before")
print(f"single process ({workers} workers running, one renders): wall {single_wall:.1f} s, CPU of all {workers} {single_cpu:.1f} s")
print(f"  its stages: before composition {before:.1f} s, composition {comp:.1f} s ({comp / scenes:.2f} s per "
      f"segment), render (assembly) {rend:.1f} s")
print(f"fan-out ({workers} workers): wall {fan_wall:.1f} s, CPU of all {workers} {fan_cpu:.1f} s, {tasks} tasks")
print("timed overhead by step (seconds on the threads that took them, all workers; count):")
for part in sorted(fan_parts):
    s, c = fan_parts[part]; s1, c1_ = single_parts.get(part, (0, 0))
    print(f"  {part:13s} fan-out {s:7.3f} s ({c:4d})   single {s1:7.3f} s ({c1_:4d})")
# each put's own time, on the thread that put it while its worker made the next task, and the home worker's
# copies of what others made while it had nothing to do: not on any path (the worker's waits for them are
# artefact_put and artefact_get), so beside the sum, not in it
BESIDE = {"artefact_put_background", "artefact_get_ahead"}
timed = sum(s for p, (s, _) in fan_parts.items() if p not in BESIDE)
timed_single = sum(s for p, (s, _) in single_parts.items() if p not in BESIDE)
background = sum(s for p, (s, _) in fan_parts.items() if p in BESIDE)
print(f"timed overhead: {timed:.2f} s = {100 * timed / single_wall:.1f} % of the single-process render's wall time "
      f"({timed / max(1, tasks):.3f} s per task); the single render itself took {timed_single:.2f} s of the same steps")
# the single render times some of the same steps too (its lookups of segments in the store, which every
# render makes): inside its wall time already, so what the fan-out adds is the difference; both printed
print(f"net of the single render's own: {timed - timed_single:.2f} s = "
      f"{100 * (timed - timed_single) / single_wall:.1f} % of the single-process render's wall time")
print(f"beside it, the puts' own time and the segments fetched ahead, off the workers' paths: {background:.2f} s; "
      f"counted in, the overhead would be {100 * (timed + background) / single_wall:.1f} %")
extra = fan_cpu - single_cpu
print(f"fair CPU comparison: {extra:+.1f} s CPU = {100 * extra / single_cpu:+.1f} % of the single-process run's CPU "
      f"({extra / max(1, tasks):+.3f} s per task)")
PY
echo "tasks made per worker pid: $claims"
