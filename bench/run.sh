#!/usr/bin/env bash
# Benchmark (not a test): RoiReportGen's `build` end to end against DuckDB running the same aggregations
# over the same CSV files, at 1M and 10M simulated tracking rows (2,000 influencers), plus the page weight
# and Chromium open time of the 10,000-influencer report. Prints a Markdown table and writes
# bench/results.md. Needs the .NET 10 SDK; installs /usr/bin/time and Debian's chromium when missing.
#   bash bench/run.sh            # RUNS=3 medians; ROWS="1000000 10000000" to change the sizes
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

runs=${RUNS:-3}
sizes=${ROWS:-"1000000 10000000"}
out=bench/out
mkdir -p "$out"
# GNU time (peak RSS) and Chromium (the page's open time) come from Debian; install what is missing.
need=()
[ -x /usr/bin/time ] || need+=(time)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]} ..." >&2
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
    || { echo "bench/run.sh needs ${need[*]} (Debian: apt-get install ${need[*]})"; exit 2; }
fi

echo "building (Release) ..." >&2
dotnet build generator -c Release -nologo -v q -warnaserror >&2
dotnet build bench/DuckBench -c Release -r linux-x64 -nologo -v q >&2
gen=generator/bin/Release/net10.0/RoiReportGen
duck=bench/DuckBench/bin/Release/net10.0/linux-x64/DuckBench

# Simulated data is deterministic, so a folder made earlier with the same arguments is reused.
simulate() { # dir influencers rows
  local dir=$1 stamp="$2 $3 42"
  if [ "$(cat "$dir/.args" 2>/dev/null)" != "$stamp" ]; then
    echo "simulating $3 tracking rows x $2 influencers into $dir ..." >&2
    rm -rf "$dir"
    "$gen" simulate --out "$dir" --influencers "$2" --tracking-rows "$3" --seed 42 >&2
    echo "$stamp" >"$dir/.args"
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.2f", b/1048576}'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows_md="" verdicts=""
for rows in $sizes; do
  data="$out/data-$rows"
  simulate "$data" 2000 "$rows"
  walls=() rss=0
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -v -o "$out/time.txt" "$gen" build --data "$data" --out "$out/site-$rows" >/dev/null 2>"$out/build.log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(j=1;j<=n;j++) s=s*60+t[j]; print s}' "$out/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    walls+=("$wall"); [ "$kb" -gt "$rss" ] && rss=$kb
    echo "  ours  $rows rows run $i: ${wall} s, peak RSS $((kb / 1024)) MB" >&2
  done
  ours=$(printf '%s\n' "${walls[@]}" | median)
  duckdb=$("$duck" "$data" "$runs" | tail -1)
  ratio=$(awk -v a="$ours" -v b="$duckdb" 'BEGIN {printf "%.2f", a/b}')
  html=$(stat -c %s "$out/site-$rows/index.html")
  verdicts+="- build <= 1.5x DuckDB at $rows rows: $(awk -v r="$ratio" 'BEGIN {print (r <= 1.5) ? "met" : sprintf("missed by %.0f%%", (r / 1.5 - 1) * 100)}') (ratio $ratio)"$'\n'
  [ "$rows" -ge 10000000 ] && verdicts+="- peak RSS <= 400 MB at $rows rows: $(awk -v m="$((rss / 1024))" 'BEGIN {print (m <= 400) ? "met" : sprintf("missed by %.0f%%", (m / 400 - 1) * 100)}') ($((rss / 1024)) MB)"$'\n'

  rows_md+="| $(echo "$rows" | sed -e :a -e 's/\B[0-9]\{3\}\>/,&/;ta') | $ours | $((rss / 1024)) | $duckdb | **$ratio** | $(mb "$html") |"$'\n'
done

# The 10,000-influencer report: page weight and the time headless Chromium takes to load it
# (the same command on about:blank is subtracted, so browser start-up is not counted).
big="$out/data-10k"
simulate "$big" 10000 200000
"$gen" build --data "$big" --out "$out/site-10k" >/dev/null 2>&1
big_html=$(stat -c %s "$out/site-10k/index.html")
open_ms="n/a (no chromium)"
if command -v chromium >/dev/null 2>&1; then
  chrome() { # url -> ms
    local t0 t1
    t0=$(date +%s%N)
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --virtual-time-budget=5000 --dump-dom "$1" >/dev/null 2>&1
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
  }
  opens=() blanks=()
  for ((i = 1; i <= runs; i++)); do
    blanks+=("$(chrome about:blank)")
    opens+=("$(chrome "file://$PWD/$out/site-10k/index.html")")
  done
  blank=$(printf '%s\n' "${blanks[@]}" | median)
  open=$(printf '%s\n' "${opens[@]}" | median)
  open_ms="$((open - blank)) ms (load and run report.js; $open ms including $blank ms browser start-up)"
fi

verdicts+="- index.html <= 3 MB at 10,000 influencers: $(awk -v b="$big_html" 'BEGIN {m = b / 1048576; print (m <= 3) ? "met" : sprintf("missed by %.0f%%", (m / 3 - 1) * 100)}') ($(mb "$big_html") MB)"$'\n'
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(free -g | awk '/^Mem:/ {print $2}')
table="| tracking rows (2,000 influencers) | ours: build wall s | ours: peak RSS MB | DuckDB: aggregation s | ours / DuckDB | index.html MB |
|---:|---:|---:|---:|---:|---:|
${rows_md}"
report="# Benchmark results

$(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), ${mem} GB RAM, .NET $(dotnet --version), $(uname -sr).
Medians of $runs runs; ours is \`RoiReportGen build\` end to end (process start to the written site,
report included), measured with \`/usr/bin/time -v\`; DuckDB ($(basename "$(ls -d ~/.nuget/packages/duckdb.net.data.full/* 2>/dev/null | tail -1)" 2>/dev/null || echo '?'), default threads) is
the same aggregations in SQL (\`bench/DuckBench\`), connection to fetched results, in process.
Load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) (on a shared machine
DuckDB, which uses both cores throughout, slows more than our build, which uses both only while reading tracking).

$table
10,000 influencers (200,000 tracking rows): \`index.html\` $(mb "$big_html") MB (plotly.js apart); opens in
headless Chromium in $open_ms.

Targets:
$verdicts"
printf '%s\n' "$report" >bench/results.md
printf '%s\n' "$report"
