# SPDX-License-Identifier: MIT
# Sourced by the tests that run the project in fresh Debian roots (install.sh: the .deb in Debian 12;
# debian13.sh: build and tests on Debian 13 with Qt 6.8). Needs root, debootstrap, unshare, flock.
#
#   phase NAME                       prints how long the previous phase took, then NAME
#   chroot_find_mirror               sets $mirror and $security from this machine's apt sources
#   sources_for_root SUITE           the sources.list for a root of SUITE, on that mirror
#   in_root ROOT COMMAND...          runs COMMAND in ROOT (see below)
#   cached_base_root SUITE PKG...    sets $base: debootstrap --variant=minbase SUITE plus PKG...,
#                                    cached in $LOGTO_CHROOT_CACHE per day (UTC), suite and PKG list
#   fresh_root                       sets $work and $root: an overlay on $base/root (a copy
#                                    where overlayfs is unavailable); the caller removes $work
#
# Nothing is hard-coded about the network: the mirror (or proxy) is the one this machine's apt
# uses for bookworm; other suites are asked of the same mirror.

phase_started=""
phase() {
    local now
    now=$(date +%s%N)
    [ -z "$phase_started" ] || printf 'time: %d ms\n' $(((now - phase_started) / 1000000))
    printf '\n== %s\n' "$1"
    phase_started=$now
}

# The first URI that serves SUITE in /etc/apt/sources.list.d/*.sources (deb822) or the one-line lists.
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

chroot_find_mirror() {
    mirror=$(apt_uri_for bookworm | sed -n 1p)
    security=$(apt_uri_for bookworm-security | sed -n 1p)
    [ -n "$mirror" ] || { echo "FAIL: no 'bookworm' source in /etc/apt/sources.list{,.d/*}"; exit 1; }
    echo "mirror: $mirror${security:+, security: $security}"
}

sources_for_root() {
    local suite=$1
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -z "$security" ] || echo "deb $security $suite-security main"
}

# in_root ROOT COMMAND...: runs COMMAND in ROOT, in new mount and PID namespaces (its mounts vanish
# and its daemons are killed when it ends, whatever happens), with /proc, /dev and the
# host's resolv.conf, and an environment of PATH, LC_ALL, DEBIAN_FRONTEND (and SOURCE_DATE_EPOCH
# when set) only. Optional, from the environment:
#   OVERLAY_LOWER, OVERLAY_UPPER, OVERLAY_WORK  ROOT is an overlay of the read-only cached base
#   SHARE         a host directory mounted at /tmp/share (files exchanged with the host)
#   APT_ARCHIVES  a host directory mounted as apt's download cache
#   SOURCE_TREE   a host directory mounted read-only at /src
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
        if [ -n "${SOURCE_TREE:-}" ]; then
            mkdir -p "$root/src"
            mount --bind "$SOURCE_TREE" "$root/src"
            mount -o remount,bind,ro "$root/src" || echo "in_root: /src stays writable" >&2
        fi
        exec chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
            DEBIAN_FRONTEND=noninteractive ${SOURCE_DATE_EPOCH:+SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH} "$@"' sh "$root" "$@"
}

cached_base_root() {
    local suite=$1 today packages
    shift
    mkdir -p "$LOGTO_CHROOT_CACHE"
    today=$(date -u +%Y%m%d)
    # The package list is part of the key: a root cached before a package was added is not reused.
    packages=$(printf '%s\n' "$@" | sha256sum | cut -c1-8)
    base="$LOGTO_CHROOT_CACHE/$suite-$today-$packages"
    exec 9>"$LOGTO_CHROOT_CACHE/.lock"
    flock 9 # one builder at a time; runs after the first reuse its result
    if [ -e "$base/complete" ]; then
        echo "cache hit: $base"
    else
        echo "cache miss: building $base"
        find "$LOGTO_CHROOT_CACHE" -mindepth 1 -maxdepth 1 -name "$suite-*" -exec rm -rf {} +
        mkdir -p "$base/archives/partial"
        debootstrap --variant=minbase "$suite" "$base/root" "$mirror" >"$base/debootstrap.log" 2>&1 || {
            tail -n 30 "$base/debootstrap.log"
            echo "FAIL: debootstrap $suite"
            exit 1
        }
        sources_for_root "$suite" >"$base/root/etc/apt/sources.list"
        # No service may start inside the root.
        printf '#!/bin/sh\nexit 101\n' >"$base/root/usr/sbin/policy-rc.d"
        chmod 755 "$base/root/usr/sbin/policy-rc.d"
        touch "$base/root/etc/resolv.conf" # the host's is mounted over it
        APT_ARCHIVES="$base/archives" in_root "$base/root" sh -c '
            apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >/dev/null' sh "$@" \
            >"$base/tools.log" 2>&1 || { tail -n 30 "$base/tools.log"; echo "FAIL: installing $*"; exit 1; }
        touch "$base/complete"
    fi
    flock -u 9
    du -sh "$base/root" | awk '{print "base root: " $1}'
}

fresh_root() {
    work=$(mktemp -d "$LOGTO_CHROOT_CACHE/run.XXXXXX")
    root="$work/root"
    mkdir -p "$root" "$work/upper" "$work/overlay-work"
    if unshare --mount --propagation private -- mount -t overlay overlay \
        -o "lowerdir=$base/root,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null; then
        export OVERLAY_LOWER="$base/root" OVERLAY_UPPER="$work/upper" OVERLAY_WORK="$work/overlay-work"
        grown() { du -sm "$work/upper" | cut -f1; }
        echo "overlayfs"
    else
        cp -a --reflink=auto "$base/root/." "$root/"
        root_size_before=$(du -sm "$root" | cut -f1)
        grown() { echo $(($(du -sm "$root" | cut -f1) - root_size_before)); }
        echo "copy"
    fi
}
