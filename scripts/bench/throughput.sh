#!/usr/bin/env bash
# Speed side by side on a real broker: pass-through, the full pipeline, the Python reference
# pipeline, and latency at half the maximum rate. Prints a table (see BENCHMARKS.md).
#   WIREFEED_BENCH_ARTICLES=20000 scripts/bench/throughput.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${WIREFEED_PYENV:-$HOME/.cache/wirefeed/pyenv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import aiokafka, datasketch' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r benches/python/requirements.txt
fi
export WIREFEED_BENCH_PYTHON="$venv/bin/python"
if [ -z "${WIREFEED_TEST_BOOTSTRAP:-}" ]; then
  WIREFEED_TEST_BOOTSTRAP=$(scripts/kafka/broker.sh start 1)
  export WIREFEED_TEST_BOOTSTRAP
  trap 'scripts/kafka/broker.sh stop' EXIT
fi
cargo bench --bench throughput
