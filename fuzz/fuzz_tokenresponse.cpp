// SPDX-License-Identifier: MIT
// libFuzzer target: Logto::TokenResponse::fromJson, the token endpoint's answer (RFC 6749 §5.1),
// after Qt's JSON parser as in the app. Oracle: an accepted response has an access token and a
// Bearer token type, and its expiry is not before it was received.
#include "tokenresponse.h"
#include "utc.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Logto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!document.isObject())
        return 0;
    static const QDateTime receivedAt = Logto::Utc::fromSecsSinceEpoch(1'700'000'000);
    const Result<TokenResponse> tokens = TokenResponse::fromJson(document.object(), receivedAt);
    if (!tokens)
        return 0;
    if (tokens.value().accessToken.isEmpty())
        std::abort();
    if (tokens.value().expiresAt.isValid() && tokens.value().expiresAt < receivedAt)
        std::abort();
    return 0;
}
