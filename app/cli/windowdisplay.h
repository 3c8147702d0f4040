// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

// Whether the window can open here, decided before a QApplication exists: when its platform
// plugin finds no display, Qt aborts (SIGABRT, a core dump) and offers no way to ask first.
class WindowDisplay
{
    Q_DECLARE_TR_FUNCTIONS(WindowDisplay)

public:
    // False on Linux and the BSDs when the platform Qt would load (-platform, else
    // QT_QPA_PLATFORM, else xcb or wayland) needs a display that the environment does not name.
    // Platforms without one (offscreen, minimal, eglfs, ...) and other systems: always true.
    [[nodiscard]] static bool isAvailable(const QStringList &arguments, const QProcessEnvironment &environment);
    // For one `error: ` line on stderr: what is wrong and what to run instead.
    [[nodiscard]] static QString missingMessage();
};
