// SPDX-License-Identifier: MIT
#include "oidcprovider.h"

#include "httpclient.h"
#include "jsonwebsignature.h"
#include "keysetcache.h"
#include "logging.h"

#include <QJsonDocument>

#include <cstdlib>

namespace Logto {

OidcProvider::OidcProvider(const OidcConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_http(new HttpClient(this))
{
}

OidcProvider::~OidcProvider() = default;

void OidcProvider::setNetworkTimeout(std::chrono::milliseconds timeout)
{
    m_http->setTimeout(timeout);
}

void OidcProvider::discover(Callback<DiscoveryDocument> done)
{
    if (m_discovery) {
        done(*m_discovery);
        return;
    }
    m_discoveryWaiters.push_back(std::move(done));
    if (m_discoveryWaiters.size() > 1)
        return;
    qCDebug(lcLogtoOidc) << "discovery from" << m_config.discoveryUrl().toDisplayString();
    m_http->getJson(
        m_config.discoveryUrl(),
        [this](Result<HttpResponse> response) {
            // The issuer must be exactly <endpoint>/oidc: a provider that is someone else must
            // never see the person's credentials or tokens.
            Result<DiscoveryDocument> discovery = response
                ? DiscoveryDocument::fromJson(QJsonDocument(response.value().json).toJson(), m_config.issuer())
                : Result<DiscoveryDocument>(response.error());
            if (discovery) {
                m_discovery = discovery.value();
                m_keys = new KeySetCache(m_http, m_discovery->jwksUri(), this);
            }
            std::vector<Callback<DiscoveryDocument>> waiters;
            waiters.swap(m_discoveryWaiters); // a waiter may call discover() again
            for (auto &waiter : waiters)
                waiter(discovery);
        },
        {},
        ResponseLimit::Discovery);
}

Error OidcProvider::explainClockSkew(const Error &error,
                                     const QDateTime &serverDate,
                                     std::chrono::seconds allowedSkew,
                                     const QDateTime &now)
{
    if (error.code != Error::Code::Verification || !serverDate.isValid())
        return error;
    const qint64 offset = serverDate.secsTo(now); // > 0: our clock is ahead
    if (std::abs(offset) <= allowedSkew.count())
        return error;
    const int minutes = static_cast<int>((std::abs(offset) + 30) / 60);
    Error explained = error;
    explained.message = offset > 0
        ? tr("Your computer's clock is %n minute(s) ahead of the sign-in server's. Set the correct time "
             "(turn on automatic time) and try again.",
             nullptr,
             minutes)
        : tr("Your computer's clock is %n minute(s) behind the sign-in server's. Set the correct time "
             "(turn on automatic time) and try again.",
             nullptr,
             minutes);
    explained.detail = QStringLiteral("%1; server Date %2, local %3")
                           .arg(error.message, serverDate.toString(Qt::ISODate), now.toString(Qt::ISODate));
    return explained;
}

void OidcProvider::setDiscovery(const DiscoveryDocument &discovery)
{
    if (m_discovery || discovery.issuer() != m_config.issuer())
        return;
    m_discovery = discovery;
    m_keys = new KeySetCache(m_http, m_discovery->jwksUri(), this);
}

void OidcProvider::prefetchKeys()
{
    if (m_keys)
        m_keys->prefetch();
}

void OidcProvider::verifyIdToken(const QString &idToken,
                                 const std::optional<QString> &nonce,
                                 const std::optional<QString> &subject,
                                 const QString &accessToken,
                                 Callback<VerifiedIdToken> done)
{
    auto parsed = JsonWebSignature::parse(idToken.toLatin1());
    if (!parsed) {
        done(parsed.error());
        return;
    }
    const JsonWebSignature token = parsed.value();
    discover([this, token, nonce, subject, accessToken, done](Result<DiscoveryDocument> discovery) {
        if (!discovery) {
            done(discovery.error());
            return;
        }
        m_keys->keysFor(token, [this, token, nonce, subject, accessToken, done](Result<JsonWebKeySet> keys) {
            if (!keys) {
                done(keys.error());
                return;
            }
            IdTokenExpectations expect;
            expect.issuer = m_discovery->issuer();
            expect.clientId = m_config.appId();
            expect.nonce = nonce;
            expect.subject = subject;
            expect.allowedAlgorithms = m_discovery->idTokenSigningAlgorithms();
            expect.clockSkew = m_clockSkew;
            expect.accessToken = accessToken;
            done(IdTokenVerifier::verify(token, keys.value(), expect));
        });
    });
}

} // namespace Logto
