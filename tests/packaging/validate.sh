#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CTest packaging_validate (label "package"): packages the already-built tree with CPack, then
# checks what distributions check. Exit 0 when everything passes; every failure is listed.
#
# Environment (set by tests/packaging/CMakeLists.txt):
#   LOGTO_CPACK        the cpack of the CMake that configured the tree (default: cpack)
#   LOGTO_BUILD_DIR    the configured and built tree to package (CPackConfig.cmake)
#   LOGTO_PACKAGE_DIR  where the packages go (emptied first); packaging_install reads them there
#   LOGTO_SOURCE_DIR   the source tree (Flatpak manifest, completions)
#   LOGTO_APP_ID, LOGTO_VERSION
set -euo pipefail
: "${LOGTO_BUILD_DIR:?}" "${LOGTO_PACKAGE_DIR:?}" "${LOGTO_SOURCE_DIR:?}" "${LOGTO_APP_ID:?}" "${LOGTO_VERSION:?}"
export LC_ALL=C.UTF-8

app_id=$LOGTO_APP_ID
cpack=${LOGTO_CPACK:-cpack}
out=$LOGTO_PACKAGE_DIR
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
started=$(date +%s%N)
step_started=$started
step() { # prints the time the previous step took
    local now
    now=$(date +%s%N)
    printf 'time: %d ms\n\n== %s\n' $(((now - step_started) / 1000000)) "$1"
    step_started=$now
}
require() { command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed (scripts/setup.sh installs it)"; exit 1; }; }
for tool in "$cpack" dpkg-deb dpkg-shlibdeps rpmbuild rpm lintian desktop-file-validate appstreamcli man bash zsh fish python3; do
    require "$tool"
done

# --- Build the packages ---------------------------------------------------------------------
echo "== cpack (${LOGTO_BUILD_DIR})"
rm -rf "$out"
mkdir -p "$out"
"$cpack" --config "$LOGTO_BUILD_DIR/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    echo "FAIL: cpack"
    exit 1
}
deb=$(find "$out" -maxdepth 1 -name "logto-signin_${LOGTO_VERSION}_*.deb" | head -n1)
rpm=$(find "$out" -maxdepth 1 -name "logto-signin-${LOGTO_VERSION}-*.rpm" | head -n1)
tgz=$(find "$out" -maxdepth 1 -name "logto-signin-${LOGTO_VERSION}-*.tar.gz" | head -n1)
for package in "$deb" "$rpm" "$tgz"; do
    [ -n "$package" ] || { echo "FAIL: cpack did not make a .deb, .rpm and .tar.gz"; ls -l "$out"; exit 1; }
    printf '      %-48s %8d bytes\n' "$(basename "$package")" "$(stat -c %s "$package")"
done
tree=$out/deb-root
dpkg-deb -x "$deb" "$tree"

# --- .deb: metadata and contents ----------------------------------------------------------
step ".deb control fields"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "      Depends: $depends"
echo "      Recommends: $recommends"
echo "      Suggests: $(dpkg-deb -f "$deb" Suggests)"
for dependency in libsecret-1-0 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libqt6keychain1 libssl3; do
    if grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends"; then pass "Depends has $dependency"; else fail "Depends lacks $dependency"; fi
done
[ "$recommends" = "gnome-keyring | kwalletmanager | keepassxc" ] && pass "Recommends a Secret Service provider" \
    || fail "Recommends is '$recommends'"
[ "$(dpkg-deb -f "$deb" Package)" = logto-signin ] || fail "Package is not logto-signin"
[ "$(dpkg-deb -f "$deb" Version)" = "$LOGTO_VERSION" ] || fail "Version is not $LOGTO_VERSION"
[ -n "$(dpkg-deb -f "$deb" Homepage)" ] || fail "no Homepage"

step ".deb contents (dpkg-deb -c)"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(
    ./usr/bin/logto-signin
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/logto-signin.1.gz
    ./usr/share/bash-completion/completions/logto-signin
    ./usr/share/zsh/vendor-completions/_logto-signin
    ./usr/share/fish/vendor_completions.d/logto-signin.fish
    ./usr/share/doc/logto-signin/copyright
    ./usr/share/doc/logto-signin/changelog.gz
)
for size in 16 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    if grep -qxF "$path" <<<"$contents"; then pass "${path#./}"; else fail "the .deb lacks ${path#./}"; fi
done
unexpected=$(grep -v -e '/$' <<<"$contents" | grep -vxF -f <(printf '%s\n' "${expected[@]}") || true)
[ -z "$unexpected" ] && pass "nothing else in the .deb" || fail "unexpected files in the .deb: $unexpected"
for size in 16 32 48 64 128 256 512; do
    png="$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    dimensions=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
    [ "$dimensions" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $dimensions"
done
pass "icon PNGs have their nominal sizes"

step "lintian"
lintian_output=$(lintian --pedantic --display-info --fail-on error "$deb" 2>&1 | grep -v '^running with root privileges' || true)
[ -z "$lintian_output" ] || echo "$lintian_output" | sed 's/^/      /'
if lintian --fail-on error "$deb" >/dev/null 2>&1; then
    pass "lintian: no error ($(grep -c '^W:' <<<"$lintian_output" || true) warnings)"
else
    fail "lintian reports errors"
fi

step "desktop-file-validate"
desktop="$tree/usr/share/applications/$app_id.desktop"
validator_output=$(desktop-file-validate "$desktop" 2>&1 || true)
[ -z "$validator_output" ] || echo "$validator_output" | sed 's/^/      /'
errors=$(grep ': error: ' <<<"$validator_output" || true)
# SingleMainWindow is Desktop Entry spec 1.5; desktop-file-utils before 0.27 (Debian 12 has 0.26)
# knows spec 1.4 only and calls it an error. Forgive exactly that, and only on such a validator.
validator_help=$(desktop-file-validate --help 2>&1 || true)
if grep -Eq 'specification 1\.[0-4]\b' <<<"$validator_help"; then
    errors=$(grep -v 'key "SingleMainWindow" in group "Desktop Entry", but keys extending the format should start with "X-"' <<<"$errors" || true)
fi
[ -z "$errors" ] && pass "desktop entry valid" || fail "desktop-file-validate: $errors"
grep -qx "Exec=logto-signin" "$desktop" || fail "Exec is not logto-signin"
grep -qx "Icon=$app_id" "$desktop" || fail "Icon is not the app id"
grep -qx "StartupWMClass=logto-signin" "$desktop" || fail "StartupWMClass is not logto-signin"
grep -q '^Name\[th\]=' "$desktop" || fail "no Thai name"

step "appstreamcli validate --no-net --pedantic"
metainfo="$tree/usr/share/metainfo/$app_id.metainfo.xml"
appstream_output=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1) && appstream_status=0 || appstream_status=$?
echo "$appstream_output" | sed 's/^/      /'
# Accepted: "I: unknown-tag developer" (AppStream 0.16.1 predates <developer>, Flathub wants it)
# and "P: cid-contains-uppercase-letter" (the reverse-DNS app id is fixed: Io.github.*.LogtoSignin).
unexpected=$(grep -E '^[EWIP]: ' <<<"$appstream_output" | grep -v -e 'unknown-tag developer' -e 'cid-contains-uppercase-letter' || true)
if [ "$appstream_status" -eq 0 ] && [ -z "$unexpected" ]; then pass "metainfo valid"; else fail "appstreamcli: $unexpected"; fi
tree_output=$(appstreamcli validate-tree --no-net --no-color "$tree" 2>&1) || fail "appstreamcli validate-tree: $tree_output"
grep -q "<release version=\"$LOGTO_VERSION\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\"" "$metainfo" \
    && pass "release $LOGTO_VERSION with a date" || fail "no <release> for $LOGTO_VERSION"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "launchable is not $app_id.desktop"

step "man page"
man_warnings=$(MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$tree/usr/share/man/man1/logto-signin.1.gz" 2>&1 >/dev/null || true)
[ -z "$man_warnings" ] && pass "groff: no warnings" || fail "man page: $man_warnings"
man_text=$(MANWIDTH=100 man -l "$tree/usr/share/man/man1/logto-signin.1.gz" 2>/dev/null | col -b)
for option in sign-in status claims userinfo token sign-out doctor --json --endpoint --app-id --scope --resource --apple \
    --direct-sign-in --first-screen --identifier --login-hint --prompt --ui-locales --organization --no-browser --device \
    --timeout --port --all --browser --min-validity --network-timeout LOGTO_ENDPOINT LOGTO_APP_ID BROWSER; do
    grep -q -- "$option" <<<"$man_text" || fail "the man page does not mention $option"
done
pass "man page covers every command, option and variable"

step "shell completions"
completions="$tree/usr/share"
bash -n "$completions/bash-completion/completions/logto-signin" && pass "bash syntax" || fail "bash syntax"
zsh -n "$completions/zsh/vendor-completions/_logto-signin" && pass "zsh syntax" || fail "zsh syntax"
fish --no-execute "$completions/fish/vendor_completions.d/logto-signin.fish" && pass "fish syntax" || fail "fish syntax"
# offers COMPLETER LINE GREP-FLAGS PATTERN (the output is captured first: "complete | grep -q" would
# race with pipefail, grep leaving early and the completer dying of SIGPIPE)
offers() { local candidates; candidates=$("$1" "$2") && grep "$3" -- "$4" <<<"$candidates"; }
bash_complete() { # bash_complete "<command line>" -> the candidates bash-completion offers
    bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        line=$2
        read -ra COMP_WORDS <<<"$line"
        [[ $line == *" " ]] && COMP_WORDS+=("")
        COMP_LINE=$line COMP_POINT=${#line} COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _logto_signin logto-signin "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' sh "$completions/bash-completion/completions/logto-signin" "$1"
}
[ "$(bash_complete 'logto-signin ' | sort | tr '\n' ' ')" = "claims doctor sign-in sign-out status token userinfo " ] \
    && pass "bash: commands" || fail "bash: commands"
offers bash_complete 'logto-signin sign-in --fi' -qx --first-screen && pass "bash: sign-in options" || fail "bash: sign-in options"
offers bash_complete 'logto-signin status --' -qx --all && pass "bash: status --all" || fail "bash: status --all"
offers bash_complete 'logto-signin sign-in --scope ' -qx roles && pass "bash: --scope values" || fail "bash: --scope values"
offers bash_complete 'logto-signin token --' -qx --min-validity && pass "bash: token --min-validity" || fail "bash: token --min-validity"
fish_complete() { fish -c "source '$completions/fish/vendor_completions.d/logto-signin.fish'; complete -C '$1'"; }
offers fish_complete 'logto-signin ' -q '^sign-in' && pass "fish: commands" || fail "fish: commands"
offers fish_complete 'logto-signin sign-in --first-screen=' -q 'identifier:register' && pass "fish: --first-screen values" \
    || fail "fish: --first-screen values"
offers fish_complete 'logto-signin status --' -q '^--all' && pass "fish: status --all" || fail "fish: status --all"

step ".rpm and .tar.gz"
rpm_requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
for requirement in 'libsecret-1.so.0' 'libQt6Widgets.so.6' 'libqt6keychain.so.1'; do
    grep -q "^$requirement" <<<"$rpm_requires" && pass ".rpm requires $requirement" || fail ".rpm does not require $requirement"
done
rpm_files=$(rpm -qlp "$rpm" 2>/dev/null)
for path in /usr/bin/logto-signin "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    /usr/share/man/man1/logto-signin.1.gz /usr/share/zsh/site-functions/_logto-signin /usr/share/doc/logto-signin/LICENSE; do
    grep -qxF "$path" <<<"$rpm_files" || fail "the .rpm lacks $path"
done
grep -qx -e /usr/share/applications -e /usr/share/icons/hicolor -e /usr/share/man/man1 <<<"$rpm_files" \
    && fail "the .rpm owns a system directory" || pass ".rpm files, no system directory owned"
tar_files=$(tar -tzf "$tgz")
top="logto-signin-${LOGTO_VERSION}-Linux"
for path in bin/logto-signin "share/applications/$app_id.desktop" share/doc/logto-signin/LICENSE share/zsh/site-functions/_logto-signin; do
    grep -qxF "$top/$path" <<<"$tar_files" || fail "the .tar.gz lacks $top/$path"
done
pass ".tar.gz files"

step "reproducibility (a second cpack run gives the same bytes)"
"$cpack" --config "$LOGTO_BUILD_DIR/CPackConfig.cmake" -B "$out/again" >"$out/cpack-again.log" 2>&1 || fail "second cpack"
for package in "$deb" "$rpm" "$tgz"; do
    name=$(basename "$package")
    if cmp -s "$package" "$out/again/$name"; then pass "$name is reproducible"; else fail "$name differs between two cpack runs"; fi
done
rm -rf "$out/again" "$out/_CPack_Packages"

step "Flatpak manifest (syntax and permissions; flatpak-builder is not available here)"
python3 - "$LOGTO_SOURCE_DIR/packaging/flatpak/$app_id.yml" "$app_id" <<'EOF' && pass "Flatpak manifest" || fail "Flatpak manifest"
import sys, yaml
manifest = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
app_id = sys.argv[2]
problems = []
def expect(condition, message):
    if not condition:
        problems.append(message)
expect(manifest.get("id") == app_id, "id is not " + app_id)
expect(manifest.get("runtime") == "org.kde.Platform" and manifest.get("sdk") == "org.kde.Sdk", "not the KDE runtime")
expect(str(manifest.get("runtime-version", "")).startswith("6."), "runtime-version is not 6.x")
expect(manifest.get("command") == "logto-signin", "command is not logto-signin")
expected_args = ["--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
                 "--talk-name=org.freedesktop.secrets"]
expect(sorted(manifest.get("finish-args", [])) == sorted(expected_args), "finish-args are not exactly " + " ".join(expected_args))
modules = manifest.get("modules", [])
names = [m.get("name") for m in modules if isinstance(m, dict)]
expect(names == ["qtkeychain", "libqrencode", "logto-signin"], "modules are %s" % names)
if names == ["qtkeychain", "libqrencode", "logto-signin"]:
    keychain = modules[0]
    expect("-DBUILD_WITH_QT6=ON" in keychain.get("config-opts", []), "QtKeychain is not built for Qt 6")
    expect(any(o in keychain.get("config-opts", []) for o in ("-DBUILD_TESTING=OFF",)), "QtKeychain tests are on")
    source = keychain.get("sources", [{}])[0]
    expect(source.get("type") == "git" and source.get("tag"), "QtKeychain is not from a git tag")
    qrencode = modules[1].get("sources", [{}])[0]
    expect(qrencode.get("type") == "git" and qrencode.get("tag"), "libqrencode is not from a git tag")
    expect("-DLOGTO_SIGNIN_BUILD_TESTS=OFF" in modules[2].get("config-opts", []), "the app builds its tests")
for problem in problems:
    print("      " + problem)
sys.exit(1 if problems else 0)
EOF

step "done"
total=$((($(date +%s%N) - started) / 1000000))
echo "packaging_validate: $failures failure(s), ${total} ms"
[ "$failures" -eq 0 ]
