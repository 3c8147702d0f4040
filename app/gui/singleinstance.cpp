// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcInstance, "logto.signin.gui.instance", QtInfoMsg)

// A request is one line of compact JSON, {"arguments":[...]}; the answer is one line, "ok".
constexpr qint64 MaxRequestSize = 256 * 1024;
constexpr int RequestTimeoutMs = 5000;
constexpr int RetryIntervalMs = 50;
const QByteArray Ack = QByteArrayLiteral("ok\n");

QString runtimeDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return dir;
}

// The lock file is per user already (it lives in the user's runtime directory); the socket
// name is not on every platform (/tmp on Unix, the pipe namespace on Windows), so it carries
// a digest of this user's directories.
QString userServerName(const QString &key, const QString &directory)
{
    const QString user = directory + QLatin1Char('\n') + QDir::homePath();
    const QByteArray digest = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return key + QLatin1Char('-') + QString::fromLatin1(digest);
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_lockFilePath(QDir(runtimeDirectory()).filePath(key + QStringLiteral(".lock")))
    , m_serverName(userServerName(key, runtimeDirectory()))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::tryBecomePrimary()
{
    if (!tryLock())
        return false;
    listen();
    return true;
}

bool SingleInstance::tryLock()
{
    if (m_primary)
        return true;
    QDir().mkpath(QFileInfo(m_lockFilePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_lockFilePath);
    // The window runs for hours: only a dead owner makes the lock stale, never its age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
            qCDebug(lcInstance) << "Another instance holds" << m_lockFilePath << "pid" << pid;
        else
            qCWarning(lcInstance) << "Cannot take" << m_lockFilePath << "error" << lock->error();
        return false;
    }
    m_lock = std::move(lock);
    m_primary = true;
    return true;
}

void SingleInstance::listen()
{
    if (!m_primary || m_server.isListening())
        return;
    // We own the lock, so a socket by that name was left by a crashed primary.
    QLocalServer::removeServer(m_serverName);
    if (!m_server.listen(m_serverName)) {
        // Still the primary: a later launch just cannot reach us.
        qCWarning(lcInstance) << "Cannot listen on" << m_serverName << m_server.errorString();
    }
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, int timeoutMs)
{
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}})
            .toJson(QJsonDocument::Compact)
        + '\n';
    const QDeadlineTimer deadline(std::max(timeoutMs, 0));
    QLocalSocket socket;
    QByteArray answer;
    QEventLoop loop;
    bool acknowledged = false;

    QTimer retry;
    retry.setSingleShot(true);
    QTimer giveUp;
    giveUp.setSingleShot(true);
    connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&retry, &QTimer::timeout, &socket, [&socket, this] {
        socket.abort();
        socket.connectToServer(m_serverName);
    });
    connect(&socket, &QLocalSocket::connected, &loop, [&socket, &request] { socket.write(request); });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.endsWith('\n')) {
            acknowledged = answer == Ack;
            loop.quit();
        }
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, [&](QLocalSocket::LocalSocketError error) {
        // The primary may be between taking the lock and listening (it listens after its first
        // frame): try again until the deadline. (The socket is still "connecting" while it reports
        // the error; it is unconnected again by the time the retry runs.)
        const bool notYet = error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError;
        if (notYet && deadline.remainingTime() > RetryIntervalMs) {
            retry.start(RetryIntervalMs);
            return;
        }
        if (error != QLocalSocket::PeerClosedError || answer.isEmpty())
            qCDebug(lcInstance) << "Cannot reach the primary instance:" << socket.errorString();
        loop.quit();
    });

    giveUp.start(static_cast<int>(std::max<qint64>(0, deadline.remainingTime())));
    socket.connectToServer(m_serverName);
    if (!acknowledged && giveUp.isActive())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    socket.abort();
    if (!acknowledged)
        qCWarning(lcInstance) << "The running instance did not answer within" << timeoutMs << "ms";
    return acknowledged;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        // A client that never finishes its request is dropped.
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestSize) {
            qCWarning(lcInstance) << "Dropping an oversized request from another instance";
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(MaxRequestSize).trimmed();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const QJsonValue value = document.object().value(QStringLiteral("arguments"));
    if (error.error != QJsonParseError::NoError || !value.isArray()) {
        qCWarning(lcInstance) << "Ignoring a malformed request from another instance";
        socket->abort();
        return;
    }
    QStringList arguments;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        arguments.append(item.toString());
    socket->write(Ack);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT activated(arguments);
}
