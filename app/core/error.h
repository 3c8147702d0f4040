// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Logto {

// A failure a person can act on. `message` is already translated and safe to show;
// `detail` is for logs and "Details" expanders. Neither may ever contain a token,
// an authorization code, a PKCE verifier, a state or a nonce.
struct Error
{
    enum class Code {
        InvalidInput, // bad configuration or argument, found before any request
        Network, // transport failure, timeout, 5xx, 429: the session must be kept
        Provider, // the IdP answered with an OAuth/Logto error (see oauthError)
        Verification, // discovery, ID token, state, iss or nonce did not check out
        KeychainUnavailable, // no Secret Service / keychain, or it refused us
        KeychainLocked, // keychain present but locked or not answering
        NotSignedIn, // no stored session, or the IdP revoked it (invalid_grant)
        Timeout, // the person did not finish in the browser in time
        Cancelled, // the person (or the app) cancelled the flow
    };

    Code code = Code::InvalidInput;
    QString message;
    QString detail = {};
    QString oauthError = {}; // OAuth 2.0 "error", e.g. invalid_grant
    QString providerCode = {}; // Logto's own "code", e.g. oidc.invalid_grant
    int httpStatus = 0;

    // One line for logs and the CLI: message, then detail when there is one.
    [[nodiscard]] QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

} // namespace Logto

Q_DECLARE_METATYPE(Logto::Error)
