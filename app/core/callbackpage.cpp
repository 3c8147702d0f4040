// SPDX-License-Identifier: MIT
#include "callbackpage.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace Logto {

namespace {

// Inline and self-contained: the listener's CSP allows inline styles and nothing else to load.
constexpr auto styleSheet = R"(
:root{color-scheme:light dark;--bg:#f4f5f7;--card:#fff;--text:#1d1f23;--muted:#5c6270;--line:#e2e4e9;
--ok:#1a7f4b;--bad:#c62828;--info:#8a5a00}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--card:#22252b;--text:#eceef2;--muted:#a7adb9;
--line:#343841;--ok:#4cc38a;--bad:#ff6b6b;--info:#f2b84b}}
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;align-items:center;justify-content:center;padding:24px;background:var(--bg);color:var(--text);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
main{max-width:440px;width:100%;padding:32px 28px;text-align:center;background:var(--card);
border:1px solid var(--line);border-radius:16px;box-shadow:0 8px 24px rgba(0,0,0,.08)}
svg{display:block;width:56px;height:56px;margin:0 auto 16px}
.success svg{color:var(--ok)}.error svg{color:var(--bad)}.ignored svg{color:var(--info)}
h1{margin:0 0 8px;font-size:1.4rem;line-height:1.3}
p{margin:0;color:var(--muted)}
p.detail{margin-top:16px;padding-top:12px;border-top:1px solid var(--line);font-size:.85rem;overflow-wrap:anywhere}
)";

// Drawn inline (no image request, no emoji font needed); aria-hidden: the heading says it all.
constexpr auto checkIcon = R"(<svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" )"
                           R"(fill="currentColor"/><path d="M14 24.5l7 7 13-14" fill="none" stroke="#fff" )"
                           R"(stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>)";
constexpr auto crossIcon = R"(<svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" )"
                           R"(fill="currentColor"/><path d="M16 16l16 16M32 16L16 32" fill="none" stroke="#fff" )"
                           R"(stroke-width="4" stroke-linecap="round"/></svg>)";
constexpr auto noticeIcon = R"(<svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" )"
                            R"(fill="currentColor"/><path d="M24 13v14" fill="none" stroke="#fff" )"
                            R"(stroke-width="4" stroke-linecap="round"/><circle cx="24" cy="34.5" r="2.5" )"
                            R"(fill="#fff"/></svg>)";

} // namespace

CallbackPage CallbackPage::success()
{
    //: Heading of the browser page shown after a successful sign-in.
    QString heading = QCoreApplication::translate("CallbackPage", "You're signed in");
    //: Text of the browser page shown after a successful sign-in.
    QString message = QCoreApplication::translate("CallbackPage", "You can close this tab and return to the app.");
    return {Kind::Success, std::move(heading), std::move(message)};
}

CallbackPage CallbackPage::failure(const QString &message, const QString &detail)
{
    //: Heading of the browser page shown when the sign-in failed; the reason follows below it.
    QString heading = QCoreApplication::translate("CallbackPage", "Sign-in failed");
    return {Kind::Error, std::move(heading), message, detail};
}

CallbackPage CallbackPage::wrongState()
{
    //: Heading of the browser page for a sign-in redirect the app is not waiting for (old tab, replayed link).
    QString heading = QCoreApplication::translate("CallbackPage", "This sign-in link has expired");
    //: Text of the browser page for a sign-in redirect the app is not waiting for.
    QString message = QCoreApplication::translate("CallbackPage",
                                                  "This page does not belong to the sign-in the app is waiting for. "
                                                  "Start the sign-in again from the app.");
    return {Kind::Ignored, std::move(heading), std::move(message)};
}

QByteArray CallbackPage::toHtml() const
{
    const QLocale locale;
    QString language = locale.bcp47Name();
    if (language.isEmpty())
        language = u"en"_s;
    const QString direction = locale.textDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;

    QString kindClass;
    QString icon;
    switch (kind) {
    case Kind::Success:
        kindClass = u"success"_s;
        icon = QString::fromLatin1(checkIcon);
        break;
    case Kind::Error:
        kindClass = u"error"_s;
        icon = QString::fromLatin1(crossIcon);
        break;
    case Kind::Ignored:
        kindClass = u"ignored"_s;
        icon = QString::fromLatin1(noticeIcon);
        break;
    }

    const QString escapedHeading = heading.toHtmlEscaped();
    QString html;
    html.reserve(4096);
    html += u"<!DOCTYPE html>\n<html lang=\""_s + language.toHtmlEscaped() + u"\" dir=\""_s + direction
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
          u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          u"<meta name=\"referrer\" content=\"no-referrer\">\n"
          u"<meta name=\"color-scheme\" content=\"light dark\">\n<title>"_s
        + escapedHeading + u"</title>\n<style>"_s + QString::fromLatin1(styleSheet) + u"</style>\n</head>\n<body>\n"_s;
    html += u"<main class=\""_s + kindClass + u"\">\n"_s + icon + u"\n<h1>"_s + escapedHeading + u"</h1>\n"_s;
    if (!message.isEmpty())
        html += u"<p>"_s + message.toHtmlEscaped() + u"</p>\n"_s;
    if (!detail.isEmpty())
        html += u"<p class=\"detail\">"_s + detail.toHtmlEscaped() + u"</p>\n"_s;
    html += u"</main>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace Logto
