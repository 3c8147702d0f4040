// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

#include <memory>

// The Logto-shaped test provider (tests/idp/server.mjs) as a child process on 127.0.0.1
// with a port the OS picks. Stopped when destroyed.
class IdpServer
{
public:
    explicit IdpServer(const QStringList &arguments = {});
    ~IdpServer();

    // Starts the server and waits for its "LISTENING <url>" line; false on failure (see errorString()).
    [[nodiscard]] bool start();
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }
    [[nodiscard]] QString issuer() const { return m_endpoint.toString() + QStringLiteral("/oidc"); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The provider's request log (/__test/log): method, path and grant_type, no secrets.
    [[nodiscard]] QJsonArray requestLog() const;
    [[nodiscard]] int countRequests(const QString &path, const QString &grantType = {}) const;
    bool post(const QString &testPath) const;

    [[nodiscard]] static QString idpDirectory();

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryFile> m_log;
    QUrl m_endpoint;
    QString m_error;
};
