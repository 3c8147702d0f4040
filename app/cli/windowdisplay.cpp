// SPDX-License-Identifier: MIT
#include "windowdisplay.h"

#include "buildinfo.h"

namespace {

// The value of Qt's own -platform option (also --platform, -platform=NAME), if given.
QString platformArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--")))
            argument.remove(0, 1);
        if (argument == QLatin1String("-platform"))
            return arguments.value(i + 1);
        if (argument.startsWith(QLatin1String("-platform=")))
            return argument.section(QLatin1Char('='), 1);
    }
    return {};
}

bool hasArgument(const QStringList &arguments, const QString &name)
{
    return arguments.mid(1).contains(QLatin1Char('-') + name) || arguments.mid(1).contains(QLatin1String("--") + name);
}

} // namespace

bool WindowDisplay::isAvailable(const QStringList &arguments, const QProcessEnvironment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // xcb also takes the display from its own -display option.
    const bool x11 =
        !environment.value(QStringLiteral("DISPLAY")).isEmpty() || hasArgument(arguments, QStringLiteral("display"));
    const bool wayland = !environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        || !environment.value(QStringLiteral("WAYLAND_SOCKET")).isEmpty();
    QString platforms = platformArgument(arguments);
    if (platforms.isEmpty())
        platforms = environment.value(QStringLiteral("QT_QPA_PLATFORM"));
    if (platforms.isEmpty())
        return x11 || wayland; // Qt's default here is xcb or wayland
    // "wayland;xcb" is tried in turn; "xcb:option" carries options after the colon.
    for (const QString &entry : platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name == QLatin1String("xcb")) {
            if (x11)
                return true;
        } else if (name.startsWith(QLatin1String("wayland"))) {
            if (wayland)
                return true;
        } else {
            return true; // offscreen, minimal, eglfs, linuxfb, vnc...: no display server needed
        }
    }
    return false;
#else
    Q_UNUSED(arguments)
    Q_UNUSED(environment)
    return true;
#endif
}

QString WindowDisplay::missingMessage()
{
    const QString program = QString::fromLatin1(BuildInfo::ExecutableName);
    //: One line on stderr when the window is started without a display (e.g. over ssh). %1 and %2
    //: are commands to type, keep them as they are.
    return tr("the window needs a display and there is none (DISPLAY and WAYLAND_DISPLAY are not set); "
              "to sign in without one run '%1', or see '%2' for every command")
        .arg(program + QStringLiteral(" sign-in"), program + QStringLiteral(" --help"));
}
