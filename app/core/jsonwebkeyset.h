// SPDX-License-Identifier: MIT
#pragma once

#include "jsonwebkey.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Logto {

// The provider's published signing keys (the jwks_uri document, RFC 7517 §5).
class JsonWebKeySet
{
public:
    // The largest JWKS document we parse; Logto's holds two or three keys in a few KiB.
    static constexpr qsizetype MaximumSize = 1024 * 1024;

    JsonWebKeySet() = default; // empty: select() finds nothing

    // Parses {"keys": [...]}. Keys that fail to parse or have an unsupported kty are skipped
    // (logged at debug level), so one exotic key does not lock us out; but a set left with no
    // usable key at all is an error.
    [[nodiscard]] static Result<JsonWebKeySet> fromJson(const QByteArray &json);

    [[nodiscard]] const QList<JsonWebKey> &keys() const { return m_keys; }
    [[nodiscard]] bool isEmpty() const { return m_keys.isEmpty(); }
    [[nodiscard]] bool hasKeyId(const QString &kid) const;

    // The key to verify a JWS with header `kid` (empty when absent) and `alg`, or nullptr.
    // - With a kid: the one key with that kid that fits alg. nullptr means the caller should
    //   re-fetch the JWKS once (keys rotate) and then give up.
    // - Without a kid: the single key that fits alg. If several fit we return nullptr rather than
    //   guess or try each: ambiguous means reject (OpenID RP conformance test
    //   rp-id_token-kid-absent-multiple-jwks).
    // The pointer stays valid as long as this set is neither modified nor destroyed.
    [[nodiscard]] const JsonWebKey *select(const QString &kid, const QString &alg) const;

private:
    QList<JsonWebKey> m_keys;
};

} // namespace Logto
