// SPDX-License-Identifier: MIT
#include "authorizationrequest.h"

#include "securerandom.h"

namespace Logto {

QUrl AuthorizationRequest::withQuery(const QUrl &endpoint, const Parameters &parameters)
{
    // Built by hand rather than with QUrlQuery, which leaves '+' unencoded: servers read
    // it as a space, and a '+' in a login hint or an email is not one.
    QByteArray query = endpoint.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl url = endpoint;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

Result<AuthorizationRequest> AuthorizationRequest::create(const DiscoveryDocument &discovery,
                                                          const OidcConfig &config,
                                                          const SignInOptions &options,
                                                          const QUrl &redirectUri)
{
    if (auto ok = config.validate(); !ok)
        return ok.error();
    if (auto ok = options.validate(); !ok)
        return ok.error();

    AuthorizationRequest request;
    request.m_redirectUri = redirectUri;
    // 128 bits each (RFC 6749 §10.10 asks for at least that much entropy).
    request.m_state = QString::fromLatin1(SecureRandom::urlSafeString(16));
    request.m_nonce = QString::fromLatin1(SecureRandom::urlSafeString(16));
    request.m_pkce = Pkce::generate();
    request.m_scopes = config.scopes();
    request.m_resources = config.resources();

    request.m_clientId = config.appId();
    const auto add = [&request](const QString &key, const QString &value) {
        request.m_parameters.append({key, value});
    };
    add(QStringLiteral("client_id"), config.appId());
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("scope"), request.m_scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), request.m_state);
    add(QStringLiteral("nonce"), request.m_nonce);
    add(QStringLiteral("code_challenge"), QString::fromLatin1(request.m_pkce.challenge));
    add(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method()));
    add(QStringLiteral("prompt"), options.prompt);
    for (const QString &resource : request.m_resources)
        add(QStringLiteral("resource"), resource);
    if (!options.firstScreen.isEmpty())
        add(QStringLiteral("first_screen"), options.firstScreen);
    if (!options.identifiers.isEmpty())
        add(QStringLiteral("identifier"), options.identifiers.join(QLatin1Char(' ')));
    if (!options.directSignIn.isEmpty())
        add(QStringLiteral("direct_sign_in"), options.directSignIn);
    if (!options.loginHint.isEmpty())
        add(QStringLiteral("login_hint"), options.loginHint);
    if (!options.organizationId.isEmpty())
        add(QStringLiteral("organization_id"), options.organizationId);
    if (!options.uiLocales.isEmpty())
        add(QStringLiteral("ui_locales"), options.uiLocales);

    request.m_url = withQuery(discovery.authorizationEndpoint(), request.m_parameters);
    return request;
}

} // namespace Logto
