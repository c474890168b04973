#!/usr/bin/env bash
# Quality held equal (issue 16, item 2; ADR 0020), not a test. Compares against a lossless reference,
# per frame with FFmpeg's psnr and ssim filters (the bundled FFmpeg 8 executable): a scene like the
# standard job's second (1280x720, 30 fps, quality high: the floor is x264 medium CRF 18; a 1 s fade from the scene
# before, three captions; bench/quality/QualityScene.java) rendered by this build and, with --baseline DIR,
# by another build (one whose x264 codes every frame, the floor's technique); the reference is every frame
# exactly as the renderer hands it to the encoder (raw YUV420P), what a lossless encode decodes to.
# (floor.sh's own output is not set against it: it paints other pictures, with FFmpeg's filters.)
# Prints mean and lowest PSNR (Y) and SSIM (all planes) over the frames, and file sizes.
#
# With --presenter, the same scene with the default presenter speaking over it (a mouth shape per
# phoneme; bench/job-30s-presenter.json's case).
#
# With --lead, the first caption starts at 0.3 s (the render's lead-in), so the fade's first 9 frames show no
# caption, and this build codes them as a scene lead of their own (ADR 0041); a build before leads codes the
# scene as one.
#
# usage: bench/quality.sh [--baseline DIR] [--presenter] [--lead]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
baseline=""
mode=""
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline="$(cd "$2" && pwd)"; shift 2 ;;
    --presenter) mode="$mode presenter"; shift ;;
    --lead) mode="$mode lead"; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "quality: unknown option $1" >&2; exit 64 ;;
  esac
done
work="$(mktemp -d /tmp/videogen-quality.XXXXXX)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
classpath() { local app="$1/bootstrap/target/quarkus-app"; echo "$app/lib/boot/*:$app/lib/main/*:$app/app/*"; }
[ -f "$repo/bootstrap/target/quarkus-app/quarkus-run.jar" ] || (cd "$repo" && ./mvnw -q -B package -DskipTests)

ffmpeg_exe="$(java -cp "$(classpath "$repo")" "$here/LocateFfmpeg.java" | tail -1)"
ff() { LD_LIBRARY_PATH="$(dirname "$ffmpeg_exe")" "$ffmpeg_exe" -hide_banner -nostdin "$@"; }

# compare NAME DISTORTED REFERENCE-INPUT-ARGS... : one line of figures
compare() {
  local name="$1" file="$2"; shift 2
  ff -v error "$@" -i "$file" -lavfi "[1:v]split[a][b];[0:v]split[c][d];[a][c]psnr=stats_file=$work/$name.psnr;[b][d]ssim=stats_file=$work/$name.ssim" -f null -
  awk -v name="$name" -v size="$(stat -c %s "$file")" '
    FILENAME ~ /psnr$/ { for (i = 1; i <= NF; i++) if ($i ~ /^psnr_y:/) { v = substr($i, 8); if (v == "inf") v = 99;
                         p += v; n++; if (n == 1 || v < pmin) pmin = v } }
    FILENAME ~ /ssim$/ { for (i = 1; i <= NF; i++) if ($i ~ /^All:/) { v = substr($i, 5); s += v; m++; if (m == 1 || v < smin) smin = v } }
    END { printf "  %-34s %4d frames  PSNR-Y mean %6.2f dB  min %6.2f dB   SSIM mean %.5f  min %.5f   %8d bytes\n",
          name, n, p / n, pmin, s / m, smin, size }' "$work/$name.psnr" "$work/$name.ssim"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "engine, one scene against its lossless reference (the frames the renderer hands to x264):"
bench_scene() {  # bench_scene BUILD DIR MODE
  mkdir -p "$2/classes"
  javac -nowarn -cp "$(classpath "$1")" -d "$2/classes" "$here/quality/QualityScene.java"
  java -cp "$2/classes:$(classpath "$1")" io.videogen.infrastructure.media.QualityScene "$3" "$2" $mode >/dev/null 2>&1
}
bench_scene "$repo" "$work/this" reference
ref=(-f rawvideo -pix_fmt yuv420p -s 1280x720 -r 30 -i "$work/this/reference.yuv")
bench_scene "$repo" "$work/this" render
compare "this build" "$work/this/segment.mp4" "${ref[@]}"
if [ -n "$baseline" ]; then
  bench_scene "$baseline" "$work/base" render
  compare "baseline ($(git -C "$baseline" rev-parse --short HEAD))" "$work/base/segment.mp4" "${ref[@]}"
fi

