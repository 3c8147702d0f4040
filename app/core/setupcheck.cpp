// SPDX-License-Identifier: MIT
#include "setupcheck.h"

#include "authorizationrequest.h"
#include "browserlauncher.h"
#include "discoverydocument.h"
#include "pushedauthorization.h"
#include "securerandom.h"
#include "sessionindex.h"
#include "sessionstore.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>
#include <cstdlib>

namespace Logto {

namespace {

const QString Endpoint = QStringLiteral("endpoint");
const QString Discovery = QStringLiteral("discovery");
const QString DeviceFlow = QStringLiteral("device");
const QString App = QStringLiteral("app");
const QString Redirect = QStringLiteral("redirect");
const QString Refresh = QStringLiteral("refresh");
const QString Social = QStringLiteral("social");
const QString Keychain = QStringLiteral("keychain");
const QString Browser = QStringLiteral("browser");
const QString Display = QStringLiteral("display");
const QString Loopback = QStringLiteral("loopback");
const QString Clock = QStringLiteral("clock");
const QString Session = QStringLiteral("session");

const QString RegisteredRedirect = QStringLiteral("http://127.0.0.1/callback");

// Within this the clock is right; up to the ID-token skew allowance (300 s, as Logto's SDKs)
// sign-in still works but the person should know; beyond it, ID tokens are refused.
constexpr qint64 ClockTolerance = 60;
constexpr qint64 ClockAllowance = 300;

QString withoutOidc(const QString &issuer)
{
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String("/oidc")))
        base.chop(5);
    return base;
}

QString formatDate(const QDateTime &date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SetupCheck::SetupCheck(const QString &endpoint, const QString &appId, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_endpointText(endpoint)
    , m_appId(appId)
    , m_tokens(tokens)
    , m_http(new HttpClient(this))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

SetupCheck::~SetupCheck() = default;

void SetupCheck::setNetworkTimeout(std::chrono::milliseconds timeout)
{
    m_http->setTimeout(timeout);
}

QStringList SetupCheck::checkIds()
{
    return {Endpoint,
            Discovery,
            App,
            Redirect,
            Refresh,
            Social,
            DeviceFlow,
            Keychain,
            Browser,
            Display,
            Loopback,
            Clock,
            Session};
}

bool SetupCheck::allOk(const Results &results)
{
    return std::all_of(results.cbegin(), results.cend(), [](const SetupCheckResult &r) { return r.ok(); });
}

QString SetupCheck::statusName(SetupCheckResult::Status status)
{
    switch (status) {
    case SetupCheckResult::Status::Passed:
        return QStringLiteral("passed");
    case SetupCheckResult::Status::Failed:
        return QStringLiteral("failed");
    case SetupCheckResult::Status::Note:
        return QStringLiteral("note");
    case SetupCheckResult::Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString SetupCheck::mark(SetupCheckResult::Status status)
{
    switch (status) {
    case SetupCheckResult::Status::Passed:
        return QStringLiteral("\u2713"); // ✓
    case SetupCheckResult::Status::Failed:
        return QStringLiteral("\u2717"); // ✗
    case SetupCheckResult::Status::Note:
        return QStringLiteral("\u2013"); // –
    case SetupCheckResult::Status::Skipped:
        break;
    }
    return QStringLiteral("\u00b7"); // ·
}

QString SetupCheck::printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(u'\uFFFD');
    }
    return text;
}

QString SetupCheck::line(const SetupCheckResult &result)
{
    return mark(result.status) + QLatin1Char(' ') + result.title + QStringLiteral(": ") + printable(result.detail);
}

QString SetupCheck::fixLine(const SetupCheckResult &result)
{
    if (result.fix.isEmpty() || result.status == SetupCheckResult::Status::Passed)
        return {};
    // doctor's words since it was written: their translations (English plurals too) stay in its context.
    return QCoreApplication::translate("DoctorCommand", "Fix: %1").arg(printable(result.fix));
}

QString SetupCheck::summary(const Results &results)
{
    const auto failed =
        std::count_if(results.cbegin(), results.cend(), [](const SetupCheckResult &r) { return !r.ok(); });
    if (failed == 0)
        return QCoreApplication::translate("DoctorCommand", "Every check passed.");
    const int count = static_cast<int>(failed);
    return QCoreApplication::translate("DoctorCommand", "%n check(s) did not pass.", nullptr, count);
}

QString SetupCheck::titleFor(const QString &id) const
{
    if (id == Endpoint)
        return tr("Logto endpoint answers");
    if (id == Discovery)
        return tr("OpenID discovery and issuer");
    if (id == App)
        return tr("App ID");
    if (id == Redirect)
        return tr("Redirect URI");
    if (id == Refresh)
        return tr("Refresh tokens");
    if (id == Social)
        return tr("Social sign-in");
    if (id == DeviceFlow)
        return tr("Sign-in with another device");
    if (id == Keychain)
        return tr("Keychain");
    if (id == Browser)
        return tr("Web browser");
    if (id == Display)
        return tr("Display for the window");
    if (id == Loopback)
        return tr("Loopback listener");
    if (id == Clock)
        return tr("Clock");
    return tr("Stored session");
}

void SetupCheck::set(const QString &id, SetupCheckResult::Status status, const QString &detail, const QString &fix)
{
    m_results.insert(id, SetupCheckResult{id, status, titleFor(id), detail, fix});
}

void SetupCheck::skip(const QStringList &ids, const QString &why)
{
    for (const QString &id : ids)
        set(id, SetupCheckResult::Status::Skipped, why);
}

void SetupCheck::run(std::function<void(const Results &)> done)
{
    m_done = std::move(done);
    m_results.clear();
    m_experience.reset();
    const Result<QUrl> endpoint = OidcConfig::validateEndpoint(m_endpointText);
    if (!endpoint) {
        set(Endpoint,
            SetupCheckResult::Status::Failed,
            endpoint.error().message,
            tr("Use your tenant's https:// address, as shown in the Logto Console under Applications → your app → "
               "Endpoints & Credentials → Logto endpoint (plain http is only for Logto on this computer: "
               "127.0.0.1 or localhost)."));
        skip({Discovery, App, Redirect, Refresh, Social, DeviceFlow, Clock, Session},
             tr("Not checked: the endpoint is not usable."));
        checkKeychain();
        return;
    }
    m_endpointValid = true;
    m_config = OidcConfig(endpoint.value(), m_appId);
    m_config.setExtraScopes(m_scopes);
    m_config.setResources(m_resources);
    lookUpHost();
}

void SetupCheck::lookUpHost()
{
    // With a proxy the proxy resolves the name; an IP address needs no resolving.
    const QUrl url = m_config.discoveryUrl();
    const QNetworkProxy proxy = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url)).value(0);
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) {
        fetchDiscovery();
        return;
    }
    if (!QHostAddress(url.host()).isNull()) {
        fetchDiscovery();
        return;
    }
    QHostInfo::lookupHost(url.host(), this, [this, host = url.host()](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            set(Endpoint,
                SetupCheckResult::Status::Failed,
                tr("The name %1 could not be resolved (%2).").arg(host, info.errorString()),
                tr("Check the spelling of the endpoint (Logto Console → Applications → your app → Endpoints & "
                   "Credentials → Logto endpoint) and this computer's network and DNS settings."));
            skip({Discovery, App, Redirect, Refresh, Social, DeviceFlow, Clock},
                 tr("Not checked: the endpoint does not answer."));
            checkKeychain();
            return;
        }
        fetchDiscovery();
    });
}

void SetupCheck::fetchDiscovery()
{
    m_http->getJson(
        m_config.discoveryUrl(),
        [this](const Result<HttpResponse> &response) { onDiscovery(response); },
        {},
        ResponseLimit::Discovery);
}

void SetupCheck::onDiscovery(const Result<HttpResponse> &response)
{
    const QUrl url = m_config.discoveryUrl();
    const QNetworkProxy proxy = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url)).value(0);
    const QString via = proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
        ? tr("no proxy")
        : tr("through the proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
    const QString server = m_config.endpoint().toDisplayString();

    const int status = response ? response.value().status : response.error().httpStatus;
    if (status == 0) {
        const Error &error = response.error();
        const bool tls = error.detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
            || error.detail.contains(QLatin1String("TLS"), Qt::CaseInsensitive)
            || error.detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
        set(Endpoint,
            SetupCheckResult::Status::Failed,
            tr("%1 did not answer (%2): %3").arg(server, via, error.detail),
            tls ? tr("The secure connection failed: check the endpoint's address and the computer's date. If your "
                     "network inspects HTTPS (a company proxy), install its certificate authority in the system.")
                : tr("Check that the endpoint and its port are right (Logto Console → Applications → your app → "
                     "Endpoints & Credentials → Logto endpoint), that this computer is online, and the proxy "
                     "settings (https_proxy, no_proxy)."));
        skip({Discovery, App, Redirect, Refresh, Social, DeviceFlow, Clock},
             tr("Not checked: the endpoint does not answer."));
        checkKeychain();
        return;
    }
    set(Endpoint, SetupCheckResult::Status::Passed, tr("%1 answered (HTTP %2, %3).").arg(server).arg(status).arg(via));
    if (response) {
        m_serverDate = response.value().date;
        m_serverDateReceived = QDateTime::currentDateTimeUtc();
    }

    const QString expected = m_config.issuer();
    const QString consoleEndpoint = tr("Logto Console → Applications → your app → Endpoints & Credentials → Logto "
                                       "endpoint");
    if (!response) {
        set(Discovery,
            SetupCheckResult::Status::Failed,
            tr("No OpenID discovery document at %1 (%2).").arg(url.toDisplayString(), response.error().message),
            tr("Use the endpoint itself, without /oidc or any other path: %1.").arg(consoleEndpoint));
        skip({App, Redirect, Refresh, Social, DeviceFlow}, tr("Not checked: discovery failed."));
        checkKeychain();
        return;
    }
    const QJsonObject raw = response.value().json;
    const Result<DiscoveryDocument> document =
        DiscoveryDocument::fromJson(QJsonDocument(raw).toJson(QJsonDocument::Compact), expected);
    if (!document) {
        const QString issuer = raw.value(QLatin1String("issuer")).toString();
        const QString expectedHost = m_config.endpoint().host();
        const QString issuerHost = QUrl(issuer).host();
        if (!issuer.isEmpty() && issuer != expected && issuerHost != expectedHost) {
            const auto kind = [](const QString &host) {
                return host.endsWith(QLatin1String(".logto.app")) ? tr("the tenant's own domain")
                                                                  : tr("a custom domain");
            };
            set(Discovery,
                SetupCheckResult::Status::Failed,
                tr("The issuer is %1, not %2: %3 is %4 and %5 is %6. A custom domain and the tenant's domain are "
                   "different issuers.")
                    .arg(issuer, expected, issuerHost, kind(issuerHost), expectedHost, kind(expectedHost)),
                tr("Use --endpoint %1, and the same endpoint every time (%2).")
                    .arg(withoutOidc(issuer), consoleEndpoint));
        } else if (!issuer.isEmpty() && issuer != expected) {
            set(Discovery,
                SetupCheckResult::Status::Failed,
                tr("The issuer is %1, not %2.").arg(issuer, expected),
                tr("Use the endpoint exactly as Logto gives it, without /oidc or a trailing slash (%1). A server "
                   "whose issuer is not <endpoint>/oidc is not a Logto endpoint.")
                    .arg(consoleEndpoint));
        } else {
            set(Discovery,
                SetupCheckResult::Status::Failed,
                tr("The discovery document at %1 is not usable: %2")
                    .arg(url.toDisplayString(), document.error().toString()),
                tr("Check that the endpoint is a Logto server (%1).").arg(consoleEndpoint));
        }
        skip({App, Redirect, Refresh, Social, DeviceFlow}, tr("Not checked: discovery failed."));
        checkKeychain();
        return;
    }
    set(Discovery, SetupCheckResult::Status::Passed, tr("The issuer is %1, as expected.").arg(expected));

    if (document.value().scopesSupported().contains(QLatin1String("offline_access"))) {
        set(Refresh, SetupCheckResult::Status::Passed, tr("The provider offers offline_access."));
    } else {
        set(Refresh,
            SetupCheckResult::Status::Failed,
            tr("The provider does not list offline_access in scopes_supported: no refresh token, so the "
               "session ends when the access token expires."),
            tr("Logto always offers offline_access: check that the endpoint is your Logto tenant (%1).")
                .arg(consoleEndpoint));
    }
    // RFC 8628, Logto 1.38+: `sign-in --device` needs it (with a "Device flow" app). Not a failure without.
    if (const QUrl device = document.value().deviceAuthorizationEndpoint(); !device.isEmpty()) {
        set(DeviceFlow,
            SetupCheckResult::Status::Passed,
            tr("The tenant offers sign-in with another device (device flow) at %1.").arg(device.toDisplayString()));
    } else {
        set(DeviceFlow,
            SetupCheckResult::Status::Note,
            tr("The tenant does not offer sign-in with another device (no device_authorization_endpoint)."),
            tr("Logto 1.38 and later offer it: for sign-in --device, create an application of type Native whose "
               "authorization flow is \"Device flow\" and use its app id."));
    }
    probeAuthorization(document.value());
}

void SetupCheck::probeAuthorization(const DiscoveryDocument &discovery)
{
    if (!PushedAuthorization::isOffered(discovery)) {
        const QString why = tr("Not checked: the provider offers no pushed authorization requests (PAR), so this "
                               "cannot be checked without a browser.");
        set(App, SetupCheckResult::Status::Note, why, tr("Run logto-signin sign-in once to check it."));
        set(Redirect, SetupCheckResult::Status::Note, why, tr("Run logto-signin sign-in once to check it."));
        checkSocial();
        return;
    }
    // The request a sign-in would push (PKCE, state, nonce), pushed and then forgotten: Logto
    // checks the client and the redirect at once and answers without a page. The port is one a
    // sign-in could get; nothing listens on it, and nothing ever opens the request_uri.
    const quint16 port = static_cast<quint16>(QRandomGenerator::global()->bounded(49152, 65536));
    const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    const Result<AuthorizationRequest> request =
        AuthorizationRequest::create(discovery, m_config, SignInOptions(), redirect);
    if (!request) {
        set(App, SetupCheckResult::Status::Failed, request.error().toString(), tr("Check the app ID and the options."));
        skip({Redirect}, tr("Not checked: the test authorization request could not be made."));
        checkKeychain();
        return;
    }
    PushedAuthorization::push(m_http,
                              discovery,
                              request.value(),
                              [this, redirect = redirect.toString()](const Result<PushedAuthorization> &pushed) {
                                  onProbe(pushed ? Result<void>() : Result<void>(pushed.error()), redirect);
                              });
}

void SetupCheck::onProbe(const Result<void> &response, const QString &redirect)
{
    const QString redirectFix =
        tr("In the Logto Console open Applications → your app → Redirect URIs, add exactly %1 and save. The app "
           "must be a Native app: only Native apps accept any port on 127.0.0.1.")
            .arg(RegisteredRedirect);
    if (response) {
        set(App, SetupCheckResult::Status::Passed, tr("Logto knows the app %1.").arg(m_appId));
        set(Redirect,
            SetupCheckResult::Status::Passed,
            tr("%1 is accepted (a Native app with %2 registered).").arg(redirect, RegisteredRedirect));
        checkSocial();
        return;
    }
    const Error &error = response.error();
    if (error.oauthError == QLatin1String("invalid_client")) {
        set(App,
            SetupCheckResult::Status::Failed,
            tr("Logto does not accept the app ID %1 as a public client (%2).").arg(m_appId, error.detail),
            tr("In the Logto Console open Applications, choose your Native app and copy its App ID (Endpoints & "
               "Credentials); if there is none, create one: Applications → Create application → Native. A "
               "Traditional web or machine-to-machine app cannot be used."));
        skip({Redirect}, tr("Not checked: the app ID is not accepted."));
    } else if (error.oauthError == QLatin1String("invalid_request")
               && error.detail.contains(QLatin1String("redirect_uri"))) {
        set(App, SetupCheckResult::Status::Passed, tr("Logto knows the app %1.").arg(m_appId));
        set(Redirect,
            SetupCheckResult::Status::Failed,
            tr("Logto refused %1 (%2).").arg(redirect, error.detail),
            redirectFix);
    } else {
        set(App,
            SetupCheckResult::Status::Failed,
            tr("The test authorization request was refused: %1").arg(error.toString()),
            error.oauthError == QLatin1String("invalid_target")
                ? tr("Register each --resource under API resources in the Logto Console, or leave it out.")
                : tr("Check the app's settings in the Logto Console (Applications → your app)."));
        skip({Redirect}, tr("Not checked: the test authorization request failed."));
    }
    checkSocial();
}

void SetupCheck::checkSocial()
{
    // Public, without a token, as Logto's own sign-in page reads it.
    SignInExperience::fetch(m_http, m_config.endpoint(), [this](const Result<SignInExperience> &experience) {
        onSignInExperience(experience);
        checkKeychain();
    });
}

void SetupCheck::onSignInExperience(const Result<SignInExperience> &experience)
{
    const QString required = m_requiredSocialTarget;
    const QString option = required == QLatin1String("apple") ? QStringLiteral("--apple")
                                                              : QStringLiteral("--direct-sign-in social:") + required;
    if (!experience) {
        QString detail =
            tr("The tenant's sign-in experience could not be read at %1 (%2): the window offers the "
               "social sign-ins set in Settings.")
                .arg(SignInExperience::url(m_config.endpoint()).toDisplayString(), experience.error().toString());
        if (!required.isEmpty())
            detail += QLatin1Char(' ')
                + tr("Whether it offers %1 cannot be checked.").arg(SocialConnector::brandName(required));
        set(Social, SetupCheckResult::Status::Note, detail);
        return;
    }
    m_experience = experience.value();
    QStringList offered;
    const QList<SocialConnector> connectors = experience.value().socialConnectors();
    for (const SocialConnector &connector : connectors)
        offered << QStringLiteral("%1 (social:%2)").arg(connector.displayName(), connector.target);
    const QString list = offered.join(QStringLiteral(", "));
    if (!required.isEmpty() && !experience.value().offers(required)) {
        const QString name = SocialConnector::brandName(required);
        set(Social,
            SetupCheckResult::Status::Failed,
            (offered.isEmpty() ? tr("The tenant offers no social sign-in, so not %1 either.").arg(name)
                               : tr("The tenant does not offer %1; it offers %2.").arg(name, list))
                + QLatin1Char(' ') + tr("With %1 Logto shows its ordinary sign-in page instead.").arg(option),
            tr("In the Logto Console add the %1 connector (Connectors → Social connectors → Add social connector) "
               "and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in; or sign in "
               "without %2.")
                .arg(name, option));
        return;
    }
    if (offered.isEmpty()) {
        set(Social,
            SetupCheckResult::Status::Note,
            tr("The tenant offers no social sign-in: the window shows no \"Continue with ...\" button."),
            tr("To offer one, add a social connector in the Logto Console (Connectors → Social connectors → Add "
               "social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in."));
        return;
    }
    set(Social, SetupCheckResult::Status::Passed, tr("The tenant offers %1.").arg(list));
}

void SetupCheck::checkKeychain()
{
    const QString key =
        QStringLiteral("logto-signin doctor probe %1").arg(QString::fromLatin1(SecureRandom::urlSafeString(8)));
    const QString secret = QString::fromLatin1(SecureRandom::urlSafeString(16));
    const auto failWith = [this](const Error &error) {
        const bool locked = error.code == Error::Code::KeychainLocked || error.code == Error::Code::NotSignedIn;
        set(Keychain,
            SetupCheckResult::Status::Failed,
            error.toString(),
            locked ? tr("Unlock the login keyring (for example in Passwords and Keys, or by signing in to the desktop "
                        "again) and run doctor again.")
                   : tr("Install and start a Secret Service in your desktop session (gnome-keyring, or KeePassXC with "
                        "Secret Service integration). logto-signin never keeps tokens in a file."));
    };
    m_tokens->write(key, secret, [this, key, secret, failWith](const Result<void> &written) {
        if (!written) {
            failWith(written.error());
            checkStoredSession(false);
            return;
        }
        m_tokens->read(key, [this, key, secret, failWith](const Result<QString> &read) {
            const bool same = read && read.value() == secret;
            m_tokens->remove(key, [this, same, read, failWith](const Result<void> &removed) {
                if (!same) {
                    failWith(read ? Error{Error::Code::KeychainLocked,
                                          tr("The keychain gave back something else than was written.")}
                                  : read.error());
                } else if (!removed) {
                    failWith(removed.error());
                } else {
                    set(Keychain,
                        SetupCheckResult::Status::Passed,
                        tr("A test entry was written, read back and deleted."));
                }
                checkStoredSession(same && removed);
            });
        });
    });
}

void SetupCheck::checkStoredSession(bool keychainUsable)
{
    if (!m_endpointValid) {
        finish();
        return;
    }
    const std::optional<SessionMetadata> session = SessionIndex().find(m_config.issuer(), m_appId);
    if (!session) {
        set(Session,
            SetupCheckResult::Status::Note,
            tr("Not signed in to %1 with this app.").arg(m_config.issuer()),
            tr("Run logto-signin sign-in."));
        finish();
        return;
    }
    QStringList parts;
    parts << tr("signed in as %1 on %2").arg(session->subject, formatDate(session->signedInAt));
    if (session->refreshedAt.isValid())
        parts << tr("last refreshed %1").arg(formatDate(session->refreshedAt));
    if (session->idTokenExpiresAt.isValid())
        parts << tr("ID token valid until %1").arg(formatDate(session->idTokenExpiresAt));
    if (session->accessTokenExpiresAt.isValid())
        parts << tr("access token valid until %1").arg(formatDate(session->accessTokenExpiresAt));
    parts << (session->resources.isEmpty()
                  ? tr("no API resources")
                  : tr("API resources: %1").arg(session->resources.join(QStringLiteral(", "))));
    parts << (session->scopes.contains(QLatin1String("urn:logto:scope:organizations"))
                  ? tr("organization tokens granted")
                  : tr("no organization tokens"));
    const QString detail = parts.join(QStringLiteral("; "));
    if (!keychainUsable) {
        set(Session,
            SetupCheckResult::Status::Failed,
            tr("%1; its refresh token cannot be read while the keychain fails.").arg(detail),
            tr("Fix the keychain first (see above)."));
        finish();
        return;
    }
    // Only whether the entry is there: the token itself is never shown.
    m_tokens->read(SessionStore::refreshTokenKey(m_config.issuer(), m_appId),
                   [this, detail](const Result<QString> &token) {
                       if (token && !token.value().isEmpty()) {
                           set(Session, SetupCheckResult::Status::Passed, detail);
                       } else {
                           set(Session,
                               SetupCheckResult::Status::Failed,
                               tr("%1; but its refresh token is missing from the keychain.").arg(detail),
                               tr("Sign in again: logto-signin sign-in."));
                       }
                       finish();
                   });
}

void SetupCheck::checkBrowser()
{
    const QStringList path =
        m_environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const auto findProgram = [&path](const QString &program) {
        if (QFileInfo(program).isAbsolute())
            return QFileInfo(program).isExecutable() && QFileInfo(program).isFile() ? program : QString();
        return QStandardPaths::findExecutable(program, path);
    };
    const QString variable = m_environment.value(QStringLiteral("BROWSER"));
    const QStringList entries = variable.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString noBrowserHint = tr("On a computer without a browser use logto-signin sign-in --no-browser and "
                                     "open the link elsewhere.");
    if (!entries.isEmpty()) {
        QStringList missing;
        for (const QString &entry : entries) {
            const QStringList argv = BrowserLauncher::commandFor(entry, QUrl(QStringLiteral("https://example.com")));
            if (argv.isEmpty())
                continue;
            const QString found = findProgram(argv.first());
            if (!found.isEmpty()) {
                set(Browser, SetupCheckResult::Status::Passed, tr("$BROWSER starts %1.").arg(found));
                return;
            }
            missing << argv.first();
        }
        set(Browser,
            SetupCheckResult::Status::Failed,
            tr("None of the programs in $BROWSER exists: %1.").arg(missing.join(QStringLiteral(", "))),
            tr("Set BROWSER to a browser that is installed (e.g. export BROWSER=firefox), or unset it to use the "
               "desktop's default browser.")
                + QLatin1Char(' ') + noBrowserHint);
        return;
    }
#if defined(Q_OS_MACOS)
    const QString opener = QStringLiteral("open");
#elif defined(Q_OS_WIN)
    set(Browser, SetupCheckResult::Status::Passed, tr("The desktop's default browser is used."));
    return;
#else
    const QString opener = QStringLiteral("xdg-open");
#endif
#if !defined(Q_OS_WIN)
    const QString found = findProgram(opener);
    if (!found.isEmpty()) {
        set(Browser, SetupCheckResult::Status::Passed, tr("The desktop's default browser, through %1.").arg(found));
        return;
    }
    set(Browser,
        SetupCheckResult::Status::Failed,
        tr("BROWSER is not set and %1 is not on PATH.").arg(opener),
        tr("Install xdg-utils (sudo apt install xdg-utils), or set BROWSER to your browser (e.g. export "
           "BROWSER=firefox).")
            + QLatin1Char(' ') + noBrowserHint);
#endif
}

void SetupCheck::checkDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString wayland = m_environment.value(QStringLiteral("WAYLAND_DISPLAY"));
    const QString x11 = m_environment.value(QStringLiteral("DISPLAY"));
    if (!wayland.isEmpty()) {
        const QString socket = QFileInfo(wayland).isAbsolute()
            ? wayland
            : m_environment.value(QStringLiteral("XDG_RUNTIME_DIR")) + QLatin1Char('/') + wayland;
        if (QFileInfo::exists(socket)) {
            set(Display, SetupCheckResult::Status::Passed, tr("Wayland display %1.").arg(wayland));
            return;
        }
    }
    if (!x11.isEmpty()) {
        // A local X server (":N") has its socket in /tmp/.X11-unix; a remote one cannot be checked here.
        bool local = x11.startsWith(QLatin1Char(':'));
        const QString number = x11.mid(1).section(QLatin1Char('.'), 0, 0);
        if (!local || QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + number)) {
            set(Display, SetupCheckResult::Status::Passed, tr("X11 display %1.").arg(x11));
            return;
        }
        set(Display,
            SetupCheckResult::Status::Note,
            tr("DISPLAY is %1 but no X server listens there: the window cannot open; the commands work.").arg(x11),
            tr("Start the window from your desktop session, or use the commands (logto-signin --help)."));
        return;
    }
    set(Display,
        SetupCheckResult::Status::Note,
        tr("No display (DISPLAY and WAYLAND_DISPLAY are not set): the window cannot open here; the commands work."),
        tr("Start the window from your desktop session, or use the commands (logto-signin --help)."));
#else
    set(Display, SetupCheckResult::Status::Passed, tr("The desktop is available."));
#endif
}

void SetupCheck::checkLoopback()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0)) {
        set(Loopback,
            SetupCheckResult::Status::Passed,
            tr("127.0.0.1 accepted a listener (port %1).").arg(server.serverPort()));
        server.close();
        return;
    }
    set(Loopback,
        SetupCheckResult::Status::Failed,
        tr("Could not listen on 127.0.0.1: %1").arg(server.errorString()),
        tr("Allow this app to listen on 127.0.0.1 (a firewall or sandbox blocks it; in Flatpak or Snap, give it "
           "network access). The browser returns to it after sign-in."));
}

void SetupCheck::checkClock()
{
    if (m_results.contains(Clock))
        return; // skipped already
    if (!m_serverDate.isValid()) {
        set(Clock, SetupCheckResult::Status::Note, tr("The provider sent no Date header to compare with."));
        return;
    }
    // The Date header has whole seconds; the answer took at most the time since it came.
    const qint64 offset = m_serverDate.secsTo(m_serverDateReceived); // > 0: this clock is ahead
    const qint64 distance = std::abs(offset);
    const QString fix = tr("Turn on automatic time (for example: timedatectl set-ntp true), or set the correct "
                           "time and time zone: ID tokens are checked against this clock.");
    if (distance <= ClockTolerance) {
        set(Clock,
            SetupCheckResult::Status::Passed,
            tr("Within %n second(s) of the provider's clock.",
               nullptr,
               static_cast<int>(std::max<qint64>(distance, 1))));
        return;
    }
    const int minutes = static_cast<int>((distance + 30) / 60);
    const QString detail = offset > 0
        ? tr("This computer's clock is %n minute(s) ahead of the provider's.", nullptr, std::max(minutes, 1))
        : tr("This computer's clock is %n minute(s) behind the provider's.", nullptr, std::max(minutes, 1));
    if (distance <= ClockAllowance) {
        set(Clock,
            SetupCheckResult::Status::Note,
            detail + QLatin1Char(' ') + tr("Sign-in still works (5 minutes are allowed)."),
            fix);
        return;
    }
    set(Clock, SetupCheckResult::Status::Failed, detail, fix);
}

void SetupCheck::finish()
{
    checkBrowser();
    checkDisplay();
    checkLoopback();
    checkClock();
    Results results;
    for (const QString &id : checkIds()) {
        if (m_results.contains(id))
            results.append(m_results.value(id));
    }
    if (m_done) {
        const auto done = std::move(m_done);
        m_done = nullptr;
        done(results);
    }
}

} // namespace Logto
