// SPDX-License-Identifier: MIT
#pragma once

#include "jsonwebkeyset.h"
#include "jsonwebsignature.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Logto {

// What a valid ID token must say (OpenID Connect Core §3.1.3.7 and §12.2 for refresh).
struct IdTokenExpectations
{
    // Exact, byte for byte.
    QString issuer;
    // Must be in aud; if aud has several values, azp must be present and equal clientId;
    // azp present → must equal clientId.
    QString clientId;
    // If set: the claim must be present and equal exactly. If unset: not checked (refresh).
    std::optional<QString> nonce;
    // From discovery's id_token_signing_alg_values_supported. The token's alg must be in it AND be
    // an asymmetric alg we support (JsonWebKey::supportedAlgorithms()).
    QStringList allowedAlgorithms;
    std::chrono::seconds clockSkew{300};
    // Invalid → QDateTime::currentDateTimeUtc().
    QDateTime now;
    // If non-empty and the token has at_hash, at_hash must match: base64url of the left half of
    // SHA-256/384/512 per alg (EdDSA → SHA-512). Logto 1.42 sends no at_hash: not required.
    QString accessToken;
    // Refresh: must stay the same sub.
    std::optional<QString> subject;
};

struct VerifiedIdToken
{
    QByteArray raw;
    QJsonObject header;
    QJsonObject claims;
    QString algorithm;
    QString keyId;
    QDateTime issuedAt;
    QDateTime expiresAt;
    // In order, from: "algorithm", "signature", "issuer", "audience", "expiry", "issued-at",
    // "not-before" (only when nbf is present), "subject", "nonce" (only when expected),
    // "at_hash" (only when checked) — shown in the app's token-details view.
    QStringList checksPassed;
};

class IdTokenVerifier
{
public:
    // Verifies signature and claims. The caller selects keys; `keys` is the current JWKS.
    // Key rotation: when keys.select(token.keyId(), token.algorithm()) is nullptr, re-fetch the
    // JWKS once and call verify() with the new set; if it fails again, give up.
    // Order: algorithm, key, signature; the claims are only looked at once the signature verified.
    // Every failure is Error::Code::Verification (Error::Code::InvalidInput for empty
    // issuer/clientId/nonce expectations); no detail ever contains the token or the nonce.
    [[nodiscard]] static Result<VerifiedIdToken>
    verify(const JsonWebSignature &token, const JsonWebKeySet &keys, const IdTokenExpectations &expect);
};

} // namespace Logto
