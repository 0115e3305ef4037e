#!/usr/bin/env bash
# Instructions executed by one julep-gen run (release build), counted by callgrind: unlike
# wall-clock time, the count is the same on a busy machine, so it is the figure to compare
# before and after a change. Prints one Markdown table row per spec.
#
#   Benchmarks/Scripts/instruction-counts.sh [--bin PATH] [SPEC...]
#
# SPEC defaults to the reference OpenAPI document and spec/. With --bin, counts another binary
# (e.g. one built from an older commit). Needs valgrind. callgrind runs ~50× slower than normal.
# To see where the instructions go: callgrind_annotate --inclusive=yes Benchmarks/.results/<name>.callgrind
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=
if [ "${1:-}" = "--bin" ]; then bin=$2; shift 2; fi
if [ -z "$bin" ]; then
    swift build -c release --product julep-gen >&2
    bin=$(swift build -c release --show-bin-path)/julep-gen
fi
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
    # Julep's published OpenAPI document is in the shared data beside the repository (docs/shared-data.md).
    source .ci/shared-data
    require_shared_data
    specs=("$JULEP_SHARED_DATA/reference/julep-openapi-0.4.0.yaml" spec)
fi
mkdir -p Benchmarks/.results
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "| spec | instructions (full run) | instructions (nothing changed) |"
echo "| --- | ---: | ---: |"
for spec in "${specs[@]}"; do
    name=$(basename "$spec" | tr -c 'A-Za-z0-9\n' '-')
    count() {
        valgrind --tool=callgrind --callgrind-out-file="Benchmarks/.results/$name-$1.callgrind" \
            "$bin" --quiet --spec "$spec" --output "$scratch/$name" 2>&1 >/dev/null | sed -nE 's/.*Collected : ([0-9]+).*/\1/p'
    }
    full=$(count full)
    unchanged=$(count unchanged)
    python3 -c 'import sys; print(f"| {sys.argv[1]} | {int(sys.argv[2]):,} | {int(sys.argv[3]):,} |")' "$spec" "$full" "$unchanged"
done
