// SPDX-License-Identifier: MIT
#include "runningcli.h"

#include <QTest>

#include <csignal>

RunningCli::RunningCli(const QProcessEnvironment &environment, const QStringList &arguments)
{
    m_process.setProcessEnvironment(environment);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(CliProcess::executable(), arguments);
}

RunningCli::~RunningCli()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool RunningCli::waitForStderr(const QByteArray &needle, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] {
                   drain();
                   return m_err.contains(needle) || !isRunning();
               },
               timeoutMs)
        && m_err.contains(needle);
}

bool RunningCli::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([&] { return !isRunning(); }, timeoutMs);
}

void RunningCli::sendSignal(int signalNumber)
{
    if (const qint64 pid = m_process.processId(); pid > 0)
        ::kill(static_cast<pid_t>(pid), signalNumber);
}

void RunningCli::killHard()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

CliRun RunningCli::result()
{
    drain();
    CliRun run;
    run.exitCode = m_process.exitCode();
    run.crashed = m_process.exitStatus() == QProcess::CrashExit || isRunning();
    run.out = m_out;
    run.err = m_err;
    return run;
}

void RunningCli::drain()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}
