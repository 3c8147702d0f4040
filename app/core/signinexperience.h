// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Logto {

class HttpClient;

// One social connector the tenant offers ("Continue with ..." on Logto's page).
struct SocialConnector
{
    QString id; // Logto's connector id (random per tenant)
    QString target; // what direct_sign_in=social:<target> names, e.g. apple
    QMap<QString, QString> names; // language tag (as Logto writes it, e.g. en, zh-CN) → name

    // The name in `locale`'s language: its full tag, then its language, then any tag of that
    // language, then English, then any name; empty when the tenant gave none.
    [[nodiscard]] QString name(const QLocale &locale = QLocale()) const;
    // What a button says after "Continue with": the brand for the connectors whose brand
    // guidelines fix the name (Apple, Google, GitHub), else the tenant's name, else brandName().
    [[nodiscard]] QString displayName(const QLocale &locale = QLocale()) const;
    // "Apple" for apple, "Google" for google, "GitHub" for github, else the target with a capital.
    [[nodiscard]] static QString brandName(const QString &target);

    friend bool operator==(const SocialConnector &a, const SocialConnector &b)
    {
        return a.id == b.id && a.target == b.target && a.names == b.names;
    }
};

// The tenant's public sign-in experience, the document Logto's own sign-in pages read:
// GET <endpoint>/api/.well-known/sign-in-exp, no token. Only what a client can act on is kept:
// the social connectors (one per target, in the tenant's order), the sign-in identifiers and
// the sign-up identifiers. Everything in it comes from the network: targets must be what a
// direct sign-in may name, names are short plain text, and the lists are bounded.
class SignInExperience
{
    Q_DECLARE_TR_FUNCTIONS(SignInExperience)

public:
    using Callback = std::function<void(Result<SignInExperience>)>;

    static constexpr int MaximumConnectors = 32;
    static constexpr int MaximumNameLength = 64;

    [[nodiscard]] static QUrl url(const QUrl &endpoint);
    // The body as it came (bounded by ResponseLimit::SignInExperience), or its parsed object.
    [[nodiscard]] static Result<SignInExperience> fromJson(const QByteArray &json);
    [[nodiscard]] static Result<SignInExperience> fromObject(const QJsonObject &object);
    // Fetches and parses the document for `endpoint` (validated, as OidcConfig::endpoint()),
    // with `http`'s deadline and the document's size cap; never sends a token.
    static void fetch(HttpClient *http, const QUrl &endpoint, Callback done);

    [[nodiscard]] QList<SocialConnector> socialConnectors() const { return m_socialConnectors; }
    [[nodiscard]] QStringList socialTargets() const;
    [[nodiscard]] std::optional<SocialConnector> socialConnector(const QString &target) const;
    [[nodiscard]] bool offers(const QString &target) const { return socialConnector(target).has_value(); }
    // email, phone, username: what Logto's page accepts to sign in, and to create an account.
    [[nodiscard]] QStringList signInIdentifiers() const { return m_signInIdentifiers; }
    [[nodiscard]] QStringList signUpIdentifiers() const { return m_signUpIdentifiers; }

private:
    QList<SocialConnector> m_socialConnectors;
    QStringList m_signInIdentifiers;
    QStringList m_signUpIdentifiers;
};

} // namespace Logto
