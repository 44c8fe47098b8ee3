#!/usr/bin/env bash
# What `npm test` needs besides npm packages, installed once and only when missing:
# Neovim (the LSP-client test through an editor nobody here wrote), then Chromium and a real
# VS Code server for the extension tests (test/e2e/setup.sh).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v nvim >/dev/null; then
  echo "[test setup] apt-get install neovim"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq neovim >/dev/null
fi
bash "$HERE/e2e/setup.sh" >/dev/null
