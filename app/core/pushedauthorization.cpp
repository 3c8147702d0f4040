// SPDX-License-Identifier: MIT
#include "pushedauthorization.h"

#include "logging.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace Logto {

namespace {

// What http://127.0.0.1/callback registered on a Native app stands for (any loopback port).
const QString RegisteredRedirect = QStringLiteral("http://127.0.0.1/callback");

Error unreadable(const QString &detail)
{
    return Error{Error::Code::Provider,
                 PushedAuthorization::tr("The sign-in server sent an answer to the pushed authorization request "
                                         "(PAR) that this app cannot read."),
                 detail};
}

} // namespace

bool PushedAuthorization::isOffered(const DiscoveryDocument &discovery)
{
    return discovery.pushedAuthorizationRequestEndpoint().isValid()
        && !discovery.pushedAuthorizationRequestEndpoint().isEmpty();
}

void PushedAuthorization::push(HttpClient *http,
                               const DiscoveryDocument &discovery,
                               const AuthorizationRequest &request,
                               Callback done)
{
    QUrlQuery form;
    // Percent-encoded here, decoded again by postForm: a raw '%' or '+' in a value stays itself.
    for (const auto &[key, value] : request.parameters())
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    const QUrl authorizationEndpoint = discovery.authorizationEndpoint();
    const QString clientId = request.clientId();
    const QUrl redirectUri = request.redirectUri();
    http->postForm(
        discovery.pushedAuthorizationRequestEndpoint(),
        form,
        [authorizationEndpoint, clientId, redirectUri, done = std::move(done)](const Result<HttpResponse> &response) {
            if (!response) {
                done(explain(response.error(), clientId, redirectUri));
                return;
            }
            done(fromResponse(response.value(), authorizationEndpoint, clientId));
        },
        ResponseLimit::PushedRequest);
}

Result<PushedAuthorization> PushedAuthorization::fromResponse(const HttpResponse &response,
                                                              const QUrl &authorizationEndpoint,
                                                              const QString &clientId)
{
    // RFC 9126 §2.2: 201 Created with both members. Anything else is not a pushed request.
    if (response.status != 201)
        return unreadable(QStringLiteral("HTTP %1 instead of 201").arg(response.status));
    const QJsonValue requestUri = response.json.value(QLatin1String("request_uri"));
    const QJsonValue expiresIn = response.json.value(QLatin1String("expires_in"));
    if (!requestUri.isString() || requestUri.toString().isEmpty() || requestUri.toString().size() > MaxRequestUriLength)
        return unreadable(QStringLiteral("no usable request_uri"));
    const double seconds = expiresIn.toDouble(-1);
    if (!expiresIn.isDouble() || seconds < 1 || seconds > 24 * 3600)
        return unreadable(QStringLiteral("no usable expires_in"));

    PushedAuthorization pushed;
    pushed.m_requestUri = requestUri.toString();
    pushed.m_lifetime = std::chrono::seconds(static_cast<qint64>(seconds));
    pushed.m_freshUntil = QDeadlineTimer(std::chrono::milliseconds(pushed.m_lifetime) / 2);
    pushed.m_url = AuthorizationRequest::withQuery(
        authorizationEndpoint,
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("request_uri"), pushed.m_requestUri}});
    qCDebug(lcLogtoOidc) << "authorization request pushed; it lives" << pushed.m_lifetime.count() << "s";
    return pushed;
}

Error PushedAuthorization::explain(const Error &error, const QString &appId, const QUrl &redirectUri)
{
    Error explained = error;
    if (error.code == Error::Code::Network) {
        //: %1 is the reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option,
        //: not translated.
        explained.message = tr("Could not send the authorization request to the sign-in server (PAR): %1 If this "
                               "goes on, sign in without PAR (--no-par).")
                                .arg(error.message);
        return explained;
    }
    if (error.code != Error::Code::Provider || error.httpStatus == 0)
        return explained; // e.g. an answer too large: its message says so already
    if (error.oauthError == QLatin1String("invalid_client")) {
        explained.message = tr("Logto does not know the app ID %1 as a Native app. In the Logto Console open "
                               "Applications, choose your Native app and copy its App ID.")
                                .arg(appId);
    } else if (error.oauthError == QLatin1String("invalid_request")
               && error.detail.contains(QLatin1String("redirect_uri"))) {
        explained.message = tr("Logto refused the redirect URI %1. In the Logto Console open Applications → your "
                               "app → Redirect URIs, add exactly %2 and save; the app must be a Native app.")
                                .arg(redirectUri.toString(), RegisteredRedirect);
    } else if (error.oauthError == QLatin1String("invalid_target")) {
        explained.message = tr("Logto refused an API resource of this sign-in. Register each resource under API "
                               "resources in the Logto Console, or leave it out.");
    } else {
        //: %1 is the server's reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line
        //: option, not translated.
        explained.message = tr("The sign-in server refused the authorization request (PAR): %1 Check the app's "
                               "settings in the Logto Console, or sign in without PAR (--no-par).")
                                .arg(error.message);
    }
    return explained;
}

} // namespace Logto
