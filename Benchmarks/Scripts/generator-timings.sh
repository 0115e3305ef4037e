#!/usr/bin/env bash
# Whole-process timings of julep-gen (release build): wall clock with hyperfine, peak RSS with
# GNU time, for the reference OpenAPI document, spec/ and the synthetic specs ×1, ×10, ×100
# (native and OpenAPI). Prints a Markdown table; the raw hyperfine JSON goes to Benchmarks/.results/.
#
#   Benchmarks/Scripts/generator-timings.sh [--quick] [--sizes 1,10,100] [--bin PATH] [--scratch DIR]
#
# --quick runs each case fewer times; --bin times another julep-gen binary (e.g. one built from an
# older commit) instead of building this one; --scratch writes the outputs under DIR instead of a
# new folder in $TMPDIR (e.g. /dev/shm: on ext4, creating the files of a full run right after
# deleting the previous run's costs the kernel more than the generator takes). Needs hyperfine (apt-get install hyperfine), GNU time
# (/usr/bin/time) and python3 with PyYAML (for make-specs.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
# Julep's published OpenAPI document is in the shared data beside the repository (docs/shared-data.md).
source .ci/shared-data
require_shared_data

runs_small=30; runs_large=10; sizes=1,10,100; bin=; scratch_parent=
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) runs_small=10; runs_large=3 ;;
        --sizes) sizes=$2; shift ;;
        --bin) bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); bin_given=1; shift ;;
        --scratch) scratch_parent=$2; shift ;;
        *) echo "usage: $0 [--quick] [--sizes 1,10,100] [--bin PATH] [--scratch DIR]" >&2; exit 2 ;;
    esac
    shift
done

for tool in hyperfine /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "generator-timings: $tool is missing (apt-get install hyperfine time)" >&2; exit 1; }
done

if [ -z "$bin" ]; then
    swift build -c release --product julep-gen >&2
    bin=$(swift build -c release --show-bin-path)/julep-gen
fi
python3 Benchmarks/Scripts/make-specs.py --copies "$sizes" >&2

results=Benchmarks/.results
mkdir -p "$results"
scratch=$(mktemp -d ${scratch_parent:+"$scratch_parent/julep-gen-timings.XXXXXX"})
trap 'rm -rf "$scratch"' EXIT

cases=("reference|$JULEP_SHARED_DATA/reference/julep-openapi-0.4.0.yaml" "spec/|spec")
IFS=, read -ra size_list <<< "$sizes"
for n in "${size_list[@]}"; do
    cases+=("native ×$n|Benchmarks/.specs/native-x$n/api.yaml" "OpenAPI ×$n|Benchmarks/.specs/openapi-x$n.yaml")
done

# The commit is the checkout's only when the binary was built here; another binary is named by path.
built_from=$([ -n "${bin_given:-}" ] && echo "given with --bin" || git rev-parse --short HEAD)
echo "$bin ($built_from), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'), output in $(df --output=fstype "$scratch" | tail -1)"
echo
echo "| spec | operations | types | full run (ms) | µs per operation | nothing changed (ms) | files written when nothing changed | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for entry in "${cases[@]}"; do
    name=${entry%%|*}; spec=${entry#*|}
    slug=$(echo "$name" | tr -c 'A-Za-z0-9\n' '-')
    out="$scratch/$slug"
    summary=$("$bin" --spec "$spec" --output "$out" 2>/dev/null | tail -1)
    operations=$(echo "$summary" | sed -E 's/.* ([0-9]+) operations.*/\1/')
    types=$(echo "$summary" | sed -E 's/^([0-9]+) types.*/\1/')
    runs=$runs_small
    [ "$operations" -gt 1000 ] && runs=$runs_large
    # A full run: the output folder does not exist yet.
    hyperfine -N --warmup 1 --runs "$runs" --prepare "rm -rf $out-full" \
        --export-json "$results/$slug-full.json" "$bin --quiet --spec $spec --output $out-full" >/dev/null 2>&1
    # Regeneration with nothing changed: the folder is up to date.
    hyperfine -N --warmup 1 --runs "$runs" \
        --export-json "$results/$slug-unchanged.json" "$bin --quiet --spec $spec --output $out" >/dev/null 2>&1
    written=$("$bin" --spec "$spec" --output "$out" 2>/dev/null | tail -1 | sed -E 's/.*: ([0-9]+) written.*/\1/')
    rss=0
    for _ in 1 2 3; do
        rm -rf "$out-rss"
        kb=$(/usr/bin/time -f '%M' "$bin" --quiet --spec "$spec" --output "$out-rss" 2>&1 >/dev/null | tail -1)
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    python3 - "$results/$slug-full.json" "$results/$slug-unchanged.json" "$name" "$operations" "$types" "$written" "$rss" <<'PY'
import json, sys
full, unchanged = (json.load(open(p))["results"][0] for p in sys.argv[1:3])
name, operations, types, written, rss = sys.argv[3:8]
ms = lambda r: f"{r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f} (min {r['min'] * 1000:.1f})"
per_op = full["mean"] * 1e6 / int(operations)
print(f"| {name} | {operations} | {types} | {ms(full)} | {per_op:.0f} | {ms(unchanged)} | {written} | {int(rss) / 1024:.1f} |")
PY
done
