// SPDX-License-Identifier: MIT
#include "tokenclient.h"

#include "httpclient.h"
#include "logging.h"

#include <QUrlQuery>

namespace Logto {

TokenClient::TokenClient(HttpClient *http, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clientId(clientId)
{
}

void TokenClient::exchangeCode(const QUrl &tokenEndpoint,
                               const QString &code,
                               const QByteArray &codeVerifier,
                               const QUrl &redirectUri,
                               TokenCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    requestTokens(tokenEndpoint, form, Grant::AuthorizationCode, std::move(done));
}

void TokenClient::refresh(const QUrl &tokenEndpoint,
                          const QString &refreshToken,
                          TokenCallback done,
                          const QString &resource,
                          const QString &organizationId)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    if (!resource.isEmpty())
        form.addQueryItem(QStringLiteral("resource"), resource);
    if (!organizationId.isEmpty())
        form.addQueryItem(QStringLiteral("organization_id"), organizationId);
    qCDebug(lcLogtoOidc) << "refreshing with" << redacted(refreshToken);
    requestTokens(tokenEndpoint, form, Grant::RefreshToken, std::move(done));
}

void TokenClient::pollDeviceCode(const QUrl &tokenEndpoint, const QString &deviceCode, TokenCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("device_code"), deviceCode);
    requestTokens(tokenEndpoint, form, Grant::DeviceCode, std::move(done));
}

void TokenClient::revoke(const QUrl &revocationEndpoint, const QString &refreshToken, DoneCallback done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("token"), refreshToken);
    form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
    m_http->postForm(
        revocationEndpoint,
        form,
        [done = std::move(done)](Result<HttpResponse> response) {
            if (!response)
                done(response.error());
            else
                done({});
        },
        ResponseLimit::Revocation);
}

void TokenClient::requestTokens(const QUrl &tokenEndpoint, const QUrlQuery &form, Grant grant, TokenCallback done)
{
    m_http->postForm(
        tokenEndpoint,
        form,
        [grant, done = std::move(done)](Result<HttpResponse> response) {
            if (!response) {
                Error error = response.error();
                // Logto says only "grant request is invalid": explain what it means for the person.
                if (error.oauthError == QLatin1String("invalid_grant") && grant == Grant::RefreshToken) {
                    error.code = Error::Code::NotSignedIn;
                    error.message = tr("signed out: the session was revoked or expired, sign in again");
                } else if (error.oauthError == QLatin1String("invalid_grant") && grant == Grant::DeviceCode) {
                    error.message = tr("The sign-in server rejected the device code (unknown, or already used). "
                                       "Start the sign-in again.");
                } else if (error.oauthError == QLatin1String("invalid_grant")) {
                    error.message = tr("The sign-in server rejected the sign-in code (expired or already used). "
                                       "Start the sign-in again.");
                }
                done(error);
                return;
            }
            auto tokens = TokenResponse::fromJson(response.value().json);
            if (tokens)
                tokens.value().serverDate = response.value().date;
            done(std::move(tokens));
        },
        ResponseLimit::Token);
}

} // namespace Logto
