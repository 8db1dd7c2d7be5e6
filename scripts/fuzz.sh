#!/usr/bin/env bash
# Runs each cargo-fuzz target for a while (default 60 s each) on the nightly toolchain.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
for target in parse_article pipeline; do
  echo "==> fuzzing $target for ${secs}s"
  cargo +nightly fuzz run "$target" -- -max_total_time="$secs" -max_len=1048576 -rss_limit_mb=2048
done
