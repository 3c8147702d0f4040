// SPDX-License-Identifier: MIT
#include "idtokenverifier.h"

#include "base64url.h"
#include "jsonwebkey.h"
#include "utc.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Logto {

namespace {

// 9999-12-31T23:59:59Z: NumericDates beyond it are nonsense, and keeping them below it keeps the
// millisecond arithmetic far from overflow.
constexpr double LatestNumericDate = 253402300799.0;
constexpr int MaximumQuotedLength = 64;

Error failed(const QString &message, const QString &detail)
{
    return Error{Error::Code::Verification, message, detail};
}

// Token fields in a detail are attacker-controlled: quote them and bound their length.
QString quoted(const QString &text)
{
    QString result = QLatin1Char('"') + text.left(MaximumQuotedLength) + QLatin1Char('"');
    if (text.size() > MaximumQuotedLength)
        result += QStringLiteral("...");
    return result;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    }
    return {};
}

// RFC 7519 NumericDate → milliseconds since the epoch; nullopt unless a sane number.
std::optional<qint64> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > LatestNumericDate)
        return std::nullopt;
    return qint64(seconds * 1000.0);
}

// OpenID Connect Core §3.1.3.6: the hash of the alg's own size; Ed25519 has none, SHA-512 is the
// usual choice (and what node-oidc-provider, Logto's core, uses).
QCryptographicHash::Algorithm atHashDigest(const QString &alg)
{
    if (alg.endsWith(u"384"))
        return QCryptographicHash::Sha384;
    if (alg.endsWith(u"512") || alg == u"EdDSA")
        return QCryptographicHash::Sha512;
    return QCryptographicHash::Sha256;
}

QString fittingKeysDetail(const JsonWebSignature &token, const JsonWebKeySet &keys)
{
    const QString alg = token.algorithm();
    const auto fitting = std::count_if(
        keys.keys().cbegin(), keys.keys().cend(), [&alg](const JsonWebKey &key) { return key.fits(alg); });
    if (token.keyId().isEmpty()) {
        return QStringLiteral("no kid in the header and %1 of %2 keys fit %3; exactly one must")
            .arg(fitting)
            .arg(keys.keys().size())
            .arg(alg);
    }
    if (!keys.hasKeyId(token.keyId()))
        return QStringLiteral("kid %1 is not in the JWKS (%2 keys)")
            .arg(quoted(token.keyId()), QString::number(keys.keys().size()));
    return QStringLiteral("kid %1 is in the JWKS but no single key with it fits %2").arg(quoted(token.keyId()), alg);
}

Result<void> checkAudience(const QJsonObject &claims, const QString &clientId)
{
    const QString message =
        QCoreApplication::translate("IdTokenVerifier", "The ID token was issued for a different app than this one.");
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences << aud.toString();
    } else if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray()) {
            if (!entry.isString())
                return failed(message, QStringLiteral("aud array holds %1, not only strings").arg(describe(entry)));
            audiences << entry.toString();
        }
    } else {
        return failed(message, QStringLiteral("aud is %1, not a string or array of strings").arg(describe(aud)));
    }
    if (!audiences.contains(clientId)) {
        return failed(message,
                      QStringLiteral("aud (%1 values) does not contain the client ID %2")
                          .arg(audiences.size())
                          .arg(quoted(clientId)));
    }
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    if (audiences.size() > 1 && azp.isUndefined())
        return failed(message, QStringLiteral("aud has %1 values but there is no azp").arg(audiences.size()));
    if (!azp.isUndefined() && azp.toString() != clientId) {
        return failed(message, QStringLiteral("azp is %1, not the client ID %2").arg(describe(azp), quoted(clientId)));
    }
    return {};
}

} // namespace

Result<VerifiedIdToken>
IdTokenVerifier::verify(const JsonWebSignature &token, const JsonWebKeySet &keys, const IdTokenExpectations &expect)
{
    // An empty expectation would let an empty claim pass: a caller bug, never a token problem.
    if (expect.issuer.isEmpty() || expect.clientId.isEmpty() || (expect.nonce && expect.nonce->isEmpty())) {
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("IdTokenVerifier",
                                                 "The sign-in settings are incomplete, so the ID token cannot be "
                                                 "checked."),
                     QStringLiteral("IdTokenExpectations needs a non-empty issuer, clientId and (if set) nonce")};
    }

    VerifiedIdToken verified;
    QStringList &passed = verified.checksPassed;

    // Algorithm first: "none" and HS* must never reach a key, whatever discovery says (an HS256
    // token "signed" with the public key is the classic algorithm-confusion attack).
    const QString alg = token.algorithm();
    if (!JsonWebKey::isSupportedAlgorithm(alg)) {
        return failed(
            QCoreApplication::translate("IdTokenVerifier", "The ID token's signing algorithm is not allowed."),
            QStringLiteral("alg %1 is not an asymmetric algorithm this app accepts (%2)")
                .arg(quoted(alg), JsonWebKey::supportedAlgorithms().join(QStringLiteral(", "))));
    }
    if (!expect.allowedAlgorithms.contains(alg)) {
        return failed(QCoreApplication::translate(
                          "IdTokenVerifier", "The ID token's signing algorithm is not one the provider announced."),
                      QStringLiteral("alg %1 is not in id_token_signing_alg_values_supported (%2)")
                          .arg(alg, expect.allowedAlgorithms.join(QStringLiteral(", ")).left(MaximumQuotedLength)));
    }
    passed << QStringLiteral("algorithm");

    const JsonWebKey *key = keys.select(token.keyId(), alg);
    if (!key) {
        return failed(QCoreApplication::translate("IdTokenVerifier",
                                                  "None of the provider's signing keys can check the ID token."),
                      fittingKeysDetail(token, keys));
    }
    const Result<void> signature = key->verifySignature(alg, token.signingInput(), token.signature());
    if (!signature) {
        return failed(QCoreApplication::translate("IdTokenVerifier", "The ID token's signature is not valid."),
                      signature.error().detail);
    }
    passed << QStringLiteral("signature");

    // From here on the claims are the provider's own words.
    const QJsonObject claims = token.payload();

    const QJsonValue iss = claims.value(QStringLiteral("iss"));
    if (!iss.isString() || iss.toString() != expect.issuer) {
        return failed(
            QCoreApplication::translate("IdTokenVerifier", "The ID token's issuer does not match the provider."),
            QStringLiteral("iss is %1, expected %2").arg(describe(iss), quoted(expect.issuer)));
    }
    passed << QStringLiteral("issuer");

    if (const Result<void> audience = checkAudience(claims, expect.clientId); !audience)
        return audience.error();
    passed << QStringLiteral("audience");

    const QDateTime now = expect.now.isValid() ? expect.now : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 skewMs = std::max<qint64>(0, expect.clockSkew.count()) * 1000;

    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const auto expiresAt = numericDate(exp);
    if (!expiresAt) {
        return failed(
            QCoreApplication::translate("IdTokenVerifier", "The ID token's expiry time is missing or invalid."),
            QStringLiteral("exp is %1, not a NumericDate").arg(describe(exp)));
    }
    if (nowMs > *expiresAt + skewMs) {
        return failed(QCoreApplication::translate("IdTokenVerifier",
                                                  "The ID token has expired. If this keeps happening, check that the "
                                                  "computer's clock is right."),
                      QStringLiteral("exp %1 is %2 s before now %3 (allowed skew %4 s)")
                          .arg(Utc::fromMSecsSinceEpoch(*expiresAt).toString(Qt::ISODate))
                          .arg((nowMs - *expiresAt) / 1000)
                          .arg(now.toUTC().toString(Qt::ISODate))
                          .arg(skewMs / 1000));
    }
    passed << QStringLiteral("expiry");

    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    const auto issuedAt = numericDate(iat);
    if (!issuedAt) {
        return failed(
            QCoreApplication::translate("IdTokenVerifier", "The ID token's issue time is missing or invalid."),
            QStringLiteral("iat is %1, not a NumericDate").arg(describe(iat)));
    }
    if (*issuedAt > nowMs + skewMs) {
        return failed(QCoreApplication::translate("IdTokenVerifier",
                                                  "The ID token was issued in the future — is the computer's clock "
                                                  "right?"),
                      QStringLiteral("iat %1 is %2 s after now %3 (allowed skew %4 s)")
                          .arg(Utc::fromMSecsSinceEpoch(*issuedAt).toString(Qt::ISODate))
                          .arg((*issuedAt - nowMs) / 1000)
                          .arg(now.toUTC().toString(Qt::ISODate))
                          .arg(skewMs / 1000));
    }
    passed << QStringLiteral("issued-at");

    // Logto sends no nbf, but RFC 7519 §4.1.5 forbids accepting a token before it.
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (!nbf.isUndefined()) {
        const auto notBefore = numericDate(nbf);
        if (!notBefore || *notBefore > nowMs + skewMs) {
            return failed(QCoreApplication::translate("IdTokenVerifier",
                                                      "The ID token is not valid yet — is the computer's clock right?"),
                          QStringLiteral("nbf is %1 and later than now %2 plus %3 s skew, or invalid")
                              .arg(describe(nbf), now.toUTC().toString(Qt::ISODate), QString::number(skewMs / 1000)));
        }
        passed << QStringLiteral("not-before");
    }

    const QJsonValue sub = claims.value(QStringLiteral("sub"));
    if (!sub.isString() || sub.toString().isEmpty()) {
        return failed(QCoreApplication::translate("IdTokenVerifier", "The ID token does not say who signed in."),
                      QStringLiteral("sub is %1, not a non-empty string").arg(describe(sub)));
    }
    if (expect.subject && sub.toString() != *expect.subject) {
        return failed(QCoreApplication::translate("IdTokenVerifier",
                                                  "The ID token is for a different user than the one signed in."),
                      QStringLiteral("sub changed since sign-in (OpenID Connect Core §12.2)"));
    }
    passed << QStringLiteral("subject");

    if (expect.nonce) {
        // The nonce is a secret of this sign-in attempt: the detail says what, never the value.
        const QJsonValue nonce = claims.value(QStringLiteral("nonce"));
        if (!nonce.isString() || nonce.toString() != *expect.nonce) {
            return failed(
                QCoreApplication::translate("IdTokenVerifier", "The ID token does not belong to this sign-in attempt."),
                nonce.isUndefined() ? QStringLiteral("nonce claim is missing")
                                    : QStringLiteral("nonce claim differs from the one sent"));
        }
        passed << QStringLiteral("nonce");
    }

    const QJsonValue atHash = claims.value(QStringLiteral("at_hash"));
    if (!expect.accessToken.isEmpty() && !atHash.isUndefined()) {
        const QByteArray digest = QCryptographicHash::hash(expect.accessToken.toUtf8(), atHashDigest(alg));
        const QByteArray expected = Base64Url::encode(digest.left(digest.size() / 2));
        if (!atHash.isString() || atHash.toString() != QString::fromLatin1(expected)) {
            return failed(
                QCoreApplication::translate("IdTokenVerifier", "The ID token does not match the access token."),
                QStringLiteral("at_hash is not the %1 hash of the access token").arg(alg));
        }
        passed << QStringLiteral("at_hash");
    }

    verified.raw = token.compact();
    verified.header = token.header();
    verified.claims = claims;
    verified.algorithm = alg;
    verified.keyId = token.keyId();
    verified.issuedAt = Utc::fromMSecsSinceEpoch(*issuedAt);
    verified.expiresAt = Utc::fromMSecsSinceEpoch(*expiresAt);
    return verified;
}

} // namespace Logto
