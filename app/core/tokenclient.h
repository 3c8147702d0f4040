// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "tokenresponse.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Logto {

class HttpClient;

// The token and revocation endpoints for a public (Native) client: client_id in the
// body, no secret. Done with QNetworkAccessManager rather than QOAuth2AuthorizationCodeFlow
// because Qt 6.4's flow has no PKCE, reports no signal on token-endpoint HTTP errors, stays
// stuck after a failed refresh and sends an empty client_secret (platform notes).
class TokenClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    using TokenCallback = std::function<void(Result<TokenResponse>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    TokenClient(HttpClient *http, const QString &clientId, QObject *parent = nullptr);

    // Authorization code grant with PKCE. `redirectUri` must be byte-identical to the
    // one in the authorization request.
    void exchangeCode(const QUrl &tokenEndpoint,
                      const QString &code,
                      const QByteArray &codeVerifier,
                      const QUrl &redirectUri,
                      TokenCallback done);

    // Refresh grant; `resource` (RFC 8707) or `organizationId` (Logto) narrow the access token.
    void refresh(const QUrl &tokenEndpoint,
                 const QString &refreshToken,
                 TokenCallback done,
                 const QString &resource = {},
                 const QString &organizationId = {});

    // RFC 8628 device access token request (one poll). The caller waits for each answer before
    // the next poll: a device code polled again after it gave tokens revokes the whole grant.
    void pollDeviceCode(const QUrl &tokenEndpoint, const QString &deviceCode, TokenCallback done);

    // RFC 7009 revocation of a refresh token.
    void revoke(const QUrl &revocationEndpoint, const QString &refreshToken, DoneCallback done);

private:
    enum class Grant { AuthorizationCode, RefreshToken, DeviceCode };
    void requestTokens(const QUrl &tokenEndpoint, const QUrlQuery &form, Grant grant, TokenCallback done);

    HttpClient *const m_http;
    const QString m_clientId;
};

} // namespace Logto
