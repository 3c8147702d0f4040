// SPDX-License-Identifier: MIT
#include "browserlauncher.h"

#include "logging.h"

#include <QProcess>

namespace Logto {

namespace {

// Detached, because a browser command may run until its window closes, and with its
// output discarded: nothing a browser prints may reach our stdout, which scripts parse.
bool startDetached(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

} // namespace

BrowserLauncher::BrowserLauncher()
    : m_browserVariable(qEnvironmentVariable("BROWSER"))
{
}

QStringList BrowserLauncher::commandFor(const QString &entry, const QUrl &url)
{
    QStringList argv = QProcess::splitCommand(entry);
    const QString target = url.toString(QUrl::FullyEncoded);
    bool substituted = false;
    for (QString &argument : argv) {
        if (argument.contains(QLatin1String("%s"))) {
            argument.replace(QLatin1String("%s"), target);
            substituted = true;
        }
    }
    if (!substituted && !argv.isEmpty())
        argv.append(target);
    return argv;
}

Result<void> BrowserLauncher::open(const QUrl &url) const
{
    const QStringList entries = m_browserVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QStringList argv = commandFor(entry, url);
        if (argv.isEmpty())
            continue;
        const QString program = argv.takeFirst();
        if (startDetached(program, argv)) {
            qCDebug(lcLogtoOidc) << "opened the browser with" << program;
            return {};
        }
        qCDebug(lcLogtoOidc) << "could not start" << program << "from $BROWSER";
    }
    if (!entries.isEmpty()) {
        return Error{Error::Code::InvalidInput,
                     tr("None of the browsers in $BROWSER could be started."),
                     m_browserVariable.section(QLatin1Char(' '), 0, 0)};
    }
    if (openWithDefault(url))
        return {};
    return Error{Error::Code::InvalidInput, tr("Could not open the web browser.")};
}

bool BrowserLauncher::openWithDefault(const QUrl &url) const
{
    if (m_desktopOpener)
        return m_desktopOpener(url);
    const QString target = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_MACOS)
    return startDetached(QStringLiteral("open"), {target});
#elif defined(Q_OS_WIN)
    return startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), target});
#else
    return startDetached(QStringLiteral("xdg-open"), {target});
#endif
}

} // namespace Logto
