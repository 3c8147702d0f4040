// SPDX-License-Identifier: MIT
#include "cliprocess.h"

#include <QProcess>

CliProcess::CliProcess()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
}

QString CliProcess::executable()
{
    return QStringLiteral(LOGTO_BINARY_DIR "/app/logto-signin");
}

CliRun CliProcess::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(QProcess::nullDevice());
    if (m_wrapper.isEmpty())
        process.start(executable(), arguments);
    else
        process.start(m_wrapper.first(), m_wrapper.mid(1) + QStringList{executable()} + arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

namespace Keyring {

namespace {

QByteArray secretTool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    process.waitForFinished(15000);
    return process.readAllStandardOutput();
}

} // namespace

QString service()
{
    return QStringLiteral("io.github.logtosignin.LogtoSignin");
}

QByteArray lookup(const QString &account)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), service(), QStringLiteral("user"), account});
}

int itemCount()
{
    const QByteArray listing =
        secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service()});
    return static_cast<int>(listing.count("\nlabel = ") + (listing.startsWith("label = ") ? 1 : 0));
}

void clear()
{
    secretTool({QStringLiteral("clear"), QStringLiteral("server"), service()});
}

} // namespace Keyring
