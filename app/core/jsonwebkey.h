// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

// OpenSSL's EVP_PKEY, forward-declared so this header does not pull in OpenSSL.
struct evp_pkey_st;

namespace Logto {

// One public signing key from a JWKS (RFC 7517), imported into OpenSSL.
// Supported: RSA (≥ 2048 bits), EC P-256/P-384/P-521, OKP Ed25519. Private members
// of a JWK are ignored: we only ever verify. Copies share the same immutable key.
class JsonWebKey
{
public:
    // Parses and validates one JWK: RSA size, EC point on its curve, exact coordinate sizes.
    [[nodiscard]] static Result<JsonWebKey> fromJson(const QJsonObject &jwk);

    // The asymmetric JWS algorithms we can verify, e.g. "RS256", "ES384", "EdDSA".
    // "none" and the HS* family are deliberately absent.
    [[nodiscard]] static QStringList supportedAlgorithms();
    [[nodiscard]] static bool isSupportedAlgorithm(const QString &jwsAlg);

    [[nodiscard]] QString keyId() const { return m_keyId; } // "kid", may be empty
    [[nodiscard]] QString keyType() const { return m_keyType; } // "RSA", "EC" or "OKP"
    [[nodiscard]] QString curve() const { return m_curve; } // "P-256"… or "Ed25519"; empty for RSA
    [[nodiscard]] QString algorithm() const { return m_algorithm; } // the JWK's own "alg", may be empty
    [[nodiscard]] QString use() const { return m_use; } // "use", may be empty
    [[nodiscard]] int bits() const { return m_bits; }

    // Whether this key may verify a JWS with header alg `jwsAlg`: the key type/curve must match
    // the algorithm, the JWK's own "alg" (if any) must equal it, "use" (if any) must be "sig" and
    // "key_ops" (if any) must contain "verify".
    [[nodiscard]] bool fits(const QString &jwsAlg) const;

    // Verifies a JWS signature (the raw decoded bytes) over `signingInput`. Fails for any alg the
    // key does not fit(), for "none", HS* and unknown algorithms, and for a bad signature.
    [[nodiscard]] Result<void>
    verifySignature(const QString &alg, const QByteArray &signingInput, const QByteArray &signature) const;

private:
    JsonWebKey() = default;
    [[nodiscard]] bool typeFits(const QString &jwsAlg) const;

    std::shared_ptr<evp_pkey_st> m_key;
    QString m_keyId;
    QString m_keyType;
    QString m_curve;
    QString m_algorithm;
    QString m_use;
    QStringList m_keyOps;
    bool m_hasKeyOps = false;
    int m_bits = 0;
};

} // namespace Logto
