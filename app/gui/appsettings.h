// SPDX-License-Identifier: MIT
#pragma once

#include "oidcconfig.h"
#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QSettings;

// The window's configuration: what a person sets in Settings, kept with QSettings (never a
// secret), overridden for one run by command-line options and the environment
// (LOGTO_ENDPOINT, LOGTO_APP_ID), as the command-line contract says.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    QString endpoint;
    QString appId;
    // The tenant's device-flow app (Logto 1.38+: Native, authorization flow "Device flow"), for
    // "Sign in with another device"; empty: the button is not offered.
    QString deviceAppId;
    QStringList scopes; // extra scopes, e.g. email, roles, urn:logto:scope:organizations
    QStringList resources; // API resources (RFC 8707)
    QString organizationId;
    QStringList socialTargets{QStringLiteral("apple")}; // shown as "Continue with ..." buttons
    QString language; // empty: follow the system; else a locale name such as "th" or "en"

    // Logto's optional scopes, offered as checkboxes in Settings.
    [[nodiscard]] static QStringList knownScopes();
    // What a first start asks for: enough for the profile page (email, roles, organizations) on
    // a typical tenant. Settings can take any of them away.
    [[nodiscard]] static QStringList defaultScopes();

    [[nodiscard]] static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // LOGTO_ENDPOINT / LOGTO_APP_ID, then --endpoint/--app-id/--scope/--resource/--organization
    // from `arguments` (argv), each overriding what was saved.
    void applyOverrides(const QStringList &arguments, const QProcessEnvironment &environment);

    // --timeout SECONDS from `arguments` (argv): how long the window waits for the browser, as
    // the sign-in command does. Not saved. Nothing when absent; an error when out of 1..86400.
    [[nodiscard]] static Logto::Result<std::optional<std::chrono::seconds>> signInTimeout(const QStringList &arguments);

    // Ready to sign in: endpoint and app id set and valid, scopes/resources well-formed.
    [[nodiscard]] Logto::Result<Logto::OidcConfig> toConfig() const;
    [[nodiscard]] bool isConfigured() const { return !endpoint.isEmpty() && !appId.isEmpty(); }

    friend bool operator==(const AppSettings &a, const AppSettings &b);
};
