#!/bin/sh
# dvht benchmark harness — one command:  sh app/src/test/bench/run.sh [work-dir]
# Builds dvht, generates deterministic inputs, and times what the user runs — every figure writing the
# whole dossier (XLSX summary with the member grid + Word report) beside the same run with --no-files:
# (a) a 60-member unit through the launcher against `dvht --version`; (b) 50,000, 200,000 and
# 1,000,000 members under -Xmx256m, against a bare StAX pass over the same sheet and LibreOffice
# recalculating COUNTIF formulas; (c) a batch of 2,000 units × 60 members with every unit's files and
# the consolidated workbook; (d) an education office of 2,000 units from their member lists to the whole office
# dossier (dvht tham-dinh). Prints a Markdown section for docs/benchmarks.md.
# Figures drift between runs on shared machines: compare ratios taken in one run.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/../../../.." && pwd)
work=${1:-/tmp/dvht-bench}
runs=${RUNS:-5}
mkdir -p "$work"
cd "$root"
./mvnw -q -DskipTests package test-compile >&2
jar="$root/app/target/dvht.jar"
cp="$jar:$root/app/target/test-classes"
gen() { java -cp "$cp" vn.dvht.bench.Generate "$@"; }
# wall seconds and peak RSS (MB) of a command, best of $2 runs (median would hide nothing here)
measure() {
  label=$1; n=$2; shift 2
  best=""; rss=""
  i=0
  while [ "$i" -lt "$n" ]; do
    /usr/bin/time -f "%e %M %x" -o "$work/time.txt" "$@" > /dev/null 2>>"$work/err.txt" || true
    read -r t m code < "$work/time.txt" || true
    if [ "${code:-1}" != 0 ]; then echo "$label|failed (exit ${code:-?})|–"; return; fi
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; rss=$((m / 1024)); fi
    i=$((i + 1))
  done
  echo "$label|$best|$rss"
}
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
wall() { echo "$1" | cut -d'|' -f2; }

[ -f "$work/u60.xlsx" ] || gen unit "$work/u60.xlsx" 60
for n in 50000 200000 1000000; do [ -f "$work/u$n.xlsx" ] || gen unit "$work/u$n.xlsx" "$n"; done
[ -f "$work/s200000.xlsx" ] || gen scores "$work/s200000.xlsx" 200000
[ -d "$work/units" ] || gen units "$work/units" 2000 60
[ -f "$work/countif.xlsx" ] || gen countif "$work/countif.xlsx" 1000000
[ -d "$work/office" ] || gen office "$work/office" 2000
out="$work/out"
mkdir -p "$out"

echo "## $(date +%Y-%m-%d) — benchmark harness ($(nproc) CPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)), commit $(git rev-parse --short HEAD)"
echo
echo "| measurement | wall (s) | peak RSS (MB) |"
echo "|---|---:|---:|"
dvht="$root/dvht"
"$dvht" --version > /dev/null   # makes the launcher's class-data archive if needed
floor=$(measure "(a) \`dvht --version\` through the launcher — JVM floor" "$runs" "$dvht" --version)
small=$(measure "(a) 60 members, --no-files" "$runs" "$dvht" evaluate "$work/u60.xlsx" --ruleset tt24 --no-files)
smallf=$(measure "(a) 60 members, XLSX + DOCX written" "$runs" "$dvht" evaluate "$work/u60.xlsx" --ruleset tt24 --out "$out" --overwrite)
for row in "$floor" "$small" "$smallf"; do echo "|$row|"; done
bare=$(measure "(b) bare StAX pass, 1,000,000 rows (floor)" 1 java -cp "$cp" vn.dvht.bench.BarePass "$work/u1000000.xlsx")
echo "|$bare|"
for n in 50000 200000 1000000; do
  nf=$(measure "(b) $n members, -Xmx256m, --no-files" 1 env DVHT_JAVA_OPTS=-Xmx256m "$dvht" evaluate "$work/u$n.xlsx" --ruleset tt24 --no-files)
  ff=$(measure "(b) $n members, -Xmx256m, XLSX + DOCX written" 1 env DVHT_JAVA_OPTS=-Xmx256m "$dvht" evaluate "$work/u$n.xlsx" --ruleset tt24 --out "$out" --overwrite)
  echo "|$nf|"; echo "|$ff|"
  eval "nf$n=\$(wall \"\$nf\")"; eval "ff$n=\$(wall \"\$ff\")"
done
snf=$(measure "(b) 200000 members with the ten CDHT scores each, -Xmx256m, --no-files" 1 env DVHT_JAVA_OPTS=-Xmx256m "$dvht" evaluate "$work/s200000.xlsx" --ruleset tt24 --no-files)
sff=$(measure "(b) 200000 members with the ten CDHT scores each, -Xmx256m, XLSX + DOCX written" 1 env DVHT_JAVA_OPTS=-Xmx256m "$dvht" evaluate "$work/s200000.xlsx" --ruleset tt24 --out "$out" --overwrite)
echo "|$snf|"; echo "|$sff|"
if command -v soffice > /dev/null 2>&1; then
  rm -rf "$work/lo" && mkdir -p "$work/lo"
  lo=$(measure "(b) LibreOffice headless, COUNTIF over 1,000,000 rows" 1 soffice --headless --convert-to csv --outdir "$work/lo" "$work/countif.xlsx")
  echo "|$lo|"
fi
/usr/bin/time -f "%e %U %S %M" -o "$work/batch.txt" "$dvht" evaluate "$work/units" --ruleset tt24 --no-files --quiet > /dev/null 2>>"$work/err.txt" || true
read -r bw bu bs bm < "$work/batch.txt"
echo "|(c) batch of 2,000 units × 60 members, --no-files|$bw|$((bm / 1024))|"
rm -rf "$work/batch-out"
/usr/bin/time -f "%e %U %S %M" -o "$work/batch2.txt" "$dvht" evaluate "$work/units" --ruleset tt24 --out "$work/batch-out" --quiet > /dev/null 2>>"$work/err.txt" || true
read -r cw cu cs cm < "$work/batch2.txt"
echo "|(c) same, every unit's XLSX + DOCX and the consolidated workbook|$cw|$((cm / 1024))|"
office=$work/office
/usr/bin/time -f "%e %U %S %M" -o "$work/office.txt" "$dvht" tham-dinh "$office/ho-so-don-vi" --hoi-dong "$office/hoi-dong.xlsx" --so-theo-doi "$office/so-theo-doi.xlsx" --out "$work/office-out" --overwrite > /dev/null 2>>"$work/err.txt" || true
read -r ow ou os om < "$work/office.txt"
echo "|(d) office of 2,000 units: member lists to the whole dossier (dvht tham-dinh, 8 documents)|$ow|$((om / 1024))|"
echo
f=$(wall "$floor"); s=$(wall "$small"); sf=$(wall "$smallf"); b=$(wall "$bare")
echo "- (a) 60 members: $(ratio "$sf" "$f")× the JVM floor writing XLSX + DOCX (target ≤ 3×); $(ratio "$s" "$f")× with --no-files."
echo "- (b) 1,000,000 members, -Xmx256m: --no-files $(ratio "$nf1000000" "$b")× the bare pass (target ≤ 1.1×); full dossier $(ratio "$ff1000000" "$nf1000000")× --no-files (target ≤ 1.5×)."
echo "- (b) 200,000: full dossier $(ratio "$ff200000" "$nf200000")× --no-files; 50,000: $(ratio "$ff50000" "$nf50000")× (targets ≤ 1.5×)."
echo "- (b) 200,000 with scores: full dossier $(ratio "$(wall "$sff")" "$(wall "$snf")")× its --no-files (target ≤ 1.5×); --no-files $(ratio "$(wall "$snf")" "$nf200000")× the same members without scores."
if [ -n "${lo:-}" ]; then l=$(wall "$lo"); echo "- (b) LibreOffice takes $(ratio "$l" "$ff1000000")× as long as dvht's full dossier of the same million rows."; fi
echo "- (d) office: $(echo "scale=0; 2000 / $ow" | bc) units/s from member lists to the whole office dossier, CPU $(echo "scale=2; ($ou + $os) / $ow" | bc) cores."
echo "- (c) batch: $(echo "scale=0; 2000 / $bw" | bc) files/s with --no-files, CPU $(echo "scale=2; ($bu + $bs) / $bw" | bc) cores; with every unit's files $(echo "scale=0; 2000 / $cw" | bc) files/s, CPU $(echo "scale=2; ($cu + $cs) / $cw" | bc) cores (target ≥ 200 files/s, both cores busy)."
