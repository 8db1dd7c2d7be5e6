#!/usr/bin/env bash
# The project's test command (README, .ci/run): starts a real single-node Apache Kafka (KRaft)
# broker on loopback from Maven Central artifacts (cached), runs every unit, integration and
# ops test against it, then stops the broker.
#
# Set WIREFEED_TEST_BOOTSTRAP=host:port to use an existing cluster instead.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${WIREFEED_TEST_BOOTSTRAP:-}" ]; then
  echo "==> starting Apache Kafka (KRaft) on loopback" >&2
  WIREFEED_TEST_BOOTSTRAP=$(scripts/kafka/broker.sh start 1)
  export WIREFEED_TEST_BOOTSTRAP
  trap 'scripts/kafka/broker.sh stop' EXIT
fi
echo "==> Kafka at $WIREFEED_TEST_BOOTSTRAP" >&2

echo "==> cargo test (unit, integration against Kafka, benches in test mode)" >&2
log=$(mktemp)
status=0
cargo test --locked --all-targets -- --include-ignored 2>&1 | tee "$log" || status=$?
read -r passed failed < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$log")
rm -f "$log"

if [ "$status" -eq 0 ] && [ -x scripts/ops-check.sh ]; then
  echo "==> ops checks (promtool, helm, buf, dashboard metrics)" >&2
  scripts/ops-check.sh || status=$?
fi

echo "cargo-tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
