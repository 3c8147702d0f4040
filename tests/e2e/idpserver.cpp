// SPDX-License-Identifier: MIT
#include "idpserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <optional>

namespace {

std::optional<QByteArray> fetch(const QUrl &url, bool post)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(post ? network.post(request, QByteArray()) : network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError)
        return std::nullopt;
    return reply->readAll();
}

} // namespace

IdpServer::IdpServer(const QStringList &arguments)
    : m_arguments(arguments)
{
}

IdpServer::~IdpServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString IdpServer::idpDirectory()
{
    return QStringLiteral(LOGTO_SOURCE_DIR "/tests/idp");
}

bool IdpServer::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral("node"));
    m_process->setArguments(
        QStringList{idpDirectory() + QStringLiteral("/server.mjs"), QStringLiteral("--port"), QStringLiteral("0")}
        + m_arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The provider logs every request on stderr: keep it in a file (a pipe nobody reads would
    // fill up and stall it), and quote its end if the start fails.
    m_log = std::make_unique<QTemporaryFile>();
    m_log->open();
    m_process->setStandardErrorFile(m_log->fileName());
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("could not start node: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            output += line + '\n';
            if (line.startsWith("LISTENING ")) {
                m_endpoint = QUrl(QString::fromLatin1(line.mid(10)));
                return m_endpoint.isValid();
            }
        }
    }
    QFile log(m_log->fileName());
    log.open(QIODevice::ReadOnly);
    const QByteArray stderrTail = log.readAll().right(2000);
    m_error =
        QStringLiteral("the IdP did not report its address (is `npm ci` done in tests/idp?): exit %1, stdout: %2, "
                       "stderr: %3")
            .arg(m_process->state() == QProcess::NotRunning ? QString::number(m_process->exitCode())
                                                            : QStringLiteral("still running"),
                 QString::fromUtf8(output),
                 QString::fromUtf8(stderrTail));
    return false;
}

QJsonArray IdpServer::requestLog() const
{
    const auto body = fetch(QUrl(m_endpoint.toString() + QStringLiteral("/__test/log")), false);
    return body ? QJsonDocument::fromJson(*body).array() : QJsonArray();
}

int IdpServer::countRequests(const QString &path, const QString &grantType) const
{
    int count = 0;
    const QJsonArray log = requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject object = entry.toObject();
        if (object.value(QLatin1String("path")).toString() != path)
            continue;
        if (!grantType.isEmpty() && object.value(QLatin1String("grant_type")).toString() != grantType)
            continue;
        ++count;
    }
    return count;
}

bool IdpServer::post(const QString &testPath) const
{
    return fetch(QUrl(m_endpoint.toString() + testPath), true).has_value();
}
