// SPDX-License-Identifier: MIT
#pragma once

#include "jsonwebkeyset.h"
#include "result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace Logto {

class HttpClient;
class JsonWebSignature;

// The provider's signing keys (jwks_uri), fetched once and kept. Logto rotates keys and a
// new key signs at once, so a token whose `kid` is unknown triggers one re-fetch, even
// right after a fetch, before the token is rejected (shared Logto facts: Signing keys).
class KeySetCache : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeySetCache)

public:
    using Callback = std::function<void(Result<JsonWebKeySet>)>;

    KeySetCache(HttpClient *http, const QUrl &jwksUri, QObject *parent = nullptr);

    // Starts a fetch now (e.g. while the browser is open) so verification need not wait.
    void prefetch();
    // The key set to verify `token` with: the cached one when it has a key for the
    // token's kid and alg, otherwise a fresh one.
    void keysFor(const JsonWebSignature &token, Callback done);
    [[nodiscard]] int fetchCount() const { return m_fetchCount; }

private:
    void fetch(Callback done);

    HttpClient *const m_http;
    const QUrl m_jwksUri;
    std::optional<JsonWebKeySet> m_keys;
    std::vector<Callback> m_waiting; // callers joined to the fetch in flight
    bool m_fetching = false;
    int m_fetchCount = 0;
};

} // namespace Logto
