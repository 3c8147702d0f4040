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
phase_started=""
phase() { # phase NAME: prints how long the previous phase took, then NAME
    local now
    now=$(date +%s%N)
    [ -z "$phase_started" ] || printf 'time: %d ms\n' $(((now - phase_started) / 1000000))
    printf '\n== %s\n' "$1"
    phase_started=$now
}

# --- The Debian mirror of this machine ------------------------------------------------------
# The first URI that serves SUITE in /etc/apt/sources.list.d/*.sources (deb822) or the one-line
# lists. Nothing is hard-coded: CI uses whatever mirror (or proxy) the machine is set up with.
apt_uri_for() {
    local suite=$1 file
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        awk -v suite="$suite" '
            BEGIN { RS = ""; FS = "\n" }
            {
                types = ""; uris = ""; suites = ""; enabled = "yes"
                for (i = 1; i <= NF; i++) {
                    line = $i
                    if (line ~ /^[ \t]*#/) continue
                    if (sub(/^Types:[ \t]*/, "", line)) types = line
                    else if (sub(/^URIs:[ \t]*/, "", line)) uris = line
                    else if (sub(/^Suites:[ \t]*/, "", line)) suites = line
                    else if (sub(/^Enabled:[ \t]*/, "", line)) enabled = line
                }
                if (enabled == "no" || (" " types " ") !~ / deb /) next
                n = split(suites, s, /[ \t]+/)
                for (j = 1; j <= n; j++) if (s[j] == suite) { split(uris, u, /[ \t]+/); print u[1]; exit }
            }' "$file"
    done
    { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true; } |
        sed -n 's/\[[^]]*\]//; s/^[[:space:]]*deb[[:space:]]\+//p' | awk -v suite="$suite" '$2 == suite { print $1 }'
}
mirror=$(apt_uri_for bookworm | sed -n 1p)
security=$(apt_uri_for bookworm-security | sed -n 1p)
[ -n "$mirror" ] || { echo "FAIL: no 'bookworm' source in /etc/apt/sources.list{,.d/*}"; exit 1; }
echo "mirror: $mirror${security:+, security: $security}"

sources_for_root() {
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    [ -z "$security" ] || echo "deb $security bookworm-security main"
}

# in_root ROOT COMMAND...: runs COMMAND in ROOT, in new mount and PID namespaces (see the top),
# with /proc, /dev and the host's resolv.conf. Optional, from the environment:
#   OVERLAY_LOWER, OVERLAY_UPPER, OVERLAY_WORK  ROOT is an overlay of the read-only cached base
#   SHARE         a host directory mounted at /tmp/share (files exchanged with the host)
#   APT_ARCHIVES  a host directory mounted as apt's download cache
in_root() {
    local root=$1
    shift
    unshare --mount --pid --fork --propagation private -- /bin/sh -c '
        set -e
        root=$1; shift
        if [ -n "${OVERLAY_LOWER:-}" ]; then
            mount -t overlay overlay -o "lowerdir=$OVERLAY_LOWER,upperdir=$OVERLAY_UPPER,workdir=$OVERLAY_WORK" "$root"
        fi
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
        mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
        if [ -n "${APT_ARCHIVES:-}" ]; then mount --bind "$APT_ARCHIVES" "$root/var/cache/apt/archives"; fi
        if [ -n "${SHARE:-}" ]; then mkdir -p "$root/tmp/share"; mount --bind "$SHARE" "$root/tmp/share"; fi
        exec chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
            DEBIAN_FRONTEND=noninteractive "$@"' sh "$root" "$@"
}

# --- Base root, cached per day -------------------------------------------------------------
phase "base root (debootstrap --variant=minbase bookworm + test tools), cached per day"
mkdir -p "$LOGTO_CHROOT_CACHE"
today=$(date -u +%Y%m%d)
base="$LOGTO_CHROOT_CACHE/bookworm-$today"
exec 9>"$LOGTO_CHROOT_CACHE/.lock"
flock 9 # one builder at a time; runs after the first reuse its result
if [ -e "$base/complete" ]; then
    echo "cache hit: $base"
else
    echo "cache miss: building $base"
    find "$LOGTO_CHROOT_CACHE" -mindepth 1 -maxdepth 1 -name 'bookworm-*' -exec rm -rf {} +
    mkdir -p "$base/archives/partial"
    debootstrap --variant=minbase bookworm "$base/root" "$mirror" >"$base/debootstrap.log" 2>&1 || {
        tail -n 30 "$base/debootstrap.log"
        echo "FAIL: debootstrap"
        exit 1
    }
    sources_for_root >"$base/root/etc/apt/sources.list"
    # No service may start inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$base/root/usr/sbin/policy-rc.d"
    chmod 755 "$base/root/usr/sbin/policy-rc.d"
    touch "$base/root/etc/resolv.conf" # the host's is mounted over it
    # The Secret Service for the test; dbus-x11 (not dbus-user-session) keeps systemd out.
    APT_ARCHIVES="$base/archives" in_root "$base/root" sh -c '
        apt-get update -qq &&
        apt-get install -y -qq --no-install-recommends gnome-keyring dbus-x11 dbus-daemon libsecret-tools >/dev/null' \
        >"$base/tools.log" 2>&1 || { tail -n 30 "$base/tools.log"; echo "FAIL: installing the test tools"; exit 1; }
    touch "$base/complete"
fi
flock -u 9
du -sh "$base/root" | awk '{print "base root: " $1}'

# --- A fresh root, and the package installed by apt ---------------------------------------
phase "fresh root: an overlay on the cached base (a copy where overlayfs is unavailable)"
work=$(mktemp -d "$LOGTO_CHROOT_CACHE/run.XXXXXX")
idp_pid=""
watcher_pid=""
cleanup() {
    [ -z "$watcher_pid" ] || kill "$watcher_pid" 2>/dev/null || true
    [ -z "$idp_pid" ] || kill "$idp_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
root="$work/root"
export SHARE="$work/share" APT_ARCHIVES="$base/archives"
mkdir -p "$root" "$work/upper" "$work/overlay-work" "$SHARE/out" "$SHARE/browser"
if unshare --mount --propagation private -- mount -t overlay overlay \
    -o "lowerdir=$base/root,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null; then
    export OVERLAY_LOWER="$base/root" OVERLAY_UPPER="$work/upper" OVERLAY_WORK="$work/overlay-work"
    grown() { du -sm "$work/upper" | cut -f1; }
    echo "overlayfs"
else
    cp -a --reflink=auto "$base/root/." "$root/"
    before=$(du -sm "$root" | cut -f1)
    grown() { echo $(($(du -sm "$root" | cut -f1) - before)); }
    echo "copy"
fi
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
