#!/usr/bin/env bash
# Makes sure headless Chromium is installed for the browser test (BrowserIT), from Debian's packages.
#
#   scripts/ensure-chromium.sh          prints the path of the Chromium binary
#
# Does nothing when Chromium is already there (CHROMIUM_PATH, or /usr/bin/chromium). Otherwise installs Debian's
# `chromium` package with apt-get, which needs root (as on CI). Playwright's own browser downloads are never used:
# they are not reachable from CI.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
	echo "$chromium"
	exit 0
fi
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
	echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
	exit 1
fi
if [[ "$(id -u)" -ne 0 ]]; then
	echo "Chromium is missing and installing it needs root: run 'sudo apt-get install chromium'" >&2
	exit 1
fi

echo "installing Debian's chromium package (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
# Redirected to stderr: stdout carries only the binary's path.
apt-get update -q >&2
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >&2
if [[ ! -x "$chromium" ]]; then
	echo "apt-get installed chromium, but $chromium is not there" >&2
	exit 1
fi
echo "$chromium"
