// SPDX-License-Identifier: MIT
#pragma once

#include "sessioncommand.h"

// `sign-out`: revoke the refresh token, clear the keychain, optionally end the browser session.
class SignOutCommand : public SessionCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOutCommand)

public:
    using SessionCommand::SessionCommand;
    void start() override;
};
