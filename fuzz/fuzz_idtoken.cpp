// SPDX-License-Identifier: MIT
// libFuzzer target: the ID-token front end, Logto::JsonWebSignature::parse and
// Logto::IdTokenVerifier::verify, against a fixed key set (RSA, P-256, P-384, Ed25519).
// Two modes, by the first byte:
//   even: the rest is a compact JWS as it would come from the token endpoint (shape, base64url,
//         JSON, alg and kid handling, signature checks with every key type);
//   odd:  the rest is "<header JSON>\n<claims JSON>", signed here with the P-256 key, so the
//         fuzzer reaches every claim check behind a valid signature.
// Oracle besides the sanitizers: a token that verifies was signed by us (mode odd) and has
// exactly the expected iss, aud/azp, nonce and a sane exp/iat.
#include "idtokenverifier.h"
#include "jsonwebkeyset.h"
#include "jsonwebsignature.h"
#include "jwsfactory.h"
#include "utc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Logto;
using Logto::Testing::JwsFactory;

namespace {

const QString Issuer = QStringLiteral("https://tenant.logto.app/oidc");
const QString ClientId = QStringLiteral("native-app");
const QString Nonce = QStringLiteral("n-0S6_WzA2Mj");

struct Fixture
{
    JwsFactory::Key signer;
    JsonWebKeySet keys;
    IdTokenExpectations expect;
};

Fixture *fixture()
{
    static std::unique_ptr<Fixture> instance = [] {
        auto f = std::make_unique<Fixture>();
        f->signer = JwsFactory::generateKey(JwsFactory::KeyKind::EcP256, QStringLiteral("p256"));
        const QList<JwsFactory::Key> all{
            f->signer,
            JwsFactory::generateKey(JwsFactory::KeyKind::EcP384, QStringLiteral("p384")),
            JwsFactory::generateKey(JwsFactory::KeyKind::Rsa2048, QStringLiteral("rsa")),
            JwsFactory::generateKey(JwsFactory::KeyKind::Ed25519, QStringLiteral("ed")),
            // No kid, same type as another: exercises the ambiguous-selection path.
            JwsFactory::generateKey(JwsFactory::KeyKind::EcP256, QString()),
        };
        f->keys = JsonWebKeySet::fromJson(JwsFactory::jwks(all)).value();
        f->expect.issuer = Issuer;
        f->expect.clientId = ClientId;
        f->expect.nonce = Nonce;
        f->expect.allowedAlgorithms = {QStringLiteral("RS256"),
                                       QStringLiteral("PS256"),
                                       QStringLiteral("ES256"),
                                       QStringLiteral("ES384"),
                                       QStringLiteral("EdDSA"),
                                       QStringLiteral("HS256"),
                                       QStringLiteral("none")};
        f->expect.now = Logto::Utc::fromSecsSinceEpoch(1'700'000'000);
        f->expect.accessToken = QStringLiteral("opaque-access-token");
        return f;
    }();
    return instance.get();
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Fixture *f = fixture();
    const bool signHere = data[0] & 1;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    QByteArray compact = rest;
    if (signHere) {
        const qsizetype newline = rest.indexOf('\n');
        if (newline < 0)
            return 0;
        const QJsonDocument header = QJsonDocument::fromJson(rest.left(newline));
        const QJsonDocument claims = QJsonDocument::fromJson(rest.mid(newline + 1));
        if (!header.isObject() || !claims.isObject())
            return 0;
        compact = JwsFactory::sign(f->signer, QStringLiteral("ES256"), header.object(), claims.object());
    }

    const Result<JsonWebSignature> token = JsonWebSignature::parse(compact);
    if (!token)
        return 0;
    const Result<VerifiedIdToken> verified = IdTokenVerifier::verify(token.value(), f->keys, f->expect);
    if (!verified)
        return 0;
    // Accepted: it can only be one of ours, with exactly the expected claims.
    check(signHere);
    const QJsonObject &claims = verified.value().claims;
    check(claims.value(QStringLiteral("iss")).toString() == Issuer);
    check(claims.value(QStringLiteral("nonce")).toString() == Nonce);
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    check(aud.toString() == ClientId || aud.toArray().contains(ClientId));
    check(!claims.value(QStringLiteral("sub")).toString().isEmpty());
    check(verified.value().expiresAt.isValid() && verified.value().issuedAt.isValid());
    check(verified.value().algorithm == QLatin1String("ES256"));
    return 0;
}
