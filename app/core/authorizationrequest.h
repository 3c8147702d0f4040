// SPDX-License-Identifier: MIT
#pragma once

#include "discoverydocument.h"
#include "oidcconfig.h"
#include "pkce.h"
#include "result.h"
#include "signinoptions.h"

#include <QList>
#include <QUrl>

#include <utility>

namespace Logto {

// One authorization request (code flow + PKCE S256, state, nonce), built fresh for
// every attempt: state, nonce and verifier are never reused. Holds the secrets the
// callback and the code exchange need; none of them may be logged.
class AuthorizationRequest
{
public:
    using Parameters = QList<std::pair<QString, QString>>;

    // Validates config and options, then builds the URL from the discovered
    // authorization endpoint. `redirectUri` is the loopback listener's.
    [[nodiscard]] static Result<AuthorizationRequest> create(const DiscoveryDocument &discovery,
                                                             const OidcConfig &config,
                                                             const SignInOptions &options,
                                                             const QUrl &redirectUri);

    // The plain request: the authorization endpoint with every parameter in its query.
    [[nodiscard]] QUrl url() const { return m_url; }
    // The same parameters, in order, unencoded: the form of a pushed request (RFC 9126 §2.1).
    [[nodiscard]] Parameters parameters() const { return m_parameters; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString nonce() const { return m_nonce; }
    [[nodiscard]] QByteArray codeVerifier() const { return m_pkce.verifier; }
    [[nodiscard]] QStringList scopes() const { return m_scopes; }
    [[nodiscard]] QStringList resources() const { return m_resources; }

    // `endpoint` with `parameters` appended to its query, each one percent-encoded ('+' too).
    [[nodiscard]] static QUrl withQuery(const QUrl &endpoint, const Parameters &parameters);

private:
    QUrl m_url;
    Parameters m_parameters;
    QString m_clientId;
    QUrl m_redirectUri;
    QString m_state;
    QString m_nonce;
    Pkce m_pkce;
    QStringList m_scopes;
    QStringList m_resources;
};

} // namespace Logto
