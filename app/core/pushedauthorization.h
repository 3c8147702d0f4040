// SPDX-License-Identifier: MIT
#pragma once

#include "authorizationrequest.h"
#include "discoverydocument.h"
#include "error.h"
#include "httpclient.h"
#include "result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Logto {

// A pushed authorization request (PAR, RFC 9126): the request's parameters go to the provider in a
// POST, and the browser only gets `authorization_endpoint?client_id=…&request_uri=…`. The state,
// nonce, PKCE challenge and Logto's own parameters stay out of the browser's history, and the
// provider checks the client and the redirect URI before any page opens, so a wrong app ID or a
// missing redirect URI is an error here instead of a page in the browser.
//
// A request_uri is short-lived (Logto: 60 s; it may be opened again until then). Whoever hands
// out a link that must outlive that pushes again (see SignInFlow's loopback start link).
class PushedAuthorization
{
    Q_DECLARE_TR_FUNCTIONS(PushedAuthorization)

public:
    using Callback = std::function<void(Result<PushedAuthorization>)>;

    // Longest request_uri accepted: it goes into a URL (Logto's are about 80 characters).
    static constexpr qsizetype MaxRequestUriLength = 2048;

    // True when discovery lists pushed_authorization_request_endpoint.
    [[nodiscard]] static bool isOffered(const DiscoveryDocument &discovery);

    // POSTs request.parameters() to the discovered PAR endpoint (a public client: client_id in the
    // body, no secret). `done` gets the browser URL, or an error that names the fix (explain()).
    static void
    push(HttpClient *http, const DiscoveryDocument &discovery, const AuthorizationRequest &request, Callback done);

    // The provider's answer (201 {request_uri, expires_in}) turned into the browser URL.
    [[nodiscard]] static Result<PushedAuthorization>
    fromResponse(const HttpResponse &response, const QUrl &authorizationEndpoint, const QString &clientId);

    // A refused push in words a person can act on: an unknown app ID, an unregistered redirect
    // URI, an unknown API resource, or anything else (with the way round it: no PAR).
    [[nodiscard]] static Error explain(const Error &error, const QString &appId, const QUrl &redirectUri);

    // authorization_endpoint?client_id=…&request_uri=… and nothing else.
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString requestUri() const { return m_requestUri; }
    [[nodiscard]] std::chrono::seconds lifetime() const { return m_lifetime; }
    // Still good to hand to a browser: less than half of its lifetime has gone, so the person has
    // the other half to get the page open.
    [[nodiscard]] bool isFresh() const { return !m_freshUntil.hasExpired(); }

private:
    QUrl m_url;
    QString m_requestUri;
    std::chrono::seconds m_lifetime{0};
    QDeadlineTimer m_freshUntil;
};

} // namespace Logto
