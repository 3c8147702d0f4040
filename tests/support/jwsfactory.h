// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace Logto::Testing {

// Test-only JOSE producer, independent of the code under test: it generates fresh key pairs with
// OpenSSL, publishes them as JWKs, and signs compact JWS tokens (also deliberately wrong ones).
// Failures here are bugs in the test setup, so they abort with qFatal().
class JwsFactory
{
public:
    enum class KeyKind { Rsa2048, EcP256, EcP384, EcP521, Ed25519 };

    // A generated private key. Copies share the same key.
    class Key
    {
    public:
        Key() = default; // null: only for QList and test data columns
        [[nodiscard]] bool isNull() const { return !m_key; }
        [[nodiscard]] KeyKind kind() const { return m_kind; }
        [[nodiscard]] QString keyId() const { return m_keyId; }

        // The public JWK: kty, kid (when set), use "sig", and n/e or crv/x/y. `alg` is added
        // when non-empty.
        [[nodiscard]] QJsonObject publicJwk(const QString &alg = {}) const;
        // SubjectPublicKeyInfo PEM: what an algorithm-confusion attacker uses as an HMAC secret.
        [[nodiscard]] QByteArray publicKeyPem() const;
        // The JWS signature (RFC 7518 encoding: raw r‖s for ECDSA) of `signingInput` with `alg`,
        // which must suit the key (RS*/PS* on RSA, ES256/384/512 on its curve, EdDSA on Ed25519).
        [[nodiscard]] QByteArray sign(const QString &alg, const QByteArray &signingInput) const;
        // A PS256/384/512 signature whose salt is `saltLength` bytes rather than the hash size
        // RFC 7518 §3.5 demands: for checking that verifiers insist on the latter.
        [[nodiscard]] QByteArray signPss(const QString &alg, const QByteArray &signingInput, int saltLength) const;

    private:
        friend class JwsFactory;
        [[nodiscard]] QByteArray
        signWithSalt(const QString &alg, const QByteArray &signingInput, int pssSaltLength) const;
        std::shared_ptr<evp_pkey_st> m_key;
        KeyKind m_kind = KeyKind::Rsa2048;
        QString m_keyId;
    };

    // A fresh key pair. RSA 2048 takes ~0.1 s: generate once per test case, not per row.
    [[nodiscard]] static Key generateKey(KeyKind kind, const QString &keyId);
    // The algorithm this kind of key signs with by default: RS256, ES256/384/512, EdDSA.
    [[nodiscard]] static QString defaultAlgorithm(KeyKind kind);
    [[nodiscard]] static QString kindName(KeyKind kind); // "RSA-2048", "P-256", ..., "Ed25519"

    // {"keys": [...]}, compact JSON.
    [[nodiscard]] static QByteArray jwks(const QList<QJsonObject> &publicJwks);
    [[nodiscard]] static QByteArray jwks(const QList<Key> &keys);

    // The header a signer sends: {"alg": alg, "typ": "JWT", "kid": key id when non-empty}.
    [[nodiscard]] static QJsonObject header(const QString &alg, const QString &keyId);
    // base64url(header) "." base64url(claims), from compact JSON.
    [[nodiscard]] static QByteArray signingInput(const QJsonObject &header, const QJsonObject &claims);
    // signingInput "." base64url(signature).
    [[nodiscard]] static QByteArray compact(const QByteArray &signingInput, const QByteArray &signature);

    // A token signed by `key` with `alg` and header(alg, key.keyId()).
    [[nodiscard]] static QByteArray sign(const Key &key, const QString &alg, const QJsonObject &claims);
    // A token with exactly `header`, signed by `key` with `signingAlg` (which may differ from the
    // header's alg: that is how algorithm-mismatch tokens are made).
    [[nodiscard]] static QByteArray
    sign(const Key &key, const QString &signingAlg, const QJsonObject &header, const QJsonObject &claims);
    // HS256/384/512 over `header`/`claims` with `secret`.
    [[nodiscard]] static QByteArray
    signHmac(const QString &alg, const QByteArray &secret, const QJsonObject &header, const QJsonObject &claims);
    // {"alg":"none"} and an empty signature (RFC 7519 §6 unsecured JWT).
    [[nodiscard]] static QByteArray unsecured(const QJsonObject &claims);

    // iss, aud (a string), sub, iat = now, exp = now + lifetime; nonce only when non-empty.
    [[nodiscard]] static QJsonObject standardClaims(const QString &issuer,
                                                    const QString &clientId,
                                                    const QString &subject,
                                                    const QDateTime &now,
                                                    const QString &nonce = {},
                                                    qint64 lifetimeSeconds = 3600);
    // The at_hash claim for `accessToken` under `alg` (OpenID Connect Core §3.1.3.6; EdDSA → SHA-512).
    [[nodiscard]] static QString atHash(const QString &alg, const QByteArray &accessToken);
};

} // namespace Logto::Testing
