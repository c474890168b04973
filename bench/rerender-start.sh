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
#   bench/rerender-start.sh [--runs 5] [--baseline /tmp/start-base] [--parts]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs=5; baseline=""; parts=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --parts) parts=true; shift ;;
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
echo "# label wall-s cpu-s; load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; launcher: $chosen, PATH: $path_home"
for _ in $(seq 1 "$runs"); do
  if $parts; then
    parts this "$here/.."
    [ -z "$baseline" ] || parts base "$baseline"
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
