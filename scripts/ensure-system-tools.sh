#!/usr/bin/env bash
# Makes sure the two Debian tools the tests use are installed: Chromium at
# /usr/bin/chromium (end-to-end tests and benchmarks drive it through
# playwright-core) and flatc (flatbuffers-compiler: the .tflite conformance
# tests decode fixtures with it as an independent reader). Silent when both are
# there; otherwise installs what is missing with apt, non-interactively (CI has
# no stdin).
set -euo pipefail

CHROMIUM=/usr/bin/chromium
PACKAGES=()
[ -x "$CHROMIUM" ] || PACKAGES+=(chromium fonts-liberation)
command -v flatc >/dev/null 2>&1 || PACKAGES+=(flatbuffers-compiler)
if [ ${#PACKAGES[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-tools: ${PACKAGES[*]} missing and apt-get is not available." >&2
  echo "Install them (Chromium must live at $CHROMIUM), then run the tests again." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "ensure-system-tools: installing ${PACKAGES[*]} needs root." >&2
  echo "Run: sudo apt-get update && sudo apt-get install -y ${PACKAGES[*]}" >&2
  exit 1
fi

echo "ensure-system-tools: installing ${PACKAGES[*]} with apt-get (one time)…" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  "${PACKAGES[@]}" </dev/null >/dev/null

if [ ! -x "$CHROMIUM" ] || ! command -v flatc >/dev/null 2>&1; then
  echo "ensure-system-tools: apt-get finished but $CHROMIUM or flatc is still missing." >&2
  exit 1
fi
echo "ensure-system-tools: installed ${PACKAGES[*]}." >&2
