#!/usr/bin/env bash
# The cost of a call through the render daemon outside the render (ADR 0036, amended in session 13):
# this build against another checkout (--baseline), each with a warm daemon of its own (two full
# renders of bench/job-6scenes.json first), N rounds alternating build by build:
#   status  `./videogen daemon status`: the launcher, the client, one round trip
#   same    bench/job-6scenes.json again in a copy of the full render's workspace (all reused: the
#           daemon's fixed work per render)
#   edit    bench/job-6scenes-edited.json in a copy of that workspace (scene 4's text changed)
# Prints medians of wall time and of CPU: the launcher's and the client's (/usr/bin/time) and the
# daemon's (/proc/<pid>/stat, before and after). The baseline runs with VIDEOGEN_CDS=off, so nothing
# is written into its tree (its client has no cache of its own anyway); this build with its caches.
#   bench/daemon-client.sh --baseline /tmp/base13 [--runs 8]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs=8; baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    *) echo "bench/daemon-client.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[ -n "$baseline" ] || { echo "bench/daemon-client.sh: --baseline <checkout> is required" >&2; exit 64; }
work="$(mktemp -d /tmp/videogen-daemon-client.XXXXXX)"
declare -A root=([this]="$here/.." [base]="$baseline") cds=([this]=on [base]=off)
vg() { local b="$1"; shift; VIDEOGEN_DAEMON_DIR="$work/d-$b" VIDEOGEN_CDS="${cds[$b]}" "${root[$b]}/videogen" "$@"; }
trap 'vg this daemon stop >/dev/null 2>&1; vg base daemon stop >/dev/null 2>&1; rm -rf "$work"' EXIT
ticks="$(getconf CLK_TCK)"
for b in this base; do
  vg "$b" render --daemon "$here/job-6scenes.json" -o "$work/six-$b.mp4" --workspace "$work/ws-$b" -q
  vg "$b" render --daemon "$here/job-6scenes.json" -o "$work/six-$b.mp4" --workspace "$work/ws2-$b" -q
done
for _ in $(seq 1 240); do  # this build's client cache, written in the background after its first render
  compgen -G "$here/../bootstrap/target/quarkus-app/videogen-client-*.[aj][os][ta]" >/dev/null && break
  sleep 0.5
done
echo "# load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for _ in $(seq 1 "$runs"); do
  for b in this base; do
    pid="$(vg "$b" daemon status | sed -n 's/.*running, pid \([0-9]*\),.*/\1/p')"
    for kind in status same edit; do
      spec="$here/job-6scenes.json"; [ "$kind" = edit ] && spec="$here/job-6scenes-edited.json"
      rm -rf "$work/copy"; cp -r "$work/ws-$b" "$work/copy"
      before="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
      if [ "$kind" = status ]; then
        /usr/bin/time -a -o "$work/times" -f "$kind-$b %e %U %S" env VIDEOGEN_DAEMON_DIR="$work/d-$b" \
          VIDEOGEN_CDS="${cds[$b]}" "${root[$b]}/videogen" daemon status >/dev/null
      else
        /usr/bin/time -a -o "$work/times" -f "$kind-$b %e %U %S" env VIDEOGEN_DAEMON_DIR="$work/d-$b" \
          VIDEOGEN_CDS="${cds[$b]}" "${root[$b]}/videogen" render --daemon "$spec" -o "$work/$kind-$b.mp4" \
          --workspace "$work/copy" -q
      fi
      after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
      sed -i '$ s/$/ '"$(( after - before ))"'/' "$work/times"
    done
  done
done
echo "# load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
cmp "$work/edit-this.mp4" "$work/edit-base.mp4" && echo "the re-render's MP4: the same bytes from both builds"
python3 - "$work/times" "$ticks" <<'PY'
import sys, statistics, collections
d = collections.defaultdict(list); ticks = int(sys.argv[2])
for line in open(sys.argv[1]):
    label, wall, user, system, daemon = line.split()
    d[label].append((float(wall), float(user) + float(system), int(daemon) / ticks))
for label in sorted(d):
    v = d[label]; m = lambda i: statistics.median(x[i] for x in v)
    print(f"{label:12} wall {m(0):.3f} s, launcher+client CPU {m(1):.3f} s, daemon CPU {m(2):.3f} s, "
          f"total {statistics.median(x[1] + x[2] for x in v):.3f} s  (walls {' '.join('%.2f' % x[0] for x in v)})")
PY
