#!/usr/bin/env bash
# videogen benchmark (not a test). In one run:
#   1. the standard job (../shared/bench/job-30s.json) rendered with the CLI, interleaved with the floor
#      (../shared/bench/floor.sh: the same work as one hand-written FFmpeg command, fed the narration WAV
#      our engine produced and our shipped font), N times each: median wall time, peak RSS, ratio;
#   2. the incremental case: a 6-scene job rendered in a fresh workspace, then one scene's text changed
#      and rendered again in the same workspace: the re-render as a fraction of the full render;
#   3. with --long: a 10-minute 1080p render: peak RSS, and the output's duration against the narration
#      (it must be within one frame per scene).
#
#   with --baseline DIR: the standard job also rendered by the build in DIR (another checkout, built),
#      interleaved with this one (order alternating run by run): both medians and their ratio.
#   with --system-floor: floor.sh also run by the ffmpeg on the PATH (Debian's 5.1: apt-get install ffmpeg),
#      interleaved with the others, and its ratio printed beside the bundled binary's.
#   with --presenter: bench/job-30s-presenter.json (the standard job, the presenter on every scene) against
#      bench/floor-presenter.sh (floor.sh overlaying the presenter's frames, cut from our own render of it).
#
# usage: bench/run.sh [--runs N] [--long] [--skip-floor] [--system-floor] [--baseline DIR] [--standard-only] [--presenter]
#   needs: a JDK 17+, and for the floor the ffmpeg executable inside bytedeco's natives, which links
#   libpulse (Debian: apt-get install libpulse0). /usr/bin/time -v is used for peak RSS when present.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="${VIDEOGEN_SHARED:-$repo/../shared}"
runs=5
long=false
floor=true
baseline=""
standard_only=false
presenter=false
system_floor=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --long) long=true; shift ;;
    --skip-floor) floor=false; shift ;;
    --baseline) baseline="$(cd "$2" && pwd)"; shift 2 ;;
    --standard-only) standard_only=true; shift ;;
    --presenter) presenter=true; shift ;;
    --system-floor) system_floor=true; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 64 ;;
  esac
done

app="$repo/bootstrap/target/quarkus-app"
if [ ! -f "$app/quarkus-run.jar" ]; then
  echo "bench: building the application..." >&2
  (cd "$repo" && ./mvnw -q -B package -DskipTests) >&2
fi
job="$shared/bench/job-30s.json"
font="$repo/infrastructure/src/main/resources/io/videogen/infrastructure/fonts/DejaVuSans.ttf"
work="$(mktemp -d /tmp/videogen-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# --- measuring -------------------------------------------------------------------------------------
# measure LABEL CMD... : runs CMD, appends "LABEL wall_seconds peak_rss_kb cpu_seconds" to $work/times
# (CPU = user + system, of the process and its children; "-" without GNU time)
measure() {
  local label="$1"; shift
  if [ -x /usr/bin/time ]; then
    # One retry: on a shared machine another job may kill or starve a run.
    /usr/bin/time -f "%e %M %U %S" -o "$work/last" "$@" >"$work/last.out" 2>"$work/last.err" \
      || { echo "bench: $label failed ($(tail -c 300 "$work/last.err" | tr '\n' ' ')); once more" >&2;
           /usr/bin/time -f "%e %M %U %S" -o "$work/last" "$@" >"$work/last.out" 2>"$work/last.err"; } \
      || { cat "$work/last.err" >&2; echo "bench: $label failed" >&2; exit 1; }
    echo "$label $(awk '{printf "%s %s %.2f", $1, $2, $3 + $4}' "$work/last")" >>"$work/times"
  else
    # No GNU time: wall time from the shell, peak RSS by sampling VmRSS of the process tree.
    local start end peak=0 pid
    start=$(date +%s.%N)
    "$@" >"$work/last.out" 2>"$work/last.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      local total=0 p
      for p in $pid $(pgrep -P "$pid" 2>/dev/null) $(pgrep -g "$(ps -o pgid= "$pid" | tr -d ' ')" 2>/dev/null); do
        local rss
        rss=$(awk '/VmRSS/{print $2}' "/proc/$p/status" 2>/dev/null || echo 0)
        [ "${rss:-0}" -gt "$total" ] && total=$rss
      done
      [ "$total" -gt "$peak" ] && peak=$total
      sleep 0.05
    done
    wait "$pid" || { cat "$work/last.err" >&2; echo "bench: $label failed" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$label $(echo "$end - $start" | bc) $peak -" >>"$work/times"
  fi
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
stat_of() { grep "^$1 " "$work/times" | awk -v c="$2" '{print $c}'; }
vg="$repo/videogen"

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); the launcher's: $("$vg" help | sed -n 's/^Java runtime: //p')"

# --- 1. standard job against the floor ------------------------------------------------------------
"$vg" render "$job" -o "$work/warm.mp4" --workspace "$work/ws-narration" -q   # also warms the file cache
narration="$work/ws-narration/audio/narration.wav"
if $floor; then
  ffmpeg_exe="$(java -cp "$app/lib/main/*" "$here/LocateFfmpeg.java" 2>"$work/locate.err" | tail -1)" || true
  if [ ! -x "$ffmpeg_exe" ]; then
    cat "$work/locate.err" >&2
    echo "bench: cannot run the bundled ffmpeg (it needs libpulse0); use --skip-floor" >&2; exit 1
  fi
  mkdir -p "$work/ff"
  for tool in ffmpeg ffprobe; do
    printf '#!/bin/sh\nLD_LIBRARY_PATH="%s" exec "%s" "$@"\n' "$(dirname "$ffmpeg_exe")" \
      "$(dirname "$ffmpeg_exe")/$tool" >"$work/ff/$tool"
    chmod +x "$work/ff/$tool"
  done
  bash "$shared/bench/floor.sh" "$work/floor-warm.mp4" "$narration" "$font" "$work/ff/ffmpeg"
fi
if [ -n "$baseline" ]; then
  [ -f "$baseline/bootstrap/target/quarkus-app/quarkus-run.jar" ] || { echo "bench: build $baseline first" >&2; exit 1; }
  "$baseline/videogen" render "$job" -o "$work/base-warm.mp4" -q
fi
for k in $(seq 1 "$runs"); do
  if $floor; then measure floor bash "$shared/bench/floor.sh" "$work/floor.mp4" "$narration" "$font" "$work/ff/ffmpeg"; fi
  if $system_floor; then measure floor-system bash "$shared/bench/floor.sh" "$work/floor-sys.mp4" "$narration" "$font" ffmpeg; fi
  if [ -n "$baseline" ] && [ $((k % 2)) -eq 0 ]; then
    measure baseline "$baseline/videogen" render "$job" -o "$work/base.mp4" -q
    measure videogen "$vg" render "$job" -o "$work/out.mp4" -q
  else
    measure videogen "$vg" render "$job" -o "$work/out.mp4" -q
    if [ -n "$baseline" ]; then measure baseline "$baseline/videogen" render "$job" -o "$work/base.mp4" -q; fi
  fi
  shown=$(( 1 + $($floor && echo 1 || echo 0) + $($system_floor && echo 1 || echo 0) + $([ -n "$baseline" ] && echo 1 || echo 0) ))
  echo "  run $k: $(tail -n "$shown" "$work/times" | tr '\n' ' ')(load $(cut -d' ' -f1 /proc/loadavg))"
done
ours=$(stat_of videogen 2 | median)
ours_rss=$(stat_of videogen 3 | sort -n | tail -1)
ours_cpu=$(stat_of videogen 4 | median)
echo
echo "standard job ($runs runs each, interleaved; medians; CPU = user + system seconds):"
printf '  videogen render  wall %6.2f s   CPU %6s s   peak RSS %4d MB\n' "$ours" "$ours_cpu" $((ours_rss / 1024))
if $floor; then
  floor_s=$(stat_of floor 2 | median)
  floor_rss=$(stat_of floor 3 | sort -n | tail -1)
  floor_cpu=$(stat_of floor 4 | median)
  printf '  floor.sh         wall %6.2f s   CPU %6s s   peak RSS %4d MB\n' "$floor_s" "$floor_cpu" $((floor_rss / 1024))
  printf '  ratio            %6.2f x the floor, wall (target <= 1.0)\n' "$(echo "$ours / $floor_s" | bc -l)"
  printf '  (median of the per-pair ratios: %.2f)\n' "$(paste <(stat_of videogen 2) <(stat_of floor 2) | awk '{print $1 / $2}' | median)"
fi
if $system_floor; then
  sys_s=$(stat_of floor-system 2 | median)
  printf '  floor.sh, %s  wall %6.2f s   CPU %6s s\n' "$(ffmpeg -version | head -1 | cut -d' ' -f1-3)" "$sys_s" \
    "$(stat_of floor-system 4 | median)"
  printf '  ratio            %6.2f x that floor, wall (median of the per-pair ratios: %.2f)\n' \
    "$(echo "$ours / $sys_s" | bc -l)" \
    "$(paste <(stat_of videogen 2) <(stat_of floor-system 2) | awk '{print $1 / $2}' | median)"
fi

if [ -n "$baseline" ]; then
  base_s=$(stat_of baseline 2 | median)
  printf '  baseline render  wall %6.2f s   CPU %6s s   peak RSS %4d MB   (%s)\n' "$base_s" \
    "$(stat_of baseline 4 | median)" $(( $(stat_of baseline 3 | sort -n | tail -1) / 1024 )) "$baseline"
  printf '  this / baseline  %6.3f wall (median of the per-pair ratios: %.3f); CPU %.3f\n' \
    "$(echo "$ours / $base_s" | bc -l)" \
    "$(paste <(stat_of videogen 2) <(stat_of baseline 2) | awk '{print $1 / $2}' | median)" \
    "$(echo "$ours_cpu / $(stat_of baseline 4 | median)" | bc -l)"
fi

# --- 1b. the presenter on every scene, against the floor overlaying the same presenter frames ---------
if $presenter && $floor; then
  pjob="$here/job-30s-presenter.json"
  "$vg" render "$pjob" -o "$work/presenter-warm.mp4" --workspace "$work/ws-presenter" -q
  # the presenter's frames as videogen drew them: its badge cut out of our render, coded losslessly
  "$work/ff/ffmpeg" -hide_banner -loglevel error -y -i "$work/presenter-warm.mp4" -map 0:v \
    -vf crop=248:248:997:459 -c:v libx264 -preset ultrafast -qp 0 "$work/presenter.mkv"
  pwav="$work/ws-presenter/audio/narration.wav"
  [ -z "$baseline" ] || "$baseline/videogen" render "$pjob" -o "$work/pbase-warm.mp4" -q
  for k in $(seq 1 "$runs"); do
    measure floorp bash "$here/floor-presenter.sh" "$work/floorp.mp4" "$pwav" "$font" "$work/ff/ffmpeg" "$work/presenter.mkv"
    measure presenter "$vg" render "$pjob" -o "$work/p.mp4" -q
    [ -z "$baseline" ] || measure pbase "$baseline/videogen" render "$pjob" -o "$work/pbase.mp4" -q
    echo "  presenter run $k: $(grep -E '^(floorp|presenter|pbase) ' "$work/times" | tail -n $([ -z "$baseline" ] && echo 2 || echo 3) | tr '\n' ' ')(load $(cut -d' ' -f1 /proc/loadavg))"
  done
  p_s=$(stat_of presenter 2 | median); fp_s=$(stat_of floorp 2 | median)
  echo
  echo "presenter on every scene ($runs runs each, interleaved; medians):"
  printf '  videogen render  wall %6.2f s   CPU %6s s\n' "$p_s" "$(stat_of presenter 4 | median)"
  printf '  floor-presenter  wall %6.2f s   CPU %6s s\n' "$fp_s" "$(stat_of floorp 4 | median)"
  printf '  ratio            %6.2f x the floor, wall (target <= 0.8)\n' "$(echo "$p_s / $fp_s" | bc -l)"
  if [ -n "$baseline" ]; then
    printf '  baseline render  wall %6.2f s   CPU %6s s\n' "$(stat_of pbase 2 | median)" "$(stat_of pbase 4 | median)"
  fi
fi
if $standard_only; then exit 0; fi

# --- 2. incremental: change one scene of six ------------------------------------------------------
for k in $(seq 1 "$runs"); do
  rm -rf "$work/ws6"
  measure full6 "$vg" render "$here/job-6scenes.json" -o "$work/six.mp4" --workspace "$work/ws6" -q
  measure edit6 "$vg" render "$here/job-6scenes-edited.json" -o "$work/six.mp4" --workspace "$work/ws6" -q
done
full6=$(stat_of full6 2 | median)
edit6=$(stat_of edit6 2 | median)
echo
echo "incremental (6 scenes, one scene's text changed, same workspace; $runs pairs, medians):"
printf '  full render      wall %6.2f s   CPU %6s s\n' "$full6" "$(stat_of full6 4 | median)"
printf '  re-render        wall %6.2f s   CPU %6s s\n' "$edit6" "$(stat_of edit6 4 | median)"
printf '  re-render / full: %.0f %% of the wall time (target <= 20 %%); median of the per-pair ratios %.0f %%\n' \
  "$(echo "100 * $edit6 / $full6" | bc -l)" \
  "$(paste <(stat_of edit6 2) <(stat_of full6 2) | awk '{print 100 * $1 / $2}' | median)"

echo "  the same in one warm JVM (as the service renders; engine built once and warmed by one render):"
java -cp "$app/lib/boot/*:$app/lib/main/*:$app/app/*" "$here/WarmIncremental.java" "$here/job-6scenes.json" \
  "$here/job-6scenes-edited.json" "$(( runs < 3 ? runs : 3 ))" 2>/dev/null | sed 's/^/  /'

# --- 3. ten minutes at 1080p ----------------------------------------------------------------------
if $long; then
  {
    echo '{"title": "Benchmark: ten minutes at 1080p", "scenes": ['
    for n in $(seq 1 60); do
      from=$([ $((n % 2)) -eq 1 ] && echo "#1e3c72" || echo "#134e5e")
      printf '  {"title": "Part %d", "text": "This is part %d of the long benchmark video. It keeps talking for a while about nothing in particular, so that the whole video lasts about ten minutes and every scene has its own caption.", "visual": {"type": "gradient", "from": "%s", "to": "#2a5298"}}%s\n' \
        "$n" "$n" "$from" "$([ "$n" -lt 60 ] && echo ,)"
    done
    echo '], "output": {"aspectRatio": "16:9", "resolution": "1920x1080", "fps": 30, "quality": "standard"},'
    echo ' "captions": {"burnIn": true}}'
  } >"$work/long.json"
  measure long "$vg" render "$work/long.json" -o "$work/long.mp4" --workspace "$work/ws-long" -q
  long_s=$(stat_of long 2); long_rss=$(stat_of long 3)
  video=$(java -cp "$app/lib/main/*" "$here/Probe.java" "$work/long.mp4")
  speech=$(java -cp "$app/lib/main/*" "$here/Probe.java" "$work/ws-long/audio/narration.wav")
  echo
  echo "10 minutes at 1920x1080, 30 fps, 60 scenes:"
  printf '  wall %.1f s, peak RSS %d MB (target <= 1024 MB)\n' "$long_s" $((long_rss / 1024))
  printf '  video %.3f s, narration %.3f s, difference %.3f s (allowed: one frame per scene = %.3f s)\n' \
    "$video" "$speech" "$(echo "$video - $speech" | bc -l | tr -d -)" "$(echo "60 / 30" | bc -l)"
fi
