#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CTest debian13_qt68 (label "debian13"): the project on the Qt most users run. Debian 12 has
# Qt 6.4; this builds the same source tree in a fresh Debian 13 (trixie) root made with debootstrap
# (Qt 6.8, GCC 14, CMake 3.31, OpenSSL 3.5 and QtKeychain from Debian) with warnings as errors,
# runs the unit, window and headless end-to-end tests there (real gnome-keyring, headless
# Chromium, the local IdP, all inside the root), then packages the Debian 13 .deb with CPack,
# installs it with apt in that root and runs it. The .deb is copied to
# $LOGTO_PACKAGE_DIR/debian13/ (logto-signin_<version>-1~deb13_<arch>.deb).
#
# The source tree is mounted read-only at /src (the IdP's node_modules come with it: pure
# JavaScript); the build is in the root. The base root (minbase trixie plus the build and test
# packages) and apt's downloads are cached per day in LOGTO_CHROOT_CACHE, like install.sh's.
#
# Environment (tests/packaging/CMakeLists.txt): LOGTO_SOURCE_DIR, LOGTO_PACKAGE_DIR,
# LOGTO_CHROOT_CACHE, LOGTO_VERSION; optional LOGTO_DEBIAN13_TESTS (a ctest -L regex, default
# unit|keyring|gui|e2e|idp), LOGTO_DEBIAN13_KEEP=1 (keep the root and its build to look into:
# `. tests/packaging/chroot.sh; SOURCE_TREE=$PWD OVERLAY_...=... in_root ROOT sh`, as printed).
# Exit 77 (skipped) only when not root.
set -euo pipefail
: "${LOGTO_SOURCE_DIR:?}" "${LOGTO_PACKAGE_DIR:?}" "${LOGTO_CHROOT_CACHE:?}" "${LOGTO_VERSION:?}"
export LC_ALL=C.UTF-8
labels=${LOGTO_DEBIAN13_TESTS:-unit|keyring|gui|e2e}  # idp_selftest is Node only: nothing Qt 6.8 changes

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: debootstrap, chroot and mount need root"
    exit 77
fi
for tool in debootstrap unshare chroot flock; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/setup.sh installs it)"; exit 1; }
done
[ -d "$LOGTO_SOURCE_DIR/tests/idp/node_modules" ] || { echo "FAIL: tests/idp/node_modules is missing (scripts/setup.sh)"; exit 1; }

started=$(date +%s%N)
# shellcheck source=tests/packaging/chroot.sh
. "$(dirname "$0")/chroot.sh"
chroot_find_mirror

# What scripts/setup.sh installs on Debian 12 to build and test, less what this test does not
# run (clang-format, the sanitizer and fuzz toolchain, packaging validators, Xvfb).
phase "base root (debootstrap --variant=minbase trixie + build and test packages), cached per day"
cached_base_root trixie \
    build-essential cmake ninja-build pkg-config file dpkg-dev \
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qtkeychain-qt6-dev libssl-dev libgl-dev libqrencode-dev \
    libsecret-1-0 libsecret-tools gnome-keyring dbus-daemon dbus-x11 \
    chromium fonts-thai-tlwg faketime nodejs time tmux zbar-tools

work=""
finish() {
    if [ -n "$work" ] && [ "${LOGTO_DEBIAN13_KEEP:-}" = 1 ]; then
        echo "kept: OVERLAY_LOWER=$OVERLAY_LOWER OVERLAY_UPPER=$OVERLAY_UPPER OVERLAY_WORK=$OVERLAY_WORK root $root"
    elif [ -n "$work" ]; then
        rm -rf "$work"
    fi
}
trap finish EXIT
phase "fresh root: an overlay on the cached base"
fresh_root
export SHARE="$work/share" APT_ARCHIVES="$base/archives" SOURCE_TREE="$LOGTO_SOURCE_DIR"
mkdir -p "$SHARE"
in_root "$root" sh -c 'echo "$(. /etc/os-release && echo "$PRETTY_NAME"); Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev); \
$(g++ --version | head -n1); $(cmake --version | head -n1); QtKeychain $(dpkg-query -W -f="\${Version}" qtkeychain-qt6-dev); \
OpenSSL $(dpkg-query -W -f="\${Version}" libssl-dev); Node $(node --version); $(chromium --version 2>/dev/null)"'

# The `package` preset's flags (hardening, Release) with warnings as errors and the tests on:
# one build is tested and packaged.
phase "configure and build: Release, -Werror, tests on"
in_root "$root" sh -c '
    cmake -S /src -B /build -G Ninja -Wno-dev \
        -DCMAKE_BUILD_TYPE=Release -DLOGTO_SIGNIN_WERROR=ON -DLOGTO_SIGNIN_BUILD_TESTS=ON \
        "-DCMAKE_CXX_FLAGS=-fstack-protector-strong -fstack-clash-protection -fcf-protection -D_FORTIFY_SOURCE=2 -ffile-prefix-map=/src/=" \
        "-DCMAKE_EXE_LINKER_FLAGS=-Wl,-z,relro -Wl,-z,now" \
        -DLOGTO_SIGNIN_DEB_RELEASE=1~deb13 >/tmp/share/configure.log 2>&1 || { cat /tmp/share/configure.log; exit 1; }
    grep -E "^-- (Qt|QtKeychain|OpenSSL)" /tmp/share/configure.log || true
    cmake --build /build -- -k 0 >/tmp/share/build.log 2>&1 || { grep -E -B2 -A12 "error|warning" /tmp/share/build.log | head -n 150; exit 1; }
    echo "built: $(grep -c "^\[" /tmp/share/build.log) steps, warnings: $(grep -c "warning:" /tmp/share/build.log || true)"' \
    || { echo "FAIL: the build on Debian 13 (Qt 6.8)"; exit 1; }

phase "tests on Qt 6.8: ctest -L '$labels'"
in_root "$root" sh -c 'HOME=/root ctest --test-dir /build -L "$1" --output-on-failure --timeout 300 --no-tests=error' sh "$labels" \
    >"$SHARE/ctest.log" 2>&1 && tests_status=0 || tests_status=$?
grep -E "^ *[0-9]+/[0-9]+ Test|tests passed|tests failed" "$SHARE/ctest.log" || true
if [ "$tests_status" -ne 0 ]; then
    sed -n '/The following tests FAILED/,$p' "$SHARE/ctest.log"
    grep -E -A60 "\*\*\*Failed|Timeout|Exception" "$SHARE/ctest.log" | head -n 200
    echo "FAIL: tests on Debian 13 (Qt 6.8)"
    exit 1
fi

phase "the Debian 13 .deb: cpack -G DEB, then apt-get install in the root"
in_root "$root" sh -c 'cd /build && cpack -G DEB -B /tmp/share/packages >/tmp/share/cpack.log 2>&1' \
    || { cat "$SHARE/cpack.log"; echo "FAIL: cpack on Debian 13"; exit 1; }
deb=$(find "$SHARE/packages" -maxdepth 1 -name "logto-signin_${LOGTO_VERSION}-1~deb13_*.deb" | head -n1)
[ -n "$deb" ] || { ls -l "$SHARE/packages"; echo "FAIL: no logto-signin_${LOGTO_VERSION}-1~deb13_*.deb"; exit 1; }
mkdir -p "$LOGTO_PACKAGE_DIR/debian13"
cp "$deb" "$LOGTO_PACKAGE_DIR/debian13/"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Version Depends Recommends | sed 's/^/  /'
# The host's lintian (Debian 12's), as packaging_validate runs it on the Debian 12 package.
if command -v lintian >/dev/null; then
    lintian_output=$(lintian --pedantic --display-info "$deb" 2>&1 | grep -v '^running with root privileges' || true)
    [ -z "$lintian_output" ] || echo "$lintian_output" | sed 's/^/  /'
    lintian --fail-on error "$deb" >/dev/null 2>&1 || { echo "FAIL: lintian reports errors on $(basename "$deb")"; exit 1; }
    echo "ok: lintian: no error ($(grep -c '^W:' <<<"$lintian_output" || true) warnings)"
fi
in_root "$root" sh -c "apt-get install -y -qq --no-install-recommends /tmp/share/packages/$(basename "$deb") >/dev/null 2>&1 \
    && /usr/bin/logto-signin --version && /usr/bin/logto-signin --help | head -n1" >"$SHARE/installed.log" 2>&1 \
    || { cat "$SHARE/installed.log"; echo "FAIL: the Debian 13 .deb does not install or run"; exit 1; }
version=$(sed -n 1p "$SHARE/installed.log")
[ "$version" = "logto-signin $LOGTO_VERSION" ] || { cat "$SHARE/installed.log"; echo "FAIL: installed --version printed '$version'"; exit 1; }
echo "ok: installed from the .deb: $version"

phase "done"
echo "debian13_qt68: passed in $((($(date +%s%N) - started) / 1000000)) ms"
