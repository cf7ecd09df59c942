#!/usr/bin/env bash
# Publishes ntopo as native AOT and runs every command once, checking exit codes and output, because the trimmer can
# remove what Spectre.Console.Cli or System.Text.Json reach only by reflection and the xunit tests run on the JIT.
# Usage: tests/tools/aot-smoke.sh [OUTPUT_DIR]   (default: a temporary directory, removed at the end)
# Fails on the first check that does not hold, naming it. Needs the ILCompiler package and a native linker.
set -euo pipefail
repository="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${1:-$work/bin}"
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"

# TreatWarningsAsErrors is on in Directory.Build.props, so a trim or AOT warning fails the publish.
dotnet publish "$repository/src/NeuronTopology.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$out" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; echo "FAILED: native AOT publish" >&2; exit 1; }
ntopo="$out/ntopo"

# Runs a command and checks its exit code, and that its standard output (standard error for a non-zero code) contains
# a text. An empty text checks the exit code alone.
check() {
  local name="$1" expected_code="$2" expected_text="$3"
  shift 3
  local code=0
  "$@" >"$work/stdout" 2>"$work/stderr" || code=$?
  local stream="$work/stdout"
  [[ "$expected_code" != 0 ]] && stream="$work/stderr"
  if [[ "$code" != "$expected_code" ]] || { [[ -n "$expected_text" ]] && ! grep -qF -- "$expected_text" "$stream"; }; then
    echo "FAILED: $name (exit code $code, expected $expected_code and '$expected_text')" >&2
    cat "$work/stdout" "$work/stderr" >&2
    exit 1
  fi
  echo "ok: $name"
}

printf '0,0\n1,0\n1,1\n0,1\n' >"$work/square.csv"
printf '0,0\n1,x\n' >"$work/bad.csv"

check "version" 0 "ntopo " "$ntopo" version
# Native AOT fixes the vector width when it compiles; a build for a too-old target runs training on 128-bit vectors.
if grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo; then
  check "version names a 256-bit or wider kernel" 0 "matrix kernels: AVX" "$ntopo" version
fi
check "presets" 0 "figure8-gd-0.0025" "$ntopo" presets
check "homology" 0 " [1,1.41421)" "$ntopo" homology "$work/square.csv" --format point-cloud --dim 1
check "homology --json" 0 '"betti"' "$ntopo" homology "$work/square.csv" --format point-cloud --dim 1 --json
check "homology --betti-at" 0 " dim 1: 1" "$ntopo" homology "$work/square.csv" --format point-cloud --betti-at 1.2
check "distortion" 0 "verdict" "$ntopo" distortion "$work/square.csv" "$work/square.csv"
check "sweep --help" 0 "--lr-range" "$ntopo" sweep --help
check "run" 0 "" "$ntopo" run figure8-gd-0.0025 --epochs 1 --out "$work/runs" --quiet
run_directory="$(find "$work/runs" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
check "run writes spec.json" 0 '"learningRate": 0.0025' cat "$run_directory/spec.json"
check "report" 0 "report.html" "$ntopo" report "$run_directory"
check "run from a spec file" 0 "" "$ntopo" run "$run_directory/spec.json" --epochs 1 --out "$work/runs" --quiet
check "resume" 0 "" "$ntopo" run --resume "$run_directory" --quiet
check "bad number" 2 "line 2: field 2 is 'x'" "$ntopo" homology "$work/bad.csv" --format point-cloud
check "missing file" 2 "file not found" "$ntopo" homology "$work/missing.csv"
check "dimension out of range" 2 "invalid value '17' for --dim" "$ntopo" homology "$work/square.csv" --dim 17
check "unknown preset" 2 "is neither a preset nor a spec file" "$ntopo" run no-such-preset
check "unknown command" 2 "Unknown command" "$ntopo" no-such-command
# The check for an option without a value reads the command model through Spectre's help interface.
check "option without a value" 2 "option --out needs a value" "$ntopo" run figure8-gd-0.0025 --out
check "extra argument" 2 "unexpected argument 'extra'" "$ntopo" homology "$work/square.csv" extra
# The methods of the homology layout list must still exist under their names and sit together at the start of the
# managed code. Otherwise the list is stale, and `ntopo homology` touches code pages all over the executable again.
symbols="$out/ntopo.dbg"
[[ -f "$symbols" ]] || symbols="$ntopo"
listing="$repository/src/NeuronTopology.Cli/Aot/homology-method-order.txt"
managed_start="$(readelf -SW "$symbols" 2>/dev/null | sed -n 's/.*__managedcode *[A-Z]* *\([0-9a-f]*\) .*/\1/p')"
# 2 MiB is several times the 0.4 MB the listed methods take, and well under the 4.5 MB of managed code. nm prints
# addresses as 16 hexadecimal digits, so they compare as strings.
managed_limit="$(printf '%016x' $((16#$managed_start + 2097152)))"
if nm --defined-only "$symbols" | awk -v start="$managed_start" -v limit="$managed_limit" '
    NR == FNR { listed[$1] = 1; total++; next }
    NF == 3 && ($3 in listed) && !seen[$3]++ { found++; if (($1 "") >= (start "") && ($1 "") < (limit "")) near++ }
    END {
      printf "%d of %d listed methods exist; %d lie in the first 2 MiB of managed code\n", found, total, near
      exit !(found >= 0.8 * total && near >= 0.95 * found)
    }' "$listing" -
then
  echo "ok: homology method layout"
else
  echo "FAILED: homology method layout; regenerate the list with bench/homology/method-order.sh" >&2
  exit 1
fi
echo "native AOT smoke test passed: $ntopo"
