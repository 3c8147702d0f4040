// SPDX-License-Identifier: MIT
#include "sessionlock.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Logto {

namespace {

constexpr std::chrono::milliseconds DefaultStaleTime{60'000};
constexpr std::chrono::milliseconds RetryInterval{25};

QString directoryPath()
{
    // One place whatever the session: the window has XDG_RUNTIME_DIR, cron and some SSH sessions
    // do not, and two processes that chose differently would lock two different files. The
    // user's cache directory is there in all of them and is the user's alone.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        return {};
    return QDir(base).filePath(QStringLiteral("logto"));
}

} // namespace

SessionLock::SessionLock(const QString &issuer, const QString &appId, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<QLockFile>(pathFor(issuer, appId)))
{
    setStaleTime(DefaultStaleTime);
    m_retry.setInterval(RetryInterval);
    connect(&m_retry, &QTimer::timeout, this, &SessionLock::poll);
    connect(&m_renew, &QTimer::timeout, this, &SessionLock::renew);
}

// Waiters still queued are dropped, not answered: their owner (the SessionManager whose child
// this is) is being destroyed. A held lock is released by QLockFile's destructor.
SessionLock::~SessionLock() = default;

void SessionLock::setStaleTime(std::chrono::milliseconds staleTime)
{
    m_file->setStaleLockTime(static_cast<int>(staleTime.count()));
    m_renew.setInterval(std::max<std::chrono::milliseconds>(staleTime / 4, std::chrono::milliseconds(1)));
}

Result<QString> SessionLock::directory()
{
    const QString dir = directoryPath();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        return Error{Error::Code::InvalidInput,
                     tr("Could not create the folder for the session lock. Check that your home folder is writable."),
                     dir};
    }
#ifdef Q_OS_UNIX
    // lstat, not stat: a symbolic link put there must not lead the lock somewhere shared.
    struct stat info = {};
    const QByteArray native = QFile::encodeName(dir);
    if (::lstat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()) {
        return Error{Error::Code::InvalidInput,
                     tr("The folder for the session lock belongs to another user or is not a folder: %1").arg(dir),
                     dir};
    }
    if ((info.st_mode & 07777) != 0700 && ::chmod(native.constData(), 0700) != 0) {
        return Error{
            Error::Code::InvalidInput, tr("Could not make the folder for the session lock private: %1").arg(dir), dir};
    }
#endif
    return dir;
}

QString SessionLock::pathFor(const QString &issuer, const QString &appId)
{
    const QByteArray id = issuer.toUtf8() + '\n' + appId.toUtf8();
    const QString name =
        QStringLiteral("logto-session-%1.lock")
            .arg(QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24)));
    return QDir(directoryPath()).filePath(name);
}

QString SessionLock::path() const
{
    return m_file->fileName();
}

bool SessionLock::isLocked() const
{
    return m_holder != 0;
}

void SessionLock::acquire(Callback done, std::chrono::milliseconds timeout)
{
    if (auto dir = directory(); !dir) {
        done(dir.error());
        return;
    }
    const Ticket ticket = ++m_lastTicket;
    m_waiters.push_back(Waiter{ticket, std::move(done), std::chrono::steady_clock::now() + timeout});
    poll();
}

void SessionLock::poll()
{
    const auto now = std::chrono::steady_clock::now();
    std::vector<Waiter> expired;
    std::vector<Waiter> failed;
    std::vector<Waiter> granted;

    // Every waiter keeps its own deadline, whoever holds the lock meanwhile (this process or another).
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (now >= it->deadline) {
            expired.push_back(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    if (m_holder == 0 && !m_waiters.empty()) {
        if (m_file->tryLock(0)) {
            granted.push_back(std::move(m_waiters.front()));
            m_waiters.pop_front();
            m_holder = granted.front().ticket;
            m_renew.start();
            qCDebug(lcLogtoSession) << "session lock taken";
        } else if (m_file->error() == QLockFile::PermissionError || m_file->error() == QLockFile::UnknownError) {
            // Waiting cannot help: nobody here will be able to create the file.
            failed.assign(std::make_move_iterator(m_waiters.begin()), std::make_move_iterator(m_waiters.end()));
            m_waiters.clear();
        }
    }
    if (m_waiters.empty())
        m_retry.stop();
    else if (!m_retry.isActive())
        m_retry.start();

    // Answer only now that the state is consistent: a callback may acquire or release again.
    for (Waiter &waiter : failed) {
        waiter.done(
            Error{Error::Code::InvalidInput, tr("Could not create the session lock file."), m_file->fileName()});
    }
    for (Waiter &waiter : expired) {
        waiter.done(Error{Error::Code::Network,
                          tr("Another logto-signin process is busy with this session; try again."),
                          m_file->fileName()});
    }
    for (Waiter &waiter : granted)
        waiter.done(waiter.ticket);
}

void SessionLock::renew()
{
    // QLockFile keeps its descriptor to itself, so the file is touched through another one. Where
    // that cannot be done (Windows opens the lock file without sharing writes), a live holder's
    // file cannot be deleted either, so it is never taken over there anyway.
    QFile file(m_file->fileName());
    if (!file.open(QIODevice::ReadOnly)
        || !file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime)) {
        qCDebug(lcLogtoSession) << "could not renew the session lock:" << file.errorString();
    }
}

void SessionLock::release(Ticket ticket)
{
    if (ticket == 0 || ticket != m_holder)
        return;
    m_holder = 0;
    m_renew.stop();
    m_file->unlock();
    qCDebug(lcLogtoSession) << "session lock released";
    // From the event loop: the releasing code finishes its own work before the next holder starts.
    if (!m_waiters.empty())
        QMetaObject::invokeMethod(this, &SessionLock::poll, Qt::QueuedConnection);
}

} // namespace Logto
