// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "httpclient.h"
#include "logging.h"
#include "oidcprovider.h"
#include "sessionmanager.h"
#include "sessionstore.h"
#include "signinflow.h"
#include "tokenstore.h"

#include <QClipboard>
#include <QGuiApplication>

AppController::AppController(Logto::TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_http(new Logto::HttpClient(this))
{
    // Only decides which buttons to show: not worth a long wait.
    m_http->setTimeout(std::chrono::seconds(8));
}

AppController::~AppController() = default;

void AppController::setBrowserOpener(Logto::BrowserLauncher::Opener opener)
{
    m_launcher.setDesktopOpener(std::move(opener));
}

void AppController::setSettings(const AppSettings &settings)
{
    const bool changed = !(settings == m_settings) || !m_session;
    m_settings = settings;
    if (changed)
        rebuildSession();
}

void AppController::setRefreshMargin(std::chrono::seconds margin)
{
    m_refreshMargin = margin;
    if (m_session)
        m_session->setRefreshMargin(margin);
}

QString AppController::tenantDisplay() const
{
    const auto url = Logto::OidcConfig::validateEndpoint(m_settings.endpoint);
    return url
        ? url.value().host() + (url.value().port() > 0 ? QStringLiteral(":%1").arg(url.value().port()) : QString())
        : m_settings.endpoint;
}

void AppController::setSignInExperienceTimeout(std::chrono::milliseconds timeout)
{
    m_http->setTimeout(timeout);
}

QList<Logto::SocialConnector> AppController::socialConnectors() const
{
    QList<Logto::SocialConnector> connectors;
    if (m_experienceState == SignInExperienceState::Loading)
        return connectors;
    if (!m_experience) {
        for (const QString &target : m_settings.socialTargets) {
            Logto::SocialConnector connector;
            connector.target = target;
            connectors.append(connector);
        }
        return connectors;
    }
    // The order a person chose in Settings, then the tenant's other connectors in its order.
    for (const QString &target : m_settings.socialTargets) {
        if (const auto connector = m_experience->socialConnector(target))
            connectors.append(*connector);
    }
    const QList<Logto::SocialConnector> offered = m_experience->socialConnectors();
    for (const Logto::SocialConnector &connector : offered) {
        if (!m_settings.socialTargets.contains(connector.target))
            connectors.append(connector);
    }
    return connectors;
}

void AppController::loadSignInExperience(const QUrl &endpoint)
{
    const quint64 serial = ++m_experienceSerial;
    m_experience.reset();
    m_experienceState = SignInExperienceState::Loading;
    Q_EMIT socialConnectorsChanged();
    Logto::SignInExperience::fetch(
        m_http, endpoint, [this, serial](const Logto::Result<Logto::SignInExperience> &experience) {
            if (serial != m_experienceSerial)
                return;
            if (experience) {
                m_experience = experience.value();
                m_experienceState = SignInExperienceState::Loaded;
            } else {
                // Quietly: the Settings value stands.
                qCDebug(lcLogtoHttp) << "no sign-in experience:" << experience.error().toString();
                m_experienceState = SignInExperienceState::Unavailable;
            }
            Q_EMIT socialConnectorsChanged();
        });
}

void AppController::rebuildSession()
{
    if (m_flow)
        m_flow->cancel();
    if (m_deviceFlow)
        m_deviceFlow->cancel();
    abandonSignIn();
    m_deviceSession.reset();
    m_session.reset();
    m_idToken = {};
    m_userInfo = {};
    m_deviceFlowOffered = false;
    Q_EMIT deviceSignInAvailabilityChanged(false);
    auto config = m_settings.toConfig();
    if (!config) {
        ++m_experienceSerial;
        m_experience.reset();
        m_experienceState = SignInExperienceState::None;
        Q_EMIT socialConnectorsChanged();
        setState(State::Unconfigured);
        return;
    }
    loadSignInExperience(config.value().endpoint());
    m_session = makeSession(config.value());
    learnDeviceFlowOffered();
    setState(State::SignedOut);
}

std::unique_ptr<Logto::SessionManager> AppController::makeSession(const Logto::OidcConfig &config)
{
    auto session = std::make_unique<Logto::SessionManager>(config, m_tokens);
    session->setRefreshMargin(m_refreshMargin);
    Logto::SessionManager *raw = session.get();
    connect(raw, &Logto::SessionManager::signedOut, this, [this, raw](const Logto::Error &reason) {
        if (raw != m_session.get())
            return;
        m_idToken = {};
        m_userInfo = {};
        m_retry = [this] { restore(); };
        fail(reason, State::SignedOut);
        useMainSession();
    });
    connect(raw, &Logto::SessionManager::tokensRefreshed, this, [this, raw] {
        if (raw != m_session.get())
            return;
        // The new expiries are in the index; the keychain entries just written need no reading back.
        if (const auto metadata = m_session->metadata())
            m_metadata = *metadata;
        Q_EMIT profileChanged();
    });
    return session;
}

void AppController::learnDeviceFlowOffered()
{
    // Only worth a discovery request when Settings name a device-flow app.
    if (m_settings.deviceAppId.isEmpty() || !m_session)
        return;
    QPointer<Logto::OidcProvider> provider = m_session->provider();
    provider->discover([this, provider](const Logto::Result<Logto::DiscoveryDocument> &discovery) {
        if (!provider || !m_session || provider != m_session->provider())
            return;
        m_deviceFlowOffered = discovery && !discovery.value().deviceAuthorizationEndpoint().isEmpty();
        Q_EMIT deviceSignInAvailabilityChanged(canSignInWithDevice());
    });
}

void AppController::useMainSession()
{
    // Later, not inside a callback of the session being replaced.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_session || m_session->config().appId() == m_settings.appId || m_deviceFlow)
                return;
            if (m_state != State::SignedOut && m_state != State::Unconfigured)
                return;
            if (auto config = m_settings.toConfig())
                m_session = makeSession(config.value());
        },
        Qt::QueuedConnection);
}

void AppController::signInWithDevice()
{
    if (!m_session || m_flow || m_deviceFlow || !canSignInWithDevice())
        return;
    Q_EMIT errorCleared();
    m_retry = [this] { signInWithDevice(); };
    Logto::OidcConfig config(m_session->config().endpoint(), m_settings.deviceAppId);
    config.setExtraScopes(m_session->config().extraScopes());
    config.setResources(m_session->config().resources());
    m_deviceSession = makeSession(config);
    Logto::SessionManager *session = m_deviceSession.get();
    auto *flow = new Logto::DeviceSignInFlow(config, session->provider(), this);
    m_deviceFlow = flow;
    flow->setTimeout(m_timeout);
    flow->setPersist(persistInto(session));
    connect(flow, &Logto::DeviceSignInFlow::codeReady, this, [this](const Logto::DeviceAuthorization &authorization) {
        m_deviceAuthorization = authorization;
        setState(State::DeviceWaiting);
    });
    connect(flow, &Logto::DeviceSignInFlow::verified, this, [this](const Logto::SignInResult &result) {
        // From here on the device app's session is the window's session.
        if (m_deviceSession)
            m_session = std::move(m_deviceSession);
        setState(State::Completing);
        onVerified(result);
    });
    connect(flow, &Logto::DeviceSignInFlow::succeeded, this, [this, flow](const Logto::SignInResult &result) {
        flow->deleteLater();
        onSignedIn(result);
    });
    connect(flow, &Logto::DeviceSignInFlow::failed, this, [this, flow](const Logto::Error &error) {
        flow->deleteLater();
        m_deviceFlow = nullptr;
        m_deviceSession.reset();
        onSignInFailed(error);
        useMainSession();
    });
    flow->start();
}

void AppController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AppController::fail(const Logto::Error &error, State next)
{
    setState(next);
    Q_EMIT errorOccurred(error);
}

void AppController::showRestoring()
{
    setState(m_session ? State::Restoring : State::Unconfigured);
}

void AppController::restore()
{
    if (!m_session) {
        setState(State::Unconfigured);
        return;
    }
    Q_EMIT errorCleared();
    m_retry = [this] { restore(); };
    setState(State::Restoring);
    m_session->restore([this](const Logto::Result<Logto::SessionMetadata> &metadata) {
        if (!metadata) {
            if (metadata.error().code == Logto::Error::Code::NotSignedIn)
                setState(State::SignedOut);
            else
                fail(metadata.error(), State::SignedOut);
            return;
        }
        m_metadata = metadata.value();
        loadProfile();
    });
}

void AppController::loadProfile()
{
    // The verified ID token and userinfo, side by side; the avatar starts as soon as the claims are in.
    auto pending = std::make_shared<int>(2);
    auto firstError = std::make_shared<std::optional<Logto::Error>>();
    const auto oneDone = [this, pending, firstError] {
        if (--*pending > 0)
            return;
        if (firstError->has_value()) {
            const Logto::Error error = **firstError;
            if (error.code == Logto::Error::Code::NotSignedIn) {
                fail(error, State::SignedOut);
                return;
            }
            // Offline or a server hiccup: stay signed in with what is known, and say so.
            m_retry = [this] {
                Q_EMIT errorCleared();
                loadProfile();
            };
            setState(State::SignedIn);
            Q_EMIT errorOccurred(error);
            return;
        }
        setState(State::SignedIn);
        m_session->startAutoRefresh();
    };
    m_session->idToken([this, oneDone, firstError](const Logto::Result<Logto::VerifiedIdToken> &token) {
        if (token) {
            m_idToken = token.value();
            m_idTokenRestored = true;
            Q_EMIT profileChanged();
        } else if (!firstError->has_value()) {
            *firstError = token.error();
        }
        oneDone();
    });
    m_session->userInfo([this, oneDone, firstError](const Logto::Result<QJsonObject> &info) {
        if (info) {
            m_userInfo = info.value();
            Q_EMIT profileChanged();
        } else if (!firstError->has_value()) {
            *firstError = info.error();
        }
        oneDone();
    });
}

void AppController::signIn(const Logto::SignInOptions &requested)
{
    if (!m_session) {
        fail(m_settings.toConfig().error(), State::Unconfigured);
        return;
    }
    if (m_flow)
        return;
    Q_EMIT errorCleared();
    m_retry = [this, requested] { signIn(requested); };
    // Learn whether there is a keychain at all before the browser opens (QtKeychain 0.13 has no
    // isAvailable()): signing in only to lose the session would be worse than not starting.
    const QString probe =
        Logto::SessionStore::refreshTokenKey(m_session->config().issuer(), m_session->config().appId());
    m_tokens->read(probe, [this, requested](const Logto::Result<QString> &stored) {
        if (!stored && stored.error().code == Logto::Error::Code::KeychainUnavailable) {
            fail(stored.error(), m_idToken.claims.isEmpty() ? State::SignedOut : State::SignedIn);
            return;
        }
        startSignIn(requested);
    });
}

void AppController::startSignIn(const Logto::SignInOptions &requested)
{
    if (m_flow || !m_session)
        return;
    Logto::SignInOptions options = requested;
    if (options.uiLocales.isEmpty())
        options.uiLocales = m_uiLocales; // Logto's page in the app's language
    if (options.organizationId.isEmpty())
        options.organizationId = m_settings.organizationId;

    // The session's provider: discovery and the signing keys are fetched once for both.
    auto *flow = new Logto::SignInFlow(m_session->config(), m_session->provider(), this);
    m_flow = flow;
    flow->setTimeout(m_timeout);
    flow->setPersist(persistInto(m_session.get()));
    connect(flow, &Logto::SignInFlow::authorizationUrlReady, this, [this, flow](const QUrl &url) {
        // "Open browser again" and "Copy sign-in link" hand out the link that works as long as the
        // flow waits: with PAR the loopback start link, as `url`'s request_uri dies after a minute.
        m_authorizationUrl = flow->signInLink();
        setState(State::Waiting);
        openBrowser(url);
    });
    connect(flow, &Logto::SignInFlow::callbackReceived, this, [this] {
        setState(State::Completing);
        Q_EMIT raiseRequested();
    });
    connect(flow, &Logto::SignInFlow::verified, this, &AppController::onVerified);
    connect(flow, &Logto::SignInFlow::succeeded, this, [this, flow](const Logto::SignInResult &result) {
        flow->deleteLater();
        m_authorizationUrl.clear();
        onSignedIn(result);
    });
    connect(flow, &Logto::SignInFlow::failed, this, [this, flow](const Logto::Error &error) {
        flow->deleteLater();
        m_authorizationUrl.clear();
        onSignInFailed(error);
    });
    flow->start(options);
}

Logto::SignInFlow::PersistCallback AppController::persistInto(Logto::SessionManager *session)
{
    return [session](const Logto::SignInResult &result, std::function<void(Logto::Result<void>)> done) {
        if (result.tokens.refreshToken.isEmpty()) {
            done(Logto::Error{Logto::Error::Code::Provider,
                              tr("Logto issued no refresh token, so the session could not be kept. Check that the "
                                 "app is a Native app.")});
            return;
        }
        session->adopt(result, std::move(done));
    };
}

void AppController::onVerified(const Logto::SignInResult &result)
{
    // Everything is checked; only storing is left. Userinfo needs nothing stored, so it starts now,
    // with the access token in hand, side by side with adopt().
    const quint64 serial = ++m_signInSerial;
    if (result.tokens.refreshToken.isEmpty())
        return; // persist refuses it: the sign-in fails
    m_pending = PendingSignIn{
        m_idToken, m_userInfo, m_metadata, m_idTokenRestored, /*persisted=*/false, /*userInfoDone=*/false, {}};
    const QString subject = result.idToken.claims.value(QLatin1String("sub")).toString();
    m_session->userInfo(result.tokens.accessToken, subject, [this, serial](const Logto::Result<QJsonObject> &info) {
        if (serial != m_signInSerial || !m_pending)
            return;
        m_pending->userInfoDone = true;
        if (!info) {
            m_pending->userInfoError = info.error();
        } else {
            m_userInfo = info.value();
            // On screen before the keychain has it: should storing fail, onSignInFailed() takes it back.
            setState(State::SignedIn);
            Q_EMIT profileChanged();
        }
        finishSignIn();
    });
    // While userinfo is on its way: the claims of the verified ID token are known already.
    m_idToken = result.idToken;
    m_idTokenRestored = false;
    m_userInfo = {};
    m_metadata = m_session->metadataFor(result);
    Q_EMIT profileChanged();
}

void AppController::onSignedIn(const Logto::SignInResult &)
{
    if (!m_pending)
        return; // abandoned (signed out, settings changed) while it was being stored
    m_pending->persisted = true;
    if (const auto metadata = m_session->metadata())
        m_metadata = *metadata;
    Q_EMIT savingFinished();
    finishSignIn();
}

void AppController::finishSignIn()
{
    if (!m_pending || !m_pending->persisted || !m_pending->userInfoDone)
        return;
    const std::optional<Logto::Error> userInfoError = m_pending->userInfoError;
    m_pending.reset();
    setState(State::SignedIn);
    Q_EMIT profileChanged();
    if (userInfoError)
        Q_EMIT errorOccurred(*userInfoError);
    m_session->startAutoRefresh();
}

void AppController::onSignInFailed(const Logto::Error &error)
{
    if (m_pending) {
        // Verified but not stored: this sign-in never happened, whatever was shown meanwhile.
        m_idToken = m_pending->previousIdToken;
        m_idTokenRestored = m_pending->previousIdTokenRestored;
        m_userInfo = m_pending->previousUserInfo;
        m_metadata = m_pending->previousMetadata;
        abandonSignIn();
        Q_EMIT profileChanged();
    }
    const bool signedIn = !m_idToken.claims.isEmpty();
    if (error.code == Logto::Error::Code::Cancelled) {
        setState(signedIn ? State::SignedIn : State::SignedOut);
        return;
    }
    fail(error, signedIn ? State::SignedIn : State::SignedOut);
}

void AppController::abandonSignIn()
{
    ++m_signInSerial;
    const bool wasSaving = isSaving();
    m_pending.reset();
    if (wasSaving)
        Q_EMIT savingFinished();
}

void AppController::cancelSignIn()
{
    if (m_flow)
        m_flow->cancel();
    if (m_deviceFlow)
        m_deviceFlow->cancel();
}

void AppController::openBrowserAgain()
{
    openBrowser(m_authorizationUrl);
}

void AppController::openBrowser(const QUrl &url)
{
    if (url.isEmpty())
        return;
    if (auto opened = m_launcher.open(url); !opened)
        Q_EMIT errorOccurred(opened.error());
}

int AppController::secondsLeft() const
{
    if (m_deviceFlow)
        return static_cast<int>(m_deviceFlow->remainingTime().count());
    return m_flow ? static_cast<int>(m_flow->remainingTime().count()) : 0;
}

void AppController::signOut(bool endBrowserSession)
{
    if (!m_session)
        return;
    Q_EMIT errorCleared();
    m_retry = [this, endBrowserSession] { signOut(endBrowserSession); };
    // A sign-in still being stored is signed out with the rest (signOut() waits for adopt()).
    abandonSignIn();
    m_session->signOut(endBrowserSession, [this, endBrowserSession](const Logto::Result<Logto::SignOutReport> &report) {
        m_idToken = {};
        m_userInfo = {};
        m_metadata = {};
        setState(State::SignedOut);
        Q_EMIT profileChanged();
        useMainSession(); // a device sign-in's session: the next sign-in is Settings' app again
        if (!report) {
            Q_EMIT errorOccurred(report.error());
            return;
        }
        // Signed out here: the refresh token is gone, so telling Logto again is not possible.
        m_retry = nullptr;
        if (report.value().revocationError && report.value().revocationError->code != Logto::Error::Code::NotSignedIn) {
            Logto::Error warning = *report.value().revocationError;
            warning.message = tr("You are signed out on this computer, but Logto could not be told (%1). The "
                                 "session ends when it expires.")
                                  .arg(warning.message);
            Q_EMIT errorOccurred(warning);
        }
        Q_EMIT notice(endBrowserSession ? tr("Signed out. Your browser is ending the Logto session too.")
                                        : tr("Signed out. The session was removed from this computer."));
        if (!report.value().endSessionUrl.isEmpty()) {
            if (auto opened = m_launcher.open(report.value().endSessionUrl); !opened)
                Q_EMIT errorOccurred(opened.error());
        }
    });
}

void AppController::retry()
{
    if (!m_retry)
        return;
    Q_EMIT errorCleared();
    // A copy: what runs may set the next retry.
    const std::function<void()> again = m_retry;
    again();
}

TokenDetails AppController::tokenDetails() const
{
    TokenDetails details;
    details.header = m_idToken.header;
    details.checksPassed = m_idToken.checksPassed;
    details.idTokenIssuedAt = m_idToken.issuedAt;
    details.idTokenExpiresAt = m_idToken.expiresAt;
    details.accessTokenExpiresAt = m_metadata.accessTokenExpiresAt;
    details.signedInAt = m_metadata.signedInAt;
    details.refreshedAt = m_metadata.refreshedAt;
    details.scopes = m_metadata.scopes;
    details.resources = m_metadata.resources;
    details.issuer = m_metadata.issuer;
    details.subject = m_metadata.subject;
    details.restored = m_idTokenRestored;
    return details;
}

void AppController::copyAccessToken()
{
    if (!m_session)
        return;
    m_retry = [this] { copyAccessToken(); };
    m_session->accessToken([this](const Logto::Result<Logto::AccessToken> &token) {
        if (!token) {
            Q_EMIT errorOccurred(token.error());
            return;
        }
        QGuiApplication::clipboard()->setText(token.value().token);
        Q_EMIT notice(tr("Access token copied to the clipboard."));
    });
}

void AppController::copyIdToken()
{
    if (m_idToken.raw.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_idToken.raw));
    Q_EMIT notice(tr("ID token copied to the clipboard."));
}
