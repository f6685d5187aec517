#!/bin/sh
# dvht benchmark harness — one command:  sh app/src/test/bench/run.sh [work-dir]
# Builds dvht, generates deterministic inputs, times (a) a 60-member unit against the JVM floor,
# (b) 1,000,000 members against a bare StAX pass and LibreOffice recalculating COUNTIF formulas, and
# (c) a batch of 2,000 units × 60 members; prints a Markdown section for docs/benchmarks.md.
# Figures drift between runs on shared machines: compare ratios taken in one run.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/../../../.." && pwd)
work=${1:-/tmp/dvht-bench}
runs=${RUNS:-5}
mkdir -p "$work"
cd "$root"
mvn -q -DskipTests package test-compile >&2
jar="$root/app/target/dvht.jar"
cp="$jar:$root/app/target/test-classes"
gen() { java -cp "$cp" vn.dvht.bench.Generate "$@"; }
# wall seconds and peak RSS (MB) of a command, best of $2 runs (median would hide nothing here)
measure() {
  label=$1; n=$2; shift 2
  best=""; rss=""
  i=0
  while [ "$i" -lt "$n" ]; do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2>>"$work/err.txt" || true
    read -r t m < "$work/time.txt"
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; rss=$((m / 1024)); fi
    i=$((i + 1))
  done
  echo "$label|$best|$rss"
}
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }

[ -f "$work/u60.xlsx" ] || gen unit "$work/u60.xlsx" 60
[ -f "$work/u1m.xlsx" ] || gen unit "$work/u1m.xlsx" 1000000
[ -d "$work/units" ] || gen units "$work/units" 2000 60
[ -f "$work/countif.xlsx" ] || gen countif "$work/countif.xlsx" 1000000

echo "## $(date +%Y-%m-%d) — benchmark harness ($(nproc) CPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1))"
echo
echo "| measurement | wall (s) | peak RSS (MB) |"
echo "|---|---:|---:|"
dvht="$root/dvht"
"$dvht" --version > /dev/null   # makes the launcher's class-data archive if needed
floor=$(measure "(a) \`dvht --version\` through the launcher — JVM floor" "$runs" "$dvht" --version)
unit=$(measure "(a) \`dvht evaluate\` 60 members, --no-files" "$runs" "$dvht" evaluate "$work/u60.xlsx" --ruleset tt24 --no-files)
bare=$(measure "(b) bare StAX pass, 1,000,000 rows (floor)" 1 java -cp "$cp" vn.dvht.bench.BarePass "$work/u1m.xlsx")
big=$(measure "(b) \`dvht evaluate\` 1,000,000 members, -Xmx256m" 1 env DVHT_JAVA_OPTS=-Xmx256m "$dvht" evaluate "$work/u1m.xlsx" --ruleset tt24 --no-files)
for row in "$floor" "$unit" "$bare" "$big"; do echo "|$row|"; done
if command -v soffice > /dev/null 2>&1; then
  rm -rf "$work/lo" && mkdir -p "$work/lo"
  lo=$(measure "(b) LibreOffice headless, COUNTIF over 1,000,000 rows" 1 soffice --headless --convert-to csv --outdir "$work/lo" "$work/countif.xlsx")
  echo "|$lo|"
fi
/usr/bin/time -f "%e %U %S %M" -o "$work/batch.txt" "$dvht" evaluate "$work/units" --ruleset tt24 --no-files --quiet > /dev/null 2>>"$work/err.txt" || true
read -r bw bu bs bm < "$work/batch.txt"
echo "|(c) batch of 2,000 units × 60 members, --no-files|$bw|$((bm / 1024))|"
rm -rf "$work/batch-out"
/usr/bin/time -f "%e %U %S %M" -o "$work/batch2.txt" "$dvht" evaluate "$work/units" --ruleset tt24 --report md --out "$work/batch-out" --quiet > /dev/null 2>>"$work/err.txt" || true
read -r cw cu cs cm < "$work/batch2.txt"
echo "|(c) same, writing every unit's XLSX + Markdown and the summary|$cw|$((cm / 1024))|"
echo
f=$(echo "$floor" | cut -d'|' -f2); u=$(echo "$unit" | cut -d'|' -f2)
b=$(echo "$bare" | cut -d'|' -f2); g=$(echo "$big" | cut -d'|' -f2)
echo "- (a) 60-member unit: $(ratio "$u" "$f")× the JVM floor (target ≤ 2.5×)."
echo "- (b) 1,000,000 members: $(ratio "$g" "$b")× the bare pass (target ≤ 1.3×) in -Xmx256m."
if [ -n "${lo:-}" ]; then l=$(echo "$lo" | cut -d'|' -f2); echo "- (b) LibreOffice takes $(ratio "$l" "$g")× as long as dvht (target ≥ 3×)."; fi
echo "- (c) batch: $(echo "scale=0; 2000 / $bw" | bc) files/s, CPU $(echo "scale=2; ($bu + $bs) / $bw" | bc) cores (targets ≥ 150 files/s, ≥ 1.6 cores); with outputs $(echo "scale=0; 2000 / $cw" | bc) files/s."
