// SPDX-License-Identifier: MIT
#pragma once

#include "cliprocess.h"

#include <QProcess>

// A logto-signin process running in the background, read as it goes.
class RunningCli
{
public:
    RunningCli(const QProcessEnvironment &environment, const QStringList &arguments);
    ~RunningCli();
    Q_DISABLE_COPY_MOVE(RunningCli)

    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Waits until stderr has `needle`; false if the process ended first or time ran out.
    [[nodiscard]] bool waitForStderr(const QByteArray &needle, int timeoutMs);
    // Waits for the process to end; false if time ran out.
    [[nodiscard]] bool waitForExit(int timeoutMs);
    void sendSignal(int signalNumber); // e.g. SIGINT, as Ctrl-C in a terminal
    void killHard(); // SIGKILL: no handler, no cleanup, as a crash or the OOM killer would

    [[nodiscard]] CliRun result();

private:
    void drain();

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};
