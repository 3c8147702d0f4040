// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"
#include "setupcheck.h"

namespace Logto {
class TokenStore;
} // namespace Logto

// `doctor`: the set-up checklist (Logto::SetupCheck), one line per check with the fix for each
// failure, or one JSON object with --json. Exit 0 when every check passes, 1 otherwise.
class DoctorCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorCommand)

public:
    DoctorCommand(const CliOptions &options,
                  Logto::TokenStore *tokens,
                  QTextStream &out,
                  QTextStream &err,
                  QObject *parent = nullptr);
    void start() override;

private:
    void report(const Logto::SetupCheck::Results &results);

    Logto::SetupCheck *m_check;
};
