// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QString>

// Turn on with QT_LOGGING_RULES="logto.*.debug=true". Nothing logged here may
// contain a token, code, verifier, state or nonce: use Logto::redacted().
Q_DECLARE_LOGGING_CATEGORY(lcLogtoOidc)
Q_DECLARE_LOGGING_CATEGORY(lcLogtoHttp)
Q_DECLARE_LOGGING_CATEGORY(lcLogtoLoopback)
Q_DECLARE_LOGGING_CATEGORY(lcLogtoKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcLogtoSession)

namespace Logto {

// Safe to log: says that a secret was there and how long it was, nothing more.
[[nodiscard]] QString redacted(const QString &secret);

} // namespace Logto
