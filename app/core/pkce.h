// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Logto {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, the only one Logto accepts.
// Qt NetworkAuth has PKCE only from 6.8; this keeps one behaviour on every Qt 6.
struct Pkce
{
    QByteArray verifier; // 43 characters: 32 bytes from the CSPRNG, base64url
    QByteArray challenge; // BASE64URL(SHA-256(verifier))

    [[nodiscard]] static Pkce generate();
    [[nodiscard]] static QByteArray challengeFor(const QByteArray &verifier);
    [[nodiscard]] static constexpr const char *method() { return "S256"; }
};

} // namespace Logto
