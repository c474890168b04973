#!/usr/bin/env bash
# The warm re-render's share of the full render (issue 16's "≤ 15 %, warm"), as the service renders: each
# build's bench/WarmIncremental.java rounds in several JVMs, the builds' JVMs alternating (this, baseline, then
# baseline, this, ...) so that the machine's drift falls on both. Summarised per build over rounds 13-20 and,
# with --rounds 28 or more, over the last eight rounds too (the JIT is still compiling the render's rarer paths
# in rounds 13-20; see bench/README.md). Each JVM runs with MALLOC_ARENA_MAX=1, as ./videogen serve does.
# With three JVMs or more a build, the mean of its JVMs' medians is told with a 95 % confidence interval over
# the JVMs (Student's t): the JVMs differ more from each other than one JVM's rounds do.
#
#   bench/warm-share.sh                                     this build, 3 JVMs of 20 rounds
#   bench/warm-share.sh --baseline /tmp/base/bootstrap/target/quarkus-app --jvms 4 --rounds 40
#   options: --jvms N --rounds R --java PATH (default: the java ./videogen picks, `./videogen help` names it)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
apps=("$here/bootstrap/target/quarkus-app")
names=("this")
jvms=3; rounds=20; java=""
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) apps+=("$2"); names+=("baseline"); shift 2 ;;
    --jvms) jvms="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --java) java="$2"; shift 2 ;;
    *) echo "bench/warm-share.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[ "$rounds" -ge 20 ] || { echo "bench/warm-share.sh: --rounds must be at least 20 (rounds 13-20 are read)" >&2; exit 64; }
if [ -z "$java" ]; then  # the JVM ./videogen serve runs on: the launcher's own choice, as its help names it
  java="$("$here/videogen" help | sed -n 's/^Java runtime: \([^ ]*\) .*/\1/p')"
fi
[ -n "$java" ] || { echo "bench/warm-share.sh: no java found; pass --java" >&2; exit 69; }
for app in "${apps[@]}"; do
  [ -d "$app/lib/main" ] || { echo "bench/warm-share.sh: $app is not a packaged quarkus-app (./mvnw package)" >&2; exit 66; }
done
work="$(mktemp -d /tmp/videogen-warm-share.XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "java: $java; $jvms JVMs per build, $rounds rounds each; $(nproc) cores"
for jvm in $(seq 1 "$jvms"); do
  order=("${!apps[@]}")
  if [ $((jvm % 2)) -eq 0 ]; then order=($(printf '%s\n' "${order[@]}" | sort -rn)); fi
  for i in "${order[@]}"; do
    q="${apps[$i]}"
    echo "$(date +%T) ${names[$i]} JVM $jvm, load $(cut -d' ' -f1 /proc/loadavg)"
    log="$work/${names[$i]}-$jvm.log"
    # a JVM whose render fails is told and left out; the rounds it finished still count
    (cd "$here" && MALLOC_ARENA_MAX=1 "$java" --enable-native-access=ALL-UNNAMED \
      -cp "$q/lib/boot/*:$q/lib/main/*:$q/app/*" bench/WarmIncremental.java \
      bench/job-6scenes.json bench/job-6scenes-edited.json "$rounds") > "$log" 2>&1 \
      || { echo "  ${names[$i]} JVM $jvm failed after $(grep -c '^warm' "$log") rounds:"; grep -v '^warm' "$log" | head -3 || true; }
  done
done
python3 - "$work" "$rounds" "${names[@]}" <<'EOF'
import glob, math, re, statistics, sys
work, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
# Student's t at 97.5 % for 1-30 degrees of freedom; the samples are the JVMs' medians (see the header)
T975 = [12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.20, 2.18, 2.16, 2.14, 2.13,
        2.12, 2.11, 2.10, 2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04]

def interval(samples):
    """The mean of the JVMs' medians and its 95 % confidence interval, as text; empty under three JVMs."""
    if len(samples) < 3:
        return ""
    mean = statistics.mean(samples)
    half = T975[min(len(samples) - 1, len(T975)) - 1] * statistics.stdev(samples) / math.sqrt(len(samples))
    return f", their mean {mean:.1f} % (95 % CI {mean - half:.1f}-{mean + half:.1f})"
windows = [(13, 20)] + ([(rounds - 7, rounds)] if rounds >= 28 else [])
line = re.compile(r'warm (\d+): full ([\d.]+) s, re-render ([\d.]+) s = \d+ %; CPU ([\d.]+) s, ([\d.]+) s')
for first, last in windows:
    print(f"rounds {first}-{last}:")
    for name in names:
        per_jvm, per_jvm_cpu, pooled = [], [], []
        for log in sorted(glob.glob(f"{work}/{name}-*.log")):
            rows = [tuple(map(float, m.groups()[1:])) for m in map(line.match, open(log))
                    if m and first <= int(m.group(1)) <= last]
            if rows:
                per_jvm.append(statistics.median(r[1] / r[0] for r in rows) * 100)
                per_jvm_cpu.append(statistics.median(r[3] / r[2] for r in rows) * 100)
                pooled += rows
        if not pooled:
            print(f"  {name}: no rounds read (see the JVMs' output)")
            continue
        wall = statistics.median(r[1] / r[0] for r in pooled) * 100
        cpu = statistics.median(r[3] / r[2] for r in pooled) * 100
        print(f"  {name}: share by wall {wall:.1f} % (each JVM's median "
              + ", ".join(f"{s:.1f}" for s in per_jvm) + ")" + interval(per_jvm) + f"; by CPU {cpu:.1f} %"
              + interval(per_jvm_cpu) + "; "
              + f"full {statistics.median(r[0] for r in pooled):.2f} s (CPU {statistics.median(r[2] for r in pooled):.2f} s), "
              + f"re-render {statistics.median(r[1] for r in pooled):.3f} s (CPU {statistics.median(r[3] for r in pooled):.3f} s)")
EOF
