// SPDX-License-Identifier: MIT
#pragma once

#include "sessioncommand.h"

// `status`: the stored session, without the network; `--all` lists every stored session.
class StatusCommand : public SessionCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCommand)

public:
    using SessionCommand::SessionCommand;
    void start() override;

private:
    void listAll();
};
