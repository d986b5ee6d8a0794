#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium, which the end-to-end
# tests and benchmarks drive through playwright-core. Silent when it is there
# already; otherwise installs it with apt, non-interactively (CI has no stdin).
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available." >&2
  echo "Install Chromium so that it lives at $CHROMIUM, then run the tests again." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM is missing; installing it needs root." >&2
  echo "Run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium with apt-get (one time)…" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  chromium fonts-liberation </dev/null >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed." >&2
