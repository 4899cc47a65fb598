#!/usr/bin/env bash
# Fuzz gilpy for a while: [FUZZ_SEED=N] fuzz/run.sh TARGET SECONDS [JOBS]
#   TARGET  compile (parse and compile arbitrary bytes) or run (run arbitrary programs)
#   SECONDS how long to fuzz (libFuzzer's -max_total_time)
# Installs cargo-fuzz if it is missing, builds the targets (stable Rust, no sanitizer:
# a Rust panic, an abort or a hang is what we look for), seeds the corpus from the golden
# programs, and runs from a scratch folder. Crashes land in fuzz/artifacts/TARGET/; each one
# found becomes a regression program under tests/programs/ (docs/reliability.md).
# Exit status: 0 when nothing was found, non-zero (libFuzzer's) when something was.
set -euo pipefail
target="${1:?usage: fuzz/run.sh compile|run SECONDS}"
secs="${2:?usage: fuzz/run.sh compile|run SECONDS}"
jobs="${3:-1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/fuzz"

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version =0.13.2
cargo fuzz build -s none "$target"
bin="$root/fuzz/target/$(rustc -vV | sed -n 's/^host: //p')/release/$target"

# seeds: the golden programs that stay inside the interpreter (no files, processes,
# threads, signals or trace hooks, which would outlive one input or touch the machine)
corpus="$root/fuzz/corpus/$target"
mkdir -p "$corpus" "$root/fuzz/artifacts/$target"
exclude='import os|from os|open\(|shutil|tempfile|pathlib|glob|subprocess|multiprocessing|threading|_thread|concurrent|asyncio|signal|fork|settrace|setprofile|input\(|stdin|sleep|queue|socket|atexit|sys\.exit|_gilpy_testing|setrecursionlimit'
for f in "$root"/tests/programs/*/*.py; do
    case "$(basename "$f")" in _*) continue ;; esac
    if ! grep -Eq "$exclude" "$f"; then
        cp "$f" "$corpus/seed_$(basename "$(dirname "$f")")_$(basename "$f")"
    fi
done

# FUZZ_SEED fixes libFuzzer's random seed (CI uses one, so its short run is repeatable)
seed=()
if [ -n "${FUZZ_SEED:-}" ]; then
    seed=(-seed="$FUZZ_SEED")
fi
# several jobs write their logs (fuzz-N.log) into fuzz/artifacts/TARGET/
parallel=()
if [ "$jobs" -gt 1 ]; then
    parallel=(-jobs="$jobs" -workers="$jobs")
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
"$bin" "$corpus" \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
    -close_fd_mask=3 -dict="$root/fuzz/python.dict" \
    -artifact_prefix="$root/fuzz/artifacts/$target/" \
    ${seed[@]+"${seed[@]}"} ${parallel[@]+"${parallel[@]}"} </dev/null
