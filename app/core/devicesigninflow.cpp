// SPDX-License-Identifier: MIT
#include "devicesigninflow.h"

#include "httpclient.h"
#include "logging.h"
#include "oidcprovider.h"
#include "tokenclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace Logto {

namespace {

using namespace std::chrono_literals;

// RFC 8628 §3.5: "slow_down ... the interval MUST be increased by 5 seconds for this and all
// subsequent requests"; §3.2: 5 s when the answer has no interval (Logto's has none).
constexpr std::chrono::seconds DefaultInterval = 5s;
constexpr std::chrono::seconds SlowDownStep = 5s;
// Bounds on what a provider may ask for: no busy polling, no waiting for minutes between polls.
constexpr std::chrono::seconds MinimumInterval = 1s;
constexpr std::chrono::seconds MaximumInterval = 60s;
// A code that lives longer than this is shortened to it: the person is in front of the screen.
constexpr std::chrono::seconds MaximumLifetime = 3600s;
// Network failures in a row (provider down, 5xx, 429) before the flow gives up.
constexpr int MaximumNetworkFailures = 5;

Error invalidAnswer(const QString &detail)
{
    return Error{Error::Code::Provider,
                 // translate(), not DeviceSignInFlow::tr(): lupdate cannot see the class from this namespace.
                 QCoreApplication::translate("Logto::DeviceSignInFlow",
                                             "The sign-in server's answer to the device code request cannot be used."),
                 detail};
}

} // namespace

Result<DeviceAuthorization> DeviceAuthorization::fromJson(const QJsonObject &json, QString *deviceCode)
{
    DeviceAuthorization result;
    const QString code = json.value(QLatin1String("device_code")).toString();
    result.userCode = json.value(QLatin1String("user_code")).toString();
    if (code.isEmpty() || result.userCode.isEmpty())
        return invalidAnswer(QStringLiteral("device_code or user_code missing"));
    // The person reads the user code aloud or types it: printable ASCII, short.
    if (result.userCode.size() > 64 || std::any_of(result.userCode.cbegin(), result.userCode.cend(), [](QChar c) {
            return c.unicode() <= 0x20 || c.unicode() >= 0x7f;
        })) {
        return invalidAnswer(QStringLiteral("user_code is not short printable text"));
    }
    result.verificationUri = QUrl(json.value(QLatin1String("verification_uri")).toString(), QUrl::StrictMode);
    if (!result.verificationUri.isValid() || result.verificationUri.isEmpty())
        return invalidAnswer(QStringLiteral("verification_uri missing"));
    if (auto ok = OidcConfig::checkTransport(result.verificationUri); !ok)
        return invalidAnswer(QStringLiteral("verification_uri: %1").arg(ok.error().message));
    const QJsonValue complete = json.value(QLatin1String("verification_uri_complete"));
    if (complete.isString()) {
        result.verificationUriComplete = QUrl(complete.toString(), QUrl::StrictMode);
        if (!result.verificationUriComplete.isValid() || !OidcConfig::checkTransport(result.verificationUriComplete))
            return invalidAnswer(QStringLiteral("verification_uri_complete is not a safe address"));
    }
    const double expiresIn = json.value(QLatin1String("expires_in")).toDouble(-1);
    if (expiresIn <= 0)
        return invalidAnswer(QStringLiteral("expires_in missing or not positive"));
    result.expiresIn = std::min(std::chrono::seconds(static_cast<qint64>(expiresIn)), MaximumLifetime);
    const QJsonValue interval = json.value(QLatin1String("interval"));
    result.interval = interval.isDouble()
        ? std::clamp(std::chrono::seconds(static_cast<qint64>(interval.toDouble())), MinimumInterval, MaximumInterval)
        : DefaultInterval;
    result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(result.expiresIn.count());
    *deviceCode = code;
    return result;
}

QString DeviceAuthorization::groupedUserCode(const QString &userCode)
{
    QString plain = userCode;
    plain.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

DeviceSignInFlow::DeviceSignInFlow(const OidcConfig &config, QObject *parent)
    : DeviceSignInFlow(config, new OidcProvider(config), parent)
{
    m_provider->setParent(this); // its own
}

DeviceSignInFlow::DeviceSignInFlow(const OidcConfig &config, OidcProvider *provider, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_provider(provider)
    , m_tokenClient(new TokenClient(m_provider->http(), config.appId(), this))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceSignInFlow::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_timedOut) {
            fail(Error{Error::Code::Timeout,
                       tr("timed out waiting for the other device: the sign-in was not completed within %n second(s)",
                          nullptr,
                          static_cast<int>(m_timeout.count()))});
        } else {
            Error error{Error::Code::Provider, tr("The code expired before the sign-in was completed. Start again.")};
            error.oauthError = QStringLiteral("expired_token");
            fail(error);
        }
    });
}

DeviceSignInFlow::~DeviceSignInFlow() = default;

void DeviceSignInFlow::setNetworkTimeout(std::chrono::seconds timeout)
{
    m_provider->setNetworkTimeout(timeout);
}

void DeviceSignInFlow::setClockSkew(std::chrono::seconds skew)
{
    m_clockSkew = skew;
    m_provider->setClockSkew(skew);
}

std::chrono::seconds DeviceSignInFlow::remainingTime() const
{
    if (!m_deadline.isActive())
        return std::chrono::seconds(0);
    return std::chrono::duration_cast<std::chrono::seconds>(m_deadline.remainingTimeAsDuration());
}

void DeviceSignInFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_polling = false;
    m_tokensReceived = false;
    m_polls = 0;
    m_networkFailures = 0;
    m_deviceCode.clear();
    if (auto ok = m_config.validate(); !ok) {
        fail(ok.error());
        return;
    }
    m_provider->discover([self = QPointer<DeviceSignInFlow>(this)](Result<DiscoveryDocument> discovery) {
        if (!self || !self->m_running)
            return;
        if (!discovery)
            self->fail(discovery.error());
        else
            self->onDiscovery(discovery.value());
    });
}

void DeviceSignInFlow::onDiscovery(const DiscoveryDocument &discovery)
{
    const QUrl endpoint = discovery.deviceAuthorizationEndpoint();
    if (endpoint.isEmpty()) {
        fail(Error{Error::Code::Provider,
                   tr("This Logto tenant does not offer sign-in with another device (the device flow needs Logto "
                      "1.38 or later and an application whose authorization flow is \"Device flow\")."),
                   QStringLiteral("no device_authorization_endpoint in discovery")});
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_config.appId());
    form.addQueryItem(QStringLiteral("scope"), m_config.scopes().join(QLatin1Char(' ')));
    for (const QString &resource : m_config.resources())
        form.addQueryItem(QStringLiteral("resource"), resource);
    m_provider->http()->postForm(
        endpoint,
        form,
        [self = QPointer<DeviceSignInFlow>(this)](Result<HttpResponse> response) {
            if (!self || !self->m_running)
                return;
            if (!response)
                self->onAuthorization(response.error());
            else
                self->onAuthorization(response.value().json);
        },
        ResponseLimit::Token);
    m_provider->prefetchKeys();
}

void DeviceSignInFlow::onAuthorization(const Result<QJsonObject> &answer)
{
    if (!answer) {
        Error error = answer.error();
        // Logto: 400 invalid_request "...device_code is not allowed for this client".
        if (error.oauthError == QLatin1String("invalid_request") || error.oauthError == QLatin1String("invalid_client")
            || error.oauthError == QLatin1String("unauthorized_client")) {
            error.message = tr("The app id is not a device-flow app: in Logto, create an application of type Native "
                               "with \"Device flow\" as its authorization flow, and use its app id.");
        }
        fail(error);
        return;
    }
    auto authorization = DeviceAuthorization::fromJson(answer.value(), &m_deviceCode);
    if (!authorization) {
        fail(authorization.error());
        return;
    }
    m_authorization = authorization.value();
    m_interval = m_authorization.interval;
    m_timedOut = m_timeout < m_authorization.expiresIn;
    m_deadline.start(std::min(m_timeout, m_authorization.expiresIn));
    qCDebug(lcLogtoOidc) << "device code issued; polling every" << m_interval.count() << "s";
    Q_EMIT codeReady(m_authorization);
    if (m_running)
        m_pollTimer.start(m_interval);
}

void DeviceSignInFlow::poll()
{
    // Single flight, and never after the code gave tokens (Logto would revoke the grant).
    if (!m_running || m_polling || m_tokensReceived)
        return;
    m_polling = true;
    ++m_polls;
    m_tokenClient->pollDeviceCode(m_provider->discovery()->tokenEndpoint(),
                                  m_deviceCode,
                                  [self = QPointer<DeviceSignInFlow>(this)](Result<TokenResponse> tokens) {
                                      if (!self)
                                          return;
                                      self->m_polling = false;
                                      if (self->m_running)
                                          self->onPollAnswer(std::move(tokens));
                                  });
}

void DeviceSignInFlow::onPollAnswer(Result<TokenResponse> tokens)
{
    if (tokens) {
        m_tokensReceived = true;
        m_deviceCode.clear();
        m_pollTimer.stop();
        verify(tokens.value());
        return;
    }
    Error error = tokens.error();
    const QString &code = error.oauthError;
    if (code == QLatin1String("authorization_pending")) {
        m_networkFailures = 0;
        m_pollTimer.start(m_interval);
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_networkFailures = 0;
        m_interval = std::min(m_interval + SlowDownStep, MaximumInterval);
        qCDebug(lcLogtoOidc) << "slow_down: polling every" << m_interval.count() << "s";
        Q_EMIT intervalChanged(m_interval);
        m_pollTimer.start(m_interval);
        return;
    }
    if (error.code == Error::Code::Network && ++m_networkFailures < MaximumNetworkFailures) {
        // A blip while the person is on their phone: keep waiting, a little longer each time.
        m_pollTimer.start(m_interval * (m_networkFailures + 1));
        return;
    }
    if (code == QLatin1String("access_denied"))
        error.message = tr("The sign-in was denied on the other device.");
    else if (code == QLatin1String("expired_token"))
        error.message = tr("The code expired before the sign-in was completed. Start again.");
    fail(error);
}

void DeviceSignInFlow::verify(const TokenResponse &tokens)
{
    if (tokens.idToken.isEmpty()) {
        fail(Error{Error::Code::Verification, tr("The sign-in server returned no ID token.")});
        return;
    }
    // No nonce in this flow (RFC 8628 has no authorization request to carry one; Logto's ID token
    // has none): everything else is checked as after a browser sign-in.
    m_provider->verifyIdToken(
        tokens.idToken,
        std::nullopt,
        std::nullopt,
        tokens.accessToken,
        [self = QPointer<DeviceSignInFlow>(this), tokens](Result<VerifiedIdToken> verified) {
            if (!self || !self->m_running)
                return;
            if (!verified) {
                self->fail(OidcProvider::explainClockSkew(verified.error(), tokens.serverDate, self->m_clockSkew));
                return;
            }
            SignInResult result{*self->m_provider->discovery(), tokens, verified.value(), self->m_config.resources()};
            Q_EMIT self->verified(result);
            if (!self || !self->m_running)
                return; // cancelled by a receiver
            if (!self->m_persist) {
                self->complete(result);
                return;
            }
            self->m_persist(result, [self, result](Result<void> persisted) {
                if (!self || !self->m_running)
                    return;
                if (!persisted)
                    self->fail(persisted.error());
                else
                    self->complete(result);
            });
        });
}

void DeviceSignInFlow::complete(const SignInResult &result)
{
    m_running = false;
    m_deadline.stop();
    m_pollTimer.stop();
    qCDebug(lcLogtoOidc) << "device sign-in complete";
    Q_EMIT succeeded(result);
}

void DeviceSignInFlow::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_pollTimer.stop();
    m_deviceCode.clear();
    qCDebug(lcLogtoOidc) << "device sign-in failed:" << error.toString();
    Q_EMIT failed(error);
}

void DeviceSignInFlow::cancel()
{
    fail(Error{Error::Code::Cancelled, tr("The sign-in was cancelled.")});
}

} // namespace Logto
