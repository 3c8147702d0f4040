// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "browserlauncher.h"
#include "devicesigninflow.h"
#include "error.h"
#include "idtokenverifier.h"
#include "sessionindex.h"
#include "signinexperience.h"
#include "signinoptions.h"
#include "tokendetails.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Logto {
class HttpClient;
class OidcConfig;
class SessionManager;
class SignInFlow;
class TokenStore;
struct SignInResult;
} // namespace Logto

// What the window shows, and the one place that drives the core for it: sign-in through the
// browser, restore at start, background refresh, profile and claims, sign-out. The window
// only renders the state; tests drive this class and the window alike.
class AppController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unconfigured, // no endpoint/app id yet: Settings first
        Restoring, // reading the keychain, verifying, loading the profile
        SignedOut,
        Waiting, // the browser is open at Logto's page
        Completing, // the browser came back: exchanging, verifying, loading the profile
        DeviceWaiting, // "Sign in with another device": the code is shown, the other device is awaited
        SignedIn,
    };
    Q_ENUM(State)

    explicit AppController(Logto::TokenStore *tokens, QObject *parent = nullptr);
    ~AppController() override;

    void setSettings(const AppSettings &settings);
    [[nodiscard]] const AppSettings &settings() const { return m_settings; }
    void setUiLocales(const QString &tag) { m_uiLocales = tag; }
    void setBrowserOpener(Logto::BrowserLauncher::Opener opener);
    void setSignInTimeout(std::chrono::seconds timeout) { m_timeout = timeout; }
    [[nodiscard]] int signInTimeoutSeconds() const { return static_cast<int>(m_timeout.count()); }
    // Refresh the access token this long before it expires (default 60 s).
    void setRefreshMargin(std::chrono::seconds margin);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString tenantDisplay() const;

    // The "Continue with ..." buttons: what the tenant offers (its public sign-in experience,
    // read again whenever the settings change), the targets chosen in Settings first. Until the
    // tenant answers, none; when it cannot tell (no such document, offline, a bad answer), the
    // Settings value stands.
    [[nodiscard]] QList<Logto::SocialConnector> socialConnectors() const;
    enum class SignInExperienceState { None, Loading, Loaded, Unavailable };
    Q_ENUM(SignInExperienceState)
    [[nodiscard]] SignInExperienceState signInExperienceState() const { return m_experienceState; }
    void setSignInExperienceTimeout(std::chrono::milliseconds timeout);

    // Starts from the keychain: signed in without a browser when a session is stored.
    void restore();
    // What restore() shows while it reads the keychain, without reading it yet: at start-up the
    // window's first frame shows it, and restore() follows once that frame is out.
    void showRestoring();
    void signIn(const Logto::SignInOptions &options);
    void cancelSignIn();
    // "Sign in with another device" (RFC 8628) with Settings' device-flow app. The session is then
    // that app's (sign-out and refresh use its id) until signed out.
    void signInWithDevice();
    // The tenant offers the device flow and Settings name a device-flow app.
    [[nodiscard]] bool canSignInWithDevice() const { return m_deviceFlowOffered && !m_settings.deviceAppId.isEmpty(); }
    [[nodiscard]] const Logto::DeviceAuthorization &deviceAuthorization() const { return m_deviceAuthorization; }
    void openBrowserAgain();
    // The sign-in link for "Open browser again" and "Copy sign-in link": it works for as long as
    // the sign-in waits (with PAR, the loopback start link: see SignInFlow::signInLink()).
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }
    [[nodiscard]] int secondsLeft() const;
    void signOut(bool endBrowserSession);
    // After a network or keychain error: runs again what failed (the sign-in, the restore, the
    // profile, the sign-out, the copy). canRetry() says whether there is such a thing.
    void retry();
    [[nodiscard]] bool canRetry() const { return static_cast<bool>(m_retry); }

    [[nodiscard]] QJsonObject idTokenClaims() const { return m_idToken.claims; }
    [[nodiscard]] QJsonObject userInfo() const { return m_userInfo; }
    [[nodiscard]] TokenDetails tokenDetails() const;

    // Copies to the clipboard only when asked; tokens are never shown.
    void copyAccessToken();
    void copyIdToken();

    // A sign-in's profile may be on screen while its session is still being written to the
    // keychain; until savingFinished() the process should not exit.
    [[nodiscard]] bool isSaving() const { return m_pending && !m_pending->persisted; }

Q_SIGNALS:
    void stateChanged(AppController::State state);
    void errorOccurred(const Logto::Error &error);
    void errorCleared();
    void profileChanged();
    void raiseRequested(); // the browser came back: bring the window to the front
    void notice(const QString &message); // short, non-error feedback (e.g. "Copied")
    void savingFinished(); // stored, failed or abandoned: see isSaving()
    void socialConnectorsChanged();
    void deviceSignInAvailabilityChanged(bool available);

private:
    void setState(State state);
    void fail(const Logto::Error &error, State next);
    void startSignIn(const Logto::SignInOptions &options);
    void openBrowser(const QUrl &url);
    void onVerified(const Logto::SignInResult &result);
    void onSignedIn(const Logto::SignInResult &result);
    void onSignInFailed(const Logto::Error &error);
    void finishSignIn();
    void abandonSignIn();
    void loadProfile();
    void rebuildSession();
    void loadSignInExperience(const QUrl &endpoint);
    [[nodiscard]] std::unique_ptr<Logto::SessionManager> makeSession(const Logto::OidcConfig &config);
    void learnDeviceFlowOffered();
    void useMainSession(); // after the device app's session ended: back to Settings' app
    // Stores a verified sign-in as `session`'s (both flows' persist hook); refuses one with no refresh token.
    [[nodiscard]] static Logto::SignInFlow::PersistCallback persistInto(Logto::SessionManager *session);

    Logto::TokenStore *const m_tokens;
    AppSettings m_settings;
    QString m_uiLocales;
    Logto::BrowserLauncher m_launcher;
    std::unique_ptr<Logto::SessionManager> m_session; // rebuilt when the settings change
    QPointer<Logto::SignInFlow> m_flow;
    QPointer<Logto::DeviceSignInFlow> m_deviceFlow;
    // The device app's session while its sign-in runs; it becomes m_session once verified.
    std::unique_ptr<Logto::SessionManager> m_deviceSession;
    Logto::DeviceAuthorization m_deviceAuthorization;
    bool m_deviceFlowOffered = false;
    State m_state = State::Unconfigured;
    QUrl m_authorizationUrl;
    std::chrono::seconds m_timeout{300};
    std::chrono::seconds m_refreshMargin{60};
    Logto::VerifiedIdToken m_idToken;
    bool m_idTokenRestored = false; // read back from the keychain, not from this run's sign-in
    QJsonObject m_userInfo;
    Logto::SessionMetadata m_metadata;
    Logto::HttpClient *m_http; // the sign-in experience: public, no token
    std::optional<Logto::SignInExperience> m_experience;
    SignInExperienceState m_experienceState = SignInExperienceState::None;
    quint64 m_experienceSerial = 0; // answers for earlier settings are dropped

    // A verified sign-in whose profile is loading while adopt() stores it: shown as soon as
    // userinfo answers, undone (back to what was there before) if storing fails.
    // (No default member initializers: clang cannot use them for an std::optional member of the
    // enclosing class.)
    struct PendingSignIn
    {
        Logto::VerifiedIdToken previousIdToken;
        QJsonObject previousUserInfo;
        Logto::SessionMetadata previousMetadata;
        bool previousIdTokenRestored;
        bool persisted;
        bool userInfoDone;
        std::optional<Logto::Error> userInfoError;
    };
    std::optional<PendingSignIn> m_pending;
    quint64 m_signInSerial = 0; // answers for an abandoned sign-in are dropped
    std::function<void()> m_retry; // what the last failure interrupted: retry() runs it again
};
