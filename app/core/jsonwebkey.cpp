// SPDX-License-Identifier: MIT
#include "jsonwebkey.h"

#include "base64url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <optional>

namespace Logto {

namespace {

template<auto FreeFunction>
struct OpenSslDeleter
{
    template<typename T>
    void operator()(T *pointer) const
    {
        FreeFunction(pointer);
    }
};

using BigNum = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;
using MdContext = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM_free>>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;

constexpr int MinimumRsaBits = 2048;
// Bounds the cost of one verification; no provider publishes bigger keys.
constexpr int MaximumRsaBits = 16384;
constexpr int Ed25519KeyBytes = 32;
constexpr int Ed25519SignatureBytes = 64;

enum class Family { RsaPkcs1, RsaPss, Ecdsa, EdDsa };

struct Algorithm
{
    const char16_t *name;
    Family family;
    const EVP_MD *(*digest)(); // nullptr for EdDSA: Ed25519 hashes internally
    const char16_t *curve; // the only curve the algorithm may use (RFC 7518 §3.4); nullptr for RSA
};

const Algorithm Algorithms[] = {
    {u"RS256", Family::RsaPkcs1, EVP_sha256, nullptr},
    {u"RS384", Family::RsaPkcs1, EVP_sha384, nullptr},
    {u"RS512", Family::RsaPkcs1, EVP_sha512, nullptr},
    {u"PS256", Family::RsaPss, EVP_sha256, nullptr},
    {u"PS384", Family::RsaPss, EVP_sha384, nullptr},
    {u"PS512", Family::RsaPss, EVP_sha512, nullptr},
    {u"ES256", Family::Ecdsa, EVP_sha256, u"P-256"},
    {u"ES384", Family::Ecdsa, EVP_sha384, u"P-384"},
    {u"ES512", Family::Ecdsa, EVP_sha512, u"P-521"},
    {u"EdDSA", Family::EdDsa, nullptr, u"Ed25519"},
};

const Algorithm *findAlgorithm(const QString &name)
{
    for (const Algorithm &algorithm : Algorithms) {
        if (name == QStringView(algorithm.name))
            return &algorithm;
    }
    return nullptr;
}

struct Curve
{
    const char16_t *jwkName;
    const char *openSslName;
    int fieldBytes; // size of one coordinate, and of r and s in a JWS signature
};

const Curve Curves[] = {
    {u"P-256", "prime256v1", 32},
    {u"P-384", "secp384r1", 48},
    {u"P-521", "secp521r1", 66},
};

const Curve *findCurve(const QString &jwkName)
{
    for (const Curve &curve : Curves) {
        if (jwkName == QStringView(curve.jwkName))
            return &curve;
    }
    return nullptr;
}

// Drains OpenSSL's thread-local error queue so a failure here never leaks into later calls.
QString takeOpenSslErrors()
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        errors << QString::fromLatin1(text);
    }
    return errors.join(QStringLiteral("; "));
}

Error keyError(const QString &detail)
{
    return Error{Error::Code::Verification,
                 QCoreApplication::translate("JsonWebKey", "The provider published a signing key this app cannot use."),
                 detail};
}

Error signatureError(const QString &detail)
{
    return Error{Error::Code::Verification,
                 QCoreApplication::translate("JsonWebKey", "The signature does not match the provider's signing key."),
                 detail};
}

// Absent is fine (`out` stays empty); present but not a string is not.
bool readOptionalString(const QJsonObject &jwk, const QString &name, QString &out)
{
    const QJsonValue value = jwk.value(name);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

std::optional<QByteArray> readBytes(const QJsonObject &jwk, const QString &name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString())
        return std::nullopt;
    auto bytes = Base64Url::decode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    return bytes;
}

BigNum toBigNum(const QByteArray &bytes)
{
    return BigNum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

std::shared_ptr<evp_pkey_st> adopt(EVP_PKEY *key)
{
    return std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
}

// Imports public-key parameters through the OpenSSL 3 provider API (no deprecated RSA/EC_KEY).
Result<std::shared_ptr<evp_pkey_st>> fromParams(const char *keyType, const ParamBuilder &builder)
{
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return keyError(QStringLiteral("OpenSSL cannot import the %1 key: %2")
                            .arg(QString::fromLatin1(keyType), takeOpenSslErrors()));
    }
    return adopt(key);
}

Result<std::shared_ptr<evp_pkey_st>> importRsa(const QJsonObject &jwk, int &bits)
{
    const auto modulus = readBytes(jwk, QStringLiteral("n"));
    const auto exponent = readBytes(jwk, QStringLiteral("e"));
    if (!modulus || !exponent)
        return keyError(QStringLiteral("RSA key without valid base64url \"n\" and \"e\""));
    const BigNum n = toBigNum(*modulus);
    const BigNum e = toBigNum(*exponent);
    if (!n || !e)
        return keyError(QStringLiteral("OpenSSL out of memory: %1").arg(takeOpenSslErrors()));
    bits = BN_num_bits(n.get());
    if (bits < MinimumRsaBits || bits > MaximumRsaBits) {
        return keyError(QStringLiteral("RSA modulus has %1 bits; %2 to %3 are accepted")
                            .arg(bits)
                            .arg(MinimumRsaBits)
                            .arg(MaximumRsaBits));
    }
    if (!BN_is_odd(n.get()) || !BN_is_odd(e.get()) || BN_is_one(e.get()))
        return keyError(QStringLiteral("RSA modulus or exponent is not a valid odd number"));

    const ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1) {
        return keyError(QStringLiteral("OpenSSL parameter error: %1").arg(takeOpenSslErrors()));
    }
    return fromParams("RSA", builder);
}

Result<std::shared_ptr<evp_pkey_st>> importEc(const QJsonObject &jwk, const QString &curveName, int &bits)
{
    const Curve *curve = findCurve(curveName);
    if (!curve)
        return keyError(QStringLiteral("unsupported EC curve \"%1\"").arg(curveName.left(32)));
    const auto x = readBytes(jwk, QStringLiteral("x"));
    const auto y = readBytes(jwk, QStringLiteral("y"));
    // RFC 7518 §6.2.1.2: coordinates are always the full field size, never shortened.
    if (!x || !y || x->size() != curve->fieldBytes || y->size() != curve->fieldBytes) {
        return keyError(
            QStringLiteral("%1 key needs \"x\" and \"y\" of exactly %2 bytes").arg(curveName).arg(curve->fieldBytes));
    }
    const QByteArray point = QByteArray(1, '\x04') + *x + *y; // SEC 1 uncompressed point

    const ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!builder
        || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->openSslName, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), point.size())
            != 1) {
        return keyError(QStringLiteral("OpenSSL parameter error: %1").arg(takeOpenSslErrors()));
    }
    auto key = fromParams("EC", builder);
    if (!key) { // OpenSSL 3 already refuses an off-curve point here
        return keyError(
            QStringLiteral("%1 public key is not a valid point on the curve: %2").arg(curveName, key.error().detail));
    }

    // Full public-key validation (on the curve, not infinity, right order). OpenSSL 3.0's import
    // already refuses off-curve points; checking again keeps invalid-curve attacks out should a
    // provider or version import more leniently.
    const PkeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.value().get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        return keyError(
            QStringLiteral("%1 public key is not a valid point on the curve: %2").arg(curveName, takeOpenSslErrors()));
    }
    bits = EVP_PKEY_get_bits(key.value().get());
    return key;
}

Result<std::shared_ptr<evp_pkey_st>> importOkp(const QJsonObject &jwk, const QString &curveName, int &bits)
{
    if (curveName != u"Ed25519")
        return keyError(QStringLiteral("unsupported OKP curve \"%1\"").arg(curveName.left(32)));
    const auto x = readBytes(jwk, QStringLiteral("x"));
    if (!x || x->size() != Ed25519KeyBytes)
        return keyError(QStringLiteral("Ed25519 key needs \"x\" of exactly %1 bytes").arg(Ed25519KeyBytes));
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x->constData()), size_t(x->size()));
    if (!key)
        return keyError(QStringLiteral("OpenSSL cannot import the Ed25519 key: %1").arg(takeOpenSslErrors()));
    bits = EVP_PKEY_get_bits(key);
    return adopt(key);
}

// JWS carries ECDSA signatures as fixed-size big-endian r‖s (RFC 7518 §3.4); OpenSSL wants DER.
std::optional<QByteArray> ecdsaRawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    BigNum r = toBigNum(raw.left(half));
    BigNum s = toBigNum(raw.mid(half));
    EcdsaSig signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    // ECDSA_SIG_set0 took ownership of r and s.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &out) != length)
        return std::nullopt;
    return der;
}

} // namespace

QStringList JsonWebKey::supportedAlgorithms()
{
    QStringList names;
    for (const Algorithm &algorithm : Algorithms)
        names << QString::fromUtf16(algorithm.name);
    return names;
}

bool JsonWebKey::isSupportedAlgorithm(const QString &jwsAlg)
{
    return findAlgorithm(jwsAlg) != nullptr;
}

Result<JsonWebKey> JsonWebKey::fromJson(const QJsonObject &jwk)
{
    JsonWebKey key;
    if (!jwk.value(QStringLiteral("kty")).isString())
        return keyError(QStringLiteral("JWK without a \"kty\" string"));
    key.m_keyType = jwk.value(QStringLiteral("kty")).toString();
    if (!readOptionalString(jwk, QStringLiteral("kid"), key.m_keyId)
        || !readOptionalString(jwk, QStringLiteral("alg"), key.m_algorithm)
        || !readOptionalString(jwk, QStringLiteral("use"), key.m_use)
        || !readOptionalString(jwk, QStringLiteral("crv"), key.m_curve)) {
        return keyError(QStringLiteral("JWK member \"kid\", \"alg\", \"use\" or \"crv\" is not a string"));
    }
    const QJsonValue keyOps = jwk.value(QStringLiteral("key_ops"));
    if (!keyOps.isUndefined()) {
        if (!keyOps.isArray())
            return keyError(QStringLiteral("JWK \"key_ops\" is not an array"));
        key.m_hasKeyOps = true;
        for (const QJsonValue &op : keyOps.toArray())
            key.m_keyOps << op.toString();
    }

    auto imported = [&key, &jwk]() -> Result<std::shared_ptr<evp_pkey_st>> {
        if (key.m_keyType == u"RSA") {
            key.m_curve.clear(); // "crv" means nothing for RSA
            return importRsa(jwk, key.m_bits);
        }
        if (key.m_keyType == u"EC")
            return importEc(jwk, key.m_curve, key.m_bits);
        if (key.m_keyType == u"OKP")
            return importOkp(jwk, key.m_curve, key.m_bits);
        return keyError(QStringLiteral("unsupported key type \"%1\"").arg(key.m_keyType.left(32)));
    }();
    if (!imported) {
        Error error = imported.error();
        if (!key.m_keyId.isEmpty())
            error.detail = QStringLiteral("kid \"%1\": %2").arg(key.m_keyId.left(64), error.detail);
        return error;
    }
    key.m_key = std::move(imported).value();
    return key;
}

bool JsonWebKey::typeFits(const QString &jwsAlg) const
{
    const Algorithm *algorithm = findAlgorithm(jwsAlg);
    if (!algorithm)
        return false;
    switch (algorithm->family) {
    case Family::RsaPkcs1:
    case Family::RsaPss:
        return m_keyType == u"RSA";
    case Family::Ecdsa:
        return m_keyType == u"EC" && m_curve == QStringView(algorithm->curve);
    case Family::EdDsa:
        return m_keyType == u"OKP" && m_curve == QStringView(algorithm->curve);
    }
    return false;
}

bool JsonWebKey::fits(const QString &jwsAlg) const
{
    if (!m_use.isEmpty() && m_use != u"sig")
        return false;
    if (m_hasKeyOps && !m_keyOps.contains(QStringLiteral("verify")))
        return false;
    if (!m_algorithm.isEmpty() && m_algorithm != jwsAlg)
        return false;
    return typeFits(jwsAlg);
}

Result<void>
JsonWebKey::verifySignature(const QString &alg, const QByteArray &signingInput, const QByteArray &signature) const
{
    const Algorithm *algorithm = findAlgorithm(alg);
    if (!algorithm) {
        return Error{Error::Code::Verification,
                     QCoreApplication::translate("JsonWebKey", "The signing algorithm is not allowed."),
                     QStringLiteral("alg \"%1\" is not an asymmetric algorithm we support").arg(alg.left(32))};
    }
    if (!m_key || !fits(alg)) {
        return signatureError(
            QStringLiteral("alg %1 does not fit the %2 %3 key \"%4\"").arg(alg, m_keyType, m_curve, m_keyId.left(64)));
    }

    QByteArray encoded = signature;
    switch (algorithm->family) {
    case Family::RsaPkcs1:
    case Family::RsaPss:
        if (signature.size() != EVP_PKEY_get_size(m_key.get()))
            return signatureError(QStringLiteral("RSA signature has the wrong length"));
        break;
    case Family::Ecdsa: {
        const Curve *curve = findCurve(m_curve);
        const int expected = curve ? 2 * curve->fieldBytes : 0;
        if (signature.size() != expected)
            return signatureError(QStringLiteral("ECDSA signature is not %1 bytes of r||s").arg(expected));
        auto der = ecdsaRawToDer(signature);
        if (!der)
            return signatureError(QStringLiteral("cannot encode the ECDSA signature: %1").arg(takeOpenSslErrors()));
        encoded = *der;
        break;
    }
    case Family::EdDsa:
        if (signature.size() != Ed25519SignatureBytes)
            return signatureError(QStringLiteral("Ed25519 signature is not %1 bytes").arg(Ed25519SignatureBytes));
        break;
    }

    const MdContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    const EVP_MD *digest = algorithm->digest ? algorithm->digest() : nullptr;
    if (!context || EVP_DigestVerifyInit(context.get(), &keyContext, digest, nullptr, m_key.get()) != 1)
        return signatureError(QStringLiteral("OpenSSL verify init failed: %1").arg(takeOpenSslErrors()));
    if (algorithm->family == Family::RsaPkcs1 && EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) != 1) {
        return signatureError(QStringLiteral("OpenSSL PKCS#1 setup failed: %1").arg(takeOpenSslErrors()));
    }
    // RFC 7518 §3.5: salt as long as the hash, MGF1 with the same hash. SALTLEN_DIGEST makes OpenSSL
    // insist on that length rather than accept any salt.
    if (algorithm->family == Family::RsaPss
        && (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, digest) != 1)) {
        return signatureError(QStringLiteral("OpenSSL PSS setup failed: %1").arg(takeOpenSslErrors()));
    }

    const int verified = EVP_DigestVerify(context.get(),
                                          reinterpret_cast<const unsigned char *>(encoded.constData()),
                                          size_t(encoded.size()),
                                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                          size_t(signingInput.size()));
    ERR_clear_error(); // a mismatch may queue errors; they mean nothing beyond "no"
    if (verified != 1)
        return signatureError(
            QStringLiteral("%1 signature does not verify with key \"%2\"").arg(alg, m_keyId.left(64)));
    return {};
}

} // namespace Logto
