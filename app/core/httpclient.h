// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Logto {

struct HttpResponse
{
    int status = 0;
    QJsonObject json;
    QDateTime date; // the server's Date header, for clock-skew hints
};

// JSON over HTTP for the OpenID endpoints, with one policy for all of them: a timeout on
// every request, no redirects followed, and errors mapped to what the caller must do.
// Network failures, timeouts, 5xx and 429 become Error::Code::Network (keep the session,
// retry later); OAuth/Logto error bodies become Error::Code::Provider with the codes kept.
class HttpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // `bearer`, when set, goes in the Authorization header (never in the URL).
    void getJson(const QUrl &url, Callback done, const QString &bearer = {});
    void postForm(const QUrl &url, const QUrlQuery &form, Callback done);

    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

private:
    void track(QNetworkReply *reply, Callback done);
    [[nodiscard]] static Result<HttpResponse> toResult(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{15000};
};

} // namespace Logto
