#!/usr/bin/env bash
# Installs the operations tools that scripts/ops-check.sh needs, into a cache directory
# (default ~/.cache/wirefeed/tools/bin), and prints that directory. Idempotent: a tool at the
# pinned version is never rebuilt, so a cached run takes well under a second.
#
#   helm      go install helm.sh/helm/v3/cmd/helm@HELM_VERSION
#   buf       go install github.com/bufbuild/buf/cmd/buf@BUF_VERSION
#   promtool  from Debian's `prometheus` package (extracted, not installed: no daemon);
#             fallback go install github.com/prometheus/prometheus/cmd/promtool@PROMTOOL_GO_VERSION
#   PyYAML    pip, if python3 cannot import yaml (for scripts/tools/check_deploy.py)
#
# Usage: scripts/tools/install.sh [helm|buf|promtool|pyyaml ...]   (default: all)
set -euo pipefail

HELM_VERSION=${HELM_VERSION:-v3.22.0}
BUF_VERSION=${BUF_VERSION:-v1.75.0}
PROMTOOL_GO_VERSION=${PROMTOOL_GO_VERSION:-v0.316.0}
TOOLS_DIR=${WIREFEED_TOOLS_DIR:-$HOME/.cache/wirefeed/tools}
BIN="$TOOLS_DIR/bin"
mkdir -p "$BIN"

log() { echo "tools: $*" >&2; }

# A stamp file per tool and version: `helm version` of a `go install` build does not print
# the patch version, so the stamp is what says which version is cached.
stamped() { [ -x "$BIN/$1" ] && [ -f "$BIN/.$1-$2" ]; }
stamp() { rm -f "$BIN/.$1-"*; touch "$BIN/.$1-$2"; }

go_install() { # name module version
  local name=$1 module=$2 version=$3
  if stamped "$name" "$version"; then return; fi
  command -v go >/dev/null || { log "go is required to install $name"; exit 1; }
  log "building $name $version with go install (a few minutes, once)"
  GOBIN="$BIN" GOFLAGS=-trimpath go install -ldflags='-s -w' "$module@$version"
  stamp "$name" "$version"
}

install_promtool() {
  if [ -x "$BIN/promtool" ]; then return; fi
  if command -v promtool >/dev/null; then
    ln -sf "$(command -v promtool)" "$BIN/promtool"
    return
  fi
  if command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null && [ "$(id -u)" = 0 ]; then
    log "fetching promtool from Debian's prometheus package"
    local tmp
    tmp=$(mktemp -d)
    if (cd "$tmp" && { apt-get download prometheus >/dev/null 2>&1 ||
          { apt-get update -qq >/dev/null && apt-get download prometheus >/dev/null; }; } &&
        dpkg-deb -x prometheus_*.deb root && [ -x root/usr/bin/promtool ]); then
      install -m 0755 "$tmp/root/usr/bin/promtool" "$BIN/promtool"
      rm -rf "$tmp"
      return
    fi
    rm -rf "$tmp"
    log "Debian package unavailable; falling back to go install"
  fi
  go_install promtool github.com/prometheus/prometheus/cmd/promtool "$PROMTOOL_GO_VERSION"
}

install_pyyaml() {
  if python3 -c 'import yaml' 2>/dev/null; then return; fi
  log "installing PyYAML with pip"
  python3 -m pip install --quiet --disable-pip-version-check pyyaml
}

tools=("$@")
[ ${#tools[@]} -gt 0 ] || tools=(helm buf promtool pyyaml)
for t in "${tools[@]}"; do
  case $t in
    helm) go_install helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION" ;;
    buf) go_install buf github.com/bufbuild/buf/cmd/buf "$BUF_VERSION" ;;
    promtool) install_promtool ;;
    pyyaml) install_pyyaml ;;
    *) log "unknown tool $t"; exit 2 ;;
  esac
done
echo "$BIN"
