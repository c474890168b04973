#!/usr/bin/env bash
# The CLI re-render with and without the launcher's class-data sharing archive (issue 16 item 4):
# bench/job-6scenes.json rendered once into a workspace, then, N times each and alternately, a copy
# of that workspace re-rendered with bench/job-6scenes-edited.json (scene 4 changed) by
# `./videogen render` with VIDEOGEN_CDS=off and with the archive. Prints medians and the re-render
# as a fraction of the full render. See bench/README.md.
#
#   bench/rerender-start.sh [--runs 5]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vg="$here/../videogen"
runs=5
[ "${1:-}" = --runs ] && runs="$2"
work="$(mktemp -d /tmp/videogen-rerender-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

seconds() { local t0; t0=$(date +%s%N); "$@" >/dev/null 2>&1; echo "scale=3; ($(date +%s%N) - $t0) / 1000000000" | bc; }

"$vg" render "$here/job-6scenes.json" -o "$work/warm.mp4" --workspace "$work/warm" -q   # writes the archive if none yet
full=$(seconds "$vg" render "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/ws" -q)
echo "full render (with the archive): $full s; load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  for mode in off on; do
    rm -rf "$work/copy"; cp -r "$work/ws" "$work/copy"
    t=$(VIDEOGEN_CDS=$mode seconds "$vg" render "$here/job-6scenes-edited.json" -o "$work/edit.mp4" \
      --workspace "$work/copy" -q)
    echo "$mode $t" | tee -a "$work/results"
  done
done
python3 - "$work/results" "$full" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    mode, t = line.split(); rows.setdefault(mode, []).append(float(t))
full = float(sys.argv[2])
for mode, v in rows.items():
    m = statistics.median(v)
    print(f"re-render, archive {mode:3}: median {m:.2f} s = {100 * m / full:.0f} % of the full render")
PY
