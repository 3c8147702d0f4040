// SPDX-License-Identifier: MIT
// libFuzzer target: Logto::DiscoveryDocument::fromJson, the provider's OpenID configuration.
// Oracle: an accepted document has exactly the expected issuer, the required endpoints, each on
// https or on loopback http (the transport policy), and PKCE S256.
#include "discoverydocument.h"

#include <QByteArray>
#include <QHostAddress>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Logto;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool safeTransport(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    // Plain http only to this computer: 127.0.0.0/8, ::1 or localhost.
    return url.scheme() == QLatin1String("http")
        && (QHostAddress(url.host()).isLoopback()
            || url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString issuer = QStringLiteral("https://tenant.logto.app/oidc");
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<DiscoveryDocument> document = DiscoveryDocument::fromJson(json, issuer);
    if (!document)
        return 0;
    const DiscoveryDocument &d = document.value();
    check(d.issuer() == issuer);
    for (const QUrl &url : {d.authorizationEndpoint(), d.tokenEndpoint(), d.jwksUri()})
        check(url.isValid() && safeTransport(url));
    for (const QUrl &url : {d.userinfoEndpoint(), d.revocationEndpoint(), d.endSessionEndpoint()})
        check(url.isEmpty() || safeTransport(url));
    check(!d.idTokenSigningAlgorithms().isEmpty());
    return 0;
}
