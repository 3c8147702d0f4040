// SPDX-License-Identifier: MIT
#include "signoutcommand.h"

#include "browserlauncher.h"
#include "sessionmanager.h"

void SignOutCommand::start()
{
    m_session->signOut(m_options.browser, [this](const Logto::Result<Logto::SignOutReport> &report) {
        if (!report) {
            fail(report.error());
            return;
        }
        if (report.value().revocationError) {
            const Logto::Error &error = *report.value().revocationError;
            if (error.code == Logto::Error::Code::NotSignedIn) {
                m_err << tr("Not signed in; nothing to revoke.") << Qt::endl;
            } else {
                //: The keychain was cleared, but the provider could not be told (e.g. offline).
                m_err << tr("warning: the session was removed from this computer, but could not be revoked at the "
                            "server: %1")
                             .arg(error.message)
                      << Qt::endl;
            }
        }
        if (m_options.browser && !report.value().endSessionUrl.isEmpty()) {
            // client_id only, no token: harmless in the browser's history. Opened, not printed.
            if (auto opened = Logto::BrowserLauncher().open(report.value().endSessionUrl); !opened) {
                m_err << tr("warning: could not open the browser to end the browser session: %1")
                             .arg(opened.error().message)
                      << Qt::endl;
            }
        }
        succeed();
    });
}
