// SPDX-License-Identifier: MIT
#pragma once

#include "callbackpage.h"
#include "discoverydocument.h"
#include "error.h"
#include "idtokenverifier.h"
#include "oidcconfig.h"
#include "result.h"
#include "signinoptions.h"
#include "tokenresponse.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Logto {

class AuthorizationRequest;
class LoopbackListener;
class OidcProvider;
class PushedAuthorization;
class TokenClient;

// What a completed sign-in yields: verified tokens and the provider they came from.
struct SignInResult
{
    DiscoveryDocument discovery;
    TokenResponse tokens;
    VerifiedIdToken idToken;
    QStringList resources; // the API resources granted at sign-in (RFC 8707)
};

// One sign-in attempt, RFC 8252 style: discovery, a loopback listener on 127.0.0.1, the
// authorization request (PKCE S256, state, nonce) opened in the system browser, the
// redirect checked (state, RFC 9207 iss, error), the code exchanged, the ID token verified,
// the session handed to `persist`, and only then the browser told "you're signed in".
// Any failure stores nothing: persist runs only after every check passed.
//
// When discovery offers pushed authorization requests (RFC 9126) the request is pushed first, and
// the browser gets only client_id and request_uri; a refused push fails the flow before any browser
// opens. A request_uri dies after a minute, so signInLink() is then a loopback link that pushes
// again whenever it is opened: it works for as long as the flow waits.
class SignInFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    using PersistCallback = std::function<void(const SignInResult &, std::function<void(Result<void>)>)>;

    explicit SignInFlow(const OidcConfig &config, QObject *parent = nullptr);
    // With a provider another part of the app already has for the same config (e.g.
    // SessionManager::provider()): its discovery document and signing keys are reused. Not owned;
    // it must outlive the flow's run (cancel() first). setClockSkew() and setNetworkTimeout() change it.
    SignInFlow(const OidcConfig &config, OidcProvider *provider, QObject *parent = nullptr);
    ~SignInFlow() override;

    void setTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    void setPort(quint16 port) { m_port = port; }
    void setClockSkew(std::chrono::seconds skew);
    void setNetworkTimeout(std::chrono::seconds timeout);
    // Called with the verified result before the browser is answered; its error fails the flow.
    void setPersist(PersistCallback persist) { m_persist = std::move(persist); }
    // Pushed authorization requests when the provider offers them (the default); false sends the
    // whole request in the browser's URL even then. Set before start().
    void setPushedAuthorization(bool enabled) { m_pushEnabled = enabled; }

    void start(const SignInOptions &options);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    // What authorizationUrlReady() gave: with PAR it works for about a minute only.
    [[nodiscard]] QUrl authorizationUrl() const;
    // For "open the browser again", "copy the link" and printing: works as long as the flow waits.
    // With PAR, the loopback start link (http://127.0.0.1:<port>/start?t=…); otherwise the plain
    // authorization URL. Empty before authorizationUrlReady().
    [[nodiscard]] QUrl signInLink() const;
    // True while the request goes by PAR (known once authorizationUrlReady() was emitted).
    [[nodiscard]] bool isPushed() const { return !m_startLink.isEmpty(); }
    [[nodiscard]] std::chrono::seconds remainingTime() const;

Q_SIGNALS:
    // Open this in the system browser (the flow does not open it itself: the caller
    // chooses how, and can offer "open again" / "copy link" with signInLink()).
    void authorizationUrlReady(const QUrl &url);
    void callbackReceived(); // the browser came back; a window may raise itself now
    // Every check passed (state, iss, the code exchanged, the ID token verified), before `persist`
    // runs: a caller may start on the profile with the access token. Nothing is stored yet, and
    // `succeeded` or `failed` still follows; on `failed` this sign-in never happened.
    void verified(const Logto::SignInResult &result);
    void succeeded(const Logto::SignInResult &result);
    void failed(const Logto::Error &error);

private:
    void onDiscovery(const DiscoveryDocument &discovery, const SignInOptions &options);
    void waitForBrowser(const QUrl &url);
    void onStartRequested(quint64 request);
    void onCallback(const QUrlQuery &query);
    void onTokens(const TokenResponse &tokens);
    void verifyIdToken(const TokenResponse &tokens);
    void complete(const SignInResult &result);
    void fail(const Error &error);
    void finish(const CallbackPage &page, const std::function<void()> &report);

    const OidcConfig m_config;
    OidcProvider *m_provider;
    LoopbackListener *m_listener;
    TokenClient *m_tokenClient;
    std::unique_ptr<AuthorizationRequest> m_request;
    std::unique_ptr<PushedAuthorization> m_pushed; // the latest pushed request
    QUrl m_browserUrl;
    QUrl m_startLink;
    QList<quint64> m_waitingStarts; // start-link requests waiting for a push
    bool m_pushing = false;
    bool m_pushEnabled = true;
    PersistCallback m_persist;
    QTimer m_deadline;
    std::chrono::seconds m_timeout{300};
    quint16 m_port = 0;
    bool m_running = false;
    bool m_callbackReceived = false;
    std::chrono::seconds m_clockSkew{300};
};

} // namespace Logto

Q_DECLARE_METATYPE(Logto::SignInResult)
