// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Logto {

// The per-attempt parameters of an authorization request, Logto's own included.
// Every value is validated before it is sent: Logto silently drops *all* of its extra
// parameters when first_screen is invalid (shared Logto facts), so a typo must fail here.
class SignInOptions
{
    Q_DECLARE_TR_FUNCTIONS(SignInOptions)

public:
    QString prompt = QStringLiteral("consent"); // consent is what makes Logto issue a refresh token
    QString directSignIn; // social:<target> or sso:<connector id>
    QString firstScreen; // sign_in, register, reset_password, identifier:sign_in, ...
    QStringList identifiers; // subset of email phone username
    QString loginHint;
    QString uiLocales; // space-separated BCP 47 tags
    QString organizationId;

    [[nodiscard]] static SignInOptions apple();
    [[nodiscard]] static SignInOptions createAccount();

    [[nodiscard]] static Result<void> validatePrompt(const QString &prompt);
    [[nodiscard]] static Result<void> validateDirectSignIn(const QString &value);
    [[nodiscard]] static Result<void> validateFirstScreen(const QString &value);
    [[nodiscard]] static Result<void> validateIdentifiers(const QStringList &values);
    [[nodiscard]] static Result<void> validateLoginHint(const QString &value);
    [[nodiscard]] static Result<void> validateUiLocales(const QString &value);
    [[nodiscard]] static Result<void> validateOrganizationId(const QString &value);

    [[nodiscard]] Result<void> validate() const;
};

} // namespace Logto
