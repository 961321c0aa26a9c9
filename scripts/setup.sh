#!/bin/sh
# Installs everything Alliance needs to build and test on Debian 12.
# Called by `make deps` (and so by `make demo` and `make check`).
# Safe to run again: it installs only what is missing.
set -eu
PKGS="build-essential pkg-config xxd sqlite3 libsqlite3-dev libsodium-dev
libjansson-dev libcsv-dev libcmocka-dev libmicrohttpd-dev libcurl4-openssl-dev
libical-dev libcmark-dev libxlsxwriter-dev valgrind python3-aiosmtpd chromium"
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
