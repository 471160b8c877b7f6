#!/usr/bin/env bash
# Benchmark (not a test): the published RoiReportGen (`dotnet publish generator -c Release -r linux-x64`: Native AOT)
# building the whole report end to end against DuckDB running the same aggregations over the same CSV files
# (bench/DuckBench, aggregation only, in process), at 1M and 10M simulated tracking rows (2,000 influencers), in turn
# (ours, DuckDB, ours, DuckDB, …; one untimed warm-up of each first); our peak RSS; start-up on the shipped data; and
# the tracking file's reading throughput from `build --timings` (its "read tracking.csv" line; "n/a" when the
# binary has no --timings). Prints Markdown and writes it into bench/results.md between the two
# "bench/run.sh" markers (the rest of that file is left as it is).
#   bash bench/run.sh                  # RUNS=5 (medians); ROWS="1000000 10000000"
#   ROWS=100000 RUNS=1 bash bench/run.sh   # a quick check of the script itself
#   EXTRA=1 bash bench/run.sh          # also the periods (issue 13) and entity-pages (issue 14) sections, and the
#                                      # 10,000-influencer page in headless Chromium (slow: builds two old revisions)
#   BASE_REV=c035e91 PAGES_BASE_REV=6ac2384   # the builds those EXTRA sections compare with
# Needs the .NET 10 SDK; installs /usr/bin/time, a C toolchain to link the native binary (clang) and, for EXTRA,
# Debian's chromium when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

runs=${RUNS:-5}
sizes=${ROWS:-"1000000 10000000"}
extra=${EXTRA:-0}
out=bench/out
mkdir -p "$out"
# GNU time (wall, CPU, peak RSS) and, for EXTRA, Chromium (the page's open time) come from Debian.
need=()
[ -x /usr/bin/time ] || need+=(time)
command -v clang >/dev/null || command -v gcc >/dev/null || need+=(clang) # Native AOT links with clang, or gcc
[ "$extra" = 1 ] && [ ! -x /usr/bin/chromium ] && need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]} ..." >&2
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
    || { echo "bench/run.sh needs ${need[*]} (Debian: apt-get install ${need[*]})"; exit 2; }
fi

echo "publishing the generator (Release, Native AOT: about two minutes) ..." >&2
dotnet publish generator -c Release -r linux-x64 -o generator/bin/publish -nologo -v q -warnaserror >&2
dotnet build generator -c Release -nologo -v q -warnaserror >&2 # the JIT build, for the start-up comparison
dotnet build bench/DuckBench -c Release -r linux-x64 -nologo -v q >&2
gen=generator/bin/publish/RoiReportGen
jit=generator/bin/Release/net10.0/RoiReportGen
duck=bench/DuckBench/bin/Release/net10.0/linux-x64/DuckBench
timings=()
"$gen" build --help 2>/dev/null | grep -q -- '--timings' && timings=(--timings)

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
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
thousands() { echo "$1" | sed -e :a -e 's/\B[0-9]\{3\}\>/,&/;ta'; }
verdict() { # label value limit unit -> "- label: met/missed by N% (value unit)"
  echo "- $1 ≤ $3$4: $(awk -v v="$2" -v l="$3" 'BEGIN {print (v <= l) ? "met" : sprintf("missed by %.0f%%", (v / l - 1) * 100)}') ($2$4)"
}
# One whole-process run of ours under GNU time: "wall cpu peak_kb read_mb_per_s" (the last "n/a" without --timings).
ours_run() { # data site [binary]
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "${3:-$gen}" build "${timings[@]}" --data "$1" --out "$2" >/dev/null 2>"$out/build.log" \
    || { echo "build of $1 failed:" >&2; tail -5 "$out/build.log" >&2; exit 1; }
  local read
  read=$(awk -F'\t' '$1 == "timing" && $2 == "read tracking.csv" && $3 > 0 && $4 != "" {printf "%.0f", ($4 / 1e6) / ($3 / 1000)}' "$out/build.log")
  awk -v r="${read:-n/a}" '{printf "%s %.2f %s %s\n", $1, $2 + $3, $4, r}' "$out/time.txt"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows_md="" verdicts=""
for rows in $sizes; do
  data="$out/data-$rows"
  simulate "$data" 2000 "$rows"
  ours_run "$data" "$out/site-$rows" >/dev/null # warm-up: the files in the page cache, both programs loaded once
  "$duck" "$data" 1 >/dev/null 2>&1
  walls=() cpus=() reads=() ducks=() rss=0
  for ((i = 1; i <= runs; i++)); do
    read -r wall cpu kb rate < <(ours_run "$data" "$out/site-$rows")
    [ -n "${kb:-}" ] || exit 1 # the build failed (ours_run said why)
    d=$("$duck" "$data" 1 2>/dev/null | tail -1)
    walls+=("$wall") cpus+=("$cpu") ducks+=("$d")
    [ "$rate" != n/a ] && reads+=("$rate")
    [ "$kb" -gt "$rss" ] && rss=$kb
    echo "  $rows rows run $i: ours ${wall} s wall (${cpu} s CPU, peak RSS $((kb / 1024)) MB, reading tracking ${rate} MB/s); DuckDB ${d} s" >&2
  done
  ours=$(printf '%s\n' "${walls[@]}" | median) cpu=$(printf '%s\n' "${cpus[@]}" | median)
  duckdb=$(printf '%s\n' "${ducks[@]}" | median)
  read_rate="n/a"
  [ ${#reads[@]} -gt 0 ] && read_rate=$(printf '%s\n' "${reads[@]}" | median)
  ratio=$(ratio2 "$ours" "$duckdb")
  rss_mb=$((rss / 1024))
  case $rows in
    1000000) verdicts+="$(verdict "ours / DuckDB at 1M rows" "$ratio" 1.0 "")"$'\n' ;;
    10000000)
      verdicts+="$(verdict "ours / DuckDB at 10M rows" "$ratio" 0.5 "")"$'\n'
      verdicts+="$(verdict "peak RSS at 10M rows" "$rss_mb" 250 " MB")"$'\n'
      ;;
  esac
  rows_md+="| $(thousands "$rows") | $ours | $cpu | $duckdb | **$ratio** | $rss_mb | $read_rate |"$'\n'
done

# Start-up: the shipped data (4 small files) and `--help`, the published binary against the JIT build
# (`dotnet build -c Release`, what `dotnet run` runs), in turn.
ours_run data "$out/site-shipped" >/dev/null
ours_run data "$out/site-shipped-jit" "$jit" >/dev/null
sw=() jw=() hw=()
for ((i = 1; i <= (runs < 5 ? 5 : runs); i++)); do
  read -r w _ < <(ours_run data "$out/site-shipped")
  sw+=("$w")
  read -r w _ < <(ours_run data "$out/site-shipped-jit" "$jit")
  jw+=("$w")
  /usr/bin/time -f "%e" -o "$out/time.txt" "$gen" --help >/dev/null
  hw+=("$(cat "$out/time.txt")")
  echo "  shipped data run $i: published ${sw[-1]} s, JIT build ${jw[-1]} s; --help ${hw[-1]} s" >&2
done
# The published (Native AOT) binary must write the JIT build's report byte for byte (as ci.yml also checks).
diff -rq "$out/site-shipped" "$out/site-shipped-jit" >&2 \
  || { echo "the published generator's report of the shipped data differs from the JIT build's" >&2; exit 1; }
shipped=$(printf '%s\n' "${sw[@]}" | median) shipped_jit=$(printf '%s\n' "${jw[@]}" | median)
help_s=$(printf '%s\n' "${hw[@]}" | median)
verdicts+="$(verdict "shipped data built by the published binary" "$shipped" 0.5 " s")"$'\n'
startup_md="| shipped data (data/, $(thousands "$(tail -n +2 data/tracking_data.csv | wc -l)") tracking rows) | wall s |
|---|---:|
| published (Native AOT): \`build\` | **$shipped** |
| JIT build (\`dotnet build -c Release\`): \`build\` | $shipped_jit |
| published: \`--help\` (process start, command line) | $help_s |"

# Rejected rows: the shipped data plus 1,000,000 tracking rows that are all excluded (half a bad revenue on a known
# influencer, half an unknown influencer), each an issue. The list is written once per platform and the page embeds
# only its first rows, so memory and output stay bounded (targets: 600 MB peak RSS, 300 MB of output).
bad="$out/data-rejected"
if [ "$(cat "$bad/.args" 2>/dev/null)" != "rejected 1000000" ]; then
  rm -rf "$bad" && mkdir -p "$bad" && cp data/influencers.csv data/posts.csv data/payouts.csv data/tracking_data.csv "$bad/"
  ids=$(tail -n +2 data/influencers.csv | cut -d, -f1 | tr '\n' ' ')
  awk -v ids="$ids" 'BEGIN { n = split(ids, id, " "); for (i = 0; i < 1000000; i++) {
      d = sprintf("2025-05-%02d", i % 28 + 1)
      if (i % 2 == 0) printf "%s,instagram,MusclePush,%s,U%d,MuscleBlaze,Whey,1,12x%d\n", d, id[i % n + 1], i, i % 100
      else printf "%s,instagram,MusclePush,ZZ%d,U%d,MuscleBlaze,Whey,1,100\n", d, i % 5000, i } }' >>"$bad/tracking_data.csv"
  echo "rejected 1000000" >"$bad/.args"
fi
bad_rss=0 bad_walls=()
for ((i = 1; i <= (runs < 3 ? runs : 3); i++)); do
  read -r w _ kb _ < <(ours_run "$bad" "$out/site-rejected")
  bad_walls+=("$w")
  [ "$kb" -gt "$bad_rss" ] && bad_rss=$kb
  echo "  1M rejected rows run $i: ${w} s, peak RSS $((kb / 1024)) MB" >&2
done
bad_mb=$(( $(du -sb "$out/site-rejected" | cut -f1) / 1048576 ))
verdicts+="$(verdict "peak RSS with 1M rejected tracking rows" "$((bad_rss / 1024))" 600 " MB")"$'\n'
verdicts+="$(verdict "output with 1M rejected tracking rows" "$bad_mb" 300 " MB")"$'\n'
rejected_md="1,000,000 rejected tracking rows added to the shipped data ($(mb "$(stat -c %s "$bad/tracking_data.csv")") MB of tracking):
build $(printf '%s\n' "${bad_walls[@]}" | median) s (median), peak RSS $((bad_rss / 1024)) MB, output ${bad_mb} MB."

extra_md="(Periods, entity pages and the 10,000-influencer page in Chromium: \`EXTRA=1 bash bench/run.sh\`.)"
if [ "$extra" = 1 ]; then
  dotnet build bench/PageTimer -c Release -nologo -v q -warnaserror >&2
  timer=bench/PageTimer/bin/Release/net10.0/PageTimer
  # Periods (issue 13) at 2,000 influencers and 1M rows: how many views, their weight, and the build time against
  # BASE_REV's build (default c035e91, the last commit before periods), made from `git archive` of that revision in
  # bench/out/base-REV (no worktree to clean up) and run in turn with ours on the same data: A B A B ...
  base_rev=$(git rev-parse --short "${BASE_REV:-c035e91}")
  prows=1000000
  pdata="$out/data-$prows"
  simulate "$pdata" 2000 "$prows"
  build_rev() { # rev -> its generator, published once from `git archive` into bench/out/base-REV
    local dir="$out/base-$1"
    if [ ! -x "$dir/publish/RoiReportGen" ]; then
      echo "publishing $1 (Release, ReadyToRun, as ours) into $dir ..." >&2
      rm -rf "$dir" && mkdir -p "$dir"
      git archive "$1" | tar -x -C "$dir"
      dotnet publish "$dir/generator" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$dir/publish" -nologo -v q >&2
    fi
    echo "$dir/publish/RoiReportGen"
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

  verdicts+="$(verdict "index.html at 10,000 influencers" "$(mb "$big_html")" 3 " MB")"$'\n'

  extra_md="Periods at 2,000 influencers and 1,000,000 tracking rows (medians of $runs runs each, in turn, wall and user + sys
CPU from \`/usr/bin/time\`; both builds published, the base ReadyToRun):

$periods_md

Entity pages at 2,000 and 10,000 influencers against the build before them ($pages_rev: the same report, its links
and search, no pages), medians of $runs runs each, in turn:

$pages_md

10,000 influencers (200,000 tracking rows): \`index.html\` $(mb "$big_html") MB (plotly.js apart), views/
$(mb "$big_views") MB. Headless Chromium (bench/PageTimer; browser start-up not counted, medians of
$((runs < 3 ? 3 : runs)) runs): the page opens (All view shown, every chart drawn) in $open_ms; switching the
period to a month not loaded yet (its view file run, every chart drawn) takes $switch_ms."
fi

cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(free -g | awk '/^Mem:/ {print $2}')
duck_version=$(basename "$(ls -d ~/.nuget/packages/duckdb.net.data.full/* 2>/dev/null | tail -1)" 2>/dev/null || echo '?')
report="<!-- bench/run.sh: begin (written by the script; edit outside these markers) -->
## Latest run

$(date -u +%Y-%m-%d) on $(nproc) cores ($cpu_model), ${mem} GB RAM, .NET $(dotnet --version), $(uname -sr), commit
$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- generator templates || echo ' (with uncommitted changes)').
Ours is the published generator (\`dotnet publish generator -c Release -r linux-x64\`: Native AOT) running
\`build\` end to end (process start to the written site: every view, chart, download and entity page), wall and
user + sys CPU and peak RSS from GNU \`time\`; DuckDB ($duck_version, default threads) is the same aggregations in
SQL (\`bench/DuckBench\`), connection to fetched results, in process (no process start counted). Medians of $runs
runs each, in turn (ours, DuckDB, ours, …) after one warm-up of each; peak RSS is the largest of the runs. Reading
is the tracking file's size over the \`read tracking.csv\` stage of \`build --timings\` (MB = 10^6 bytes).
Load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg).

| tracking rows (2,000 influencers) | ours: build wall s | ours: CPU s | DuckDB: aggregation s | ours / DuckDB | ours: peak RSS MB | reading tracking MB/s |
|---:|---:|---:|---:|---:|---:|---:|
${rows_md}
Start-up (medians of $((runs < 5 ? 5 : runs)) runs, in turn):

$startup_md

$rejected_md

$extra_md

Targets:
${verdicts}<!-- bench/run.sh: end -->"

# Only the part between the markers is replaced (a file without them gets the block at its top).
results=bench/results.md
begin='<!-- bench/run.sh: begin' end_marker='<!-- bench/run.sh: end -->'
if [ -f "$results" ] && grep -qF "$begin" "$results" && grep -qF "$end_marker" "$results"; then
  {
    awk -v b="$begin" 'index($0, b) == 1 {exit} {print}' "$results"
    printf '%s\n' "$report"
    awk -v e="$end_marker" 'f {print} index($0, e) == 1 {f = 1}' "$results"
  } >"$results.new"
else
  { printf '%s\n\n' "$report"; cat "$results" 2>/dev/null || true; } >"$results.new"
fi
mv "$results.new" "$results"
printf '%s\n' "$report"
