#!/usr/bin/env bash
# The floor with a presenter: ../shared/bench/floor.sh's command, run unchanged through a wrapper of its
# ffmpeg that adds one more input (a video of the presenter's frames) and overlays it on the finished
# picture, at the place videogen draws its default presenter (a 248x248 badge at 997,459 in 1280x720).
# usage: floor-presenter.sh OUT.mp4 NARRATION.wav FONT.ttf FFMPEG PRESENTER-VIDEO [X Y]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${VIDEOGEN_SHARED:-$here/../../shared}"
out=$1; wav=$2; font=$3; ff=$4; presenter=$5; x=${6:-997}; y=${7:-459}
wrapper="$(mktemp /tmp/floor-presenter.XXXXXX)"
trap 'rm -f "$wrapper"' EXIT
cat >"$wrapper" <<WRAP
#!/usr/bin/env bash
# the final command (the one with -filter_complex) gets the presenter as input 4, overlaid last
args=()
while [ \$# -gt 0 ]; do
  if [ "\$1" = "-filter_complex" ]; then
    graph="\$2"
    args+=(-i "$presenter" -filter_complex "\${graph%\[v\]}[c];[c][4:v]overlay=$x:$y:shortest=1[v]")
    shift 2
  else
    args+=("\$1"); shift
  fi
done
exec "$ff" "\${args[@]}"
WRAP
chmod +x "$wrapper"
bash "$shared/bench/floor.sh" "$out" "$wav" "$font" "$wrapper"
