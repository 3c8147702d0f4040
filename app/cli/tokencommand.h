// SPDX-License-Identifier: MIT
#pragma once

#include "sessioncommand.h"

// `token`: an access token on stdout, the only place a token is ever printed.
class TokenCommand : public SessionCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCommand)

public:
    using SessionCommand::SessionCommand;
    void start() override;
};
