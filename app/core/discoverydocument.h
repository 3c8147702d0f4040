// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Logto {

// A validated OpenID Provider configuration. Endpoints always come from here, never
// from guessing paths: Logto's list changes between versions (shared Logto facts).
class DiscoveryDocument
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryDocument)

public:
    // Parses and checks the document: `issuer` must equal expectedIssuer byte for byte
    // (OpenID Discovery §4.3), the required endpoints must be present and pass the
    // transport policy (https, or http on loopback), and PKCE S256 must be supported.
    [[nodiscard]] static Result<DiscoveryDocument> fromJson(const QByteArray &json, const QString &expectedIssuer);

    [[nodiscard]] QString issuer() const { return m_issuer; }
    [[nodiscard]] QUrl authorizationEndpoint() const { return m_authorizationEndpoint; }
    [[nodiscard]] QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    // RFC 8628; Logto 1.38+ only (`/oidc/device/auth`), empty when the tenant does not offer it.
    [[nodiscard]] QUrl deviceAuthorizationEndpoint() const { return m_deviceAuthorizationEndpoint; }
    [[nodiscard]] QUrl userinfoEndpoint() const { return m_userinfoEndpoint; }
    [[nodiscard]] QUrl jwksUri() const { return m_jwksUri; }
    [[nodiscard]] QUrl revocationEndpoint() const { return m_revocationEndpoint; }
    [[nodiscard]] QUrl endSessionEndpoint() const { return m_endSessionEndpoint; }
    // RFC 9126: empty when the provider offers no pushed authorization requests.
    [[nodiscard]] QUrl pushedAuthorizationRequestEndpoint() const { return m_pushedAuthorizationRequestEndpoint; }
    [[nodiscard]] QStringList idTokenSigningAlgorithms() const { return m_idTokenSigningAlgorithms; }
    [[nodiscard]] QStringList scopesSupported() const { return m_scopesSupported; }
    // RFC 9207: when true, every authorization response must carry `iss`.
    [[nodiscard]] bool authorizationResponseIssParameterSupported() const { return m_issParameterSupported; }
    [[nodiscard]] QJsonObject raw() const { return m_raw; }

private:
    QString m_issuer;
    QUrl m_authorizationEndpoint;
    QUrl m_tokenEndpoint;
    QUrl m_deviceAuthorizationEndpoint;
    QUrl m_userinfoEndpoint;
    QUrl m_jwksUri;
    QUrl m_revocationEndpoint;
    QUrl m_endSessionEndpoint;
    QUrl m_pushedAuthorizationRequestEndpoint;
    QStringList m_idTokenSigningAlgorithms;
    QStringList m_scopesSupported;
    bool m_issParameterSupported = false;
    QJsonObject m_raw;
};

} // namespace Logto
