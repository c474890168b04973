#!/usr/bin/env bash
# The CLI re-render (issue 16 item 4): bench/job-6scenes.json rendered once into a workspace, then,
# N times each and alternately, a copy of that workspace re-rendered with bench/job-6scenes-edited.json
# (scene 4's text changed) by `./videogen render`: with VIDEOGEN_CDS=off, with the launcher's
# class-data sharing archive, and (--baseline) by another checkout's launcher in a copy of its own
# full render's workspace. Prints medians of wall and CPU time (user + system, steadier on a busy
# machine) and the re-render as a fraction of the full render. See bench/README.md.
#
#   bench/rerender-start.sh [--runs 5] [--baseline /tmp/start-base]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs=5; baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
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
}

prepare this "$here/.."
[ -z "$baseline" ] || prepare base "$baseline"
echo "# label wall-s cpu-s; load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for _ in $(seq 1 "$runs"); do
  if [ -n "$baseline" ]; then
    rm -rf "$work/copy"; cp -r "$work/base-ws" "$work/copy"
    timed base "$baseline/videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" --workspace "$work/copy" -q
  fi
  for mode in off on; do
    rm -rf "$work/copy"; cp -r "$work/this-ws" "$work/copy"
    VIDEOGEN_CDS=$mode timed "$mode" "$here/../videogen" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" \
      --workspace "$work/copy" -q
  done
done
python3 - "$work/results" <<'PY'
import statistics, sys, collections
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, w, c = line.split(); wall[label].append(float(w)); cpu[label].append(float(c))
names = {"off": "this build, archive off", "on": "this build, archive on", "base": "baseline (its archive)"}
for label in [l for l in wall if not l.startswith("full-")]:
    full = "full-base" if label == "base" else "full-this"
    w, c = statistics.median(wall[label]), statistics.median(cpu[label])
    print(f"re-render, {names[label]:24}: median {w:.2f} s wall = {100 * w / wall[full][0]:.0f} % of the full render "
          f"({wall[full][0]:.2f} s), CPU {c:.2f} s = {100 * c / cpu[full][0]:.0f} % ({cpu[full][0]:.2f} s)")
PY
