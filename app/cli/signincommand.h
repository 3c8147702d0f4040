// SPDX-License-Identifier: MIT
#pragma once

#include "browserlauncher.h"
#include "command.h"

namespace Logto {
class SessionManager;
class SignInFlow;
class TokenStore;
} // namespace Logto

// `sign-in`: the browser flow; prints the verified ID-token claims and keeps the session
// in the keychain.
class SignInCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInCommand)

public:
    SignInCommand(const CliOptions &options,
                  Logto::TokenStore *tokens,
                  QTextStream &out,
                  QTextStream &err,
                  QObject *parent = nullptr);

    void start() override;

private:
    void openBrowser(const QUrl &url);
    void printUrl(const QUrl &url);

    Logto::SessionManager *m_session;
    Logto::SignInFlow *m_flow;
    Logto::TokenStore *m_tokens;
    Logto::BrowserLauncher m_launcher;
};
