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
#include <QTimer>

#include <memory>

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

constexpr qint64 ReadBufferBytes = 64 * 1024;

// Failures of the connection itself (refused, reset, TLS, proxy), even after the headers came.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error <= QNetworkReply::UnknownProxyError;
}

} // namespace

// One request's body as it arrives, and why it was stopped early, if it was.
struct HttpClient::Transfer
{
    enum class Stop { No, TooLarge, Deadline };

    qint64 maxBytes = 0;
    qint64 declaredBytes = -1; // Content-Length, when it alone was over the cap
    QByteArray body;
    Stop stop = Stop::No;
};

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Connections to the IdP are reused (keep-alive) across discovery, JWKS, token and userinfo.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::getJson(const QUrl &url, Callback done, const QString &bearer, qint64 maxBytes)
{
    QNetworkRequest request = makeRequest(url, m_timeout);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    qCDebug(lcLogtoHttp) << "GET" << url.toDisplayString(QUrl::RemoveQuery);
    track(m_network->get(request), maxBytes, std::move(done));
}

void HttpClient::postForm(const QUrl &url, const QUrlQuery &form, Callback done, qint64 maxBytes)
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
    track(m_network->post(request, body), maxBytes, std::move(done));
}

void HttpClient::track(QNetworkReply *reply, qint64 maxBytes, Callback done)
{
    auto transfer = std::make_shared<Transfer>();
    transfer->maxBytes = maxBytes;
    // abort() emits finished() before it returns: the answer is settled there, once.
    const auto stop = [reply, transfer](Transfer::Stop why) {
        if (transfer->stop != Transfer::Stop::No)
            return;
        transfer->stop = why;
        transfer->body = QByteArray();
        if (!reply->isFinished())
            reply->abort();
    };
    // Read as the bytes arrive (decompressed already, when the server used gzip or deflate),
    // so memory never holds more than the cap, whatever the server sends.
    const auto readAvailable = [reply, transfer, stop] {
        // A reply Qt aborted itself (its transfer timeout) is closed: reading it would print
        // "QIODevice::read: device not open" on stderr, which the command line keeps for one line.
        if (transfer->stop != Transfer::Stop::No || !reply->isOpen())
            return;
        if (transfer->body.size() + reply->bytesAvailable() > transfer->maxBytes) {
            stop(Transfer::Stop::TooLarge);
            return;
        }
        transfer->body += reply->readAll();
    };

    // Flow control: Qt's network thread stops taking bytes from the socket while this much is
    // waiting to be read. Without it, a fast server fills the reply's buffer faster than the
    // count below can stop it (up to the whole 64 MiB on loopback). A POST starts its transfer
    // from the event loop, and the size only reaches the network thread once it has: so set it
    // again right after that (queued behind the start).
    reply->setReadBufferSize(ReadBufferBytes);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(ReadBufferBytes); }, Qt::QueuedConnection);

    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, transfer, stop] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > transfer->maxBytes) {
            transfer->declaredBytes = length;
            stop(Transfer::Stop::TooLarge);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, readAvailable);

    // The transfer timeout only fires after a pause; this one bounds the whole request.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer);
    connect(deadline, &QTimer::timeout, this, [stop] { stop(Transfer::Stop::Deadline); });
    deadline->start(m_timeout);

    // Context `this`: if the client is destroyed first, the callback never runs and the
    // reply (a child of the manager) is destroyed with it.
    connect(reply, &QNetworkReply::finished, this, [reply, transfer, deadline, readAvailable, done = std::move(done)] {
        deadline->stop();
        readAvailable(); // whatever came with the end of the answer
        reply->deleteLater();
        done(toResult(reply, *transfer));
    });
}

Result<HttpResponse> HttpClient::toResult(QNetworkReply *reply, const Transfer &transfer)
{
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.date = parseHttpDate(reply->rawHeader("Date"));
    const QString where = reply->url().toDisplayString(QUrl::RemoveQuery);

    if (transfer.stop == Transfer::Stop::TooLarge) {
        const QString size = QLocale().formattedDataSize(transfer.maxBytes, 0, QLocale::DataSizeIecFormat);
        qCDebug(lcLogtoHttp) << "answer over" << transfer.maxBytes << "bytes" << where;
        return Error{Error::Code::Provider,
                     tr("The sign-in server sent an answer that is too large (over %1).").arg(size),
                     transfer.declaredBytes >= 0
                         ? QStringLiteral("%1: Content-Length %2, more than %3 bytes")
                               .arg(where)
                               .arg(transfer.declaredBytes)
                               .arg(transfer.maxBytes)
                         : QStringLiteral("%1: more than %2 bytes").arg(where).arg(transfer.maxBytes)};
    }

    // The status is known once the headers came, so a body cut off (or trickling past the
    // deadline) is caught here, not taken for a short answer.
    if (response.status == 0 || transfer.stop == Transfer::Stop::Deadline || isTransportError(reply->error())) {
        const bool timedOut = transfer.stop == Transfer::Stop::Deadline
            || reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        const QString reason = transfer.stop == Transfer::Stop::Deadline
            ? QStringLiteral("no complete answer within %1 ms").arg(reply->request().transferTimeout())
            : reply->errorString();
        Error error{Error::Code::Network,
                    timedOut ? tr("The sign-in server did not answer in time. Check your connection and try again.")
                             : tr("Could not reach the sign-in server. Check your connection and try again."),
                    QStringLiteral("%1: %2").arg(where, reason)};
        qCDebug(lcLogtoHttp) << "transport error" << where << reply->error();
        return error;
    }

    const QByteArray &body = transfer.body;
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
