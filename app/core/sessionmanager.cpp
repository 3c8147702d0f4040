// SPDX-License-Identifier: MIT
#include "sessionmanager.h"

#include "httpclient.h"
#include "jsonwebsignature.h"
#include "logging.h"
#include "oidcprovider.h"
#include "sessionlock.h"
#include "sessionstore.h"
#include "signinflow.h"
#include "tokenclient.h"
#include "tokenstore.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Logto {

namespace {

QString cacheKey(const QString &resource, const QString &organizationId)
{
    return resource + QLatin1Char('\n') + organizationId;
}

constexpr std::chrono::milliseconds MinimumBackoff{5'000};
constexpr std::chrono::milliseconds MaximumBackoff{15 * 60'000};
constexpr std::chrono::milliseconds FirstSaveRetry{1'000};
constexpr std::chrono::milliseconds MaximumSaveRetry{30'000};

} // namespace

SessionManager::SessionManager(const OidcConfig &config, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_tokens(tokens)
    , m_sessions(new SessionStore(tokens, this))
    , m_provider(new OidcProvider(config, this))
    , m_tokenClient(new TokenClient(m_provider->http(), config.appId(), this))
    , m_lock(new SessionLock(config.issuer(), config.appId(), this))
    , m_ownIndex(std::make_unique<SessionIndex>())
    , m_index(m_ownIndex.get())
{
    m_autoRefresh.setSingleShot(true);
    connect(&m_autoRefresh, &QTimer::timeout, this, &SessionManager::onAutoRefreshTimer);
    m_saveRetry.setSingleShot(true);
    connect(&m_saveRetry, &QTimer::timeout, this, [this] { saveUnsaved([](const Result<void> &) {}); });
}

SessionManager::~SessionManager() = default;

void SessionManager::setNetworkTimeout(std::chrono::seconds timeout)
{
    m_provider->setNetworkTimeout(timeout);
}

void SessionManager::setClockSkew(std::chrono::seconds skew)
{
    m_provider->setClockSkew(skew);
}

void SessionManager::setIndex(SessionIndex *index)
{
    m_index = index;
}

QString SessionManager::accessTokenKey() const
{
    return SessionStore::accessTokenKey(m_config.issuer(), m_config.appId());
}

Error SessionManager::notSignedIn() const
{
    return Error{Error::Code::NotSignedIn, tr("not signed in: run sign-in first")};
}

bool SessionManager::isFresh(const QDateTime &expiresAt) const
{
    return expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(expiresAt) > m_refreshMargin.count();
}

Result<void> SessionManager::checkResourceGranted(const QString &resource) const
{
    if (resource.isEmpty())
        return {};
    const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
    // Logto consumes the refresh token *before* answering invalid_target for a resource
    // that was not in the authorization request, which would end the session 3 s later:
    // refuse locally instead (shared Logto facts: Refresh tokens).
    if (!metadata || !metadata->resources.contains(resource)) {
        return Error{
            Error::Code::InvalidInput,
            tr("The API resource %1 was not requested at sign-in. Sign in again with --resource %1.").arg(resource)};
    }
    return {};
}

void SessionManager::adopt(const SignInResult &result, Callback<void> done)
{
    // A new sign-in replaces whatever a refresh in flight would write.
    const quint64 generation = ++m_generation;
    m_memoryTokens.clear();
    // What the sign-in already has, this manager need not fetch or read back again.
    m_provider->setDiscovery(result.discovery);
    m_memoryTokens.insert(cacheKey({}, {}), AccessToken{result.tokens.accessToken, result.tokens.expiresAt, {}, {}});
    m_lock->acquire([this, result, generation, done](Result<SessionLock::Ticket> locked) {
        if (!locked) {
            m_memoryTokens.clear();
            done(locked.error());
            return;
        }
        const SessionLock::Ticket ticket = locked.value();
        m_sessions->save(m_config.issuer(),
                         m_config.appId(),
                         {result.tokens.refreshToken, result.tokens.idToken},
                         [this, result, generation, ticket, done](Result<void> saved) {
                             if (!saved || generation != m_generation) {
                                 if (!saved)
                                     m_memoryTokens.clear(); // nothing was kept: nothing may be handed out
                                 m_lock->release(ticket);
                                 done(saved);
                                 return;
                             }
                             // A new grant: a refresh token of the old one that could not be saved is moot.
                             forgetUnsaved();
                             m_tokens->write(accessTokenKey(),
                                             result.tokens.accessToken,
                                             [this, result, ticket, done](Result<void>) {
                                                 // The access token is a cache: losing it costs one refresh,
                                                 // nothing more.
                                                 m_index->save(metadataFor(result));
                                                 m_lock->release(ticket);
                                                 done({});
                                             });
                         });
    });
}

SessionMetadata SessionManager::metadataFor(const SignInResult &result) const
{
    SessionMetadata metadata;
    metadata.issuer = m_config.issuer();
    metadata.appId = m_config.appId();
    metadata.subject = result.idToken.claims.value(QLatin1String("sub")).toString();
    metadata.scopes = result.tokens.scopes;
    metadata.resources = result.resources;
    metadata.signedInAt = QDateTime::currentDateTimeUtc();
    metadata.refreshedAt = metadata.signedInAt;
    metadata.accessTokenExpiresAt = result.tokens.expiresAt;
    metadata.idTokenExpiresAt = result.idToken.expiresAt;
    metadata.endSessionEndpoint = result.discovery.endSessionEndpoint().toString();
    metadata.revocationEndpoint = result.discovery.revocationEndpoint().toString();
    return metadata;
}

std::optional<SessionMetadata> SessionManager::metadata() const
{
    return m_index->find(m_config.issuer(), m_config.appId());
}

void SessionManager::restore(Callback<SessionMetadata> done)
{
    const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
    m_sessions->load(m_config.issuer(), m_config.appId(), [this, metadata, done](Result<StoredSession> stored) {
        if (stored) {
            SessionMetadata result = metadata.value_or(SessionMetadata{});
            result.issuer = m_config.issuer();
            result.appId = m_config.appId();
            if (result.subject.isEmpty()) {
                const auto token = JsonWebSignature::parse(stored.value().idToken.toLatin1());
                if (token)
                    result.subject = token.value().payload().value(QLatin1String("sub")).toString();
            }
            done(result);
            return;
        }
        if (stored.error().code != Error::Code::NotSignedIn || !metadata) {
            done(stored.error());
            return;
        }
        // The index knows a session the keychain does not show. QtKeychain reads a locked
        // Secret Service collection as "not found", so probe with a write before concluding.
        const QString probeKey = QStringLiteral("%1 %2 probe").arg(m_config.issuer(), m_config.appId());
        m_tokens->write(probeKey, QStringLiteral("probe"), [this, probeKey, done](Result<void> written) {
            if (!written) {
                done(Error{Error::Code::KeychainLocked,
                           tr("keychain locked: unlock your keychain (login keyring) and try again"),
                           written.error().detail});
                return;
            }
            m_tokens->remove(probeKey, [this, done](const Result<void> &) {
                m_index->remove(m_config.issuer(), m_config.appId());
                done(notSignedIn());
            });
        });
    });
}

void SessionManager::readAccessTokenFromKeychain(Callback<AccessToken> done)
{
    const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
    if (!metadata || !isFresh(metadata->accessTokenExpiresAt)) {
        done(Error{Error::Code::NotSignedIn, QStringLiteral("no fresh access token stored")});
        return;
    }
    const QDateTime expiresAt = metadata->accessTokenExpiresAt;
    m_tokens->read(accessTokenKey(), [expiresAt, done](Result<QString> token) {
        if (!token || token.value().isEmpty()) {
            done(Error{Error::Code::NotSignedIn, QStringLiteral("no access token stored")});
            return;
        }
        done(AccessToken{token.value(), expiresAt, {}, {}});
    });
}

void SessionManager::accessToken(Callback<AccessToken> done, const QString &resource, const QString &organizationId)
{
    if (auto granted = checkResourceGranted(resource); !granted) {
        done(granted.error());
        return;
    }
    const QString key = cacheKey(resource, organizationId);
    if (const auto cached = m_memoryTokens.constFind(key);
        cached != m_memoryTokens.constEnd() && isFresh(cached->expiresAt)) {
        done(*cached);
        return;
    }
    if (!resource.isEmpty() || !organizationId.isEmpty()) {
        enqueueRefresh(resource, organizationId, std::move(done));
        return;
    }
    // The opaque token is shared through the keychain, so another process's refresh counts.
    readAccessTokenFromKeychain([this, done](Result<AccessToken> stored) {
        if (stored) {
            m_memoryTokens.insert(cacheKey({}, {}), stored.value());
            done(stored);
            return;
        }
        enqueueRefresh({}, {}, done);
    });
}

void SessionManager::enqueueRefresh(const QString &resource,
                                    const QString &organizationId,
                                    Callback<AccessToken> done,
                                    bool renewIdToken)
{
    // Join an identical request that is queued or in flight: N callers, one refresh.
    for (RefreshRequest &request : m_refreshQueue) {
        if (request.resource == resource && request.organizationId == organizationId
            && request.renewIdToken == renewIdToken) {
            request.waiters.push_back(std::move(done));
            return;
        }
    }
    RefreshRequest request{resource, organizationId, renewIdToken, {}};
    request.waiters.push_back(std::move(done));
    m_refreshQueue.push_back(std::move(request));
    startNextRefresh();
}

void SessionManager::startNextRefresh()
{
    if (m_refreshing || m_refreshQueue.empty())
        return;
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_lock->acquire([this, generation](Result<SessionLock::Ticket> locked) {
        if (!locked) {
            finishRefresh(locked.error());
            return;
        }
        m_refreshTicket = locked.value();
        refreshLocked(m_refreshQueue.front(), generation);
    });
}

void SessionManager::refreshLocked(const RefreshRequest &request, quint64 generation)
{
    if (generation != m_generation) {
        // Signed out (or in again) while this refresh waited for the lock: the token is no longer
        // ours to use, and using it would leave a rotated one alive after the sign-out's revocation.
        finishRefresh(notSignedIn());
        return;
    }
    const bool plain = request.resource.isEmpty() && request.organizationId.isEmpty();
    const auto refreshWith = [this, request, generation](const StoredSession &stored) {
        m_provider->discover([this, request, generation, stored](Result<DiscoveryDocument> discovery) {
            if (!discovery) {
                finishRefresh(discovery.error());
                return;
            }
            ++m_refreshCount;
            qCDebug(lcLogtoSession) << "refresh grant" << (request.resource.isEmpty() ? QString() : request.resource)
                                    << request.organizationId;
            // A rotated refresh token this process could not save is the live one: the keychain
            // still holds the token it replaced, which Logto has consumed already.
            m_tokenClient->refresh(
                discovery.value().tokenEndpoint(),
                m_unsavedRefreshToken.isEmpty() ? stored.refreshToken : m_unsavedRefreshToken,
                [this, request, generation, stored, revocation = discovery.value().revocationEndpoint()](
                    Result<TokenResponse> tokens) {
                    if (generation != m_generation) {
                        // Signed out (or in again) meanwhile: drop the answer, and revoke the refresh
                        // token it rotated to, which the sign-out could not know about.
                        if (tokens && !tokens.value().refreshToken.isEmpty() && !revocation.isEmpty())
                            m_tokenClient->revoke(revocation, tokens.value().refreshToken, [](const Result<void> &) {});
                        finishRefresh(notSignedIn());
                        return;
                    }
                    if (!tokens) {
                        Error error = tokens.error();
                        if (error.code == Error::Code::NotSignedIn) {
                            clearSession(error, [this, error](const Result<void> &) { finishRefresh(error); });
                            return;
                        }
                        if (error.httpStatus == 403 || error.oauthError == QLatin1String("access_denied")) {
                            error.message = request.organizationId.isEmpty()
                                ? tr("Access denied: %1").arg(error.message)
                                : tr("No access to organization %1: the account is not a member, or the "
                                     "organization requires multi-factor authentication.")
                                      .arg(request.organizationId);
                        }
                        finishRefresh(error);
                        return;
                    }
                    const TokenResponse response = tokens.value();
                    if (response.refreshToken.isEmpty()) {
                        finishRefresh(
                            Error{Error::Code::Provider, tr("The sign-in server did not return a new refresh token.")});
                        return;
                    }
                    if (response.idToken.isEmpty()) {
                        saveRefreshed(response, VerifiedIdToken{}, request, generation);
                        return;
                    }
                    const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
                    std::optional<QString> subject;
                    if (metadata && !metadata->subject.isEmpty())
                        subject = metadata->subject;
                    // The refreshed ID token is checked like the first: same iss, sub and aud.
                    verifyIdToken(response.idToken,
                                  request.resource.isEmpty() && request.organizationId.isEmpty() ? response.accessToken
                                                                                                 : QString(),
                                  subject,
                                  [this, response, request, generation](Result<VerifiedIdToken> verified) {
                                      if (!verified) {
                                          // Logto has rotated the refresh token already: keep the new one,
                                          // or the next refresh presents a used token and Logto revokes the
                                          // whole sign-in. Nothing from this answer is handed out.
                                          const Error error = OidcProvider::explainClockSkew(
                                              verified.error(), response.serverDate, m_provider->clockSkew());
                                          m_tokens->write(
                                              SessionStore::refreshTokenKey(m_config.issuer(), m_config.appId()),
                                              response.refreshToken,
                                              [this, error, response](const Result<void> &written) {
                                                  if (written)
                                                      forgetUnsaved();
                                                  else
                                                      keepUnsaved(response.refreshToken, {}, written.error());
                                                  finishRefresh(error);
                                              });
                                          return;
                                      }
                                      saveRefreshed(response, verified.value(), request, generation);
                                  });
                },
                request.resource,
                request.organizationId);
        });
    };

    // Under the lock, read the keychain again: another process may have refreshed already.
    const bool renewIdToken = request.renewIdToken;
    m_sessions->load(
        m_config.issuer(), m_config.appId(), [this, plain, renewIdToken, refreshWith](Result<StoredSession> stored) {
            if (!stored) {
                finishRefresh(stored.error().code == Error::Code::NotSignedIn ? notSignedIn() : stored.error());
                return;
            }
            if (!plain) {
                refreshWith(stored.value());
                return;
            }
            if (renewIdToken) {
                const auto token = JsonWebSignature::parse(stored.value().idToken.toLatin1());
                const qint64 exp = token ? token.value().payload().value(QLatin1String("exp")).toInteger() : 0;
                if (QDateTime::currentSecsSinceEpoch() + m_refreshMargin.count() < exp) {
                    qCDebug(lcLogtoSession) << "another process renewed the ID token already";
                    finishRefresh(AccessToken{});
                    return;
                }
                refreshWith(stored.value());
                return;
            }
            readAccessTokenFromKeychain([this, refreshWith, stored](Result<AccessToken> fresh) {
                if (fresh) {
                    qCDebug(lcLogtoSession) << "another process refreshed already";
                    finishRefresh(fresh);
                    return;
                }
                refreshWith(stored.value());
            });
        });
}

void SessionManager::saveRefreshed(const TokenResponse &tokens,
                                   const VerifiedIdToken &idToken,
                                   const RefreshRequest &request,
                                   quint64 generation)
{
    const QString idTokenText = tokens.idToken;
    const bool plain = request.resource.isEmpty() && request.organizationId.isEmpty();
    // Persist the rotated refresh token before anyone gets the new access token.
    m_tokens->write(
        SessionStore::refreshTokenKey(m_config.issuer(), m_config.appId()),
        tokens.refreshToken,
        [this, tokens, idToken, request, generation, idTokenText, plain](Result<void> written) {
            if (!written) {
                // Logto has consumed the old refresh token: dropping the new one would end the whole
                // sign-in at the next refresh. Keep it in memory, retry the write, and hand out the
                // access token, which is valid whatever the keychain does. The keychain keeps the
                // old ID and access tokens until the write succeeds.
                keepUnsaved(tokens.refreshToken, idTokenText, written.error());
                const AccessToken token{tokens.accessToken, tokens.expiresAt, request.resource, request.organizationId};
                m_memoryTokens.insert(cacheKey(request.resource, request.organizationId), token);
                Q_EMIT tokensRefreshed();
                finishRefresh(token);
                return;
            }
            forgetUnsaved();
            SessionMetadata metadata;
            metadata.issuer = m_config.issuer();
            metadata.appId = m_config.appId();
            if (const auto found = m_index->find(m_config.issuer(), m_config.appId()))
                metadata = *found;
            metadata.refreshedAt = QDateTime::currentDateTimeUtc();
            if (!idTokenText.isEmpty())
                metadata.idTokenExpiresAt = idToken.expiresAt;
            if (plain)
                metadata.accessTokenExpiresAt = tokens.expiresAt;
            const auto finish = [this, tokens, request, metadata, generation] {
                if (generation == m_generation)
                    m_index->save(metadata);
                const AccessToken token{tokens.accessToken, tokens.expiresAt, request.resource, request.organizationId};
                m_memoryTokens.insert(cacheKey(request.resource, request.organizationId), token);
                Q_EMIT tokensRefreshed();
                finishRefresh(token);
            };
            const auto writeAccess = [this, tokens, plain, finish] {
                if (!plain) {
                    finish();
                    return;
                }
                m_tokens->write(accessTokenKey(), tokens.accessToken, [finish](const Result<void> &) { finish(); });
            };
            if (idTokenText.isEmpty()) {
                writeAccess();
                return;
            }
            m_tokens->write(SessionStore::idTokenKey(m_config.issuer(), m_config.appId()),
                            idTokenText,
                            [writeAccess](const Result<void> &) { writeAccess(); });
        });
}

void SessionManager::finishRefresh(const Result<AccessToken> &result)
{
    m_lock->release(std::exchange(m_refreshTicket, 0));
    m_refreshing = false;
    if (m_refreshQueue.empty())
        return;
    RefreshRequest request = std::move(m_refreshQueue.front());
    m_refreshQueue.pop_front();
    for (auto &waiter : request.waiters)
        waiter(result);
    // The next queued request (another resource or organization) runs after this one.
    QTimer::singleShot(0, this, &SessionManager::startNextRefresh);
}

void SessionManager::keepUnsaved(const QString &refreshToken, const QString &idToken, const Error &cause)
{
    const bool first = m_unsavedRefreshToken.isEmpty();
    m_unsavedRefreshToken = refreshToken;
    m_unsavedIdToken = idToken;
    if (!m_saveRetry.isActive()) {
        m_saveBackoff = m_saveBackoff.count() == 0 ? FirstSaveRetry : std::min(m_saveBackoff * 2, MaximumSaveRetry);
        m_saveRetry.start(m_saveBackoff);
    }
    qCDebug(lcLogtoSession) << "the rotated refresh token could not be saved; kept in memory, retrying";
    if (!first)
        return;
    Q_EMIT saveFailed(Error{cause.code,
                            tr("The keychain did not take the renewed sign-in: it is kept in memory and saving is "
                               "retried. Keep the app open until the keychain works again."),
                            cause.detail.isEmpty() ? cause.message : cause.detail});
}

void SessionManager::forgetUnsaved()
{
    const bool had = !m_unsavedRefreshToken.isEmpty();
    m_unsavedRefreshToken.clear();
    m_unsavedIdToken.clear();
    m_saveRetry.stop();
    m_saveBackoff = std::chrono::milliseconds(0);
    if (had)
        Q_EMIT unsavedTokensSaved();
}

void SessionManager::saveUnsaved(Callback<void> done)
{
    if (m_unsavedRefreshToken.isEmpty()) {
        done({});
        return;
    }
    m_saveRetry.stop();
    const quint64 generation = m_generation;
    // Under the lock, like a refresh: no other process may read the keychain half-written.
    m_lock->acquire([this, generation, done](Result<SessionLock::Ticket> locked) {
        const auto retryLater = [this, done](const Error &error) {
            if (!m_unsavedRefreshToken.isEmpty())
                keepUnsaved(m_unsavedRefreshToken, m_unsavedIdToken, error);
            done(error);
        };
        if (!locked) {
            retryLater(locked.error());
            return;
        }
        const SessionLock::Ticket ticket = locked.value();
        if (generation != m_generation || m_unsavedRefreshToken.isEmpty()) {
            m_lock->release(ticket); // signed out, signed in again or saved meanwhile
            done({});
            return;
        }
        const QString refreshToken = m_unsavedRefreshToken;
        const QString idToken = m_unsavedIdToken;
        m_tokens->write(SessionStore::refreshTokenKey(m_config.issuer(), m_config.appId()),
                        refreshToken,
                        [this, ticket, refreshToken, idToken, retryLater, done](Result<void> written) {
                            if (!written) {
                                m_lock->release(ticket);
                                retryLater(written.error());
                                return;
                            }
                            const auto saved = [this, ticket, refreshToken, done] {
                                if (m_unsavedRefreshToken == refreshToken)
                                    forgetUnsaved();
                                m_lock->release(ticket);
                                qCDebug(lcLogtoSession) << "the rotated refresh token is saved now";
                                done({});
                            };
                            if (idToken.isEmpty()) {
                                saved();
                                return;
                            }
                            m_tokens->write(SessionStore::idTokenKey(m_config.issuer(), m_config.appId()),
                                            idToken,
                                            [saved](const Result<void> &) { saved(); });
                        });
    });
}

void SessionManager::clearSession(const Error &reason, Callback<void> done)
{
    ++m_generation;
    m_memoryTokens.clear();
    forgetUnsaved();
    const QString accessKey = accessTokenKey();
    m_sessions->remove(m_config.issuer(), m_config.appId(), [this, accessKey, reason, done](Result<void> removed) {
        m_tokens->remove(accessKey, [this, reason, done, removed](const Result<void> &) {
            m_index->remove(m_config.issuer(), m_config.appId());
            if (reason.code == Error::Code::NotSignedIn)
                Q_EMIT signedOut(reason);
            done(removed);
        });
    });
}

void SessionManager::verifyIdToken(const QString &idToken,
                                   const QString &accessToken,
                                   const std::optional<QString> &subject,
                                   Callback<VerifiedIdToken> done)
{
    // No nonce after sign-in: OpenID Connect Core §12.2 lets a refreshed ID token omit it.
    m_provider->verifyIdToken(idToken, std::nullopt, subject, accessToken, std::move(done));
}

void SessionManager::idToken(Callback<VerifiedIdToken> done)
{
    m_sessions->load(m_config.issuer(), m_config.appId(), [this, done](Result<StoredSession> stored) {
        if (!stored) {
            done(stored.error().code == Error::Code::NotSignedIn ? notSignedIn() : stored.error());
            return;
        }
        const auto token = JsonWebSignature::parse(stored.value().idToken.toLatin1());
        const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
        std::optional<QString> subject;
        if (metadata && !metadata->subject.isEmpty())
            subject = metadata->subject;
        const qint64 exp = token ? token.value().payload().value(QLatin1String("exp")).toInteger() : 0;
        const bool expired = QDateTime::currentSecsSinceEpoch() >= exp;
        if (!expired) {
            verifyIdToken(stored.value().idToken, {}, subject, done);
            return;
        }
        // Expired: a refresh brings a new, verified ID token.
        enqueueRefresh(
            {},
            {},
            [this, subject, done](Result<AccessToken> refreshed) {
                if (!refreshed) {
                    done(refreshed.error());
                    return;
                }
                m_sessions->load(
                    m_config.issuer(), m_config.appId(), [this, subject, done](Result<StoredSession> again) {
                        if (!again)
                            done(again.error());
                        else
                            verifyIdToken(again.value().idToken, {}, subject, done);
                    });
            },
            /*renewIdToken=*/true);
    });
}

void SessionManager::userInfo(Callback<QJsonObject> done)
{
    accessToken([this, done](Result<AccessToken> token) {
        if (!token) {
            done(token.error());
            return;
        }
        const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
        userInfo(token.value().token, metadata ? metadata->subject : QString(), done);
    });
}

void SessionManager::userInfo(const QString &accessToken, const QString &subject, Callback<QJsonObject> done)
{
    m_provider->discover([this, accessToken, subject, done](Result<DiscoveryDocument> discovery) {
        if (!discovery) {
            done(discovery.error());
            return;
        }
        if (discovery.value().userinfoEndpoint().isEmpty()) {
            done(Error{Error::Code::Provider, tr("The provider has no userinfo endpoint.")});
            return;
        }
        // The token goes in the Authorization header, never in the URL (RFC 6750 §2.1).
        m_provider->http()->getJson(
            discovery.value().userinfoEndpoint(),
            [subject, done](Result<HttpResponse> response) {
                if (!response) {
                    done(response.error());
                    return;
                }
                const QJsonObject info = response.value().json;
                // OpenID Connect Core §5.3.2: a different sub means the response is not ours.
                if (subject.isEmpty() || info.value(QLatin1String("sub")).toString() != subject) {
                    done(Error{Error::Code::Verification,
                               tr("The profile from the sign-in server belongs to a different user than the ID "
                                  "token (sub mismatch)."),
                               QStringLiteral("userinfo sub does not match the ID token's")});
                    return;
                }
                done(info);
            },
            accessToken);
    });
}

void SessionManager::signOut(bool endBrowserSession, Callback<SignOutReport> done)
{
    // From here on, nothing in flight may write the session back.
    ++m_generation;
    m_memoryTokens.clear();
    stopAutoRefresh();
    auto report = std::make_shared<SignOutReport>();
    auto ticket = std::make_shared<SessionLock::Ticket>(0);
    const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
    // A refresh token that could not be saved is the live one: it is the one to revoke.
    const QString unsaved = std::exchange(m_unsavedRefreshToken, QString());
    forgetUnsaved();

    const auto clear = [this, report, ticket, done](const StoredSession &stored, const QUrl &endSession) {
        if (!endSession.isEmpty() && (!stored.idToken.isEmpty() || !stored.refreshToken.isEmpty())) {
            // client_id only, as Logto's own SDKs send it: an id_token_hint would put the person's
            // name, email, roles and organizations into the browser's history and sync and into the
            // server's access log, and Logto ends the session without it.
            QUrl url = endSession;
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("client_id"), m_config.appId());
            url.setQuery(query);
            report->endSessionUrl = url;
        }
        clearSession(Error{Error::Code::Cancelled, {}}, [this, report, ticket, done](Result<void> cleared) {
            m_lock->release(*ticket);
            if (!cleared)
                done(cleared.error());
            else
                done(*report);
        });
    };

    // Under the lock: a refresh in another process finishes first, and its new token is
    // the one revoked here, so it cannot bring the session back afterwards. Without the lock
    // (another process kept it past the deadline) signing out goes on all the same.
    m_lock->acquire(
        [this, endBrowserSession, metadata, report, ticket, unsaved, clear](const Result<SessionLock::Ticket> &locked) {
            if (locked)
                *ticket = locked.value();
            m_sessions->load(
                m_config.issuer(),
                m_config.appId(),
                [this, endBrowserSession, metadata, report, unsaved, clear](Result<StoredSession> stored) {
                    if (!stored && !unsaved.isEmpty())
                        stored = StoredSession{unsaved, {}};
                    if (!stored) {
                        // Nothing to revoke (not signed in, or the keychain refused): clear what is left.
                        report->revocationError =
                            stored.error().code == Error::Code::NotSignedIn ? notSignedIn() : stored.error();
                        clear(StoredSession{}, {});
                        return;
                    }
                    StoredSession session = stored.value();
                    if (!unsaved.isEmpty())
                        session.refreshToken = unsaved;
                    const auto revoke = [this, endBrowserSession, report, clear, session](const QUrl &revocation,
                                                                                          const QUrl &endSession) {
                        const QUrl endSessionUrl = endBrowserSession ? endSession : QUrl();
                        if (revocation.isEmpty()) {
                            report->revocationError =
                                Error{Error::Code::Provider, tr("The provider has no revocation endpoint.")};
                            clear(session, endSessionUrl);
                            return;
                        }
                        m_tokenClient->revoke(revocation,
                                              session.refreshToken,
                                              [report, clear, session, endSessionUrl](Result<void> revoked) {
                                                  report->revoked = revoked.hasValue();
                                                  if (!revoked)
                                                      report->revocationError = revoked.error();
                                                  clear(session, endSessionUrl);
                                              });
                    };
                    m_provider->discover([metadata, revoke](Result<DiscoveryDocument> discovery) {
                        if (discovery) {
                            revoke(discovery.value().revocationEndpoint(), discovery.value().endSessionEndpoint());
                        } else if (metadata && !metadata->revocationEndpoint.isEmpty()) {
                            // Offline discovery: the endpoints remembered at sign-in still say where to go.
                            revoke(QUrl(metadata->revocationEndpoint), QUrl(metadata->endSessionEndpoint));
                        } else {
                            revoke({}, {});
                        }
                    });
                });
        });
}

void SessionManager::startAutoRefresh()
{
    const auto metadata = m_index->find(m_config.issuer(), m_config.appId());
    if (!metadata)
        return;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(metadata->accessTokenExpiresAt);
    scheduleAutoRefresh(std::chrono::seconds(seconds) - m_refreshMargin);
}

void SessionManager::stopAutoRefresh()
{
    m_autoRefresh.stop();
}

void SessionManager::scheduleAutoRefresh(std::chrono::milliseconds delay)
{
    m_autoRefreshAt = QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(delay.count(), 0));
    onAutoRefreshTimer();
}

void SessionManager::onAutoRefreshTimer()
{
    // QTimer counts monotonic time, which stops while the machine sleeps: a 55-minute timer set
    // before a night's sleep would fire 55 minutes after waking, long after the token expired.
    // So wake at least every 30 s and compare with the wall clock.
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(m_autoRefreshAt);
    if (remaining > 0) {
        m_autoRefresh.start(std::chrono::milliseconds(std::min<qint64>(remaining, 30'000)));
        return;
    }
    accessToken([this](const Result<AccessToken> &token) {
        if (token) {
            m_backoff = std::chrono::milliseconds(0);
            const auto left = std::chrono::seconds(QDateTime::currentDateTimeUtc().secsTo(token.value().expiresAt));
            // Never sooner than the minimum back-off, so a short-lived token cannot spin the loop.
            scheduleAutoRefresh(std::max<std::chrono::milliseconds>(left - m_refreshMargin, MinimumBackoff));
        } else if (token.error().code == Error::Code::Network || token.error().code == Error::Code::KeychainLocked) {
            // Keep the session; try again later, ever more slowly (no retry storms).
            m_backoff = std::clamp(m_backoff * 2, MinimumBackoff, MaximumBackoff);
            scheduleAutoRefresh(m_backoff);
        }
        // Signed out (invalid_grant) or any other error: stop; signedOut() has told the window.
    });
}

} // namespace Logto
