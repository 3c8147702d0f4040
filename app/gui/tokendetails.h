// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the token-details view shows about the current session. Deliberately holds no token:
// the view can never display or leak one.
struct TokenDetails
{
    // The ID token's JOSE header (alg, kid, typ).
    QJsonObject header;
    // Logto::VerifiedIdToken::checksPassed: "algorithm", "signature", "issuer", "audience", "expiry",
    // "issued-at", "not-before", "subject", "nonce", "at_hash".
    QStringList checksPassed;
    QDateTime idTokenIssuedAt;
    QDateTime idTokenExpiresAt;
    QDateTime accessTokenExpiresAt;
    QDateTime signedInAt;
    // Invalid when the session was never refreshed.
    QDateTime refreshedAt;
    QStringList scopes;
    QStringList resources;
    QString issuer;
    QString subject;
    // The ID token was read back from the keychain (a restored session), not received by a
    // sign-in of this run: it answers no request of this run, so it has no nonce to check.
    bool restored = false;
};
