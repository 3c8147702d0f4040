#!/usr/bin/env bash
# Installs everything logto-signin needs to build, run and test on Debian 12 (bookworm):
# Qt 6, QtKeychain, OpenSSL, gnome-keyring for a real Secret Service, Chromium for the
# browser tests, Node packages of the local Logto-shaped provider. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config git clang-format
    qt6-base-dev qt6-svg-dev qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libgl-dev
    # The device flow's QR code (libqrencode); its end-to-end test draws it in tmux and reads it
    # back with zbarimg (tests/e2e/tst_device).
    libqrencode-dev tmux zbar-tools
    libsecret-1-0 libsecret-tools gnome-keyring dbus-daemon
    xvfb xauth chromium fonts-thai-tlwg faketime
    # GNU time: peak memory (RSS) of the app in the end-to-end limits test (tests/e2e/tst_limits).
    time
    nodejs npm
    # Packaging and its checks (tests/packaging, label "package"): CPack's .deb (dpkg-shlibdeps)
    # and .rpm, lintian, desktop-file-validate, appstreamcli, man, the three shells whose
    # completions are checked, YAML for the Flatpak manifest, debootstrap for the install test.
    dpkg-dev fakeroot rpm lintian desktop-file-utils appstream man-db bsdextrautils
    bash-completion zsh fish python3-yaml debootstrap
    # Hardening (tests/hardening, fuzz/): libFuzzer with clang-14 (the `fuzz` preset), Valgrind.
    clang-14 libclang-rt-14-dev llvm-14 valgrind
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node and npm may come from elsewhere than Debian (e.g. a newer Node on the machine).
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=()
    for package in "${missing[@]}"; do
        [[ "$package" == nodejs || "$package" == npm ]] || filtered+=("$package")
    done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The local Logto-shaped provider and the headless-browser driver (lockfile committed).
if [ ! -d tests/idp/node_modules ] || [ tests/idp/package-lock.json -nt tests/idp/node_modules/.package-lock.json ]; then
    echo "setup: npm ci in tests/idp"
    (cd tests/idp && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: done"
