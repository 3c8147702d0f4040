// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Logto {

// Random bytes from OpenSSL's CSPRNG. QRandomGenerator::system() would do too;
// OpenSSL is used because it is already the library's crypto provider.
namespace SecureRandom {
[[nodiscard]] QByteArray bytes(int count);
// `count` random bytes as base64url without padding (128 bits → 22 characters).
[[nodiscard]] QByteArray urlSafeString(int count);
} // namespace SecureRandom

} // namespace Logto
