// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "buildinfo.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

const QString Endpoint = QStringLiteral("endpoint");
const QString AppId = QStringLiteral("app-id");
const QString Scope = QStringLiteral("scope");
const QString Resource = QStringLiteral("resource");
const QString Apple = QStringLiteral("apple");
const QString DirectSignIn = QStringLiteral("direct-sign-in");
const QString FirstScreen = QStringLiteral("first-screen");
const QString Identifier = QStringLiteral("identifier");
const QString LoginHint = QStringLiteral("login-hint");
const QString Prompt = QStringLiteral("prompt");
const QString UiLocales = QStringLiteral("ui-locales");
const QString Organization = QStringLiteral("organization");
const QString NoBrowser = QStringLiteral("no-browser");
const QString NoPar = QStringLiteral("no-par");
const QString Device = QStringLiteral("device");
const QString Timeout = QStringLiteral("timeout");
const QString Port = QStringLiteral("port");
const QString All = QStringLiteral("all");
const QString Browser = QStringLiteral("browser");
const QString MinValidity = QStringLiteral("min-validity");
const QString NetworkTimeout = QStringLiteral("network-timeout");
const QString Json = QStringLiteral("json");
const QString Help = QStringLiteral("help");
const QString Version = QStringLiteral("version");

// sign-in options that shape the browser's authorization request: the device flow has none.
QStringList browserSignInOptions()
{
    return {Apple,
            DirectSignIn,
            FirstScreen,
            Identifier,
            LoginHint,
            Prompt,
            UiLocales,
            Organization,
            NoBrowser,
            NoPar,
            Port};
}

// Which options each sub-command takes beyond the common ones.
QStringList optionsFor(const QString &command)
{
    if (command == QLatin1String("sign-in"))
        return browserSignInOptions() + QStringList{Device, Timeout};
    if (command == QLatin1String("status"))
        return {All};
    if (command == QLatin1String("token"))
        return {Organization, MinValidity};
    if (command == QLatin1String("claims") || command == QLatin1String("userinfo"))
        return {MinValidity};
    if (command == QLatin1String("sign-out"))
        return {Browser};
    if (command == QLatin1String("doctor"))
        return {Json, Apple, DirectSignIn};
    return {};
}

// The UI language as a BCP 47 tag for ui_locales, so Logto's page matches the app.
QString defaultUiLocales()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return {};
    return locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("sign-in"),
            QStringLiteral("status"),
            QStringLiteral("claims"),
            QStringLiteral("userinfo"),
            QStringLiteral("token"),
            QStringLiteral("sign-out"),
            QStringLiteral("doctor")};
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    // Options that take a value, ours and Qt's own (QGuiApplication, QApplication, xcb): the
    // word after one is its value, not a command.
    static const QStringList takesValue{Endpoint,
                                        AppId,
                                        Scope,
                                        Resource,
                                        DirectSignIn,
                                        FirstScreen,
                                        Identifier,
                                        LoginHint,
                                        Prompt,
                                        UiLocales,
                                        Organization,
                                        Timeout,
                                        Port,
                                        MinValidity,
                                        NetworkTimeout,
                                        QStringLiteral("platform"),
                                        QStringLiteral("platformpluginpath"),
                                        QStringLiteral("platformtheme"),
                                        QStringLiteral("plugin"),
                                        QStringLiteral("qwindowgeometry"),
                                        QStringLiteral("qwindowicon"),
                                        QStringLiteral("qwindowtitle"),
                                        QStringLiteral("geometry"),
                                        QStringLiteral("title"),
                                        QStringLiteral("icon"),
                                        QStringLiteral("display"),
                                        QStringLiteral("name"),
                                        QStringLiteral("session"),
                                        QStringLiteral("style"),
                                        QStringLiteral("stylesheet")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
        if (argument.startsWith(QLatin1Char('-'))) {
            const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (takesValue.contains(name))
                ++i;
            continue;
        }
        // Any other word is a command, known or not: an unknown one is a usage error for
        // parse() to explain, never a reason to open the window.
        return true;
    }
    return false;
}

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("Sign in to Logto from the desktop: your browser opens Logto's page, and the session is kept in the "
           "system keychain.\n\nCommands:\n"
           "  sign-in    sign in through the browser; prints the verified ID-token claims\n"
           "  status     shows the stored session without using the network (exit 3 when signed out)\n"
           "  claims     prints the verified ID-token claims of the stored session\n"
           "  userinfo   prints the profile from Logto's userinfo endpoint\n"
           "  token      prints an access token, refreshing it when needed\n"
           "  sign-out   revokes the session and removes it from the keychain\n"
           "  doctor     checks the set-up without opening a browser; says how to fix each problem\n\n"
           "Without a command the window opens; it needs a display."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("One of: %1.").arg(commands().join(QStringLiteral(", "))));
    m_parser.addOptions({
        {{QStringLiteral("h"), Help}, tr("Show this help.")},
        {{QStringLiteral("v"), Version}, tr("Show the version.")},
        {Endpoint, tr("Logto endpoint, e.g. https://your-tenant.logto.app (env LOGTO_ENDPOINT)."), tr("URL")},
        {AppId, tr("The Native app's ID from the Logto Console (env LOGTO_APP_ID)."), tr("ID")},
        {Scope, tr("Extra scope, repeatable; added to openid offline_access profile."), tr("S")},
        {Resource, tr("API resource (RFC 8707), repeatable."), tr("URI")},
        {Apple,
         tr("sign-in: continue with Apple (same as --direct-sign-in social:apple); doctor: check that the tenant "
            "offers it.")},
        {DirectSignIn,
         tr("sign-in: social:<target> or sso:<connector id>; doctor: check that the tenant offers social:<target>."),
         tr("T")},
        {FirstScreen,
         tr("sign-in: sign_in, register, reset_password, identifier:sign_in, identifier:register or single_sign_on."),
         tr("V")},
        {Identifier, tr("sign-in: identifiers to offer, a subset of \"email phone username\"."), tr("LIST")},
        {LoginHint, tr("sign-in: pre-fills the identifier."), tr("S")},
        {Prompt, tr("sign-in: OpenID prompt (default consent; \"login consent\" forces a fresh login)."), tr("P")},
        {UiLocales, tr("sign-in: language of Logto's pages (default: the app's language)."), tr("L")},
        {Organization, tr("sign-in, token: organization ID."), tr("ID")},
        {NoBrowser, tr("sign-in: print the sign-in URL on stderr instead of opening a browser.")},
        {NoPar,
         tr("sign-in: put the authorization request in the URL even when the provider offers pushed "
            "authorization requests (PAR, the default).")},
        {Device,
         tr("sign-in: sign in on another device (RFC 8628 device flow): shows a code, a link and a QR code; "
            "--app-id is then the tenant's device-flow app.")},
        {Timeout, tr("sign-in: seconds to wait for the browser (default 300)."), tr("SECONDS"), QStringLiteral("300")},
        {Port, tr("sign-in: loopback port (default 0: the system picks one)."), tr("N"), QStringLiteral("0")},
        {All, tr("status: list every stored session.")},
        {Browser, tr("sign-out: also end the browser session at Logto.")},
        {Json, tr("doctor: print the checklist as one JSON object.")},
        {MinValidity,
         tr("token, claims, userinfo: refresh when the access token expires within SECONDS (default 60)."),
         tr("SECONDS"),
         QStringLiteral("60")},
        {NetworkTimeout,
         tr("Seconds to wait for each request to Logto (default 15)."),
         tr("SECONDS"),
         QStringLiteral("15")},
    });
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the program as invoked (argv[0], often a full path); the usage
    // line must show the command a person types.
    QString text = m_parser.helpText();
    const QStringList arguments = QCoreApplication::instance() ? QCoreApplication::arguments() : QStringList();
    const QString invoked = arguments.isEmpty() ? QStringLiteral("<executable_name>") : arguments.constFirst();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.indexOf(invoked);
    if (!invoked.isEmpty() && at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, invoked.size(), QString::fromLatin1(BuildInfo::ExecutableName));
    return text;
}

ParsedCommandLine CommandLine::parse(const QStringList &arguments,
                                     const QProcessEnvironment &environment,
                                     QTextStream &out,
                                     QTextStream &err)
{
    const auto usageError = [&err](const QString &message) {
        err << "error: " << message << Qt::endl;
        return ParsedCommandLine{std::nullopt, ExitCode::Usage};
    };
    const auto failure = [&err](const QString &message) {
        err << "error: " << message << Qt::endl;
        return ParsedCommandLine{std::nullopt, ExitCode::Failure};
    };

    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(Help)) {
        out << helpText();
        out.flush();
        return {std::nullopt, ExitCode::Success};
    }
    if (m_parser.isSet(Version)) {
        out << BuildInfo::ExecutableName << ' ' << BuildInfo::Version << Qt::endl;
        return {std::nullopt, ExitCode::Success};
    }

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given; try --help"));
    if (positional.size() > 1)
        return usageError(tr("expected one command, got %1").arg(positional.join(QLatin1Char(' '))));
    CliOptions options;
    options.command = positional.first();
    if (!commands().contains(options.command))
        return usageError(tr("unknown command '%1'; the commands are %2 (see --help)")
                              .arg(options.command, commands().join(QStringLiteral(", "))));

    const QStringList common{Endpoint, AppId, Scope, Resource, NetworkTimeout, Help, Version};
    const QStringList allowed = optionsFor(options.command) + common;
    for (const QString &name : m_parser.optionNames()) {
        if (!allowed.contains(name))
            return usageError(tr("option --%1 does not apply to '%2'").arg(name, options.command));
    }

    // Options override the environment.
    const QString endpointText =
        m_parser.isSet(Endpoint) ? m_parser.value(Endpoint) : environment.value(QStringLiteral("LOGTO_ENDPOINT"));
    const QString appId =
        m_parser.isSet(AppId) ? m_parser.value(AppId) : environment.value(QStringLiteral("LOGTO_APP_ID"));
    const bool needsSession = !(options.command == QLatin1String("status") && m_parser.isSet(All));
    if (needsSession) {
        if (endpointText.isEmpty())
            return usageError(tr("no Logto endpoint: pass --endpoint URL or set LOGTO_ENDPOINT"));
        if (appId.isEmpty())
            return usageError(tr("no app ID: pass --app-id ID or set LOGTO_APP_ID"));
        options.endpointInput = endpointText;
        const auto endpoint = Logto::OidcConfig::validateEndpoint(endpointText);
        // doctor reports an unusable endpoint as its first failed check, with the fix.
        if (!endpoint && options.command != QLatin1String("doctor"))
            return failure(endpoint.error().message);
        if (auto ok = Logto::OidcConfig::validateAppId(appId); !ok)
            return usageError(ok.error().message);
        options.config = Logto::OidcConfig(endpoint ? endpoint.value() : QUrl(), appId);
    }
    options.config.setExtraScopes(m_parser.values(Scope));
    const QStringList resources = m_parser.values(Resource);
    if (options.command == QLatin1String("token")) {
        if (resources.size() > 1)
            return usageError(tr("token takes at most one --resource"));
        options.tokenResource = resources.value(0);
    } else {
        options.config.setResources(resources);
    }
    for (const QString &scope : m_parser.values(Scope)) {
        if (auto ok = Logto::OidcConfig::validateScope(scope); !ok)
            return usageError(ok.error().message);
    }
    for (const QString &resource : resources) {
        if (auto ok = Logto::OidcConfig::validateResource(resource); !ok)
            return usageError(ok.error().message);
    }

    Logto::SignInOptions &signIn = options.signIn;
    if (m_parser.isSet(Apple) && m_parser.isSet(DirectSignIn))
        return usageError(tr("--apple and --direct-sign-in cannot be combined"));
    if (m_parser.isSet(Apple))
        signIn.directSignIn = QStringLiteral("social:apple");
    if (m_parser.isSet(DirectSignIn)) {
        signIn.directSignIn = m_parser.value(DirectSignIn);
        if (auto ok = Logto::SignInOptions::validateDirectSignIn(signIn.directSignIn); !ok)
            return usageError(ok.error().message);
        if (options.command == QLatin1String("doctor") && !signIn.directSignIn.startsWith(QLatin1String("social:")))
            return usageError(tr("doctor checks --direct-sign-in social:<target> only"));
    }
    if (m_parser.isSet(FirstScreen)) {
        signIn.firstScreen = m_parser.value(FirstScreen);
        if (auto ok = Logto::SignInOptions::validateFirstScreen(signIn.firstScreen); !ok)
            return usageError(ok.error().message);
    }
    if (m_parser.isSet(Identifier)) {
        signIn.identifiers =
            m_parser.value(Identifier).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        if (signIn.identifiers.isEmpty())
            return usageError(tr("--identifier needs at least one of email, phone, username"));
        if (auto ok = Logto::SignInOptions::validateIdentifiers(signIn.identifiers); !ok)
            return usageError(ok.error().message);
    }
    if (m_parser.isSet(LoginHint)) {
        signIn.loginHint = m_parser.value(LoginHint);
        if (auto ok = Logto::SignInOptions::validateLoginHint(signIn.loginHint); !ok)
            return usageError(ok.error().message);
    }
    if (m_parser.isSet(Prompt)) {
        signIn.prompt = m_parser.value(Prompt);
        if (auto ok = Logto::SignInOptions::validatePrompt(signIn.prompt); !ok)
            return usageError(ok.error().message);
    }
    signIn.uiLocales = m_parser.isSet(UiLocales) ? m_parser.value(UiLocales) : defaultUiLocales();
    if (!signIn.uiLocales.isEmpty()) {
        if (auto ok = Logto::SignInOptions::validateUiLocales(signIn.uiLocales); !ok)
            return usageError(ok.error().message);
    }
    if (m_parser.isSet(Organization)) {
        const QString organization = m_parser.value(Organization);
        if (auto ok = Logto::SignInOptions::validateOrganizationId(organization); !ok)
            return usageError(ok.error().message);
        signIn.organizationId = organization;
        options.tokenOrganization = organization;
    }

    bool ok = false;
    const int timeout = m_parser.value(Timeout).toInt(&ok);
    if (!ok || timeout <= 0 || timeout > 24 * 3600)
        return usageError(tr("--timeout takes a number of seconds from 1 to 86400"));
    options.timeout = std::chrono::seconds(timeout);
    const uint port = m_parser.value(Port).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(tr("--port takes a port number from 0 to 65535"));
    options.port = static_cast<quint16>(port);
    const int minValidity = m_parser.value(MinValidity).toInt(&ok);
    if (!ok || minValidity < 0 || minValidity > 24 * 3600)
        return usageError(tr("--min-validity takes a number of seconds from 0 to 86400"));
    options.minValidity = std::chrono::seconds(minValidity);
    const int networkTimeout = m_parser.value(NetworkTimeout).toInt(&ok);
    if (!ok || networkTimeout <= 0 || networkTimeout > 600)
        return usageError(tr("--network-timeout takes a number of seconds from 1 to 600"));
    options.networkTimeout = std::chrono::seconds(networkTimeout);
    options.noBrowser = m_parser.isSet(NoBrowser);
    options.noPar = m_parser.isSet(NoPar);
    options.device = m_parser.isSet(Device);
    if (options.device) {
        // The device flow has no authorization request of ours: these would be silently ignored.
        for (const QString &name : browserSignInOptions()) {
            if (m_parser.isSet(name))
                return usageError(tr("option --%1 does not apply to 'sign-in --device'").arg(name));
        }
    }
    options.all = m_parser.isSet(All);
    options.browser = m_parser.isSet(Browser);
    options.json = m_parser.isSet(Json);
    return {options, ExitCode::Success};
}
