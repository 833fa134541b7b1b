#!/usr/bin/env bash
# End-to-end attribution race on CSV files: roikit against DuckDB, from JVM start to the written
# per-channel CSV, on the same generated files (1,000,000 journeys, about 4 million touchpoints);
# then the lowest -Xmx with which roikit's CLI gets through the grouped (sorted, streamed) and the
# ungrouped (shuffled, joined in the compact store) files.
#
#   mvn -B -q package -DskipTests          # once: builds roi.jar and benchmarks.jar
#   roi-benchmarks/run-e2e.sh              # 1,000,000 journeys, model linear, 5 timed runs each
#   JOURNEYS=100000 MODEL=time-decay RUNS=3 XMX=no roi-benchmarks/run-e2e.sh
#   THREADS=2 roi-benchmarks/run-e2e.sh    # the CLI with --threads 2
#   OBJECTS=yes roi-benchmarks/run-e2e.sh  # also time issue 4's object path (RoikitCsv), slow
#   CLI_JAR=/path/to/other/roi.jar roi-benchmarks/run-e2e.sh   # the CLI from another build
#   XMX_HI=512 XMX_TIMEOUT=30 roi-benchmarks/run-e2e.sh         # a shorter -Xmx bisection
#
# Timed commands (each a fresh JVM; all read the same files):
#   roi.jar-grouped     java -jar roi-attribution/target/roi.jar attribute --touchpoints T
#                       --conversions C --model M --format csv --output O --sorted --threads N:
#                       the CLI on the batch path, sorted files streamed in batches (the main
#                       roikit figure)
#   roi.jar-ungrouped   the same without --sorted on the shuffled files: joined in the compact
#                       store, then attributed in batches
#   roikit-objects-grouped    (OBJECTS=yes) the object path through the public API (RoikitCsv):
#                       JourneyCsv.openSorted, Attribution.attribute(Iterable), ReportCsv.write
#   roikit-objects-ungrouped  (OBJECTS=yes) RoikitCsv --ungrouped: JourneyCsv.readAll in memory
#   duckdb-grouped      DuckDbCsv: DuckDB (JDBC, threads = 2) read_csv + the model's query + COPY TO csv
#   duckdb-ungrouped    the same on the shuffled files
#   duckdb-startup      DuckDbCsv --startup: JVM start + loading DuckDB's native library + SELECT 1
#   jvm-startup         java -version, for scale
# Times with hyperfine (apt-get install -y hyperfine) when installed, else with /usr/bin/time.
# Everything is written to roi-benchmarks/target/e2e/: the input files, each command's output,
# times.md / times.json (hyperfine) or times.txt, peak-rss.txt, xmx.txt and load.txt (uptime).
set -euo pipefail
cd "$(dirname "$0")/.."

journeys=${JOURNEYS:-1000000}
model=${MODEL:-linear}
runs=${RUNS:-5}
seed=${SEED:-42}
xmx=${XMX:-yes}
threads=${THREADS:-1}
objects=${OBJECTS:-no}
dir=roi-benchmarks/target/e2e
bench=roi-benchmarks/target/benchmarks.jar
roi=roi-attribution/target/roi.jar
cli_jar=${CLI_JAR:-$roi}
roikit_cp="$roi:roi-benchmarks/target/classes"

for f in "$bench" "$roi" "$cli_jar"; do
    [[ -f $f ]] || { echo "missing $f: build first with mvn -B -q package -DskipTests" >&2; exit 1; }
done
mkdir -p "$dir"
if [[ ! -f $dir/generated || $(cat "$dir/generated") != "$journeys $seed" ]]; then
    java -cp "$bench" org.roikit.benchmarks.GenerateCsv "$journeys" "$seed" "$dir"
    echo "$journeys $seed" > "$dir/generated"
fi
tp=$dir/touchpoints.csv
cv=$dir/conversions.csv
tps=$dir/touchpoints-shuffled.csv
cvs=$dir/conversions-shuffled.csv

names=()
cmds=()
add() { names+=("$1"); cmds+=("$2"); }
cli="java -jar $cli_jar attribute --model $model --format csv --threads $threads"
cli_grouped="$cli --touchpoints $tp --conversions $cv --sorted --output $dir/out-cli.csv"
cli_ungrouped="$cli --touchpoints $tps --conversions $cvs --output $dir/out-cli-ungrouped.csv"
# The CLI is the main roikit figure: stop here, with its error, if it does not run on these files.
for c in "$cli_grouped" "$cli_ungrouped"; do
    $c >/dev/null 2>"$dir/cli.err" || { echo "failed: $c" >&2; cat "$dir/cli.err" >&2; exit 1; }
done
add roi.jar-grouped "$cli_grouped"
add roi.jar-ungrouped "$cli_ungrouped"
if [[ $objects == yes ]]; then
    add roikit-objects-grouped "java -cp $roikit_cp org.roikit.benchmarks.RoikitCsv $tp $cv $model $dir/out-roikit.csv"
    add roikit-objects-ungrouped "java -cp $roikit_cp org.roikit.benchmarks.RoikitCsv --ungrouped $tps $cvs $model $dir/out-roikit-ungrouped.csv"
fi
add duckdb-grouped "java -cp $bench org.roikit.benchmarks.DuckDbCsv $tp $cv $model $dir/out-duckdb.csv"
add duckdb-ungrouped "java -cp $bench org.roikit.benchmarks.DuckDbCsv $tps $cvs $model $dir/out-duckdb-ungrouped.csv"
add duckdb-startup "java -cp $bench org.roikit.benchmarks.DuckDbCsv --startup"
add jvm-startup "java -version"

echo "== $journeys journeys, model $model, $runs runs each; CLI --threads $threads; object path timed: $objects"
echo "before: $(uptime)" | tee "$dir/load.txt"
if command -v hyperfine >/dev/null; then
    args=()
    for i in "${!names[@]}"; do
        args+=(-n "${names[$i]}" "${cmds[$i]}")
    done
    hyperfine --warmup 1 --runs "$runs" --export-markdown "$dir/times.md" --export-json "$dir/times.json" \
        "${args[@]}"
else
    : > "$dir/times.txt"
    for i in "${!names[@]}"; do
        ${cmds[$i]} >/dev/null 2>&1
        for ((r = 0; r < runs; r++)); do
            /usr/bin/time -f "${names[$i]} %e s" ${cmds[$i]} 2>&1 >/dev/null | tail -1 | tee -a "$dir/times.txt"
        done
    done
fi
echo "after:  $(uptime)" | tee -a "$dir/load.txt"

echo "== same answer: revenue per channel within one cent"
compare() {
    awk -F, -v a="$1" -v b="$2" '
        FNR == 1 { next }
        FILENAME == a { r[$2] = $4; next }
        { d[$2] = $4 }
        END {
            bad = 0
            for (c in r) { x = r[c] - d[c]; if (x < 0) x = -x; if (x > 0.0100001 && !(c == "(unattributed)" && r[c] == 0)) { print "  " c ": " r[c] " vs " d[c]; bad = 1 } }
            for (c in d) if (!(c in r)) { print "  " c " only in " b; bad = 1 }
            print (bad ? "  DIFFERENT: " : "  same: ") a " and " b
            exit bad
        }' "$1" "$2"
}
compare "$dir/out-cli.csv" "$dir/out-duckdb.csv"
compare "$dir/out-cli-ungrouped.csv" "$dir/out-duckdb-ungrouped.csv"
if [[ $objects == yes ]]; then
    compare "$dir/out-roikit.csv" "$dir/out-duckdb.csv"
    compare "$dir/out-roikit-ungrouped.csv" "$dir/out-duckdb-ungrouped.csv"
fi

echo "== peak resident memory (one run each, /usr/bin/time)"
: > "$dir/peak-rss.txt"
for i in "${!names[@]}"; do
    /usr/bin/time -f "${names[$i]}: %M KB peak RSS, %e s" ${cmds[$i]} 2>&1 >/dev/null | tail -1 | tee -a "$dir/peak-rss.txt"
done

[[ $xmx == yes ]] || exit 0
limit=${XMX_TIMEOUT:-60}
ceiling=${XMX_HI:-8192}
echo "== lowest -Xmx (MB) up to ${ceiling} that completes within ${limit} s, found by bisection to 4 MB (default GC)"
# Runs "$@" with -Xmx${1}m inserted after java; succeeds when the command exits 0 in time (a heap
# just too small can keep the collector busy for minutes before it gives up).
runs_with() {
    local mb=$1
    shift
    timeout "$limit" "$1" "-Xmx${mb}m" "${@:2}" >/dev/null 2>&1
}
lowest() {
    local name=$1 lo=4 hi=$ceiling
    shift
    runs_with "$hi" "$@" || { echo "$name: fails even with -Xmx${hi}m" | tee -a "$dir/xmx.txt"; return; }
    while ((hi - lo > 4)); do
        local mid=$(((lo + hi) / 2))
        if runs_with "$mid" "$@"; then hi=$mid; else lo=$mid; fi
    done
    echo "$name: -Xmx${hi}m works, -Xmx${lo}m does not" | tee -a "$dir/xmx.txt"
}
: > "$dir/xmx.txt"
lowest roi.jar-grouped java -jar "$cli_jar" attribute --model "$model" --format csv --threads "$threads" \
    --touchpoints "$tp" --conversions "$cv" --sorted --output "$dir/out-xmx.csv"
lowest roi.jar-ungrouped java -jar "$cli_jar" attribute --model "$model" --format csv --threads "$threads" \
    --touchpoints "$tps" --conversions "$cvs" --output "$dir/out-xmx.csv"
if [[ $objects == yes ]]; then
    lowest roikit-objects-grouped java -cp "$roikit_cp" org.roikit.benchmarks.RoikitCsv "$tp" "$cv" "$model" \
        "$dir/out-xmx.csv"
    lowest roikit-objects-ungrouped java -cp "$roikit_cp" org.roikit.benchmarks.RoikitCsv --ungrouped "$tps" "$cvs" \
        "$model" "$dir/out-xmx.csv"
fi
