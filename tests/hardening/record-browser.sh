#!/bin/sh
# $BROWSER for the hardening tests: writes the authorization URL it was given (the last argument)
# to $HARDENING_URL_FILE, atomically, and exits, so the test plays the browser itself. With
# HARDENING_CHROMIUM=1 it then runs the real test browser (tests/idp/browser.mjs) on it.
# With HARDENING_URL_LOG set it also appends the URL to that file, one line per run, so a test
# sees every URL the app handed to a browser (sign-in, end-session) over several runs.
# The files hold state, nonce and code_challenge: the test uses them to look for leaks.
set -eu
for url; do :; done
: "${url:?usage: record-browser.sh URL}"
if [ -z "${HARDENING_URL_FILE:-}" ] && [ -z "${HARDENING_URL_LOG:-}" ]; then
    echo "record-browser.sh: set HARDENING_URL_FILE or HARDENING_URL_LOG" >&2
    exit 2
fi
if [ -n "${HARDENING_URL_LOG:-}" ]; then
    # One write of one short line with O_APPEND: runs that overlap do not interleave.
    printf '%s\n' "$url" >> "$HARDENING_URL_LOG"
fi
if [ -n "${HARDENING_URL_FILE:-}" ]; then
    printf '%s\n' "$url" > "$HARDENING_URL_FILE.part"
    mv "$HARDENING_URL_FILE.part" "$HARDENING_URL_FILE"
fi
if [ "${HARDENING_CHROMIUM:-}" = 1 ]; then
    exec node "$(dirname "$0")/../idp/browser.mjs" "$url"
fi
