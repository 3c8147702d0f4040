// SPDX-License-Identifier: MIT
#include "jwsfactory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace Logto::Testing {

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
using Bio = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;
using MdContext = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;

[[noreturn]] void fail(const char *what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    qFatal("JwsFactory: %s failed: %s", what, text);
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString b64urlString(const QByteArray &data)
{
    return QString::fromLatin1(b64url(data));
}

int fieldBytes(JwsFactory::KeyKind kind)
{
    switch (kind) {
    case JwsFactory::KeyKind::EcP256:
        return 32;
    case JwsFactory::KeyKind::EcP384:
        return 48;
    case JwsFactory::KeyKind::EcP521:
        return 66;
    default:
        return 0;
    }
}

const EVP_MD *digestFor(const QString &alg)
{
    if (alg == u"EdDSA")
        return nullptr;
    if (alg.endsWith(u"384"))
        return EVP_sha384();
    if (alg.endsWith(u"512"))
        return EVP_sha512();
    return EVP_sha256();
}

QByteArray bigNumParam(EVP_PKEY *key, const char *name, int padTo)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        fail("EVP_PKEY_get_bn_param");
    const BigNum number(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(number.get());
    QByteArray bytes(size, Qt::Uninitialized);
    if (BN_bn2binpad(number.get(), reinterpret_cast<unsigned char *>(bytes.data()), size) != size)
        fail("BN_bn2binpad");
    return bytes;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

JwsFactory::Key JwsFactory::generateKey(KeyKind kind, const QString &keyId)
{
    EVP_PKEY *raw = nullptr;
    switch (kind) {
    case KeyKind::Rsa2048:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyKind::EcP256:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyKind::EcP384:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    case KeyKind::EcP521:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
        break;
    case KeyKind::Ed25519:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    if (!raw)
        fail("EVP_PKEY_Q_keygen");
    Key key;
    key.m_key = std::shared_ptr<evp_pkey_st>(raw, EVP_PKEY_free);
    key.m_kind = kind;
    key.m_keyId = keyId;
    return key;
}

QString JwsFactory::defaultAlgorithm(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Rsa2048:
        return QStringLiteral("RS256");
    case KeyKind::EcP256:
        return QStringLiteral("ES256");
    case KeyKind::EcP384:
        return QStringLiteral("ES384");
    case KeyKind::EcP521:
        return QStringLiteral("ES512");
    case KeyKind::Ed25519:
        return QStringLiteral("EdDSA");
    }
    return {};
}

QString JwsFactory::kindName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Rsa2048:
        return QStringLiteral("RSA-2048");
    case KeyKind::EcP256:
        return QStringLiteral("P-256");
    case KeyKind::EcP384:
        return QStringLiteral("P-384");
    case KeyKind::EcP521:
        return QStringLiteral("P-521");
    case KeyKind::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

QJsonObject JwsFactory::Key::publicJwk(const QString &alg) const
{
    if (!m_key)
        qFatal("JwsFactory: publicJwk() on a null key");
    QJsonObject jwk;
    switch (m_kind) {
    case KeyKind::Rsa2048:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), b64urlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N, 0)));
        jwk.insert(QStringLiteral("e"), b64urlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E, 0)));
        break;
    case KeyKind::EcP256:
    case KeyKind::EcP384:
    case KeyKind::EcP521: {
        const int size = fieldBytes(m_kind);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), kindName(m_kind));
        jwk.insert(QStringLiteral("x"), b64urlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size)));
        jwk.insert(QStringLiteral("y"), b64urlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size)));
        break;
    }
    case KeyKind::Ed25519: {
        QByteArray x(32, Qt::Uninitialized);
        size_t length = size_t(x.size());
        if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(x.data()), &length) != 1)
            fail("EVP_PKEY_get_raw_public_key");
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), b64urlString(x.left(qsizetype(length))));
        break;
    }
    }
    if (!m_keyId.isEmpty())
        jwk.insert(QStringLiteral("kid"), m_keyId);
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    if (!alg.isEmpty())
        jwk.insert(QStringLiteral("alg"), alg);
    return jwk;
}

QByteArray JwsFactory::Key::publicKeyPem() const
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        fail("PEM_write_bio_PUBKEY");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray JwsFactory::Key::sign(const QString &alg, const QByteArray &signingInput) const
{
    return signWithSalt(alg, signingInput, RSA_PSS_SALTLEN_DIGEST);
}

QByteArray JwsFactory::Key::signPss(const QString &alg, const QByteArray &signingInput, int saltLength) const
{
    if (!alg.startsWith(u"PS") || saltLength < 0)
        qFatal("JwsFactory: signPss() needs a PS* alg and a salt length in bytes");
    return signWithSalt(alg, signingInput, saltLength);
}

QByteArray JwsFactory::Key::signWithSalt(const QString &alg, const QByteArray &signingInput, int pssSaltLength) const
{
    const MdContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    const EVP_MD *digest = digestFor(alg);
    if (!context || EVP_DigestSignInit(context.get(), &keyContext, digest, nullptr, m_key.get()) != 1)
        fail("EVP_DigestSignInit");
    if (alg.startsWith(u"PS")
        && (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, pssSaltLength) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, digest) != 1)) {
        fail("PSS setup");
    }
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, size_t(signingInput.size())) != 1)
        fail("EVP_DigestSign (size)");
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &length,
                       input,
                       size_t(signingInput.size()))
        != 1) {
        fail("EVP_DigestSign");
    }
    signature.truncate(qsizetype(length));

    const int size = fieldBytes(m_kind);
    if (size == 0 || !alg.startsWith(u"ES"))
        return signature;
    // OpenSSL produces DER; JWS wants r and s as fixed-size big-endian integers.
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    const EcdsaSig parsed(d2i_ECDSA_SIG(nullptr, &der, long(signature.size())));
    if (!parsed)
        fail("d2i_ECDSA_SIG");
    QByteArray raw(2 * size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(parsed.get()), out, size) != size
        || BN_bn2binpad(ECDSA_SIG_get0_s(parsed.get()), out + size, size) != size) {
        fail("BN_bn2binpad");
    }
    return raw;
}

QByteArray JwsFactory::jwks(const QList<QJsonObject> &publicJwks)
{
    QJsonArray keys;
    for (const QJsonObject &jwk : publicJwks)
        keys.append(jwk);
    return toJson(QJsonObject{{QStringLiteral("keys"), keys}});
}

QByteArray JwsFactory::jwks(const QList<Key> &keys)
{
    QList<QJsonObject> publicJwks;
    for (const Key &key : keys)
        publicJwks.append(key.publicJwk());
    return jwks(publicJwks);
}

QJsonObject JwsFactory::header(const QString &alg, const QString &keyId)
{
    QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    return header;
}

QByteArray JwsFactory::signingInput(const QJsonObject &header, const QJsonObject &claims)
{
    return b64url(toJson(header)) + '.' + b64url(toJson(claims));
}

QByteArray JwsFactory::compact(const QByteArray &signingInput, const QByteArray &signature)
{
    return signingInput + '.' + b64url(signature);
}

QByteArray JwsFactory::sign(const Key &key, const QString &alg, const QJsonObject &claims)
{
    return sign(key, alg, header(alg, key.keyId()), claims);
}

QByteArray
JwsFactory::sign(const Key &key, const QString &signingAlg, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = signingInput(header, claims);
    return compact(input, key.sign(signingAlg, input));
}

QByteArray
JwsFactory::signHmac(const QString &alg, const QByteArray &secret, const QJsonObject &header, const QJsonObject &claims)
{
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256;
    if (alg == u"HS384")
        hash = QCryptographicHash::Sha384;
    else if (alg == u"HS512")
        hash = QCryptographicHash::Sha512;
    const QByteArray input = signingInput(header, claims);
    return compact(input, QMessageAuthenticationCode::hash(input, secret, hash));
}

QByteArray JwsFactory::unsecured(const QJsonObject &claims)
{
    return compact(signingInput(QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}, claims), QByteArray());
}

QJsonObject JwsFactory::standardClaims(const QString &issuer,
                                       const QString &clientId,
                                       const QString &subject,
                                       const QDateTime &now,
                                       const QString &nonce,
                                       qint64 lifetimeSeconds)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("sub"), subject},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + lifetimeSeconds},
    };
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    return claims;
}

QString JwsFactory::atHash(const QString &alg, const QByteArray &accessToken)
{
    const EVP_MD *digest = alg == u"EdDSA" ? EVP_sha512() : digestFor(alg);
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(accessToken.constData(), size_t(accessToken.size()), hash, &length, digest, nullptr) != 1)
        fail("EVP_Digest");
    return b64urlString(QByteArray(reinterpret_cast<const char *>(hash), int(length / 2)));
}

} // namespace Logto::Testing
