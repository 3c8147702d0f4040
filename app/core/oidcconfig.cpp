// SPDX-License-Identifier: MIT
#include "oidcconfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Logto {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error{Error::Code::InvalidInput, message, detail};
}

} // namespace

OidcConfig::OidcConfig(const QUrl &endpoint, const QString &appId)
    : m_endpoint(endpoint)
    , m_appId(appId)
{
}

bool OidcConfig::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    // QHostAddress parses only literal addresses, so "127.0.0.1.evil.example" is not one.
    return !address.isNull() && address.isLoopback();
}

Result<void> OidcConfig::checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return invalid(tr("The address is not a valid URL."), url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return invalid(tr("The address must not contain a user name or password."));
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return invalid(tr("Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost); use https."),
                       url.toDisplayString(QUrl::RemoveQuery));
    }
    return invalid(tr("The address must start with https://."), url.toDisplayString(QUrl::RemoveQuery));
}

Result<QUrl> OidcConfig::validateEndpoint(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("No Logto endpoint is set."));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return invalid(tr("The Logto endpoint is not a valid URL, e.g. https://your-tenant.logto.app."), trimmed);
    if (auto transport = checkTransport(url); !transport)
        return transport.error();
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("The Logto endpoint must not contain a query or fragment."), trimmed);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

Result<void> OidcConfig::validateAppId(const QString &appId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,128}$"));
    if (appId.isEmpty())
        return invalid(tr("No app ID is set. Copy it from the Native app in the Logto Console."));
    if (!pattern.match(appId).hasMatch())
        return invalid(tr("The app ID may only contain letters, digits and . _ ~ -."), appId);
    return {};
}

Result<void> OidcConfig::validateScope(const QString &scope)
{
    // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
    static const QRegularExpression pattern(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    if (!pattern.match(scope).hasMatch())
        return invalid(tr("\"%1\" is not a valid scope.").arg(scope));
    return {};
}

Result<void> OidcConfig::validateResource(const QString &resource)
{
    // RFC 8707 §2: an absolute URI without a fragment.
    const QUrl url(resource, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.hasFragment() || resource.contains(QLatin1Char(' ')))
        return invalid(tr("\"%1\" is not a valid API resource: use an absolute URI such as https://api.example.com.")
                           .arg(resource));
    return {};
}

QString OidcConfig::issuer() const
{
    return m_endpoint.toString(QUrl::FullyEncoded) + QStringLiteral("/oidc");
}

QUrl OidcConfig::discoveryUrl() const
{
    return QUrl(issuer() + QStringLiteral("/.well-known/openid-configuration"));
}

QStringList OidcConfig::scopes() const
{
    QStringList all{QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("profile")};
    for (const QString &scope : m_extraScopes) {
        if (!all.contains(scope))
            all.append(scope);
    }
    return all;
}

Result<void> OidcConfig::validate() const
{
    if (m_endpoint.isEmpty())
        return invalid(tr("No Logto endpoint is set."));
    if (auto ok = validateAppId(m_appId); !ok)
        return ok;
    for (const QString &scope : m_extraScopes) {
        if (auto ok = validateScope(scope); !ok)
            return ok;
    }
    for (const QString &resource : m_resources) {
        if (auto ok = validateResource(resource); !ok)
            return ok;
    }
    return {};
}

} // namespace Logto
