// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real logto-signin executable to completion, the way a script would.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

class CliProcess
{
public:
    CliProcess();

    // Extra environment for every run (e.g. BROWSER, QT_LOGGING_RULES).
    QProcessEnvironment &environment() { return m_environment; }
    // Runs the app through another program, e.g. {"faketime", "-20 minutes"}.
    void setWrapper(const QStringList &wrapper) { m_wrapper = wrapper; }
    [[nodiscard]] CliRun run(const QStringList &arguments, int timeoutMs = 90000) const;

    [[nodiscard]] static QString executable();

private:
    QProcessEnvironment m_environment;
    QStringList m_wrapper;
};

// The real Secret Service, read with secret-tool as a person would: what QtKeychain
// stored for our service (attribute "server") and account (attribute "user").
namespace Keyring {
[[nodiscard]] QString service();
[[nodiscard]] QByteArray lookup(const QString &account);
[[nodiscard]] int itemCount();
void clear();
// Locks the login collection, as a screen lock does: reads answer "not found", writes fail.
[[nodiscard]] bool lock();
// Unlocks it with the password, in the same daemon, as the person would.
[[nodiscard]] bool unlock();
} // namespace Keyring
