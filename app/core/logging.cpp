// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcLogtoOidc, "logto.oidc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogtoHttp, "logto.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogtoLoopback, "logto.loopback", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogtoKeychain, "logto.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogtoSession, "logto.session", QtInfoMsg)

QString Logto::redacted(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("<empty>");
    return QStringLiteral("<redacted %1 chars>").arg(secret.size());
}
