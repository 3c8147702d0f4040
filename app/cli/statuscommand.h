// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

namespace Logto {
class SessionStore;
class TokenStore;
} // namespace Logto

// `status`: the stored session, read from the keychain alone (no network).
class StatusCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCommand)

public:
    StatusCommand(const CliOptions &options,
                  Logto::TokenStore *tokens,
                  QTextStream &out,
                  QTextStream &err,
                  QObject *parent = nullptr);

    void start() override;

private:
    Logto::SessionStore *m_sessions;
};
