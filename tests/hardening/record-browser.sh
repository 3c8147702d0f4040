#!/bin/sh
# $BROWSER for the hardening tests: writes the authorization URL it was given (the last argument)
# to $HARDENING_URL_FILE, atomically, and exits, so the test plays the browser itself. With
# HARDENING_CHROMIUM=1 it then runs the real test browser (tests/idp/browser.mjs) on it.
# The file holds state, nonce and code_challenge: the test uses them to look for leaks.
set -eu
for url; do :; done
: "${url:?usage: record-browser.sh URL}"
: "${HARDENING_URL_FILE:?HARDENING_URL_FILE is not set}"
printf '%s\n' "$url" > "$HARDENING_URL_FILE.part"
mv "$HARDENING_URL_FILE.part" "$HARDENING_URL_FILE"
if [ "${HARDENING_CHROMIUM:-}" = 1 ]; then
    exec node "$(dirname "$0")/../idp/browser.mjs" "$url"
fi
