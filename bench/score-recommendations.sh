#!/usr/bin/env bash
# Recommendations against known truth (issue 15 item 5): simulates PROGRAMMES programmes (default 60) from a fixed
# list seed (the same draws as bench/score.sh), builds each one's site with the real `build`, reads its
# downloads/recommendations.csv and the simulator's simulation_truth_influencers.csv, and counts per action how many
# influencers truly lose money (true iROAS < 1) or pay back (>= 1). Prints a Markdown table and, for the evaluation
# seed, writes bench/results-recommendations.md.
#   bash bench/score-recommendations.sh            # the evaluation seed (2), 60 programmes
#   SEED=1 bash bench/score-recommendations.sh     # the tuning seed (for choosing thresholds; not the reported score)
#   SHIPPED=1 bash bench/score-recommendations.sh  # the shipped data's options only
# Needs the .NET 10 SDK; builds what it needs. Each programme is a full site build, so it takes longer than score.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

seed=${SEED:-2}
programmes=${PROGRAMMES:-60}
shipped=()
if [ "${SHIPPED:-0}" = 1 ]; then shipped=(--shipped); fi
echo "building (Release) ..." >&2
dotnet build bench/Scorer -c Release -nologo -v q -warnaserror >&2
table=$(bench/Scorer/bin/Release/net10.0/Scorer --recommendations --seed "$seed" --programmes "$programmes" "${shipped[@]}")
echo "$table"
if [ "$seed" = 2 ] && [ ${#shipped[@]} = 0 ]; then
  {
    echo "# Recommendations against known truth (bench/score-recommendations.sh)"
    echo
    echo "Command: \`bash bench/score-recommendations.sh\` (list seed $seed, $programmes programmes)."
    echo
    echo "$table"
  } >bench/results-recommendations.md
  echo "wrote bench/results-recommendations.md" >&2
fi
