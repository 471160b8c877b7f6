#!/usr/bin/env bash
# Installs the Debian packages the tests need (debian-packages.txt) when one is missing; `dotnet test` runs this
# once before the tests (target InstallDebianPackages in RoiReportGen.Tests.csproj), as the test build runs npm ci.
# With everything present it only checks a few files. Missing packages are installed with apt-get as root, or
# with `sudo -n` where sudo needs no password; otherwise (or with ROIREPORT_NO_APT=1) it prints the one line
# saying what to install, which the browser tests repeat when they fail. It never fails the run itself: the
# other tests need none of these packages.
# Usage: install-debian-packages.sh [LIST]   (ROIREPORT_APT_GET names the apt-get to run; the tests use a fake)
set -u
list=${1:-"$(dirname "$0")/debian-packages.txt"}
apt=${ROIREPORT_APT_GET:-apt-get}

missing=()
while read -r package file _; do
  case $package in '' | '#'*) continue ;; esac
  [ -e "$file" ] || missing+=("$package")
done <"$list"
[ ${#missing[@]} -eq 0 ] && exit 0

as=none
if [ -z "${ROIREPORT_NO_APT:-}" ] && command -v "$apt" >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    as=""
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as="sudo -n"
  fi
fi

if [ "$as" != none ]; then
  echo "Installing the Debian packages the tests need: ${missing[*]}"
  # $as is empty or "sudo -n": split on purpose.
  # shellcheck disable=SC2086
  if $as env DEBIAN_FRONTEND=noninteractive "$apt" update -qq &&
    $as env DEBIAN_FRONTEND=noninteractive "$apt" install -y -qq --no-install-recommends "${missing[@]}"; then
    exit 0
  fi
fi
echo "The browser tests need Debian packages that are missing; install them with: sudo apt-get install ${missing[*]}"
exit 0
