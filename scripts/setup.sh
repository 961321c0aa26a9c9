#!/bin/sh
# Installs everything Alliance needs to build and test on Debian 12.
# Called by `make deps` (and so by `make demo` and `make check`).
# Safe to run again: it installs only what is missing.
set -eu
PKGS="build-essential pkg-config xxd sqlite3 libsqlite3-dev libsodium-dev
libjansson-dev libcsv-dev libcmocka-dev libmicrohttpd-dev libcurl4-openssl-dev
libical-dev libcmark-dev libxlsxwriter-dev libunistring-dev valgrind python3-aiosmtpd chromium
wrk libcairo2-dev libpango1.0-dev fonts-dejavu-core poppler-utils
liboath-dev libqrencode-dev libqpdf-dev qpdf clang libclang-rt-14-dev zlib1g-dev nginx"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "setup: installing Debian packages:$missing"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
else
	echo "setup: Debian packages present"
fi

# Node.js runs npm, which installs the pinned front-end and browser-test
# packages (package-lock.json): govuk-frontend, which `alliance serve`
# serves from node_modules, playwright-core and axe-core.
if ! command -v npm >/dev/null 2>&1; then
	echo "setup: installing Node.js and npm"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] ||
	[ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "setup: installing npm packages (package-lock.json)"
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
else
	echo "setup: npm packages present"
fi
