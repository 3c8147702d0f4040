// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Logto {

// A lock next to the session, shared by every process of the user (the window, `token` in a
// script, a second window): Logto revokes the whole grant when a rotated refresh token is
// presented again after 3 s, so only one process may refresh at a time, and whoever takes
// the lock must re-read the keychain first. A lock left by a killed process is stale once
// its PID is gone (QLockFile checks), so a crash cannot block sign-in for good.
class SessionLock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLock)

public:
    using Callback = std::function<void(Result<void>)>;

    SessionLock(const QString &issuer, const QString &appId, QObject *parent = nullptr);
    ~SessionLock() override;

    // Takes the lock without blocking the event loop; fails after `timeout`.
    void acquire(Callback done, std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void release();
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] QString path() const;

    [[nodiscard]] static QString pathFor(const QString &issuer, const QString &appId);

private:
    void poll();

    std::unique_ptr<QLockFile> m_file;
    QTimer m_retry;
    Callback m_pending;
    std::chrono::steady_clock::time_point m_deadline;
};

} // namespace Logto
