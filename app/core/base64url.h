// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <optional>

namespace Logto {

// base64url without padding (RFC 4648 §5), as JOSE and PKCE use it.
namespace Base64Url {
[[nodiscard]] QByteArray encode(const QByteArray &data);
// Strict: rejects padding, '+', '/', whitespace and impossible lengths.
[[nodiscard]] std::optional<QByteArray> decode(const QByteArray &text);
} // namespace Base64Url

} // namespace Logto
