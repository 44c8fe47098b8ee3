#!/usr/bin/env bash
# What `npm test` needs besides npm packages, installed once and only when missing: Neovim and
# Emacs with Eglot and Vim with ALE (the LSP-client tests through editors nobody here wrote, with the shipped
# configurations), then Chromium and a real VS Code server for the extension tests (test/e2e/setup.sh).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Debian packages the editor tests drive: each installed only when its command or file is missing.
missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
compgen -G '/usr/share/emacs/site-lisp/elpa-src/eglot-*' >/dev/null || missing+=(elpa-eglot)
command -v vim.basic >/dev/null || missing+=(vim)
[ -f /usr/share/vim-ale/plugin/ale.vim ] || missing+=(vim-ale)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[test setup] apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
bash "$HERE/e2e/setup.sh" >/dev/null
