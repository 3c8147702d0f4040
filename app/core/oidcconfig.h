// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Logto {

// Which Logto tenant and which Native app to sign in to, with the scopes and API
// resources the app asks for. Pure values: nothing here touches the network.
class OidcConfig
{
    Q_DECLARE_TR_FUNCTIONS(OidcConfig)

public:
    OidcConfig() = default;
    OidcConfig(const QUrl &endpoint, const QString &appId);

    // Validates and normalises a Logto endpoint as typed by a person: https, or http
    // only for loopback hosts; no query, fragment or credentials; trailing slashes dropped.
    [[nodiscard]] static Result<QUrl> validateEndpoint(const QString &input);
    // The same policy for every URL a provider hands us (discovery, JWKS, token...).
    [[nodiscard]] static Result<void> checkTransport(const QUrl &url);
    // 127.0.0.0/8, ::1 and localhost: the only hosts where plain http is acceptable.
    [[nodiscard]] static bool isLoopbackHost(const QString &host);
    [[nodiscard]] static Result<void> validateAppId(const QString &appId);
    [[nodiscard]] static Result<void> validateScope(const QString &scope);
    [[nodiscard]] static Result<void> validateResource(const QString &resource);

    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }
    [[nodiscard]] QString appId() const { return m_appId; }
    // Logto's issuer is always <endpoint>/oidc.
    [[nodiscard]] QString issuer() const;
    [[nodiscard]] QUrl discoveryUrl() const;

    void setExtraScopes(const QStringList &scopes) { m_extraScopes = scopes; }
    [[nodiscard]] QStringList extraScopes() const { return m_extraScopes; }
    // The reserved scopes every Logto SDK sends, then the extra ones, without duplicates.
    [[nodiscard]] QStringList scopes() const;

    void setResources(const QStringList &resources) { m_resources = resources; }
    [[nodiscard]] QStringList resources() const { return m_resources; }

    // Checks the app id, every scope and every resource.
    [[nodiscard]] Result<void> validate() const;

private:
    QUrl m_endpoint;
    QString m_appId;
    QStringList m_extraScopes;
    QStringList m_resources;
};

} // namespace Logto
