#!/usr/bin/env bash
# Regenerates the GIL lab's timeline pictures in docs/gil/.
#
#   examples/gil_lab/make_pictures.sh [GILPY]      (run from the repository root)
#
# GILPY defaults to ./target/release/gilpy. Each run writes docs/gil/<name>-<mode>.svg, where
# mode is "modern" (-X gil=1, CPython 3.11's GIL), "legacy" (-X gil=legacy, the pre-3.2 GIL)
# or "free" (-X gil=0, free-threaded: only when this gilpy has it). The programs' own output
# (timings, gil.stats() summaries) goes to the terminal as they run; the list of pictures is
# printed at the end. Arguments are kept small so that each run takes a few seconds, except
# the lecture's example 3.1, which is run verbatim (no arguments) and takes the longest.
set -euo pipefail

GILPY=${1:-./target/release/gilpy}
LAB=examples/gil_lab
LECTURE=../shared/lecture
OUT=docs/gil
LIMIT=300   # seconds allowed to any one run

if [[ ! -d $LAB ]]; then
    echo "make_pictures.sh: run me from the repository root (no $LAB here)" >&2
    exit 1
fi
if [[ ! -x $GILPY ]]; then
    echo "make_pictures.sh: no gilpy at $GILPY (build it, or pass its path)" >&2
    exit 1
fi
mkdir -p "$OUT"

# Which GIL modes to draw the CPU-bound programs under. Free-threaded (-X gil=0) is left out
# while this gilpy stops at start-up with a fatal error for it, and drawn once it runs.
MODES=(modern legacy)
if "$GILPY" -X gil=0 -c pass >/dev/null 2>&1; then
    MODES+=(free)
else
    echo "note: $GILPY -X gil=0 is not available; no free-threaded pictures"
fi

gil_flag() {
    case $1 in
        modern) echo "gil=1" ;;
        legacy) echo "gil=legacy" ;;
        free) echo "gil=0" ;;
        *) echo "make_pictures.sh: unknown mode $1" >&2; exit 1 ;;
    esac
}

WRITTEN=()

# picture NAME MODE PROGRAM [ARG...]: run PROGRAM under MODE, drawing docs/gil/NAME-MODE.svg
picture() {
    local name=$1 mode=$2
    shift 2
    local svg="$OUT/$name-$mode.svg"
    local flag
    flag=$(gil_flag "$mode")
    echo
    echo "=== $name, -X $flag: $*"
    rm -f "$svg"
    timeout "$LIMIT" "$GILPY" -X "$flag" -X "gil-timeline=$svg" "$@"
    if [[ ! -s $svg ]]; then
        echo "make_pictures.sh: $svg was not written" >&2
        exit 1
    fi
    WRITTEN+=("$svg")
}

# The lecture's example 3.1, verbatim: 4 threads and 4 processes each doing the whole loop.
for mode in "${MODES[@]}"; do
    picture example_3_1 "$mode" "$LECTURE/example_3_1_threads_vs_processes.py"
done

# The same work split four ways.
for mode in "${MODES[@]}"; do
    picture split4 "$mode" "$LAB/split4.py" 4000000
done

# Beazley's countdown: two CPU-bound threads fighting over the GIL.
for mode in "${MODES[@]}"; do
    picture countdown "$mode" "$LAB/countdown.py" 3000000
done

# The convoy effect: an I/O thread beside a CPU thread (a GIL matter, so no free-threaded run).
# 100 messages, each echoed after 1 ms, so that the effect shows even on a busy machine.
for mode in modern legacy; do
    picture convoy "$mode" "$LAB/convoy.py" 100 1
done

# hashlib releasing the GIL: threads overlap even under the modern GIL.
picture hashlib_threads modern "$LAB/hashlib_threads.py" 16 4

echo
echo "wrote ${#WRITTEN[@]} pictures:"
for svg in "${WRITTEN[@]}"; do
    echo "  $svg"
done
