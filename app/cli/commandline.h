// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <optional>

struct ParsedCommandLine
{
    std::optional<CliOptions> options; // empty: nothing to run (help, version or a usage error)
    ExitCode exitCode = ExitCode::Success;
};

// Parses argv per shared/cli-contract.md. Uses QCommandLineParser::parse(), not process():
// process() exits with status 1 on a usage error, and the contract says 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    [[nodiscard]] ParsedCommandLine
    parse(const QStringList &arguments, const QProcessEnvironment &environment, QTextStream &out, QTextStream &err);

    [[nodiscard]] static QStringList commands();
    // True when argv names a sub-command (or --help/--version): run headless, no display.
    [[nodiscard]] static bool wantsCommandLine(const QStringList &arguments);
    [[nodiscard]] QString helpText() const;

private:
    QCommandLineParser m_parser;
};
