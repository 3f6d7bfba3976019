#!/usr/bin/env bash
# Install the browsers the end-to-end tests drive: Debian's chromium and
# firefox-esr (nothing is downloaded from elsewhere; playwright-core and
# puppeteer-core use these binaries). Idempotent: does nothing when both are
# present. Honours CHROMIUM_PATH / FIREFOX_PATH when they point at binaries.
set -euo pipefail

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox_bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}"

missing=()
[ -x "$chromium_bin" ] || missing+=(chromium)
[ -x "$firefox_bin" ] || missing+=(firefox-esr)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup:browsers: chromium ($chromium_bin) and firefox-esr ($firefox_bin) are installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:browsers: missing ${missing[*]} and this system has no apt-get." >&2
  echo "Install Chromium and Firefox ESR with your package manager, then set CHROMIUM_PATH and FIREFOX_PATH to their binaries." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup:browsers: need root (or sudo) to apt-get install ${missing[*]}." >&2
    exit 1
  fi
fi

echo "setup:browsers: installing ${missing[*]} from Debian…"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for b in "$chromium_bin" "$firefox_bin"; do
  if [ ! -x "$b" ]; then
    echo "setup:browsers: $b is still missing after the install." >&2
    exit 1
  fi
done
echo "setup:browsers: done ($("$chromium_bin" --version 2>/dev/null | head -1); $("$firefox_bin" --version 2>/dev/null | head -1))."
