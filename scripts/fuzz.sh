#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for a bounded time.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60). Corpora are kept in build-fuzz/corpus/.
# Exit status: 0 when no target found a crash, 1 otherwise (the crashing input is left in build-fuzz/).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
source scripts/setup.sh
SD_PACKAGES+=(clang libclang-rt-dev)
sd_install_packages
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DSESSIONDESK_FUZZ=ON -DSESSIONDESK_WERROR=OFF >/dev/null
cmake --build build-fuzz --target fuzz_request_parser fuzz_session_data fuzz_token_decoders
status=0
for t in fuzz_request_parser fuzz_session_data fuzz_token_decoders; do
    mkdir -p "build-fuzz/corpus/$t"
    echo "== $t for ${SECONDS_PER_TARGET}s"
    (cd build-fuzz && "./tests/$t" -max_total_time="$SECONDS_PER_TARGET" -max_len=8192 -rss_limit_mb=2048 \
        -print_final_stats=1 "corpus/$t") 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
    if ls build-fuzz/crash-* build-fuzz/leak-* build-fuzz/timeout-* >/dev/null 2>&1; then
        status=1
    fi
done
exit $status
