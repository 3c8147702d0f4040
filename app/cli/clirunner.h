// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QTextStream>

// Runs one parsed sub-command to completion on a local event loop.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(const CliOptions &options, QTextStream &out, QTextStream &err);

    [[nodiscard]] ExitCode exec();

private:
    const CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};
