// SPDX-License-Identifier: MIT
#include "pkce.h"

#include "base64url.h"
#include "securerandom.h"

#include <QCryptographicHash>

namespace Logto {

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = SecureRandom::urlSafeString(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

} // namespace Logto
