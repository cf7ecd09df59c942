#!/usr/bin/env bash
# Times `ntopo homology` (one thread and all cores) against Ripser on the benchmark clouds, in the same run.
# Usage: bench/homology/run.sh [BENCH_DIR] [CASE_FILTER]
#   BENCH_DIR    directory with the CSV clouds (default: ../shared/bench next to the repository)
#   CASE_FILTER  only cases whose name contains this text (default: all)
# Prints, per case, wall time (s), CPU time (s, user + system) and peak resident memory (MB) of each run, and the
# ratios ours / Ripser's. Exits non-zero when an output differs from Ripser's beyond 1e-5 relative.
set -euo pipefail
repository="$(cd "$(dirname "$0")/../.." && pwd)"
bench_dir="${1:-$repository/../shared/bench}"
filter="${2:-}"

if [[ ! -x /usr/bin/time ]]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
fi
command -v ripser >/dev/null || { echo "ripser is not installed (apt-get install ripser)" >&2; exit 1; }
for file in o3_1024.csv o3_4096.csv sphere_1024_in_794d.csv clifford_torus_2000.csv; do
  [[ -f "$bench_dir/$file" ]] || { echo "benchmark cloud $bench_dir/$file not found; give the directory with the clouds as the first argument" >&2; exit 1; }
done

# Native AOT, as the shipped tool is built: no JIT and no runtime to load, so `ntopo version` takes 0.02 s and
# 14 MB instead of about 0.1 s and 40 MB. ReadyToRun is the fallback where the ILCompiler package or a native linker is
# missing, and a plain Release build the last resort. The build used goes to standard error.
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
bin="$repository/bench/homology/bin"
rm -rf "$bin"
if dotnet publish "$repository/src/NeuronTopology.Cli" -c Release -r "$rid" -p:PublishAot=true \
    -o "$bin" --nologo -v quiet >/dev/null 2>&1; then
  echo "ntopo build: native AOT ($rid)" >&2
elif dotnet publish "$repository/src/NeuronTopology.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -o "$bin" --nologo -v quiet >/dev/null 2>&1; then
  echo "ntopo build: ReadyToRun ($rid); the native AOT publish failed" >&2
else
  dotnet build "$repository/src/NeuronTopology.Cli" -c Release -o "$bin" --nologo -v quiet >/dev/null
  echo "ntopo build: plain Release build (JIT); the native AOT and ReadyToRun publishes failed" >&2
fi
ntopo="$repository/bench/homology/bin/ntopo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# file, homology dimension, threshold
cases=(
  "o3_1024.csv 2 1.8"
  "o3_1024.csv 3 1.8"
  "o3_4096.csv 2 1.4"
  "sphere_1024_in_794d.csv 2 0.5"
  "clifford_torus_2000.csv 2 0.5"
)

# Runs a command under /usr/bin/time; prints "wall cpu peak_mb" and leaves its standard output in $work/out.
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>/dev/null
  awk '{ printf "%.2f %.2f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$work/time"
}

# Compares two outputs in Ripser's layout as multisets of intervals per dimension, relative tolerance 1e-5.
same_intervals() {
  python3 - "$1" "$2" <<'PY'
import sys
def read(path):
    dims, dim = {}, None
    for line in open(path):
        line = line.strip()
        if line.startswith("persistence intervals in dim"):
            dim = int(line.split()[-1].rstrip(":")); dims[dim] = []
        elif line.startswith("[") and dim is not None:
            birth, death = line[1:-1].split(",")
            dims[dim].append((float(birth), float(death) if death.strip() else float("inf")))
    return {d: sorted(v) for d, v in dims.items()}
a, b = read(sys.argv[1]), read(sys.argv[2])
close = lambda x, y: x == y or abs(x - y) <= 1e-5 * max(abs(x), abs(y)) + 1e-9
ok = a.keys() == b.keys() and all(len(a[d]) == len(b[d]) and all(close(p[0], q[0]) and close(p[1], q[1]) for p, q in zip(a[d], b[d])) for d in a)
sys.exit(0 if ok else 1)
PY
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %-3s %-5s | %-22s | %-22s %-15s | %-22s %-15s | %s\n' case dim thr "ripser wall/cpu/MB" "ntopo 1 thread" "ratio t/cpu/mem" "ntopo all cores" "ratio t/cpu/mem" agree
status=0
for entry in "${cases[@]}"; do
  read -r file dim threshold <<<"$entry"
  [[ -n "$filter" && "$file $dim" != *"$filter"* ]] && continue
  input="$bench_dir/$file"

  read -r r_wall r_cpu r_mem < <(measure ripser --format point-cloud --dim "$dim" --threshold "$threshold" "$input")
  cp "$work/out" "$work/ripser.out"
  read -r s_wall s_cpu s_mem < <(measure "$ntopo" homology "$input" --format point-cloud --dim "$dim" --threshold "$threshold" --threads 1)
  cp "$work/out" "$work/single.out"
  read -r a_wall a_cpu a_mem < <(measure "$ntopo" homology "$input" --format point-cloud --dim "$dim" --threshold "$threshold" --threads 0)
  cp "$work/out" "$work/all.out"

  agree=yes
  if ! same_intervals "$work/ripser.out" "$work/single.out" || ! same_intervals "$work/ripser.out" "$work/all.out"; then
    agree=NO
    status=1
  fi
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
  printf '%-26s %-3s %-5s | %5s s %5s s %6s MB | %5s s %5s s %6s MB %s/%s/%s | %5s s %5s s %6s MB %s/%s/%s | %s\n' \
    "$file" "$dim" "$threshold" "$r_wall" "$r_cpu" "$r_mem" \
    "$s_wall" "$s_cpu" "$s_mem" "$(ratio "$s_wall" "$r_wall")" "$(ratio "$s_cpu" "$r_cpu")" "$(ratio "$s_mem" "$r_mem")" \
    "$a_wall" "$a_cpu" "$a_mem" "$(ratio "$a_wall" "$r_wall")" "$(ratio "$a_cpu" "$r_cpu")" "$(ratio "$a_mem" "$r_mem")" "$agree"
done
exit "$status"
