// SPDX-License-Identifier: MIT
#include "signinflow.h"

#include "authorizationrequest.h"
#include "callbackpage.h"
#include "logging.h"
#include "loopbacklistener.h"
#include "oidcprovider.h"
#include "pushedauthorization.h"
#include "securerandom.h"
#include "tokenclient.h"

#include <QPointer>

#include <utility>

namespace Logto {

namespace {

// A shared provider outlives the flow: its answers reach the flow only while the flow exists.
template<typename T, typename F>
std::function<void(Result<T>)> whileAlive(QObject *flow, F handle)
{
    return [flow = QPointer<QObject>(flow), handle = std::move(handle)](Result<T> result) {
        if (flow)
            handle(std::move(result));
    };
}

} // namespace

SignInFlow::SignInFlow(const OidcConfig &config, QObject *parent)
    : SignInFlow(config, new OidcProvider(config), parent)
{
    m_provider->setParent(this); // its own
}

SignInFlow::SignInFlow(const OidcConfig &config, OidcProvider *provider, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_provider(provider)
    , m_listener(new LoopbackListener(this))
    , m_tokenClient(new TokenClient(m_provider->http(), config.appId(), this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(Error{Error::Code::Timeout,
                   tr("timed out waiting for the browser: the sign-in was not completed within %n second(s)",
                      nullptr,
                      static_cast<int>(m_timeout.count()))});
    });
    connect(m_listener, &LoopbackListener::callbackReceived, this, &SignInFlow::onCallback);
    connect(m_listener, &LoopbackListener::startRequested, this, &SignInFlow::onStartRequested);
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::setNetworkTimeout(std::chrono::seconds timeout)
{
    m_provider->setNetworkTimeout(timeout);
}

void SignInFlow::setClockSkew(std::chrono::seconds skew)
{
    m_clockSkew = skew;
    m_provider->setClockSkew(skew);
}

QUrl SignInFlow::authorizationUrl() const
{
    return m_browserUrl;
}

QUrl SignInFlow::signInLink() const
{
    if (m_browserUrl.isEmpty())
        return {};
    return m_startLink.isEmpty() ? m_browserUrl : m_startLink;
}

std::chrono::seconds SignInFlow::remainingTime() const
{
    if (!m_deadline.isActive())
        return std::chrono::seconds(0);
    return std::chrono::duration_cast<std::chrono::seconds>(m_deadline.remainingTimeAsDuration());
}

void SignInFlow::start(const SignInOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_callbackReceived = false;
    m_pushed.reset();
    m_browserUrl.clear();
    m_startLink.clear();
    m_waitingStarts.clear();
    if (auto ok = m_config.validate(); !ok) {
        fail(ok.error());
        return;
    }
    if (auto ok = options.validate(); !ok) {
        fail(ok.error());
        return;
    }
    m_provider->discover(whileAlive<DiscoveryDocument>(this, [this, options](Result<DiscoveryDocument> discovery) {
        if (!m_running)
            return;
        // A failed discovery (unreachable, or an issuer other than <endpoint>/oidc) stops the
        // flow before any browser opens.
        if (!discovery)
            fail(discovery.error());
        else
            onDiscovery(discovery.value(), options);
    }));
}

void SignInFlow::onDiscovery(const DiscoveryDocument &discovery, const SignInOptions &options)
{
    auto redirectUri = m_listener->listen(m_port);
    if (!redirectUri) {
        fail(redirectUri.error());
        return;
    }
    auto request = AuthorizationRequest::create(discovery, m_config, options, redirectUri.value());
    if (!request) {
        fail(request.error());
        return;
    }
    m_request = std::make_unique<AuthorizationRequest>(std::move(request).value());
    m_listener->setExpectedState(m_request->state());

    if (!m_pushEnabled || !PushedAuthorization::isOffered(discovery)) {
        waitForBrowser(m_request->url());
        return;
    }

    // The start link: GET http://127.0.0.1:<port>/start?t=<token> pushes the request again and
    // redirects the browser to the fresh request_uri, so "open again", "copy link" and a printed
    // link keep working after the first request_uri has expired.
    //
    // Any page in any browser on this machine can navigate to a loopback address, so consider what
    // one that did could do. The token is 256 random bits, one per sign-in, and is only shown to the
    // person (window, clipboard, stderr); without it the answer is a plain 404. With it, a page
    // could only start *this* sign-in in the person's own browser: the request it leads to carries
    // this app's redirect URI, state and PKCE challenge, so the code comes back to this listener
    // only, is redeemed only with the verifier that never leaves this process, and the ID token
    // must carry this flow's nonce. Nothing is granted to the page (login CSRF would need the
    // attacker's code to reach us with our state, which it cannot get). The Host check still
    // comes first (DNS rebinding), and the link dies with the listener.
    //
    // Each push sends the same parameters (state, nonce, PKCE challenge): it is one authorization
    // request made again, not a new one. Fresh values would gain nothing (none of them is secret
    // from the provider or the browser, the verifier never leaves the app) and would make the
    // listener accept several states and the flow keep several verifiers.
    m_startLink = m_listener->setStartToken(SecureRandom::urlSafeString(32));
    m_pushing = true;
    PushedAuthorization::push(m_provider->http(),
                              discovery,
                              *m_request,
                              whileAlive<PushedAuthorization>(this, [this](Result<PushedAuthorization> pushed) {
                                  m_pushing = false;
                                  if (!m_running)
                                      return;
                                  // A refused push (unknown app, unregistered redirect URI, ...)
                                  // stops here, before any browser opens.
                                  if (!pushed) {
                                      fail(pushed.error());
                                      return;
                                  }
                                  m_pushed = std::make_unique<PushedAuthorization>(std::move(pushed).value());
                                  waitForBrowser(m_pushed->url());
                              }));
}

void SignInFlow::waitForBrowser(const QUrl &url)
{
    // Fetch the signing keys while the person is in the browser.
    m_provider->prefetchKeys();

    m_browserUrl = url;
    m_deadline.start(m_timeout);
    qCDebug(lcLogtoOidc) << "waiting for the browser on" << m_listener->redirectUri().toDisplayString()
                         << (m_startLink.isEmpty() ? "(plain request)" : "(pushed request)");
    Q_EMIT authorizationUrlReady(url);
}

void SignInFlow::onStartRequested(quint64 request)
{
    if (!m_running || !m_request || m_startLink.isEmpty()) {
        m_listener->answerStart(request, {}, CallbackPage::failure(tr("This sign-in has ended.")));
        return;
    }
    // Reused while fresh, so a link opened twice in a row (or by a page in a loop) costs one push.
    if (m_pushed && m_pushed->isFresh()) {
        m_listener->answerStart(request, m_pushed->url());
        return;
    }
    m_waitingStarts.append(request);
    if (m_pushing)
        return; // answered with the push under way
    m_pushing = true;
    qCDebug(lcLogtoOidc) << "start link opened: pushing the authorization request again";
    PushedAuthorization::push(
        m_provider->http(),
        *m_provider->discovery(),
        *m_request,
        whileAlive<PushedAuthorization>(this, [this](Result<PushedAuthorization> pushed) {
            m_pushing = false;
            const QList<quint64> waiting = std::exchange(m_waitingStarts, {});
            if (!m_running)
                return; // the listener is closed: nobody is waiting any more
            CallbackPage page;
            if (pushed) {
                m_pushed = std::make_unique<PushedAuthorization>(std::move(pushed).value());
            } else {
                // The app keeps waiting: the link may work again later (e.g. once the network is back).
                page.kind = CallbackPage::Kind::Ignored;
                page.heading = tr("Could not open the sign-in page");
                page.message = tr("%1 Try this link again, or return to the app.").arg(pushed.error().message);
                page.detail = pushed.error().detail;
            }
            for (const quint64 id : waiting)
                m_listener->answerStart(id, pushed ? m_pushed->url() : QUrl(), page);
        }));
}

void SignInFlow::onCallback(const QUrlQuery &query)
{
    if (!m_running)
        return;
    m_deadline.stop();
    m_callbackReceived = true;
    Q_EMIT callbackReceived();

    const DiscoveryDocument &discovery = *m_provider->discovery();
    // RFC 9207: the issuer in the response must be ours, so a mix-up attack through
    // another provider cannot hand us its code. Checked before anything else is trusted.
    const bool hasIss = query.hasQueryItem(QStringLiteral("iss"));
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if ((discovery.authorizationResponseIssParameterSupported() && !hasIss) || (hasIss && iss != discovery.issuer())) {
        fail(Error{Error::Code::Verification,
                   tr("The sign-in response did not come from the expected provider (issuer mismatch)."),
                   hasIss ? QStringLiteral("iss %1, expected %2").arg(iss, discovery.issuer())
                          : QStringLiteral("iss missing although the provider advertises it")});
        return;
    }

    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        Error failure{
            Error::Code::Provider,
            error == QLatin1String("access_denied")
                ? tr("The sign-in was cancelled or denied.")
                : tr("The sign-in server reported an error: %1").arg(description.isEmpty() ? error : description),
            description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description)};
        failure.oauthError = error;
        fail(failure);
        return;
    }

    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(Error{Error::Code::Provider, tr("The sign-in response has no authorization code.")});
        return;
    }
    m_tokenClient->exchangeCode(discovery.tokenEndpoint(),
                                code,
                                m_request->codeVerifier(),
                                m_request->redirectUri(),
                                whileAlive<TokenResponse>(this, [this](Result<TokenResponse> tokens) {
                                    if (!m_running)
                                        return;
                                    if (!tokens)
                                        fail(tokens.error());
                                    else
                                        onTokens(tokens.value());
                                }));
}

void SignInFlow::onTokens(const TokenResponse &tokens)
{
    if (tokens.idToken.isEmpty()) {
        fail(Error{Error::Code::Verification, tr("The sign-in server returned no ID token.")});
        return;
    }
    verifyIdToken(tokens);
}

void SignInFlow::verifyIdToken(const TokenResponse &tokens)
{
    m_provider->verifyIdToken(
        tokens.idToken,
        m_request->nonce(),
        std::nullopt,
        tokens.accessToken,
        whileAlive<VerifiedIdToken>(this, [this, tokens](Result<VerifiedIdToken> verified) {
            if (!m_running)
                return;
            if (!verified) {
                fail(OidcProvider::explainClockSkew(verified.error(), tokens.serverDate, m_clockSkew));
                return;
            }
            SignInResult result{*m_provider->discovery(), tokens, verified.value(), m_request->resources()};
            Q_EMIT this->verified(result);
            if (!m_running)
                return; // cancelled by a receiver
            if (!m_persist) {
                complete(result);
                return;
            }
            m_persist(result, whileAlive<void>(this, [this, result](Result<void> persisted) {
                          if (!m_running)
                              return;
                          if (!persisted)
                              fail(persisted.error());
                          else
                              complete(result);
                      }));
        }));
}

void SignInFlow::complete(const SignInResult &result)
{
    qCDebug(lcLogtoOidc) << "sign-in complete";
    finish(CallbackPage::success(), [this, result] { Q_EMIT succeeded(result); });
}

void SignInFlow::fail(const Error &error)
{
    if (!m_running)
        return;
    qCDebug(lcLogtoOidc) << "sign-in failed:" << error.toString();
    finish(CallbackPage::failure(error.message, error.detail), [this, error] { Q_EMIT failed(error); });
}

void SignInFlow::cancel()
{
    fail(Error{Error::Code::Cancelled, tr("The sign-in was cancelled.")});
}

void SignInFlow::finish(const CallbackPage &page, const std::function<void()> &report)
{
    m_running = false;
    m_deadline.stop();
    if (!m_callbackReceived) {
        m_listener->close();
        report();
        return;
    }
    // Report only once the browser has the page: a command-line process exits right after,
    // and the person must not be left with a spinning tab. Bounded, in case the browser stalls.
    auto *guard = new QTimer(this);
    guard->setSingleShot(true);
    const auto done = [this, guard, report] {
        if (!guard->isActive())
            return; // already reported
        guard->stop();
        guard->deleteLater();
        m_listener->close();
        report();
    };
    connect(m_listener, &LoopbackListener::responded, guard, done, Qt::SingleShotConnection);
    connect(guard, &QTimer::timeout, this, [this, guard, report] {
        guard->deleteLater();
        m_listener->close();
        report();
    });
    guard->start(3000);
    m_listener->respond(page);
}

} // namespace Logto
