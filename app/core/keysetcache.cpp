// SPDX-License-Identifier: MIT
#include "keysetcache.h"

#include "httpclient.h"
#include "jsonwebsignature.h"
#include "logging.h"

#include <QJsonDocument>

namespace Logto {

KeySetCache::KeySetCache(HttpClient *http, const QUrl &jwksUri, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_jwksUri(jwksUri)
{
}

void KeySetCache::prefetch()
{
    if (!m_keys && !m_fetching)
        fetch([](const Result<JsonWebKeySet> &) {});
}

void KeySetCache::keysFor(const JsonWebSignature &token, Callback done)
{
    if (m_keys && m_keys->select(token.keyId(), token.algorithm())) {
        done(*m_keys);
        return;
    }
    if (m_fetching && !m_keys) {
        // The prefetch is still running: wait for it, and re-fetch only if it lacks the key.
        const QString kid = token.keyId();
        const QString alg = token.algorithm();
        m_waiting.push_back([this, kid, alg, done = std::move(done)](Result<JsonWebKeySet> keys) mutable {
            if (keys && keys.value().select(kid, alg))
                done(std::move(keys));
            else
                fetch(std::move(done));
        });
        return;
    }
    qCDebug(lcLogtoOidc) << "no cached key for kid" << token.keyId() << "- fetching the key set";
    fetch(std::move(done));
}

void KeySetCache::fetch(Callback done)
{
    m_waiting.push_back(std::move(done));
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_fetchCount;
    m_http->getJson(
        m_jwksUri,
        [this](Result<HttpResponse> response) {
            m_fetching = false;
            Result<JsonWebKeySet> keys = response
                ? JsonWebKeySet::fromJson(QJsonDocument(response.value().json).toJson(QJsonDocument::Compact))
                : Result<JsonWebKeySet>(response.error());
            if (keys)
                m_keys = keys.value();
            std::vector<Callback> waiting;
            waiting.swap(m_waiting); // a waiter may start another fetch
            for (Callback &callback : waiting)
                callback(keys);
        },
        {},
        ResponseLimit::KeySet);
}

} // namespace Logto
