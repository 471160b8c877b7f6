#!/usr/bin/env bash
# Benchmark (not a test): RoiReportGen's `build` end to end against DuckDB running the same aggregations
# over the same CSV files, at 1M and 10M simulated tracking rows (2,000 influencers); the views (periods, issue 13)
# at 2,000 influencers and 1M rows with the build time against BASE_REV's build (before periods); and the page
# weight, open time and switch to a month not loaded yet of the 10,000-influencer report in headless Chromium; the
# entity pages (issue 14) at 2,000 and 10,000 influencers: how many, their size, and the build time against
# PAGES_BASE_REV's build (before the pages).
# Prints Markdown tables and writes bench/results.md. Needs the .NET 10 SDK; installs /usr/bin/time and Debian's
# chromium when missing.
#   bash bench/run.sh            # RUNS=3 medians; ROWS="1000000 10000000" to change the sizes
#   BASE_REV=c035e91             # the build the periods section compares with (default: the last commit before periods)
#   PAGES_BASE_REV=6ac2384       # the build the entity-pages section compares with (default: links and search, no pages yet)
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
dotnet build bench/PageTimer -c Release -nologo -v q -warnaserror >&2
gen=generator/bin/Release/net10.0/RoiReportGen
duck=bench/DuckBench/bin/Release/net10.0/linux-x64/DuckBench
timer=bench/PageTimer/bin/Release/net10.0/PageTimer

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

# Periods (issue 13) at 2,000 influencers and 1M rows: how many views, their weight, and the build time against
# BASE_REV's build (default c035e91, the last commit before periods), made from `git archive` of that revision in
# bench/out/base-REV (no worktree to clean up) and run in turn with ours on the same data: A B A B ...
base_rev=$(git rev-parse --short "${BASE_REV:-c035e91}")
prows=1000000
pdata="$out/data-$prows"
simulate "$pdata" 2000 "$prows"
build_rev() { # rev -> its generator, built once from `git archive` into bench/out/base-REV
  local dir="$out/base-$1"
  if [ ! -x "$dir/generator/bin/Release/net10.0/RoiReportGen" ]; then
    echo "building $1 (Release) into $dir ..." >&2
    rm -rf "$dir" && mkdir -p "$dir"
    git archive "$1" | tar -x -C "$dir"
    dotnet build "$dir/generator" -c Release -nologo -v q >&2
  fi
  echo "$dir/generator/bin/Release/net10.0/RoiReportGen"
}
base_gen=$(build_rev "$base_rev")
timed() { # gen site [data] -> "wall cpu" seconds
  /usr/bin/time -f "%e %U %S" -o "$out/ptime.txt" "$1" build --data "${3:-$pdata}" --out "$2" >/dev/null 2>"$out/build.log"
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$out/ptime.txt"
}
pw=() pc=() bw=() bc=()
for ((i = 1; i <= runs; i++)); do
  read -r w c < <(timed "$base_gen" "$out/site-base")
  bw+=("$w") bc+=("$c")
  read -r w c < <(timed "$gen" "$out/site-periods")
  pw+=("$w") pc+=("$c")
  echo "  periods run $i: $base_rev ${bw[-1]} s wall (${bc[-1]} s CPU), ours ${pw[-1]} s wall (${pc[-1]} s CPU)" >&2
done
p_wall=$(printf '%s\n' "${pw[@]}" | median) p_cpu=$(printf '%s\n' "${pc[@]}" | median)
b_wall=$(printf '%s\n' "${bw[@]}" | median) b_cpu=$(printf '%s\n' "${bc[@]}" | median)
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
view_files=$(find "$out/site-periods/views" -name '*.js' | wc -l)
views_bytes=$(du -sb "$out/site-periods/views" | cut -f1)
p_html=$(stat -c %s "$out/site-periods/index.html")
b_html=$(stat -c %s "$out/site-base/index.html")
periods_md="| | views | views/ MB | index.html MB | build wall s | build CPU s |
|---|---:|---:|---:|---:|---:|
| before periods ($base_rev) | $(grep -o 'class="view"' "$out/site-base/index.html" | wc -l) (all in index.html) | – | $(mb "$b_html") | $b_wall | $b_cpu |
| now ($(git rev-parse --short HEAD)) | $((view_files + 1)) ($view_files files + index.html) | $(mb "$views_bytes") | $(mb "$p_html") | $p_wall | $p_cpu |
| now / before | | | $(ratio2 "$p_html" "$b_html") | **$(ratio2 "$p_wall" "$b_wall")** | **$(ratio2 "$p_cpu" "$b_cpu")** |"

# The 10,000-influencer report: page weight, and the time headless Chromium (bench/PageTimer, one browser for every
# run, its start-up not counted, a fresh context each run) takes to open it and to switch to a month not loaded yet.
big="$out/data-10k"
simulate "$big" 10000 200000
"$gen" build --data "$big" --out "$out/site-10k" >/dev/null 2>&1
big_html=$(stat -c %s "$out/site-10k/index.html")
big_views=$(du -sb "$out/site-10k/views" | cut -f1)
open_ms="n/a (no chromium)" switch_ms="n/a (no chromium)"
if [ -x /usr/bin/chromium ]; then
  timings=$("$timer" "$out/site-10k" "$((runs < 3 ? 3 : runs))")
  read -r _ o_med o_min o_max < <(grep '^open ' <<<"$timings")
  read -r _ s_med s_min s_max month < <(grep '^switch ' <<<"$timings")
  open_ms="$o_med ms (min $o_min, max $o_max)"
  switch_ms="$s_med ms (min $s_min, max $s_max) to $month"
fi

# Entity pages (issue 14): influencers/, campaigns/ and brands/ at 2,000 influencers (1M rows) and 10,000 (200,000
# rows), and the build time against PAGES_BASE_REV's (the same report with its links and search, no pages), in turn.
pages_rev=$(git rev-parse --short "${PAGES_BASE_REV:-6ac2384}")
pages_gen=$(build_rev "$pages_rev")
count() { find "$out/site-pages/$1" -name '*.html' | wc -l; }
pages_md="| data | pages (influencers + campaigns + brands) | pages MB | search index KB | build wall s: without → with pages | build CPU s: without → with | with / without (CPU) |
|---|---:|---:|---:|---:|---:|---:|"
for set in "2,000 influencers, 1M rows:$pdata" "10,000 influencers, 200,000 rows:$big"; do
  label=${set%%:*} data=${set#*:}
  ew=() ec=() nw=() nc=()
  for ((i = 1; i <= runs; i++)); do
    read -r w c < <(timed "$pages_gen" "$out/site-nopages" "$data")
    nw+=("$w") nc+=("$c")
    read -r w c < <(timed "$gen" "$out/site-pages" "$data")
    ew+=("$w") ec+=("$c")
    echo "  pages ($label) run $i: $pages_rev ${nw[-1]} s wall (${nc[-1]} s CPU), ours ${ew[-1]} s wall (${ec[-1]} s CPU)" >&2
  done
  e_wall=$(printf '%s\n' "${ew[@]}" | median) e_cpu=$(printf '%s\n' "${ec[@]}" | median)
  n_wall=$(printf '%s\n' "${nw[@]}" | median) n_cpu=$(printf '%s\n' "${nc[@]}" | median)
  page_bytes=$(du -cb "$out/site-pages/influencers" "$out/site-pages/campaigns" "$out/site-pages/brands" | tail -1 | cut -f1)
  index_kb=$(awk -v b="$(stat -c %s "$out/site-pages/assets/search-index.js")" 'BEGIN {printf "%.0f", b/1024}')
  pages_md+=$'\n'"| $label | $(count influencers) + $(count campaigns) + $(count brands) | $(mb "$page_bytes") | $index_kb | $n_wall → $e_wall | $n_cpu → $e_cpu | **$(ratio2 "$e_cpu" "$n_cpu")** |"
done

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
Periods at 2,000 influencers and 1,000,000 tracking rows (medians of $runs runs each, in turn, wall and user + sys
CPU from \`/usr/bin/time\`):

$periods_md

Entity pages at 2,000 and 10,000 influencers against the build before them ($pages_rev: the same report, its links
and search, no pages), medians of $runs runs each, in turn:

$pages_md

10,000 influencers (200,000 tracking rows): \`index.html\` $(mb "$big_html") MB (plotly.js apart), views/
$(mb "$big_views") MB. Headless Chromium (bench/PageTimer; browser start-up not counted, medians of
$((runs < 3 ? 3 : runs)) runs): the page opens (All view shown, every chart drawn) in $open_ms; switching the
period to a month not loaded yet (its view file run, every chart drawn) takes $switch_ms.

Targets:
$verdicts"
printf '%s\n' "$report" >bench/results.md
printf '%s\n' "$report"
