# SPDX-License-Identifier: MIT
# CPack: `cmake --build <dir> --target package` builds
#   Linux    logto-signin_<version>_<arch>.deb, logto-signin-<version>-1.<arch>.rpm,
#            logto-signin-<version>-Linux.tar.gz
#   Windows  an MSI (WiX 3) and a .zip, with Qt deployed by windeployqt
#   macOS    a drag-and-drop .dmg of logto-signin.app, with Qt deployed by macdeployqt
# Use a Release build (the `package` presets). The version is project(VERSION); every time stamp
# comes from SOURCE_DATE_EPOCH (packaging/CMakeLists.txt), so packages are reproducible.
# Included at the end of the top-level CMakeLists.txt, after every install() rule.

set(CPACK_PACKAGE_NAME logto-signin)
set(CPACK_PACKAGE_VENDOR "logto-signin contributors")
set(CPACK_PACKAGE_CONTACT "${LOGTO_SIGNIN_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Sign in to Logto from the desktop and the command line")
# Wrapped for Debian's 80-column rule (one line of the extended description per line).
set(CPACK_PACKAGE_DESCRIPTION
"Logto Sign-in signs you in to a Logto tenant (OpenID Connect) through the
system browser, the way RFC 8252 asks a native app to: authorization code
flow with PKCE, a one-time loopback redirect on 127.0.0.1, and an ID token
verified on this machine. The refresh token is kept in the system keychain
(Secret Service) and nowhere else.
.
The window shows the profile and the verified claims. The same executable
has a headless command line (sign-in, status, claims, userinfo, token,
sign-out) for scripts and CI.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Logto Sign-in")
set(CPACK_PACKAGE_EXECUTABLES logto-signin "Logto Sign-in") # Start menu shortcut (Windows)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_VERBATIM_VARIABLES TRUE)
set(CPACK_THREADS 0) # xz with every core
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Which install components go into which package (see packaging/CMakeLists.txt): chosen per
# generator in CPackProjectConfig.cmake; every package is still one (monolithic) package.
set(CPACK_COMPONENTS_ALL Runtime UpstreamLayout)
configure_file("${PROJECT_SOURCE_DIR}/packaging/CPackProjectConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake")

# Source package (`--target package_source`): the git tree without builds and node_modules.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/node_modules/" "/\\.cache/")

if(WIN32)
    # MSI for administrators (per machine; silent: msiexec /i logto-signin-<v>-win64.msi /qn,
    # INSTALL_ROOT=<dir> to choose the folder) and a portable .zip.
    set(CPACK_GENERATOR WIX ZIP)
    # Fixed for ever: lets a newer MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "9B4B1E2C-7E3A-4F51-8C8E-2F6D3B0A7C15")
    set(CPACK_WIX_PRODUCT_ICON "${LOGTO_SIGNIN_ICO}")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Logto Sign-in")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
    # WiX wants a .txt or .rtf licence.
    configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Logto Sign-in")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_SYSTEM_NAME macOS)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
endif()

# --- .deb ------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME logto-signin)
if(LOGTO_SIGNIN_DEB_RELEASE)
    set(CPACK_DEBIAN_PACKAGE_RELEASE "${LOGTO_SIGNIN_DEB_RELEASE}") # logto-signin_<v>-<release>_<arch>.deb
endif()
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Description: CPACK_PACKAGE_DESCRIPTION_SUMMARY, then CPACK_PACKAGE_DESCRIPTION.
# dpkg-shlibdeps adds the Qt 6, QtKeychain, OpenSSL, libqrencode and C++ runtime libraries. libsecret is not
# among them: QtKeychain dlopen()s it (and Debian links --as-needed), so it is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
# A Secret Service provider: without one the session cannot be stored (the app says so).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
# Native Wayland windows, and Qt's own translated strings (standard buttons) in Thai and others.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# --- .rpm ------------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
string(REPLACE "\n.\n" "\n\n" CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# rpm's automatic requirements find the linked libraries (Qt 6, QtKeychain, OpenSSL, libqrencode); libsecret
# is dlopen()ed, so it is required by its soname, which every RPM distribution provides.
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0()(64bit)")
else()
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0")
endif()
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
# Directories the filesystem and hicolor-icon-theme packages own: not ours to own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/doc /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps /usr/share/bash-completion
    /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/site-functions
    /usr/share/fish /usr/share/fish/vendor_completions.d)
foreach(size IN LISTS LOGTO_SIGNIN_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
# Reproducible: build time, file times and build host from SOURCE_DATE_EPOCH (rpm >= 4.14). rpm
# only clamps newer files to it, so every file's time is set to it (CPack has stripped already;
# the man page is compressed already: rpm's default brp-* post-install steps are not needed).
set(CPACK_RPM_SPEC_INSTALL_POST "/usr/bin/find \"$RPM_BUILD_ROOT\" -exec touch -h -d \"@$SOURCE_DATE_EPOCH\" {} +")
set(CPACK_RPM_SPEC_MORE_DEFINE
    "%define use_source_date_epoch_as_buildtime 1
%define clamp_mtime_to_source_date_epoch 1
%define _buildhost reproducible
%define source_date_epoch_from_changelog 0
%define _build_id_links none")

include(CPack)
cpack_add_component(Runtime DISPLAY_NAME "Logto Sign-in" REQUIRED)
cpack_add_component(UpstreamLayout HIDDEN)
cpack_add_component(DebianLayout HIDDEN)
