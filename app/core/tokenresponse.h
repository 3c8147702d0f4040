// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Logto {

// What the token endpoint returned (RFC 6749 §5.1). Secrets: never log these fields.
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QString tokenType;
    QStringList scopes;
    QDateTime expiresAt; // from expires_in, measured from when the response arrived
    QDateTime serverDate; // the response's Date header: tells a wrong local clock apart

    [[nodiscard]] static Result<TokenResponse> fromJson(const QJsonObject &json,
                                                        const QDateTime &receivedAt = QDateTime::currentDateTimeUtc());
};

} // namespace Logto
