// SPDX-License-Identifier: MIT
#include "signinoptions.h"

#include <QRegularExpression>

namespace Logto {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message};
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

SignInOptions SignInOptions::apple()
{
    SignInOptions options;
    options.directSignIn = QStringLiteral("social:apple");
    return options;
}

SignInOptions SignInOptions::createAccount()
{
    SignInOptions options;
    options.firstScreen = QStringLiteral("register");
    return options;
}

Result<void> SignInOptions::validatePrompt(const QString &prompt)
{
    static const QStringList known{
        QStringLiteral("none"), QStringLiteral("login"), QStringLiteral("consent"), QStringLiteral("select_account")};
    const QStringList values = prompt.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (values.isEmpty())
        return invalid(tr("The prompt is empty; use consent, login consent, or another OpenID prompt value."));
    for (const QString &value : values) {
        if (!known.contains(value))
            return invalid(
                tr("\"%1\" is not an OpenID prompt value (none, login, consent, select_account).").arg(value));
    }
    if (values.contains(QStringLiteral("none")) && values.size() > 1)
        return invalid(tr("The prompt \"none\" cannot be combined with other values."));
    return {};
}

Result<void> SignInOptions::validateDirectSignIn(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(social|sso):[A-Za-z0-9._-]{1,128}$"));
    if (!pattern.match(value).hasMatch())
        return invalid(tr("Direct sign-in must be social:<target> (e.g. social:apple) or sso:<connector id>."));
    return {};
}

Result<void> SignInOptions::validateFirstScreen(const QString &value)
{
    static const QStringList known{QStringLiteral("sign_in"),
                                   QStringLiteral("register"),
                                   QStringLiteral("reset_password"),
                                   QStringLiteral("identifier:sign_in"),
                                   QStringLiteral("identifier:register"),
                                   QStringLiteral("single_sign_on")};
    if (!known.contains(value))
        return invalid(tr("The first screen must be one of: %1.").arg(known.join(QStringLiteral(", "))));
    return {};
}

Result<void> SignInOptions::validateIdentifiers(const QStringList &values)
{
    static const QStringList known{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("username")};
    QStringList seen;
    for (const QString &value : values) {
        if (!known.contains(value))
            return invalid(tr("\"%1\" is not an identifier; use email, phone or username.").arg(value));
        if (seen.contains(value))
            return invalid(tr("The identifier \"%1\" is listed twice.").arg(value));
        seen.append(value);
    }
    return {};
}

Result<void> SignInOptions::validateLoginHint(const QString &value)
{
    if (value.trimmed().isEmpty() || value.size() > 256 || hasControlCharacters(value))
        return invalid(tr("The login hint must be a short, printable text such as an email address."));
    return {};
}

Result<void> SignInOptions::validateUiLocales(const QString &value)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    const QStringList tags = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tags.isEmpty())
        return invalid(tr("The UI locales are empty; use language tags such as th or en-US."));
    for (const QString &t : tags) {
        if (!tag.match(t).hasMatch())
            return invalid(tr("\"%1\" is not a language tag such as th or en-US.").arg(t));
    }
    return {};
}

Result<void> SignInOptions::validateOrganizationId(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,128}$"));
    if (!pattern.match(value).hasMatch())
        return invalid(tr("The organization ID may only contain letters, digits and . _ ~ -."));
    return {};
}

Result<void> SignInOptions::validate() const
{
    if (auto ok = validatePrompt(prompt); !ok)
        return ok;
    if (!directSignIn.isEmpty()) {
        if (auto ok = validateDirectSignIn(directSignIn); !ok)
            return ok;
    }
    if (!firstScreen.isEmpty()) {
        if (auto ok = validateFirstScreen(firstScreen); !ok)
            return ok;
    }
    if (auto ok = validateIdentifiers(identifiers); !ok)
        return ok;
    if (!loginHint.isEmpty()) {
        if (auto ok = validateLoginHint(loginHint); !ok)
            return ok;
    }
    if (!uiLocales.isEmpty()) {
        if (auto ok = validateUiLocales(uiLocales); !ok)
            return ok;
    }
    if (!organizationId.isEmpty()) {
        if (auto ok = validateOrganizationId(organizationId); !ok)
            return ok;
    }
    return {};
}

} // namespace Logto
