// SPDX-License-Identifier: MIT
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalSocket;
class QLockFile;

// One window per user: the first launch holds <key>.lock in the runtime directory and listens
// on a local socket only this user may connect to; a second launch hands its command line to
// the first (which raises its window) and exits. The lock is also what keeps two windows from
// refreshing the same session at once (style guide §4).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Takes the lock (a lock left by a process that is gone counts as free) and starts
    // listening. False when another instance holds the lock: call sendToPrimary() then.
    [[nodiscard]] bool tryBecomePrimary();
    // The lock alone, for a start that must not wait for the server: call listen() later (the
    // window does after its first frame; a later launch retries until then).
    [[nodiscard]] bool tryLock();
    // Starts the local server (primary only; nothing to do when it listens already).
    void listen();
    [[nodiscard]] bool isPrimary() const { return m_primary; }

    // From a secondary: hands `arguments` to the primary and waits, at most `timeoutMs`, for
    // its acknowledgement. Runs a local event loop meanwhile (the primary may live in this
    // thread, as in tests), so call it before the application shows any window.
    [[nodiscard]] bool sendToPrimary(const QStringList &arguments, int timeoutMs = 3000);

    // Where the lock lives and what the server is called: for diagnostics and tests.
    [[nodiscard]] QString lockFilePath() const { return m_lockFilePath; }
    [[nodiscard]] QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // On the primary: a later launch asked to be shown, with its command line.
    void activated(const QStringList &arguments);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    const QString m_key;
    const QString m_lockFilePath;
    const QString m_serverName;
    std::unique_ptr<QLockFile> m_lock; // declared before the server: released after it closes
    QLocalServer m_server;
    bool m_primary = false;
};
