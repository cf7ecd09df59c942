#!/usr/bin/env bash
# Regenerates src/NeuronTopology.Cli/Aot/homology-method-order.txt: the managed methods that `ntopo homology` runs, in
# the order they first run. The native AOT publish lays these methods out first and together (ILC's
# --method-layout:Explicit with --order), so the homology path touches a few hundred kilobytes of code pages instead of
# pages scattered over the whole executable. On o3_1024 and sphere_1024_in_794d this cut the peak resident size by
# 2 to 2.6 MB: the kernel maps a window of pages around each executed method, and fewer windows are touched.
#
# Usage: bench/homology/method-order.sh [BENCH_DIR]   (default: ../shared/bench next to the repository)
# Needs valgrind (installed with apt-get when missing) and python3. Takes a few minutes: every run is under callgrind.
# Rerun it after renaming or restructuring homology code; tests/tools/aot-smoke.sh fails when most listed methods are
# missing from the executable.
set -euo pipefail
repository="$(cd "$(dirname "$0")/../.." && pwd)"
bench_dir="${1:-$repository/../shared/bench}"
destination="$repository/src/NeuronTopology.Cli/Aot/homology-method-order.txt"

if ! command -v valgrind >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Valgrind cannot read the separate DWARF file of a stripped publish, so this build keeps its symbol table and drops
# only the DWARF sections. It targets AVX2, because valgrind 3.19 stops on AVX-512 instructions; the homology methods
# have the same names in the AVX-512 build.
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
dotnet publish "$repository/src/NeuronTopology.Cli" -c Release -r "$rid" -p:PublishAot=true -p:StripSymbols=false -p:IlcInstructionSet=x86-64-v3 \
  -o "$work/bin" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
ntopo="$work/ntopo"
strip --strip-debug -o "$ntopo" "$work/bin/ntopo"

# Small inputs that reach every reader and every engine path: low and high ambient dimension, one and all threads,
# the sparse filtration of a large thresholded cloud, the enclosing-radius threshold, Betti numbers, JSON and Z/3.
head -n 200 "$bench_dir/o3_1024.csv" >"$work/o3_200.csv"
head -n 100 "$work/o3_200.csv" >"$work/o3_100.csv"
head -n 1500 "$bench_dir/o3_4096.csv" >"$work/o3_1500.csv"
python3 - "$work" <<'PY'
import math, struct, sys
work = sys.argv[1]
points = [[float(x) for x in line.split(",")] for line in open(f"{work}/o3_100.csv")][:60]
n = len(points)
d = [[math.dist(p, q) for q in points] for p in points]
with open(f"{work}/lower.txt", "w") as f:
    f.writelines(",".join(f"{d[i][j]:.6f}" for j in range(i)) + "\n" for i in range(1, n))
with open(f"{work}/upper.txt", "w") as f:
    f.writelines(",".join(f"{d[i][j]:.6f}" for j in range(i + 1, n)) + "\n" for i in range(n - 1))
with open(f"{work}/full.txt", "w") as f:
    f.writelines(" ".join(f"{d[i][j]:.6f}" for j in range(n)) + "\n" for i in range(n))
with open(f"{work}/sparse.txt", "w") as f:
    f.writelines(f"{i} {j} {d[i][j]:.6f}\n" for i in range(n) for j in range(i) if d[i][j] < 1.0)
header = "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }" % (n, len(points[0]))
header += " " * (63 - (10 + len(header)) % 64) + "\n"
with open(f"{work}/points.npy", "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
    f.write(b"".join(struct.pack("<d", x) for p in points for x in p))
PY

run=0
profile() {
  run=$((run + 1))
  local input="$1"
  shift
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$run" "$ntopo" homology "$@" <"$input" >/dev/null 2>"$work/valgrind.$run" \
    || { cat "$work/valgrind.$run" >&2; echo "failed: ntopo homology $*" >&2; exit 1; }
}
# The benchmark's own paths come first, so the layout follows the order they run in.
profile /dev/null "$bench_dir/o3_1024.csv" --format point-cloud --dim 2 --threshold 1.8 --threads 1
profile /dev/null "$bench_dir/o3_1024.csv" --format point-cloud --dim 2 --threshold 1.8 --threads 0
profile /dev/null "$bench_dir/sphere_1024_in_794d.csv" --format point-cloud --dim 2 --threshold 0.5 --threads 1
profile /dev/null "$bench_dir/sphere_1024_in_794d.csv" --format point-cloud --dim 2 --threshold 0.5 --threads 0
profile /dev/null "$work/o3_200.csv" --format point-cloud --dim 3 --threshold 1.8 --threads 0
profile /dev/null "$work/o3_1500.csv" --format point-cloud --dim 1 --threshold 0.15 --threads 1
profile /dev/null "$work/o3_1500.csv" --format point-cloud --dim 1 --threshold 0.15 --threads 0
profile /dev/null "$work/o3_100.csv" --format point-cloud --dim 2 --betti-at-relative 0.25
profile /dev/null "$work/o3_100.csv" --format point-cloud --dim 2 --json
profile /dev/null "$work/o3_100.csv" --format point-cloud --dim 1 --betti-at 0.5 --modulus 3
profile /dev/null "$work/lower.txt" --format lower-distance --dim 2
profile /dev/null "$work/upper.txt" --format upper-distance --dim 2
profile /dev/null "$work/full.txt" --format distance --dim 2
profile /dev/null "$work/sparse.txt" --format sparse --dim 2
profile /dev/null "$work/points.npy" --format npy --dim 2
profile "$work/o3_100.csv" --format point-cloud --dim 1

# Keeps the callgrind function names that are symbols of the managed code section, in first-run order.
readelf -SW "$ntopo" >"$work/sections.txt"
nm --defined-only "$ntopo" >"$work/symbols.txt"
python3 - "$work" "$destination" <<'PY'
import glob, re, sys
work, destination = sys.argv[1], sys.argv[2]
section = next(re.search(r"__managedcode\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", line)
               for line in open(f"{work}/sections.txt") if "__managedcode" in line)
low = int(section.group(1), 16)
high = low + int(section.group(2), 16)
managed = set()
for line in open(f"{work}/symbols.txt"):
    fields = line.split()
    if len(fields) == 3 and low <= int(fields[0], 16) < high:
        managed.add(fields[2])
order = {}
for path in sorted(glob.glob(f"{work}/callgrind.*"), key=lambda p: int(p.rsplit(".", 1)[1])):
    for line in open(path, errors="replace"):
        match = re.match(r"^c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
        if match:
            name = re.sub(r"'\d+$", "", match.group(1))
            if name in managed:
                order.setdefault(name, len(order))
with open(destination, "w") as f:
    f.writelines(name + "\n" for name in order)
print(f"{len(order)} methods written to {destination}")
PY
