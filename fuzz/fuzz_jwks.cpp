// SPDX-License-Identifier: MIT
// libFuzzer target: Logto::JsonWebKeySet::fromJson (the provider's jwks_uri document) and, for
// every key it keeps, key selection and a signature check over fixed bytes (RSA/EC/OKP import
// from attacker-chosen parameters through OpenSSL). Oracle: a fixed, random-looking signature
// never verifies.
#include "jsonwebkeyset.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Logto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<JsonWebKeySet> set = JsonWebKeySet::fromJson(json);
    if (!set)
        return 0;
    if (set.value().isEmpty())
        std::abort(); // fromJson promises at least one usable key
    static const QByteArray input = QByteArrayLiteral("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0");
    static const QByteArray signature = QByteArray(64, '\x5a') + QByteArray(448, '\x11');
    for (const JsonWebKey &key : set.value().keys()) {
        (void)set.value().hasKeyId(key.keyId());
        for (const QString &alg : JsonWebKey::supportedAlgorithms()) {
            (void)set.value().select(key.keyId(), alg);
            (void)set.value().select(QString(), alg);
            if (!key.fits(alg))
                continue;
            if (key.verifySignature(alg, input, signature.left(alg.startsWith(QLatin1Char('E')) ? 64 : 256)))
                std::abort(); // a made-up signature must never verify
        }
    }
    return 0;
}
