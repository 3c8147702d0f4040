// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Logto {

// A JWS in compact serialization (RFC 7515 §7.1) whose payload is a JSON object, i.e. a signed
// JWT. Parsing checks the shape only; nothing here is trusted before the signature verifies.
class JsonWebSignature
{
public:
    // Tokens larger than this are rejected before any decoding (Logto's are 1-2 KiB).
    static constexpr qsizetype MaximumSize = 64 * 1024;

    // Exactly three strict base64url parts; header and payload JSON objects; header "alg" a
    // string, "kid" absent or a string, no "crit" (we implement no extension, RFC 7515 §4.1.11).
    // Header keys like "jwk", "jku" and "x5u" are ignored: keys only ever come from the JWKS.
    // A duplicate member name keeps the lexically last value (Qt's parser), as RFC 7515 §5.2 allows.
    [[nodiscard]] static Result<JsonWebSignature> parse(const QByteArray &compact);

    [[nodiscard]] QByteArray compact() const { return m_compact; } // the token as received
    [[nodiscard]] QJsonObject header() const { return m_header; }
    [[nodiscard]] QJsonObject payload() const { return m_payload; }
    [[nodiscard]] QString algorithm() const { return m_algorithm; } // header "alg"
    [[nodiscard]] QString keyId() const { return m_keyId; } // header "kid", empty when absent
    // "<header>.<payload>" exactly as sent: the bytes the signature covers.
    [[nodiscard]] QByteArray signingInput() const { return m_signingInput; }
    [[nodiscard]] QByteArray signature() const { return m_signature; } // decoded bytes

private:
    JsonWebSignature() = default;

    QByteArray m_compact;
    QJsonObject m_header;
    QJsonObject m_payload;
    QString m_algorithm;
    QString m_keyId;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace Logto
