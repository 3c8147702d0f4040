// SPDX-License-Identifier: MIT
#include "discoverydocument.h"

#include "oidcconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Logto {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error{Error::Code::Verification, message, detail};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

Result<DiscoveryDocument> DiscoveryDocument::fromJson(const QByteArray &json, const QString &expectedIssuer)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("The provider's OpenID configuration is not valid JSON."), parseError.errorString());

    DiscoveryDocument discovery;
    discovery.m_raw = document.object();
    const QJsonObject &object = discovery.m_raw;

    discovery.m_issuer = object.value(QLatin1String("issuer")).toString();
    if (discovery.m_issuer != expectedIssuer) {
        return invalid(tr("The provider's issuer does not match the endpoint: check the Logto endpoint "
                          "(a custom domain has its own issuer)."),
                       QStringLiteral("expected %1, got %2").arg(expectedIssuer, discovery.m_issuer));
    }

    // Required endpoints first, optional ones after; each must pass the transport policy.
    const auto endpoint = [&object](const char *name, bool required) -> Result<QUrl> {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return invalid(tr("The provider's OpenID configuration has no %1.").arg(QLatin1String(name)));
            return QUrl();
        }
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (auto ok = OidcConfig::checkTransport(url); !ok) {
            return invalid(tr("The provider's %1 is not a safe address.").arg(QLatin1String(name)), ok.error().message);
        }
        return url;
    };
    struct Field
    {
        const char *name;
        bool required;
        QUrl DiscoveryDocument::*target;
    };
    const Field fields[] = {
        {"authorization_endpoint", true, &DiscoveryDocument::m_authorizationEndpoint},
        {"token_endpoint", true, &DiscoveryDocument::m_tokenEndpoint},
        {"device_authorization_endpoint", false, &DiscoveryDocument::m_deviceAuthorizationEndpoint},
        {"jwks_uri", true, &DiscoveryDocument::m_jwksUri},
        {"userinfo_endpoint", false, &DiscoveryDocument::m_userinfoEndpoint},
        {"revocation_endpoint", false, &DiscoveryDocument::m_revocationEndpoint},
        {"end_session_endpoint", false, &DiscoveryDocument::m_endSessionEndpoint},
        {"pushed_authorization_request_endpoint", false, &DiscoveryDocument::m_pushedAuthorizationRequestEndpoint},
    };
    for (const Field &field : fields) {
        auto url = endpoint(field.name, field.required);
        if (!url)
            return url.error();
        discovery.*(field.target) = url.value();
    }

    // RFC 8414: absent means "no PKCE", and Logto requires PKCE from Native apps.
    if (!stringList(object.value(QLatin1String("code_challenge_methods_supported"))).contains(QLatin1String("S256")))
        return invalid(tr("The provider does not support PKCE with S256, which a desktop app needs."));

    discovery.m_idTokenSigningAlgorithms =
        stringList(object.value(QLatin1String("id_token_signing_alg_values_supported")));
    if (discovery.m_idTokenSigningAlgorithms.isEmpty())
        return invalid(tr("The provider's OpenID configuration lists no ID-token signing algorithms."));
    discovery.m_scopesSupported = stringList(object.value(QLatin1String("scopes_supported")));
    discovery.m_issParameterSupported =
        object.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    return discovery;
}

} // namespace Logto
