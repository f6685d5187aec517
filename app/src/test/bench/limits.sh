#!/bin/sh
# dvht at its input limits — one command:  sh app/src/test/bench/limits.sh [work-dir]
# Generates an input at (or just past) each limit of docs/adr/0007-input-limits.md and runs the packaged
# jar on it in -Xmx256m (the heap the README promises), writing the whole dossier unless the line says
# otherwise; prints a Markdown table of exit code, wall time, peak RSS (/usr/bin/time -v) and the most heap
# still in use after a collection (-Xlog:gc: what the run keeps, the rest of the 256 MB being garbage not
# yet collected) for docs/benchmarks.md. BEFORE_JAR=path/to/old/dvht.jar runs each case with that jar too, for a before/after.
# Needs some 3 GB of disk in the work dir. Figures drift between runs on shared machines; RSS less so.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/../../../.." && pwd)
work=${1:-/tmp/dvht-limits}
mkdir -p "$work"
cd "$root"
./mvnw -q -DskipTests package test-compile >&2
jar="$root/app/target/dvht.jar"
cp="$jar:$root/app/target/test-classes"
gen() { java -Xmx2g -cp "$cp" vn.dvht.bench.Generate "$@"; }
lim() { java -Xmx2g -cp "$cp" vn.dvht.bench.LimitInputs "$@"; }

[ -f "$work/warnings-1m.xlsx" ] || gen warnings "$work/warnings-1m.xlsx" 1000000
[ -f "$work/csv-1048575.csv" ] || gen csv "$work/csv-1048575.csv" 1048575
[ -f "$work/csv-2m.csv" ] || gen csv "$work/csv-2m.csv" 2000000
[ -f "$work/csv-256mb-3535000.csv" ] || gen csv "$work/csv-256mb-3535000.csv" 3535000
[ -f "$work/csv-256mb-1048575.csv" ] || lim wide-csv "$work/csv-256mb-1048575.csv" 1048575 255
[ -f "$work/distinct-3-pad1.xlsx" ] || lim distinct "$work/distinct-3-pad1.xlsx" 1048575 1
[ -f "$work/distinct-3-pad4.xlsx" ] || lim distinct "$work/distinct-3-pad4.xlsx" 1048575 4
[ -f "$work/unit-sheet-1m.xlsx" ] || lim long-unit-sheet "$work/unit-sheet-1m.xlsx" 1048000
[ -d "$work/followup" ] || gen followup "$work/followup" 10001
[ -f "$work/u1m.xlsx" ] || gen unit "$work/u1m.xlsx" 1000000

# case label, then the evaluate arguments; prints a table row per jar
run() {
  label=$1; shift
  for which in after before; do
    j=$jar
    if [ "$which" = before ]; then [ -n "${BEFORE_JAR:-}" ] || continue; j=$BEFORE_JAR; fi
    rm -rf "$work/out"
    /usr/bin/time -v -o "$work/time.txt" java -Xmx256m -Xlog:gc:file="$work/gc.txt" -jar "$j" evaluate "$@" \
      --ruleset "${RULESET:-tt24}" > "$work/stdout.txt" 2> "$work/stderr.txt" || true
    code=$(sed -n 's/.*Exit status: //p' "$work/time.txt")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    what=$(grep -o 'lỗi\[I[0-9]*\]' "$work/stderr.txt" | head -1 || true)
    grep -q 'hết bộ nhớ' "$work/stderr.txt" && what="out of memory"
    grep -q 'Lỗi nội bộ' "$work/stderr.txt" && what="internal error"
    live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.txt" | sed 's/.*->//; s/M//' | sort -n | tail -1)
    echo "|$label|$which|$code ${what:-}|$wall|$((rss / 1024))|${live:-–}|"
  done
}

echo "## $(date +%Y-%m-%d) — input limits in -Xmx256m ($(nproc) CPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB, $(java -version 2>&1 | head -1)), commit $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| input | jar | exit | wall (m:ss) | peak RSS (MB) | heap after GC, most (MB) |"
echo "|---|---|---|---:|---:|---:|"
o="--out $work/out --date 2026-01-10"
run "1,000,000 members, no warning, XLSX + DOCX" "$work/u1m.xlsx" $o
run "1,000,000 members × 3 warnings, console, --no-files" "$work/warnings-1m.xlsx" --no-files
run "1,000,000 members × 3 warnings, --json --no-files" "$work/warnings-1m.xlsx" --json --no-files
run "1,000,000 members × 3 warnings, XLSX + DOCX" "$work/warnings-1m.xlsx" $o
run "CSV, 1,048,575 members (80 MB), XLSX + DOCX" "$work/csv-1048575.csv" $o
run "CSV, 1,048,575 members padded to 256 MB, XLSX + DOCX" "$work/csv-256mb-1048575.csv" $o
run "CSV, 2,000,000 members (151 MB)" "$work/csv-2m.csv" $o
run "CSV, 2,000,000 members (151 MB), --allow-large" "$work/csv-2m.csv" $o --allow-large
run "CSV, 3,535,000 members (256 MB), --allow-large" "$work/csv-256mb-3535000.csv" $o --allow-large
run "XLSX, 1,048,575 members × 3 distinct texts and a date of birth (shared strings within 3 MB of 96 MB)" "$work/distinct-3-pad1.xlsx" $o
run "XLSX, the same with 3 characters more a member (past 96 MB)" "$work/distinct-3-pad4.xlsx" $o
run "XLSX, 'Đơn vị' sheet of 1,048,000 rows" "$work/unit-sheet-1m.xlsx" $o
RULESET="$work/followup/tc9.yaml" run "follow-up list of 1.1 million rows (110 indicators × 10,001)" \
  "$work/followup/don-vi.xlsx" $o
