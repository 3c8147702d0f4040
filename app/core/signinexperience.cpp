// SPDX-License-Identifier: MIT
#include "signinexperience.h"

#include "httpclient.h"
#include "signinoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Logto {

namespace {

constexpr int MaximumNames = 64;
const QStringList Identifiers{QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("phone")};

Error unusable(const QString &message)
{
    return Error{Error::Code::Provider, message};
}

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$"));
    return pattern.match(tag).hasMatch();
}

// A name is shown on a button and read by screen readers: plain text on one line, short.
QString cleanName(const QString &raw)
{
    QString name;
    name.reserve(raw.size());
    for (const QChar c : raw) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            name.append(QLatin1Char(' '));
            break;
        default:
            name.append(c);
        }
    }
    name = name.simplified();
    if (name.size() > SignInExperience::MaximumNameLength) {
        name.truncate(SignInExperience::MaximumNameLength);
        if (name.back().isHighSurrogate())
            name.chop(1);
        name = name.trimmed() + QChar(0x2026); // …
    }
    return name;
}

QMap<QString, QString> namesOf(const QJsonValue &value)
{
    QMap<QString, QString> names;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd() && names.size() < MaximumNames; ++it) {
        if (!isLanguageTag(it.key()) || !it.value().isString())
            continue;
        const QString name = cleanName(it.value().toString());
        if (!name.isEmpty())
            names.insert(it.key(), name);
    }
    return names;
}

void appendIdentifier(QStringList &list, const QJsonValue &value)
{
    const QString identifier = value.toString();
    if (Identifiers.contains(identifier) && !list.contains(identifier))
        list.append(identifier);
}

} // namespace

QString SocialConnector::name(const QLocale &locale) const
{
    if (names.isEmpty())
        return {};
    const QString full = locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
    const QString language = full.section(QLatin1Char('-'), 0, 0);
    const auto find = [this](const auto &matches) -> QString {
        for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
            if (matches(it.key()))
                return it.value();
        }
        return {};
    };
    for (const QString &wanted : {full, language, QStringLiteral("en")}) {
        const QString found =
            find([&wanted](const QString &tag) { return tag.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (!found.isEmpty())
            return found;
        if (wanted == language) {
            const QString regional = find([&language](const QString &tag) {
                return tag.startsWith(language + QLatin1Char('-'), Qt::CaseInsensitive);
            });
            if (!regional.isEmpty())
                return regional;
        }
    }
    return names.constBegin().value();
}

QString SocialConnector::brandName(const QString &target)
{
    if (target == QLatin1String("apple"))
        return QStringLiteral("Apple");
    if (target == QLatin1String("google"))
        return QStringLiteral("Google");
    if (target == QLatin1String("github"))
        return QStringLiteral("GitHub");
    if (target.isEmpty())
        return target;
    return target.left(1).toUpper() + target.mid(1);
}

QString SocialConnector::displayName(const QLocale &locale) const
{
    static const QStringList brands{QStringLiteral("apple"), QStringLiteral("google"), QStringLiteral("github")};
    if (brands.contains(target))
        return brandName(target);
    const QString tenantName = name(locale);
    return tenantName.isEmpty() ? brandName(target) : tenantName;
}

QUrl SignInExperience::url(const QUrl &endpoint)
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/.well-known/sign-in-exp"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<SignInExperience> SignInExperience::fromJson(const QByteArray &json)
{
    if (json.size() > ResponseLimit::SignInExperience) {
        return unusable(
            tr("The sign-in experience is larger than %1 KiB.").arg(ResponseLimit::SignInExperience / 1024));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unusable(tr("The sign-in experience is not a JSON object."));
    return fromObject(document.object());
}

Result<SignInExperience> SignInExperience::fromObject(const QJsonObject &object)
{
    const QJsonValue connectors = object.value(QLatin1String("socialConnectors"));
    if (!connectors.isArray())
        return unusable(tr("The sign-in experience has no list of social connectors."));

    SignInExperience experience;
    const QJsonArray list = connectors.toArray();
    for (const QJsonValue &value : list) {
        if (experience.m_socialConnectors.size() >= MaximumConnectors)
            break;
        const QJsonObject entry = value.toObject();
        SocialConnector connector;
        connector.target = entry.value(QLatin1String("target")).toString();
        // Only what a direct sign-in can name: anything else could not be offered anyway.
        if (!SignInOptions::validateDirectSignIn(QStringLiteral("social:") + connector.target))
            continue;
        // A target may have a connector per platform (Web, Native): one button each target.
        if (experience.offers(connector.target))
            continue;
        connector.id = entry.value(QLatin1String("id")).toString().left(128);
        connector.names = namesOf(entry.value(QLatin1String("name")));
        experience.m_socialConnectors.append(connector);
    }

    const QJsonArray methods =
        object.value(QLatin1String("signIn")).toObject().value(QLatin1String("methods")).toArray();
    for (const QJsonValue &method : methods)
        appendIdentifier(experience.m_signInIdentifiers, method.toObject().value(QLatin1String("identifier")));
    const QJsonArray signUp =
        object.value(QLatin1String("signUp")).toObject().value(QLatin1String("identifiers")).toArray();
    for (const QJsonValue &identifier : signUp)
        appendIdentifier(experience.m_signUpIdentifiers, identifier);
    return experience;
}

void SignInExperience::fetch(HttpClient *http, const QUrl &endpoint, Callback done)
{
    // No bearer: the document is public, and nothing of the session may go to it.
    http->getJson(
        url(endpoint),
        [done = std::move(done)](const Result<HttpResponse> &response) {
            if (!response) {
                done(response.error());
                return;
            }
            done(fromObject(response.value().json));
        },
        {},
        ResponseLimit::SignInExperience);
}

QStringList SignInExperience::socialTargets() const
{
    QStringList targets;
    for (const SocialConnector &connector : m_socialConnectors)
        targets.append(connector.target);
    return targets;
}

std::optional<SocialConnector> SignInExperience::socialConnector(const QString &target) const
{
    for (const SocialConnector &connector : m_socialConnectors) {
        if (connector.target == target)
            return connector;
    }
    return std::nullopt;
}

} // namespace Logto
