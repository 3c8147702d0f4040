// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Logto {

// Secrets in the operating system's keychain through QtKeychain: Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows. Never a plaintext fallback: no keychain
// means an error, not a file. Jobs run one at a time (QtKeychain must not start a job from
// another's finished()) and time out instead of hanging on an invisible unlock prompt.
class TokenStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    // `service` names the application in the keychain (the app id).
    explicit TokenStore(const QString &service, QObject *parent = nullptr);
    ~TokenStore() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // A missing entry reads as Error::Code::NotSignedIn. Beware: QtKeychain 0.13 also
    // reports a *locked* Secret Service collection that way.
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done);
    // Deleting a missing entry succeeds.
    void remove(const QString &key, DoneCallback done);

    [[nodiscard]] QString service() const { return m_service; }

private:
    struct Pending
    {
        enum class Kind { Read, Write, Remove } kind;
        QString key;
        QString secret;
        ReadCallback readDone;
        DoneCallback done;
    };

    void startNext();
    void finish(QKeychain::Job *job, bool timedOut);

    const QString m_service;
    std::chrono::milliseconds m_timeout{20000};
    std::deque<Pending> m_queue;
    QPointer<QKeychain::Job> m_running;
    bool m_busy = false;
};

} // namespace Logto
