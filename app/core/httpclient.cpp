// SPDX-License-Identifier: MIT
#include "httpclient.h"

#include "logging.h"
#include "utc.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Logto {

namespace {

QNetworkRequest makeRequest(const QUrl &url, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    return request;
}

// RFC 9110 §5.6.7 IMF-fixdate, e.g. "Tue, 24 Nov 2026 05:33:54 GMT". Qt 6.4's RFC2822Date
// parser rejects the "GMT" zone, so it is read with a fixed C-locale format.
QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    return Utc::dateTime(date.date(), date.time());
}

QString describeProviderError(const QJsonObject &body)
{
    const QString error = body.value(QLatin1String("error")).toString();
    const QString description = body.value(QLatin1String("error_description")).toString();
    const QString code = body.value(QLatin1String("code")).toString();
    QStringList parts;
    if (!error.isEmpty())
        parts << error;
    if (!code.isEmpty() && code != error)
        parts << code;
    if (!description.isEmpty())
        parts << description;
    return parts.join(QStringLiteral(": "));
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Connections to the IdP are reused (keep-alive) across discovery, JWKS, token and userinfo.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::getJson(const QUrl &url, Callback done, const QString &bearer)
{
    QNetworkRequest request = makeRequest(url, m_timeout);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    qCDebug(lcLogtoHttp) << "GET" << url.toDisplayString(QUrl::RemoveQuery);
    track(m_network->get(request), std::move(done));
}

void HttpClient::postForm(const QUrl &url, const QUrlQuery &form, Callback done)
{
    QNetworkRequest request = makeRequest(url, m_timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Form encoding by hand: QUrlQuery keeps '+' as is, which a form decoder reads as a space.
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    qCDebug(lcLogtoHttp) << "POST" << url.toDisplayString(QUrl::RemoveQuery)
                         << "grant_type:" << form.queryItemValue(QStringLiteral("grant_type"));
    track(m_network->post(request, body), std::move(done));
}

void HttpClient::track(QNetworkReply *reply, Callback done)
{
    // Context `this`: if the client is destroyed first, the callback never runs and the
    // reply (a child of the manager) is destroyed with it.
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(toResult(reply));
    });
}

Result<HttpResponse> HttpClient::toResult(QNetworkReply *reply)
{
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.date = parseHttpDate(reply->rawHeader("Date"));
    const QString where = reply->url().toDisplayString(QUrl::RemoveQuery);

    if (response.status == 0) {
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        Error error{Error::Code::Network,
                    timedOut ? tr("The sign-in server did not answer in time. Check your connection and try again.")
                             : tr("Could not reach the sign-in server. Check your connection and try again."),
                    QStringLiteral("%1: %2").arg(where, reply->errorString())};
        qCDebug(lcLogtoHttp) << "transport error" << where << reply->error();
        return error;
    }

    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject())
        response.json = document.object();
    qCDebug(lcLogtoHttp) << "HTTP" << response.status << where;

    if (response.status >= 200 && response.status < 300) {
        // An empty body is a valid answer for some endpoints (RFC 7009 revocation).
        if (!document.isObject() && !body.trimmed().isEmpty()) {
            return Error{Error::Code::Provider,
                         tr("The sign-in server sent an answer this app cannot read."),
                         QStringLiteral("%1: HTTP %2, not a JSON object").arg(where).arg(response.status)};
        }
        return response;
    }

    Error error;
    error.httpStatus = response.status;
    error.oauthError = response.json.value(QLatin1String("error")).toString();
    error.providerCode = response.json.value(QLatin1String("code")).toString();
    const QString providerText = describeProviderError(response.json);
    error.detail = QStringLiteral("%1: HTTP %2%3")
                       .arg(where)
                       .arg(response.status)
                       .arg(providerText.isEmpty() ? QString() : QStringLiteral(", ") + providerText);
    if (response.status == 429) {
        error.code = Error::Code::Network;
        error.message = tr("The sign-in server is busy (too many requests). Try again in a moment.");
    } else if (response.status >= 500 || (response.status >= 300 && response.status < 400)) {
        error.code = Error::Code::Network;
        error.message = tr("The sign-in server had a problem (HTTP %1). Try again later.").arg(response.status);
    } else {
        error.code = Error::Code::Provider;
        error.message = providerText.isEmpty()
            ? tr("The sign-in server refused the request (HTTP %1).").arg(response.status)
            : tr("The sign-in server refused the request: %1").arg(providerText);
    }
    return error;
}

} // namespace Logto
