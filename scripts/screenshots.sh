#!/usr/bin/env bash
# Regenerates docs/screenshots/: the window's main states in English and Thai, rendered in a
# real X server (Xvfb) by the end-to-end window test against the local provider.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_mainwindow logto-signin
out="$PWD/docs/screenshots"
mkdir -p "$out"
LOGTO_SCREENSHOT_DIR="$out" LOGTO_KEEP_DISPLAY=1 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x900x24" \
    tests/with-keyring.sh build/dev/tests/gui/tst_mainwindow signInShowsProfileClaimsAndTokenDetails \
    cancelWhileWaiting providerErrorShowsBannerWithDetails continueWithAppleShowsPrivateRelay
ls -1 "$out"
