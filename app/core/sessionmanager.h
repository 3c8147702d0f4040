// SPDX-License-Identifier: MIT
#pragma once

#include "discoverydocument.h"
#include "idtokenverifier.h"
#include "oidcconfig.h"
#include "result.h"
#include "sessionindex.h"
#include "tokenresponse.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace Logto {

class OidcProvider;
class SessionLock;
class SessionStore;
class TokenClient;
class TokenStore;
struct SignInResult;

struct AccessToken
{
    QString token;
    QDateTime expiresAt;
    QString resource; // empty: the opaque token for userinfo
    QString organizationId;
};

// What sign-out did, so the caller can tell the person the truth.
struct SignOutReport
{
    bool revoked = false; // the refresh token was revoked at the provider
    std::optional<Error> revocationError; // why not, e.g. offline; the keychain was cleared anyway
    QUrl endSessionUrl; // when asked for: open it to end Logto's browser session too
};

// The lifecycle of one stored session (issuer + app id) after sign-in: restore from the
// keychain, access tokens with single-flight refresh, userinfo, verified claims, sign-out.
//
// Logto rotates the refresh token on every use and revokes the whole grant when an old one
// comes back after 3 s (shared Logto facts: Refresh tokens). So:
// - one refresh at a time, for every resource and organization, queued in this process and
//   serialised across processes with a SessionLock; after taking the lock the keychain is
//   read again, because another process may have rotated the token meanwhile;
// - the new refresh token is saved before any access token from that refresh is handed out;
// - a generation counter makes a refresh that was in flight during sign-out or a new sign-in
//   drop its result instead of writing a session back;
// - invalid_grant ends the session (cleared, signedOut()); network errors, 5xx and 429 keep it.
//
// Callbacks capture `this`: every helper object is a child of the manager, so none outlives it.
class SessionManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    SessionManager(const OidcConfig &config, TokenStore *tokens, QObject *parent = nullptr);
    ~SessionManager() override;

    // Refresh this long before the access token expires (default 60 s).
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    void setClockSkew(std::chrono::seconds skew);
    void setNetworkTimeout(std::chrono::seconds timeout);
    void setIndex(SessionIndex *index); // for tests; default: QSettings of the application

    [[nodiscard]] const OidcConfig &config() const { return m_config; }
    // The provider this manager verifies with: give it to a SignInFlow, so that discovery and the
    // signing keys are fetched once for the sign-in and everything after it.
    [[nodiscard]] OidcProvider *provider() const { return m_provider; }

    // Stores a verified sign-in as the session (SignInFlow's persist hook).
    void adopt(const SignInResult &result, Callback<void> done);
    // The metadata adopt() stores for `result` (no keychain, no network).
    [[nodiscard]] SessionMetadata metadataFor(const SignInResult &result) const;

    // The stored session's metadata, from the keychain and the index; no network.
    void restore(Callback<SessionMetadata> done);
    // The non-secret metadata alone (no keychain access): expiries, scopes, resources.
    [[nodiscard]] std::optional<SessionMetadata> metadata() const;
    // A valid access token: cached, or refreshed (single-flight). `resource` must be one of
    // the resources of the sign-in; `organizationId` asks for an organization token.
    void accessToken(Callback<AccessToken> done, const QString &resource = {}, const QString &organizationId = {});
    // The stored ID token, verified again (signature, iss, aud, sub), refreshed first when expired.
    void idToken(Callback<VerifiedIdToken> done);
    // /oidc/me with the opaque access token; a different `sub` than the ID token's is rejected.
    void userInfo(Callback<QJsonObject> done);
    // The same with a token in hand, e.g. right after a sign-in, while adopt() is still storing it:
    // `subject` is the verified ID token's.
    void userInfo(const QString &accessToken, const QString &subject, Callback<QJsonObject> done);
    // Revokes the refresh token, then clears the keychain whatever the provider said.
    void signOut(bool endBrowserSession, Callback<SignOutReport> done);

    // Keeps the access token fresh in the background (the window): refreshes `margin` before
    // expiry, backs off on network errors, never opens a browser.
    void startAutoRefresh();
    void stopAutoRefresh();

    // A rotated refresh token the keychain did not take is kept in memory (the keychain's is
    // consumed: Logto would revoke the grant if it came back) and its write is retried with
    // back-off. hasUnsavedTokens() says whether one is waiting; saveUnsaved() tries now (a
    // command line process calls it before it exits).
    [[nodiscard]] bool hasUnsavedTokens() const { return !m_unsavedRefreshToken.isEmpty(); }
    void saveUnsaved(Callback<void> done);

    // Tests and diagnostics: refresh grants sent by this manager.
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    // The provider ended the session (invalid_grant): it has been cleared.
    void signedOut(const Logto::Error &reason);
    void tokensRefreshed();
    // The keychain did not take a rotated refresh token: the session works from memory meanwhile.
    void saveFailed(const Logto::Error &error);
    // What saveFailed() reported has been written after all (or is moot: signed out, signed in again).
    void unsavedTokensSaved();

private:
    struct RefreshRequest
    {
        QString resource;
        QString organizationId;
        bool renewIdToken = false; // the stored ID token expired: refresh even if the access token is fresh
        std::vector<Callback<AccessToken>> waiters;
    };

    void enqueueRefresh(const QString &resource,
                        const QString &organizationId,
                        Callback<AccessToken> done,
                        bool renewIdToken = false);
    void startNextRefresh();
    void refreshLocked(const RefreshRequest &request, quint64 generation);
    void finishRefresh(const Result<AccessToken> &result);
    void saveRefreshed(const TokenResponse &tokens,
                       const VerifiedIdToken &idToken,
                       const RefreshRequest &request,
                       quint64 generation);
    void clearSession(const Error &reason, Callback<void> done);
    void keepUnsaved(const QString &refreshToken, const QString &idToken, const Error &cause);
    void forgetUnsaved();
    void verifyIdToken(const QString &idToken,
                       const QString &accessToken,
                       const std::optional<QString> &subject,
                       Callback<VerifiedIdToken> done);
    void readAccessTokenFromKeychain(Callback<AccessToken> done);
    void scheduleAutoRefresh(std::chrono::milliseconds delay);
    void onAutoRefreshTimer();
    [[nodiscard]] bool isFresh(const QDateTime &expiresAt) const;
    [[nodiscard]] Result<void> checkResourceGranted(const QString &resource) const;
    [[nodiscard]] QString accessTokenKey() const;
    [[nodiscard]] Error notSignedIn() const;

    const OidcConfig m_config;
    TokenStore *const m_tokens;
    SessionStore *m_sessions;
    OidcProvider *m_provider;
    TokenClient *m_tokenClient;
    SessionLock *m_lock;
    std::unique_ptr<SessionIndex> m_ownIndex;
    SessionIndex *m_index;
    std::deque<RefreshRequest> m_refreshQueue;
    bool m_refreshing = false;
    quint64 m_refreshTicket = 0; // SessionLock::Ticket of the refresh in flight
    QString m_unsavedRefreshToken;
    QString m_unsavedIdToken;
    QTimer m_saveRetry;
    std::chrono::milliseconds m_saveBackoff{0};
    quint64 m_generation = 0;
    QHash<QString, AccessToken> m_memoryTokens; // resource/organization tokens: memory only
    std::chrono::seconds m_refreshMargin{60};
    QTimer m_autoRefresh;
    QDateTime m_autoRefreshAt; // wall-clock time, so a sleeping machine refreshes when it wakes
    std::chrono::milliseconds m_backoff{0};
    int m_refreshCount = 0;
};

} // namespace Logto
