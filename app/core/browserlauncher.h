// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Logto {

// Opens the sign-in page in the person's own browser (RFC 8252: never an embedded view).
// $BROWSER wins, as on other Unix tools: a ':'-separated list of commands tried in turn,
// "%s" replaced by the URL or the URL appended; each run directly (argv), never via a shell.
// Otherwise the desktop opener is used: the GUI injects QDesktopServices (portal-aware in
// Flatpak); without one, xdg-open / open / the Windows URL handler.
class BrowserLauncher
{
    Q_DECLARE_TR_FUNCTIONS(BrowserLauncher)

public:
    using Opener = std::function<bool(const QUrl &)>;

    BrowserLauncher();

    void setDesktopOpener(Opener opener) { m_desktopOpener = std::move(opener); }
    // For tests; defaults to qEnvironmentVariable("BROWSER").
    void setBrowserVariable(const QString &value) { m_browserVariable = value; }

    [[nodiscard]] Result<void> open(const QUrl &url) const;

    // Splits one $BROWSER entry into argv, honouring simple quotes; exposed for tests.
    [[nodiscard]] static QStringList commandFor(const QString &entry, const QUrl &url);

private:
    [[nodiscard]] bool openWithDefault(const QUrl &url) const;

    Opener m_desktopOpener;
    QString m_browserVariable;
};

} // namespace Logto
