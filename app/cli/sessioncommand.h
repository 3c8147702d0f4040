// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

#include <functional>

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
    // Before the process ends: a rotated refresh token the keychain refused lives only in this
    // process, so its write is retried a few times, and the person is told if it still fails.
    void succeed() override;
    void fail(const Logto::Error &error) override;

    Logto::SessionManager *m_session;

private:
    void saveThen(const std::function<void()> &then, int attemptsLeft);

    bool m_warned = false;
};
