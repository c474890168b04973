#!/usr/bin/env bash
# The CLI re-render (issue 16 item 4): bench/job-6scenes.json rendered once into a workspace, then,
# N times each and alternately, a copy of that workspace re-rendered with bench/job-6scenes-edited.json
# (scene 4's text changed) by `./videogen render`: with VIDEOGEN_CDS=off, with the launcher's
# start-up cache (an AOT cache on a JDK 25, else a class-data sharing archive), when the launcher
# picks a JDK other than the PATH's also on the PATH's JDK with its archive (VIDEOGEN_JAVA_HOME), and
# (--baseline) by another checkout's launcher in a copy of its own full render's workspace. Prints medians of wall and CPU time (user + system, steadier on a busy
# machine) and the re-render as a fraction of the full render. See bench/README.md.
#
# With --parts, instead of the cache modes, the parts of a re-render (each build with its cache):
#   same     the same spec again: every artefact reused, only the final pass (the fixed cost of a run:
#            JVM start, the spec's reading and checks, the cache lookups, the packet copy, thumbnail)
#   segment  the edited spec in a workspace that holds everything of it but scene 4's segment (the
#            edited render's workspace less its newest segment): no line said, the soundtrack kept,
#            one segment encoded (fixed cost + the changed scene's encode)
#   edited   the edited spec in the full render's workspace, as above
# (bench/job-6scenes-recoloured.json is no "one segment": a new still of scene 4 changes scene 5's
# cross-fade too, so two segments are encoded.)
#
# With --daemon, instead of the cache modes, the render daemon (ADR 0036), N times each and alternately:
#   daemon-full-cold  the full render by `./videogen render --daemon` with no daemon running (the daemon
#                     stopped before): its start is in the figure
#   daemon-full-warm  the full render again, into a new workspace, by the daemon the first one started
#   daemon-edit       the edited spec in a copy of the full render's workspace, by the warm daemon
#   full              the full render by `./videogen render`, a process of its own (the share's reference)
#   edit              the edited spec in a copy of that workspace, a process of its own
# and with --baseline, the baseline's full render and re-render, each a process of its own. A daemon's
# CPU time is its process's (from /proc/<pid>/stat, before and after) plus the client's.
#
#   bench/rerender-start.sh [--runs 5] [--baseline /tmp/start-base] [--parts | --daemon]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs=5; baseline=""; parts=false; daemon=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --parts) parts=true; shift ;;
    --daemon) daemon=true; shift ;;
    *) echo "bench/rerender-start.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
work="$(mktemp -d /tmp/videogen-rerender-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# timed <label> <command...>: appends "label wall cpu" (seconds) to the results
timed() {
  local label="$1"; shift
  /usr/bin/time -f "$label %e %U %S" -a -o "$work/times" "$@" >/dev/null 2>&1
  tail -1 "$work/times" | awk '{ printf "%s %.2f %.2f\n", $1, $2, $3 + $4 }' | tee -a "$work/results"
}

# prepare <label> <checkout>: writes its archive, then its full render into $work/<label>-ws
prepare() {
  "$2/videogen" render "$here/job-6scenes.json" -o "$work/warm.mp4" --workspace "$work/$1-warm" -q
  timed "full-$1" "$2/videogen" render "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/$1-ws" -q
  if $parts; then
    cp -r "$work/$1-ws" "$work/$1-seg"
    "$2/videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" --workspace "$work/$1-seg" -q
    rm -f "$work/$1-seg/segments/$(ls -t "$work/$1-seg/segments" | head -1)"
  fi
}

# parts <label> <checkout>: one re-render of each part (see --parts above)
parts() {
  local part file
  for part in same segment edited; do
    file="$here/job-6scenes-edited.json"; [ "$part" = same ] && file="$here/job-6scenes.json"
    rm -rf "$work/copy"; cp -r "$work/$1-$([ "$part" = segment ] && echo seg || echo ws)" "$work/copy"
    timed "$part-$1" "$2/videogen" render "$file" -o "$work/edit.mp4" --workspace "$work/copy" -q
  done
}

# daemon_timed <label> <arguments of render...>: as timed, through the render daemon, its CPU added
daemon_timed() {
  local label="$1" pid before after ticks; shift
  ticks="$(getconf CLK_TCK)"
  pid="$("$here/../videogen" daemon status | sed -n 's/.*running, pid \([0-9]*\),.*/\1/p')"
  before=0; [ -z "$pid" ] || before="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  /usr/bin/time -f "$label %e %U %S" -a -o "$work/times" "$here/../videogen" render --daemon "$@" >/dev/null 2>&1
  pid="$("$here/../videogen" daemon status | sed -n 's/.*running, pid \([0-9]*\),.*/\1/p')"
  after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  tail -1 "$work/times" | awk -v d="$(( after - before ))" -v t="$ticks" \
    '{ printf "%s %.2f %.2f\n", $1, $2, $3 + $4 + d / t }' | tee -a "$work/results"
}

# daemons: one round of the --daemon mode (see above) for this build
daemons() {
  "$here/../videogen" daemon stop >/dev/null
  rm -rf "$work/d-ws" "$work/d-ws2" "$work/copy"
  daemon_timed daemon-full-cold "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/d-ws" -q
  daemon_timed daemon-full-warm "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/d-ws2" -q
  cp -r "$work/d-ws" "$work/copy"
  daemon_timed daemon-edit "$here/job-6scenes-edited.json" -o "$work/edit.mp4" --workspace "$work/copy" -q
  rm -rf "$work/this-ws" "$work/copy"
  timed full "$here/../videogen" render "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/this-ws" -q
  cp -r "$work/this-ws" "$work/copy"
  timed edit "$here/../videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" --workspace "$work/copy" -q
}

chosen="$("$here/../videogen" help | sed -n 's/^Java runtime: \(.*\) (Java .*/\1/p')"
path_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
modes="off on"  # and "path": the PATH's JDK, when the launcher picks another
if ! $parts && [ "$(readlink -f "$chosen")" != "$(readlink -f "$path_home/bin/java")" ]; then
  modes="off on path"
  VIDEOGEN_JAVA_HOME="$path_home" "$here/../videogen" render "$here/job-6scenes.json" -o "$work/warm.mp4" \
    --workspace "$work/path-warm" -q  # writes its archive
fi
prepare this "$here/.."
[ -z "$baseline" ] || prepare base "$baseline"
if $daemon; then  # a daemon of its own, and its start-up cache written by one round before the runs
  export VIDEOGEN_DAEMON_DIR="$work/daemons"
  trap '"$here/../videogen" daemon stop >/dev/null; rm -rf "$work"' EXIT
  "$here/../videogen" render --daemon "$here/job-6scenes.json" -o "$work/warm.mp4" --workspace "$work/d-warm" -q
  for _ in $(seq 1 240); do  # the client's own cache, written by the launcher in the background (ADR 0036)
    compgen -G "$here/../bootstrap/target/quarkus-app/videogen-client-*.[aj][os][ta]" >/dev/null && break
    sleep 0.5
  done
  "$here/../videogen" daemon stop >/dev/null
  for _ in $(seq 1 240); do  # the launcher writes the cache after the daemon's exit
    compgen -G "$here/../bootstrap/target/quarkus-app/videogen-daemon-*.[aj][os][ta]" >/dev/null && break
    sleep 0.5
  done
fi
echo "# label wall-s cpu-s; load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; launcher: $chosen, PATH: $path_home"
for _ in $(seq 1 "$runs"); do
  if $parts; then
    parts this "$here/.."
    [ -z "$baseline" ] || parts base "$baseline"
    continue
  fi
  if $daemon; then
    daemons
    if [ -n "$baseline" ]; then
      rm -rf "$work/base-ws" "$work/copy"
      timed base-full "$baseline/videogen" render "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/base-ws" -q
      cp -r "$work/base-ws" "$work/copy"
      timed base-edit "$baseline/videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" --workspace "$work/copy" -q
    fi
    continue
  fi
  if [ -n "$baseline" ]; then
    rm -rf "$work/copy"; cp -r "$work/base-ws" "$work/copy"
    timed base "$baseline/videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" --workspace "$work/copy" -q
  fi
  for mode in $modes; do
    rm -rf "$work/copy"; cp -r "$work/this-ws" "$work/copy"
    if [ "$mode" = path ]; then
      VIDEOGEN_JAVA_HOME="$path_home" timed "$mode" "$here/../videogen" render "$here/job-6scenes-edited.json" \
        -o "$work/edit.mp4" --workspace "$work/copy" -q
    else
      VIDEOGEN_CDS=$mode timed "$mode" "$here/../videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" \
        --workspace "$work/copy" -q
    fi
  done
done
echo "# load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
if $daemon; then
  python3 - "$work/results" <<'PY'
import statistics, sys, collections
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, w, c = line.split(); wall[label].append(float(w)); cpu[label].append(float(c))
m = lambda d, l: statistics.median(d[l])
for label in [l for l in wall if l in ("daemon-full-cold", "daemon-full-warm", "daemon-edit", "full", "edit", "base-full", "base-edit")]:
    print(f"{label:17}: median {m(wall, label):.2f} s wall, CPU {m(cpu, label):.2f} s  (walls {' '.join(f'{x:.2f}' for x in wall[label])})")
def share(edit, full):
    if edit in wall and full in wall:
        print(f"{edit} / {full}: wall {100 * m(wall, edit) / m(wall, full):.0f} %, CPU {100 * m(cpu, edit) / m(cpu, full):.0f} %")
for edit, full in [("daemon-edit", "full"), ("daemon-edit", "daemon-full-warm"), ("daemon-edit", "daemon-full-cold"),
                   ("edit", "full"), ("base-edit", "base-full")]:
    share(edit, full)
PY
  exit 0
fi
python3 - "$work/results" <<'PY'
import statistics, sys, collections
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, w, c = line.split(); wall[label].append(float(w)); cpu[label].append(float(c))
names = {"off": "this build, cache off", "on": "this build, its cache", "path": "this, PATH's JDK, archive",
         "base": "baseline (its archive)"}
for label in [l for l in wall if not l.startswith("full-")]:
    full = "full-base" if label.endswith("base") else "full-this"
    w, c = statistics.median(wall[label]), statistics.median(cpu[label])
    print(f"re-render, {names.get(label, label):26}: median {w:.2f} s wall = {100 * w / wall[full][0]:.0f} % of the full render "
          f"({wall[full][0]:.2f} s), CPU {c:.2f} s = {100 * c / cpu[full][0]:.0f} % ({cpu[full][0]:.2f} s)")
PY
