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

// The largest answer accepted from each kind of endpoint. Anything larger is refused as it
// arrives: at once when Content-Length says so, otherwise as soon as the running count of the
// (already decompressed) bytes read goes over, so neither a huge body nor a compression bomb
// can fill memory. Logto's answers are a few KiB; the caps leave a wide margin.
namespace ResponseLimit {
inline constexpr qint64 Default = 1024 * 1024; // userinfo (custom data can be large), anything else
inline constexpr qint64 Discovery = 256 * 1024; // Logto's: about 3 KiB
inline constexpr qint64 KeySet = 1024 * 1024; // the JWKS, as JsonWebKeySet::MaximumSize
inline constexpr qint64 Token = 256 * 1024; // three tokens; an ID token with many claims is the big one
inline constexpr qint64 Revocation = 64 * 1024; // empty on success, an error object otherwise
inline constexpr qint64 PushedRequest = 64 * 1024; // RFC 9126: a request_uri and expires_in, about 100 bytes
inline constexpr qint64 SignInExperience = 256 * 1024; // Logto's: 5-30 KiB (connector metadata, custom CSS)
} // namespace ResponseLimit

struct HttpResponse
{
    int status = 0;
    QJsonObject json;
    QDateTime date; // the server's Date header, for clock-skew hints
};

// JSON over HTTP for the OpenID endpoints, with one policy for all of them: an overall deadline
// on every request (the network timeout, from the request to the last byte: a server that
// trickles a byte at a time cannot hold the app), a size cap per kind of answer (see
// ResponseLimit), no redirects followed, and errors mapped to what the caller must do.
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

    // `bearer`, when set, goes in the Authorization header (never in the URL). `maxBytes` caps
    // the answer's body (ResponseLimit).
    void getJson(const QUrl &url, Callback done, const QString &bearer = {}, qint64 maxBytes = ResponseLimit::Default);
    void postForm(const QUrl &url, const QUrlQuery &form, Callback done, qint64 maxBytes = ResponseLimit::Default);

    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

private:
    struct Transfer;
    void track(QNetworkReply *reply, qint64 maxBytes, Callback done);
    [[nodiscard]] static Result<HttpResponse> toResult(QNetworkReply *reply, const Transfer &transfer);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{15000};
};

} // namespace Logto
