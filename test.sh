#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest (benchmarks excluded).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
sd_setup
ctest --test-dir build --output-on-failure --label-exclude benchmarks --parallel "$(nproc)" "$@"
