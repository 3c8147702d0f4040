// SPDX-License-Identifier: MIT
#include "sessionstore.h"

#include "tokenstore.h"

#include <optional>

namespace Logto {

SessionStore::SessionStore(TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{
}

QString SessionStore::refreshTokenKey(const QString &issuer, const QString &appId)
{
    return QStringLiteral("%1 %2 refresh_token").arg(issuer, appId);
}

QString SessionStore::idTokenKey(const QString &issuer, const QString &appId)
{
    return QStringLiteral("%1 %2 id_token").arg(issuer, appId);
}

QString SessionStore::accessTokenKey(const QString &issuer, const QString &appId)
{
    return QStringLiteral("%1 %2 access_token").arg(issuer, appId);
}

void SessionStore::save(const QString &issuer, const QString &appId, const StoredSession &session, DoneCallback done)
{
    const QString refreshKey = refreshTokenKey(issuer, appId);
    const QString idKey = idTokenKey(issuer, appId);
    // The ID token first: if writing the refresh token then fails, the old refresh token (if
    // any) is still in place, and the old ID token, read here, goes back next to it.
    m_tokens->read(idKey, [this, refreshKey, idKey, session, done](Result<QString> previous) {
        if (!previous && previous.error().code != Error::Code::NotSignedIn) {
            done(previous.error());
            return;
        }
        const std::optional<QString> previousIdToken =
            previous ? std::optional<QString>(previous.value()) : std::nullopt;
        m_tokens->write(
            idKey, session.idToken, [this, refreshKey, idKey, session, previousIdToken, done](Result<void> written) {
                if (!written) {
                    done(written);
                    return;
                }
                m_tokens->write(
                    refreshKey, session.refreshToken, [this, idKey, previousIdToken, done](Result<void> written) {
                        if (written) {
                            done({});
                            return;
                        }
                        const auto report = [done, written](const Result<void> &) { done(written); };
                        if (previousIdToken)
                            m_tokens->write(idKey, *previousIdToken, report);
                        else
                            m_tokens->remove(idKey, report);
                    });
            });
    });
}

void SessionStore::load(const QString &issuer, const QString &appId, LoadCallback done)
{
    const QString idKey = idTokenKey(issuer, appId);
    m_tokens->read(refreshTokenKey(issuer, appId), [this, idKey, done](Result<QString> refreshToken) {
        if (!refreshToken) {
            done(refreshToken.error());
            return;
        }
        m_tokens->read(idKey, [done, refresh = refreshToken.value()](Result<QString> idToken) {
            if (!idToken) {
                done(idToken.error());
                return;
            }
            done(StoredSession{refresh, idToken.value()});
        });
    });
}

void SessionStore::remove(const QString &issuer, const QString &appId, DoneCallback done)
{
    // The refresh token first: once it is gone the session is over, whatever happens next.
    const QString idKey = idTokenKey(issuer, appId);
    m_tokens->remove(refreshTokenKey(issuer, appId), [this, idKey, done](Result<void> removed) {
        m_tokens->remove(idKey, [done, removed](Result<void> removedId) { done(removed ? removedId : removed); });
    });
}

} // namespace Logto
