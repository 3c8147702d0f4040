// SPDX-License-Identifier: MIT
#include "tokenstore.h"

#include "logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Logto {

namespace {

// QtKeychain's own messages are English only and sometimes misleading; map them to
// ours and keep the original in `detail`.
Error keychainError(QKeychain::Error code, const QString &original, bool timedOut)
{
    if (timedOut) {
        return Error{Error::Code::KeychainLocked,
                     TokenStore::tr("The keychain did not answer. It may be locked or waiting for a password prompt."),
                     QStringLiteral("keychain job timed out")};
    }
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error{Error::Code::NotSignedIn, TokenStore::tr("No session is stored in the keychain."), original};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{
            Error::Code::KeychainLocked,
            TokenStore::tr("The keychain refused access. Unlock it (e.g. in Passwords and Keys) and try again."),
            original};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{Error::Code::KeychainUnavailable,
                     TokenStore::tr("no secure storage available: %1").arg(original),
                     original};
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    // On Linux "OtherError" is what a missing D-Bus session or Secret Service looks like.
    return Error{
        Error::Code::KeychainUnavailable, TokenStore::tr("no secure storage available: %1").arg(original), original};
}

} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

TokenStore::~TokenStore()
{
    // A QtKeychain job must not be destroyed while it runs: the libsecret backend calls back into
    // it later. Let a running job finish on its own and free itself; its callback is dropped.
    if (m_running) {
        m_running->disconnect(this);
        m_running->setParent(nullptr);
        connect(m_running, &QKeychain::Job::finished, m_running, &QObject::deleteLater);
    }
}

void TokenStore::read(const QString &key, ReadCallback done)
{
    m_queue.push_back(Pending{Pending::Kind::Read, key, {}, std::move(done), {}});
    startNext();
}

void TokenStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    m_queue.push_back(Pending{Pending::Kind::Write, key, secret, {}, std::move(done)});
    startNext();
}

void TokenStore::remove(const QString &key, DoneCallback done)
{
    m_queue.push_back(Pending{Pending::Kind::Remove, key, {}, {}, std::move(done)});
    startNext();
}

void TokenStore::startNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;

    const Pending &next = m_queue.front();
    QKeychain::Job *job = nullptr;
    switch (next.kind) {
    case Pending::Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Pending::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(next.secret);
        job = write;
        break;
    }
    case Pending::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(false); // owned by `this`; deleted in finish()
    job->setInsecureFallback(false); // never plaintext
    job->setKey(next.key);
    qCDebug(lcLogtoKeychain) << "job" << static_cast<int>(next.kind) << "for" << next.key;

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job] {
        qCWarning(lcLogtoKeychain) << "keychain job timed out";
        job->disconnect(this); // a late finished() must not complete the next job
        finish(job, /*timedOut=*/true);
    });
    connect(job, &QKeychain::Job::finished, this, [this, timer](QKeychain::Job *finished) {
        timer->stop();
        finish(finished, /*timedOut=*/false);
    });
    timer->start(m_timeout);
    m_running = job;
    job->start();
}

void TokenStore::finish(QKeychain::Job *job, bool timedOut)
{
    Pending pending = std::move(m_queue.front());
    m_queue.pop_front();

    const QKeychain::Error code = timedOut ? QKeychain::OtherError : job->error();
    const bool ok = !timedOut && code == QKeychain::NoError;
    qCDebug(lcLogtoKeychain) << "job finished:" << (ok ? "ok" : qPrintable(job->errorString()));

    if (pending.kind == Pending::Kind::Read) {
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        if (ok)
            pending.readDone(read->textData());
        else
            pending.readDone(keychainError(code, job->errorString(), timedOut));
    } else if (ok) {
        pending.done({});
    } else {
        pending.done(keychainError(code, job->errorString(), timedOut));
    }

    m_running = nullptr;
    if (timedOut) {
        // Still running (see the destructor): it frees itself when it finally finishes.
        job->setParent(nullptr);
        connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    } else {
        job->deleteLater();
    }
    m_busy = false;
    // Never start the next job from inside this one's finished() (QtKeychain rule).
    QTimer::singleShot(0, this, &TokenStore::startNext);
}

} // namespace Logto
