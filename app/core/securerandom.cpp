// SPDX-License-Identifier: MIT
#include "securerandom.h"

#include "base64url.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace Logto::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), count) != 1) {
        // A broken CSPRNG must never yield a guessable state, nonce or verifier.
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    }
    return buffer;
}

QByteArray urlSafeString(int count)
{
    return Base64Url::encode(bytes(count));
}

} // namespace Logto::SecureRandom
