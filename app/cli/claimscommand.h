// SPDX-License-Identifier: MIT
#pragma once

#include "sessioncommand.h"

// `claims`: the stored ID token's claims, verified again (refreshed first when expired).
class ClaimsCommand : public SessionCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsCommand)

public:
    using SessionCommand::SessionCommand;
    void start() override;
};
