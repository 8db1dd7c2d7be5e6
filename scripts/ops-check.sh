#!/usr/bin/env bash
# Operations checks, run by scripts/test.sh after `cargo test` (which, through
# tests/ops_metrics.rs, scraped a live service into target/ops/scrape.prom):
#
#   1. tools      helm, buf, promtool, PyYAML (scripts/tools/install.sh; cached, idempotent)
#   2. buf lint   the .proto contract under buf's STANDARD rules (buf.yaml)
#   3. helm       lint and template the chart with defaults, every toggle on, and HPA only
#   4. deploy     Dockerfile/.dockerignore, rendered manifests and compose consistency; every
#                 rendered wirefeed.toml (and the compose one with its env) validated by the
#                 wirefeed binary itself (scripts/tools/check_deploy.py)
#   5. promtool   check rules, test rules (alerts_test.yaml), check metrics on the live scrape;
#                 the dashboard's queries are parsed as recording rules
#
# Run alone: scripts/ops-check.sh (after a `cargo test` run that included the ignored
# tests, e.g. scripts/test.sh; otherwise step 5 reports the missing scrape).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "==> ops: $*" >&2; }
fail() { echo "ops-check: FAILED: $*" >&2; exit 1; }

step "tools"
BIN=$(scripts/tools/install.sh)
export PATH="$BIN:$PATH"
echo "    helm $(helm version --template '{{.Version}}'), buf $(buf --version), $(promtool --version 2>&1 | head -n1)" >&2

step "buf lint (proto/, STANDARD)"
buf lint

OUT=target/ops
mkdir -p "$OUT"
CHART=deploy/helm/wirefeed
variants=(default all-toggles hpa)
step "helm lint + template (${variants[*]})"
rendered=()
for v in "${variants[@]}"; do
  args=()
  [ "$v" = default ] || args=(-f "$CHART/ci/$v-values.yaml")
  # The chart links files/alerts.yaml to deploy/prometheus/alerts.yaml: helm notes the link.
  helm lint --strict "$CHART" "${args[@]}" 2> >(grep -v 'found symbolic link' >&2) >"$OUT/helm-lint-$v.txt" ||
    { cat "$OUT/helm-lint-$v.txt" >&2; fail "helm lint ($v)"; }
  helm template wirefeed "$CHART" --namespace wirefeed "${args[@]}" \
    2> >(grep -v 'found symbolic link' >&2) >"$OUT/helm-$v.yaml" || fail "helm template ($v)"
  rendered+=(--rendered "$v=$OUT/helm-$v.yaml")
done
# An invalid setup must be refused: more replicas than partitions.
if helm template wirefeed "$CHART" --set replicaCount=7 --set inputPartitions=6 >/dev/null 2>&1; then
  fail "helm template accepted replicaCount above inputPartitions"
fi

step "deploy consistency (Dockerfile, chart, compose, settings)"
cargo build --locked --quiet --bin wirefeed # a no-op right after cargo test
python3 scripts/tools/check_deploy.py --root . --binary target/debug/wirefeed "${rendered[@]}" --out "$OUT"

step "promtool check rules + test rules (and the dashboard's PromQL, as recording rules)"
promtool check rules deploy/prometheus/alerts.yaml
promtool check rules "$OUT/dashboard-queries.rules.yaml" >/dev/null || fail "a dashboard query is not valid PromQL"
promtool test rules deploy/prometheus/alerts_test.yaml

step "promtool check metrics (live scrape from tests/ops_metrics.rs)"
SCRAPE=$OUT/scrape.prom
[ -s "$SCRAPE" ] || fail "$SCRAPE is missing: run the Kafka tests first (scripts/test.sh runs cargo test --include-ignored, whose tests/ops_metrics.rs writes it)"
promtool check metrics <"$SCRAPE" || fail "promtool check metrics found problems in $SCRAPE"
echo "ops-check: all passed (buf lint, helm lint/template x${#variants[@]}, deploy consistency, promtool rules/tests/metrics)" >&2
