// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Logto {

class TokenStore;

// The secrets of one session, as kept in the keychain.
struct StoredSession
{
    QString refreshToken;
    QString idToken; // verified before it was stored; re-verified before its claims are trusted
};

// Sessions in the keychain, one per (issuer, app id), so accounts of other tenants or apps
// never overwrite each other. The refresh token and the ID token are separate entries:
// Windows Credential Manager caps a secret at 2,560 bytes and an ID token can exceed it.
class SessionStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    using LoadCallback = std::function<void(Result<StoredSession>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    explicit SessionStore(TokenStore *tokens, QObject *parent = nullptr);

    // Writes both entries; if the second write fails the first is put back as it was (the
    // replaced session's ID token, or none), so a failed save leaves the keychain as it found it.
    void save(const QString &issuer, const QString &appId, const StoredSession &session, DoneCallback done);
    void load(const QString &issuer, const QString &appId, LoadCallback done);
    // Removes both entries; removing a missing entry succeeds.
    void remove(const QString &issuer, const QString &appId, DoneCallback done);

    [[nodiscard]] static QString refreshTokenKey(const QString &issuer, const QString &appId);
    [[nodiscard]] static QString idTokenKey(const QString &issuer, const QString &appId);
    // The opaque access token for userinfo: a cache shared by the user's processes.
    [[nodiscard]] static QString accessTokenKey(const QString &issuer, const QString &appId);

private:
    TokenStore *const m_tokens;
};

} // namespace Logto
