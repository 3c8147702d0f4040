// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace Logto {
class SessionManager;
class TokenStore;
} // namespace Logto

// Base of the commands that work on the stored session (status, claims, userinfo, token,
// sign-out): each gets a SessionManager for the configured issuer and app id.
class SessionCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCommand)

public:
    SessionCommand(const CliOptions &options,
                   Logto::TokenStore *tokens,
                   QTextStream &out,
                   QTextStream &err,
                   QObject *parent = nullptr);

protected:
    Logto::SessionManager *m_session;
};
