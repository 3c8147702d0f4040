#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CTest packaging_install (label "package"): installs the .deb that packaging_validate built into
# a fresh Debian 12 root, with apt resolving its dependencies (Depends only: no Recommends), and
# runs the installed program there:
#   --version, --help, the window (offscreen platform, must stay up), and a real headless sign-in
#   against tests/idp/server.mjs, then `status` and `claims` from the keychain.
# Inside the root: a Secret Service (dbus-run-session + an unlocked gnome-keyring, as
# tests/with-keyring.sh does), and $BROWSER set to a script that hands the URL to this script;
# outside: the IdP on 127.0.0.1 and the browser (tests/idp/browser.mjs), which reach the app's
# loopback listener because a chroot shares the host's network.
#
# The root runs in its own mount and PID namespaces (unshare): its mounts vanish and its daemons
# (dbus, gnome-keyring) are killed when it ends, whatever happens.
# The base root (debootstrap --variant=minbase bookworm, plus gnome-keyring, dbus and
# libsecret-tools) and apt's downloads are cached in LOGTO_CHROOT_CACHE, keyed by the date (UTC);
# every run installs into a fresh copy. The Debian mirror comes from this machine's apt sources.
#
# Environment (tests/packaging/CMakeLists.txt): LOGTO_PACKAGE_DIR (the .deb), LOGTO_SOURCE_DIR,
# LOGTO_CHROOT_CACHE, LOGTO_VERSION, LOGTO_APP_ID. Exit 77 (skipped) only when not root.
set -euo pipefail
: "${LOGTO_PACKAGE_DIR:?}" "${LOGTO_SOURCE_DIR:?}" "${LOGTO_CHROOT_CACHE:?}" "${LOGTO_VERSION:?}" "${LOGTO_APP_ID:?}"
export LC_ALL=C.UTF-8

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: debootstrap, chroot and mount need root"
    exit 77
fi
for tool in debootstrap unshare chroot node flock; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/setup.sh installs it)"; exit 1; }
done
deb=$(find "$LOGTO_PACKAGE_DIR" -maxdepth 1 -name "logto-signin_${LOGTO_VERSION}_*.deb" | head -n1)
[ -n "$deb" ] || { echo "FAIL: no .deb in $LOGTO_PACKAGE_DIR (packaging_validate builds it)"; exit 1; }

started=$(date +%s%N)
# shellcheck source=tests/packaging/chroot.sh
. "$(dirname "$0")/chroot.sh"
chroot_find_mirror

phase "base root (debootstrap --variant=minbase bookworm + test tools), cached per day"
# The Secret Service for the test; dbus-x11 (not dbus-user-session) keeps systemd out.
cached_base_root bookworm gnome-keyring dbus-x11 dbus-daemon libsecret-tools

# --- A fresh root, and the package installed by apt ---------------------------------------
phase "fresh root: an overlay on the cached base (a copy where overlayfs is unavailable)"
idp_pid=""
watcher_pid=""
work=""
cleanup() {
    [ -z "$watcher_pid" ] || kill "$watcher_pid" 2>/dev/null || true
    [ -z "$idp_pid" ] || kill "$idp_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    [ -z "$work" ] || rm -rf "$work"
}
trap cleanup EXIT
fresh_root
export SHARE="$work/share" APT_ARCHIVES="$base/archives"
mkdir -p "$SHARE/out" "$SHARE/browser"
cp "$deb" "$SHARE/"

phase "apt-get install ./$(basename "$deb") (Depends only)"
if ! in_root "$root" sh -c "
        apt-get update -qq && apt-get install -y --no-install-recommends /tmp/share/$(basename "$deb")" >"$work/apt.log" 2>&1; then
    tail -n 40 "$work/apt.log"
    echo "FAIL: apt-get install of the .deb"
    exit 1
fi
grep -E '^(The following NEW packages|[0-9]+ upgraded, [0-9]+ newly installed)' -A0 "$work/apt.log" || true
echo "root grew by $(grown) MB"

# --- Run it --------------------------------------------------------------------------------
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

phase "logto-signin --version, --help"
version=$(in_root "$root" logto-signin --version 2>"$work/version.err") || fail "--version exits $?: $(cat "$work/version.err")"
[ "$version" = "logto-signin $LOGTO_VERSION" ] && pass "--version: $version" || fail "--version printed '$version'"
help=$(in_root "$root" logto-signin --help 2>&1) && help_status=0 || help_status=$?
[ "$help_status" -eq 0 ] && grep -q 'sign-in' <<<"$help" && pass "--help" || fail "--help (exit $help_status): $help"
in_root "$root" sh -c 'test -e "/usr/share/applications/$(ls /usr/share/applications | grep -i logto)"' \
    && pass "desktop entry installed" || fail "no desktop entry installed"

phase "headless sign-in against tests/idp (browser outside, keyring inside)"
fifo="$work/idp.fifo"
mkfifo "$fifo"
node "$LOGTO_SOURCE_DIR/tests/idp/server.mjs" --port 0 >"$fifo" 2>"$work/idp.log" &
idp_pid=$!
read -r _ endpoint <"$fifo" || { echo "FAIL: the IdP did not start"; cat "$work/idp.log"; exit 1; }
echo "IdP: $endpoint"

# $BROWSER inside the root hands the URL over through the shared directory; the host opens it.
cat >"$SHARE/test-browser" <<'EOF'
#!/bin/sh
printf '%s\n' "$1" >/tmp/share/browser/url.partial && mv /tmp/share/browser/url.partial /tmp/share/browser/url
EOF
chmod 755 "$SHARE/test-browser"
(
    for _ in $(seq 1 600); do
        if [ -s "$SHARE/browser/url" ]; then
            url=$(cat "$SHARE/browser/url")
            rm -f "$SHARE/browser/url" # it carries state and the PKCE challenge: not kept
            BROWSER_TIMEOUT=60 node "$LOGTO_SOURCE_DIR/tests/idp/browser.mjs" "$url" >"$work/browser.log" 2>&1
            echo "browser exit: $?" >>"$work/browser.log"
            exit 0
        fi
        sleep 0.1
    done
    echo "no URL came from the app" >>"$work/browser.log"
) &
watcher_pid=$!

in_root "$root" /bin/sh -c '
    endpoint=$1 app_id=$2
    export HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run BROWSER=/tmp/share/test-browser
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    exec dbus-run-session -- /bin/sh -c "
        printf %s test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        logto-signin sign-in --endpoint $endpoint --app-id native-app --timeout 60 >/tmp/share/out/sign-in.json 2>/tmp/share/out/sign-in.err
        echo \$? >/tmp/share/out/sign-in.status
        logto-signin status --endpoint $endpoint --app-id native-app >/tmp/share/out/status.json 2>/tmp/share/out/status.err
        echo \$? >/tmp/share/out/status.status
        # How many items the app keeps in the keyring (counted, never printed: they are secrets).
        secret-tool search --all server $app_id 2>/dev/null | grep -c \"^label = \" >/tmp/share/out/keyring.count
        logto-signin claims --endpoint $endpoint --app-id native-app >/tmp/share/out/claims.json 2>/tmp/share/out/claims.err
        echo \$? >/tmp/share/out/claims.status
        QT_QPA_PLATFORM=offscreen timeout 3 logto-signin --endpoint $endpoint --app-id native-app >/tmp/share/out/window.log 2>&1
        echo \$? >/tmp/share/out/window.status
    "' sh "$endpoint" "$LOGTO_APP_ID" || fail "the session in the root exited $?"
wait "$watcher_pid" || true
watcher_pid=""

out="$SHARE/out"
status_of() { cat "$out/$1.status" 2>/dev/null || echo missing; }
json_sub_is_alice() { python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])).get("sub") != "u-alice")' "$1" 2>/dev/null; }
if [ "$(status_of sign-in)" = 0 ] && json_sub_is_alice "$out/sign-in.json"; then
    pass "sign-in: exit 0, claims JSON with sub u-alice"
else
    fail "sign-in exited $(status_of sign-in): $(cat "$out/sign-in.err" 2>/dev/null)"
    sed 's/^/      browser: /' "$work/browser.log" 2>/dev/null || true
fi
if [ "$(status_of status)" = 0 ] && python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1]))["signed_in"] is not True)' "$out/status.json" 2>/dev/null; then
    pass "status: signed in (read back from gnome-keyring in the root)"
else
    fail "status exited $(status_of status): $(cat "$out/status.json" "$out/status.err" 2>/dev/null)"
fi
count=$(cat "$out/keyring.count" 2>/dev/null || echo 0)
[ "$count" -ge 1 ] && pass "the session is in gnome-keyring ($count item(s) for $LOGTO_APP_ID)" \
    || fail "nothing stored in gnome-keyring for $LOGTO_APP_ID"
[ "$(status_of claims)" = 0 ] && json_sub_is_alice "$out/claims.json" && pass "claims: exit 0, sub u-alice" \
    || fail "claims exited $(status_of claims): $(cat "$out/claims.err" 2>/dev/null)"
# timeout(1) exits 124 when it had to stop the window: it started and stayed up.
[ "$(status_of window)" = 124 ] && pass "the window starts (offscreen) and stays up" \
    || fail "the window exited $(status_of window): $(cat "$out/window.log" 2>/dev/null)"

phase "done"
echo "packaging_install: $failures failure(s), $((($(date +%s%N) - started) / 1000000)) ms"
[ "$failures" -eq 0 ]
