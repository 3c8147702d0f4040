// SPDX-License-Identifier: MIT
#include "sessionlock.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace Logto {

SessionLock::SessionLock(const QString &issuer, const QString &appId, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<QLockFile>(pathFor(issuer, appId)))
{
    // A refresh takes well under a minute; a lock older than that whose owner still runs
    // is treated as stale too, so a hung process cannot lock others out for ever.
    m_file->setStaleLockTime(60'000);
    m_retry.setInterval(25);
    connect(&m_retry, &QTimer::timeout, this, &SessionLock::poll);
}

SessionLock::~SessionLock() = default;

QString SessionLock::pathFor(const QString &issuer, const QString &appId)
{
    QString dir;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without XDG_RUNTIME_DIR (cron, ssh, containers) Qt would warn on stderr, which the command
    // line keeps for one error line: use the temporary directory straight away.
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#else
    dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QByteArray id = issuer.toUtf8() + '\n' + appId.toUtf8();
    const QString name =
        QStringLiteral("logto-session-%1.lock")
            .arg(QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24)));
    return QDir(dir).filePath(name);
}

QString SessionLock::path() const
{
    return m_file->fileName();
}

bool SessionLock::isLocked() const
{
    return m_file->isLocked();
}

void SessionLock::acquire(Callback done, std::chrono::milliseconds timeout)
{
    m_pending = std::move(done);
    m_deadline = std::chrono::steady_clock::now() + timeout;
    poll();
}

void SessionLock::poll()
{
    if (!m_pending) {
        m_retry.stop();
        return;
    }
    if (m_file->tryLock(0)) {
        m_retry.stop();
        qCDebug(lcLogtoSession) << "session lock taken";
        std::exchange(m_pending, {})({});
        return;
    }
    if (m_file->error() == QLockFile::PermissionError || m_file->error() == QLockFile::UnknownError) {
        m_retry.stop();
        std::exchange(m_pending, {})(
            Error{Error::Code::InvalidInput, tr("Could not create the session lock file."), m_file->fileName()});
        return;
    }
    if (std::chrono::steady_clock::now() >= m_deadline) {
        m_retry.stop();
        std::exchange(m_pending, {})(Error{Error::Code::Network,
                                           tr("Another logto-signin process is busy with this session; try again."),
                                           m_file->fileName()});
        return;
    }
    if (!m_retry.isActive())
        m_retry.start();
}

void SessionLock::release()
{
    if (m_file->isLocked()) {
        m_file->unlock();
        qCDebug(lcLogtoSession) << "session lock released";
    }
}

} // namespace Logto
