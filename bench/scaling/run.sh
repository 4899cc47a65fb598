#!/bin/bash
# Process scaling on a many-core machine: the lecture's example 3.1 verbatim (it lives in
# ../shared/lecture/, copied next to this script by the caller when ../shared is not there),
# a Pool over the lecture loop cut into 8 chunks, and the process benchmarks, each with
# gilpy and the machine's python3. Usage: bash bench/scaling/run.sh [gilpy] [example-3.1]
set -x
B=${1:-target/release/gilpy}
EX=${2:-../shared/lecture/example_3_1_threads_vs_processes.py}
nproc; python3 --version; $B --version
for i in 1 2; do $B "$EX"; done
python3 "$EX"
$B bench/scaling/split4.py
python3 bench/scaling/split4.py
for p in threads_one threads_four proc_fork_join proc_spawn_join pool_map_small; do
    /usr/bin/time -f "gilpy $p %e s" $B bench/programs/$p.py >/dev/null
    /usr/bin/time -f "python3 $p %e s" python3 bench/programs/$p.py >/dev/null
done
