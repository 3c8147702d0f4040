// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Logto {

// The page the browser shows after the redirect to the loopback listener. Self-contained (inline
// CSS and SVG only) so it works under the listener's `default-src 'none'` CSP and leaks nothing.
struct CallbackPage
{
    enum class Kind {
        Success, // signed in
        Error, // the sign-in ended with an error
        Ignored, // not the awaited redirect; the app keeps waiting
    };

    Kind kind = Kind::Error;
    QString heading;
    QString message;
    QString detail = {}; // shown small, e.g. the provider's error_description

    [[nodiscard]] static CallbackPage success();
    [[nodiscard]] static CallbackPage failure(const QString &message, const QString &detail = {});
    [[nodiscard]] static CallbackPage wrongState();

    // A complete UTF-8 HTML5 document; every text is HTML-escaped.
    [[nodiscard]] QByteArray toHtml() const;
};

} // namespace Logto
