// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QCommandLineParser>
#include <QSettings>

QStringList AppSettings::knownScopes()
{
    return {QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("custom_data"),
            QStringLiteral("identities"),
            QStringLiteral("roles"),
            QStringLiteral("urn:logto:scope:organizations"),
            QStringLiteral("urn:logto:scope:organization_roles")};
}

QStringList AppSettings::defaultScopes()
{
    return {QStringLiteral("email"), QStringLiteral("roles"), QStringLiteral("urn:logto:scope:organizations")};
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    settings.beginGroup(QStringLiteral("connection"));
    s.endpoint = settings.value(QStringLiteral("endpoint")).toString();
    s.appId = settings.value(QStringLiteral("app_id")).toString();
    s.deviceAppId = settings.value(QStringLiteral("device_app_id")).toString();
    s.scopes = settings.value(QStringLiteral("scopes"), defaultScopes()).toStringList();
    s.resources = settings.value(QStringLiteral("resources")).toStringList();
    s.organizationId = settings.value(QStringLiteral("organization_id")).toString();
    s.socialTargets = settings.value(QStringLiteral("social_targets"), s.socialTargets).toStringList();
    settings.endGroup();
    s.language = settings.value(QStringLiteral("ui/language")).toString();
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("endpoint"), endpoint);
    settings.setValue(QStringLiteral("app_id"), appId);
    settings.setValue(QStringLiteral("device_app_id"), deviceAppId);
    settings.setValue(QStringLiteral("scopes"), scopes);
    settings.setValue(QStringLiteral("resources"), resources);
    settings.setValue(QStringLiteral("organization_id"), organizationId);
    settings.setValue(QStringLiteral("social_targets"), socialTargets);
    settings.endGroup();
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
}

void AppSettings::applyOverrides(const QStringList &arguments, const QProcessEnvironment &environment)
{
    // An exported but empty variable means "not set", as on the command line (commandline.cpp):
    // it must not wipe what was saved.
    if (const QString value = environment.value(QStringLiteral("LOGTO_ENDPOINT")); !value.isEmpty())
        endpoint = value;
    if (const QString value = environment.value(QStringLiteral("LOGTO_APP_ID")); !value.isEmpty())
        appId = value;

    QCommandLineParser parser;
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), {}, QStringLiteral("URL"));
    const QCommandLineOption appIdOption(QStringLiteral("app-id"), {}, QStringLiteral("ID"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"), {}, QStringLiteral("S"));
    const QCommandLineOption resourceOption(QStringLiteral("resource"), {}, QStringLiteral("URI"));
    const QCommandLineOption organizationOption(QStringLiteral("organization"), {}, QStringLiteral("ID"));
    parser.addOptions({endpointOption, appIdOption, scopeOption, resourceOption, organizationOption});
    // Unknown options (e.g. Qt's own -platform) are not ours to judge here.
    (void)parser.parse(arguments);
    if (parser.isSet(endpointOption))
        endpoint = parser.value(endpointOption);
    if (parser.isSet(appIdOption))
        appId = parser.value(appIdOption);
    if (parser.isSet(scopeOption))
        scopes = parser.values(scopeOption);
    if (parser.isSet(resourceOption))
        resources = parser.values(resourceOption);
    if (parser.isSet(organizationOption))
        organizationId = parser.value(organizationOption);
}

Logto::Result<std::optional<std::chrono::seconds>> AppSettings::signInTimeout(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), {}, QStringLiteral("SECONDS"));
    parser.addOption(timeoutOption);
    (void)parser.parse(arguments); // as in applyOverrides()
    if (!parser.isSet(timeoutOption))
        return std::optional<std::chrono::seconds>();
    bool ok = false;
    const int seconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return Logto::Error{Logto::Error::Code::InvalidInput,
                            tr("--timeout takes a number of seconds from 1 to 86400")};
    return std::optional<std::chrono::seconds>(std::chrono::seconds(seconds));
}

Logto::Result<Logto::OidcConfig> AppSettings::toConfig() const
{
    if (endpoint.trimmed().isEmpty() || appId.trimmed().isEmpty()) {
        return Logto::Error{Logto::Error::Code::InvalidInput,
                            tr("Set your Logto endpoint and app ID in Settings to sign in.")};
    }
    auto url = Logto::OidcConfig::validateEndpoint(endpoint);
    if (!url)
        return url.error();
    Logto::OidcConfig config(url.value(), appId.trimmed());
    config.setExtraScopes(scopes);
    config.setResources(resources);
    if (auto ok = config.validate(); !ok)
        return ok.error();
    return config;
}

bool operator==(const AppSettings &a, const AppSettings &b)
{
    return a.endpoint == b.endpoint && a.appId == b.appId && a.deviceAppId == b.deviceAppId && a.scopes == b.scopes
        && a.resources == b.resources && a.organizationId == b.organizationId && a.socialTargets == b.socialTargets
        && a.language == b.language;
}
