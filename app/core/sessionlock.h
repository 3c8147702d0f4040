// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace Logto {

// A lock next to the session, shared by every process of the user (the window, `token` in a
// script, a second window): Logto revokes the whole grant when a rotated refresh token is
// presented again after 3 s, so only one process may refresh at a time, and whoever takes
// the lock must re-read the keychain first.
//
// - Inside a process the lock is a queue: every acquire() is answered, in order, with the lock
//   or with an error at its deadline; none replaces another. The holder's ticket releases it.
// - A lock left by a killed process is stale once its PID is gone (QLockFile checks), so a
//   crash cannot block sign-in for good. A live holder renews the file while it holds the lock,
//   so a long refresh (slow network, keychain prompts) is never taken over; only a lock whose
//   holder stopped renewing it for the stale time (a PID reused after a reboot, a hung process)
//   counts as stale.
// - The file lives in a directory only this user can enter (0700), never in a shared one such
//   as /tmp, where another user could create the name first and lock everyone out.
class SessionLock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLock)

public:
    // Names one acquire(): the holder hands it back to release().
    using Ticket = quint64;
    using Callback = std::function<void(Result<Ticket>)>;

    SessionLock(const QString &issuer, const QString &appId, QObject *parent = nullptr);
    ~SessionLock() override;

    // Takes the lock without blocking the event loop. `done` is called exactly once: with a
    // ticket when the lock is ours, or with an error after `timeout` (or at once when the lock
    // file cannot be created). Waiters are served in the order they asked.
    void acquire(Callback done, std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // Releases the lock if `ticket` holds it; a ticket that does not (an old one, or one that
    // never got the lock) changes nothing. The next waiter is served from the event loop.
    void release(Ticket ticket);
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] QString path() const;

    // A lock whose file has not been renewed for this long is stale (default 60 s); the holder
    // renews it four times as often. For tests.
    void setStaleTime(std::chrono::milliseconds staleTime);

    [[nodiscard]] static QString pathFor(const QString &issuer, const QString &appId);
    // The private directory of the lock files, created with mode 0700 when missing; an error
    // when it cannot be made private to this user.
    [[nodiscard]] static Result<QString> directory();

private:
    struct Waiter
    {
        Ticket ticket;
        Callback done;
        std::chrono::steady_clock::time_point deadline;
    };

    void poll();
    void renew();

    std::unique_ptr<QLockFile> m_file;
    QTimer m_retry;
    QTimer m_renew;
    std::deque<Waiter> m_waiters;
    Ticket m_holder = 0; // 0: not held by this object
    Ticket m_lastTicket = 0;
};

} // namespace Logto
