// SPDX-License-Identifier: MIT
#pragma once

#include "discoverydocument.h"
#include "idtokenverifier.h"
#include "oidcconfig.h"
#include "result.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace Logto {

class HttpClient;
class KeySetCache;

// One Logto tenant as seen by this app: its discovery document (fetched once, checked
// against the configured issuer), its signing keys, and ID-token verification with the
// provider's rules filled in (issuer, audience = app id, announced algorithms). Shared by
// the sign-in flow and the session manager so both verify tokens the same way.
class OidcProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidcProvider)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit OidcProvider(const OidcConfig &config, QObject *parent = nullptr);
    ~OidcProvider() override;

    void setNetworkTimeout(std::chrono::milliseconds timeout);
    void setClockSkew(std::chrono::seconds skew) { m_clockSkew = skew; }
    [[nodiscard]] std::chrono::seconds clockSkew() const { return m_clockSkew; }

    [[nodiscard]] const OidcConfig &config() const { return m_config; }
    [[nodiscard]] HttpClient *http() const { return m_http; }

    // The discovery document: cached after the first success; concurrent callers share one request.
    void discover(Callback<DiscoveryDocument> done);
    [[nodiscard]] const std::optional<DiscoveryDocument> &discovery() const { return m_discovery; }
    // Adopts a document another part of the app already fetched and checked (same issuer).
    void setDiscovery(const DiscoveryDocument &discovery);
    // Starts fetching the signing keys (e.g. while the person is in the browser).
    void prefetchKeys();

    // Verifies an ID token's signature and claims. `nonce` is checked when set (sign-in);
    // `subject` when set (refresh: the same person). at_hash is checked against `accessToken`.
    void verifyIdToken(const QString &idToken,
                       const std::optional<QString> &nonce,
                       const std::optional<QString> &subject,
                       const QString &accessToken,
                       Callback<VerifiedIdToken> done);

    // A token rejected for its times (expired, issued in the future) when the local clock is far
    // from the server's Date: say that the clock is wrong, and by how much, instead.
    [[nodiscard]] static Error explainClockSkew(const Error &error,
                                                const QDateTime &serverDate,
                                                std::chrono::seconds allowedSkew,
                                                const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    const OidcConfig m_config;
    HttpClient *m_http;
    KeySetCache *m_keys = nullptr;
    std::optional<DiscoveryDocument> m_discovery;
    std::vector<Callback<DiscoveryDocument>> m_discoveryWaiters;
    std::chrono::seconds m_clockSkew{300};
};

} // namespace Logto
