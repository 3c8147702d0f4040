// SPDX-License-Identifier: MIT
#pragma once

#include "sessioncommand.h"

// `userinfo`: Logto's /oidc/me for the stored session.
class UserInfoCommand : public SessionCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserInfoCommand)

public:
    using SessionCommand::SessionCommand;
    void start() override;
};
