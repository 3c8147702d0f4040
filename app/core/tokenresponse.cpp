// SPDX-License-Identifier: MIT
#include "tokenresponse.h"

namespace Logto {

Result<TokenResponse> TokenResponse::fromJson(const QJsonObject &json, const QDateTime &receivedAt)
{
    TokenResponse response;
    response.accessToken = json.value(QLatin1String("access_token")).toString();
    response.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    response.idToken = json.value(QLatin1String("id_token")).toString();
    response.tokenType = json.value(QLatin1String("token_type")).toString();
    response.scopes = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (response.accessToken.isEmpty()) {
        return Error{Error::Code::Provider,
                     tr("The sign-in server's token answer has no access token."),
                     QStringLiteral("token response without access_token")};
    }
    if (response.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        return Error{Error::Code::Provider,
                     tr("The sign-in server issued a token type this app does not support."),
                     QStringLiteral("token_type %1").arg(response.tokenType)};
    }
    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger(3600);
    response.expiresAt = receivedAt.addSecs(expiresIn > 0 ? expiresIn : 0);
    return response;
}

} // namespace Logto
