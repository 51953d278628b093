#!/usr/bin/env bash
# Time and peak memory of the built CLI's corpus commands on the generated corpora (one run each), as a Markdown table.
# usage: toolkit/NewsLens.Benchmarks/linearity.sh [CLI_DLL] [SIZES...]
#   CLI_DLL default artifacts/bin/NewsLens.Cli/release/NewsLens.Cli.dll (dotnet build -c Release toolkit/NewsLens.Cli);
#   SIZES default "25 50 100 200" (MB); each corpus is generated first when missing (--only generate).
# Every command runs with the seeds' story (no story drafted) and --format csv to /dev/null; analyze writes to a
# temporary folder that is deleted. CPU is user + sys; the load average is printed before and after every run, since
# on a shared machine wall time depends on it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=${1:-artifacts/bin/NewsLens.Cli/release/NewsLens.Cli.dll}
shift || true
sizes=${*:-25 50 100 200}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "| size | command | articles/s | wall (s) | CPU user+sys (s) | peak RSS (MB) | load avg (1 min) before → after |"
echo "|---:|---|---:|---:|---:|---:|---|"
for size in $sizes; do
  corpus=artifacts/bench/corpus-${size}mb-seed2023
  [ -d "$corpus" ] || dotnet run -c Release --project toolkit/NewsLens.Benchmarks -- --size-mb "$size" --only generate >&2
  for command in mentions sentiment compare analyze; do
    if [ "$command" = analyze ]; then
      args=(analyze "$corpus" --out "$out/analysis" --quiet --story seeds/story.json)
    else
      args=("$command" "$corpus" --format csv --story seeds/story.json)
    fi
    before=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -o "$out/time" -f "%e %U %S %M" dotnet "$cli" "${args[@]}" > /dev/null 2> "$out/err" || { cat "$out/err" >&2; exit 1; }
    after=$(cut -d' ' -f1 /proc/loadavg)
    articles=$(grep -oE '[0-9,]+ articles' "$out/err" | head -1 | tr -d ', articles' || true)
    [ -n "$articles" ] || articles=$(($(wc -l < "$out/analysis/articles.csv") - 1))
    read -r wall user sys peak < "$out/time"
    awk -v s="$size" -v c="$command" -v a="$articles" -v w="$wall" -v u="$user" -v y="$sys" -v p="$peak" -v b="$before" -v e="$after" \
      'BEGIN { printf "| %s MB | `%s` | %.0f | %.1f | %.1f | %.0f | %s → %s |\n", s, c, a / w, w, u + y, p / 1000, b, e }'
    rm -rf "$out/analysis"
  done
done
